"""Tests for language.detect: our own news paragraphs in each language, Scandinavian close calls,
Cyrillic letters, hints, and a property test that detect never raises."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dualtrace.extract import language
from dualtrace.extract.language import SUPPORTED, detect, stopwords

# Written by us about publicly reported facts; 2-4 sentences each, as in ordinary news.
PARAGRAPHS: dict[str, list[str]] = {
    "nb": [
        "Den tyske avisen Der Spiegel meldte i februar 2023 at en kinesisk droneprodusent skulle "
        "ha forhandlet med det russiske forsvaret om levering av 100 angrepsdroner. Ifølge avisen "
        "var leveransen planlagt innen april. Kinas utenriksdepartement har avvist at landet "
        "leverer våpen til noen av partene i krigen.",
        "Nyhetsbyrået Reuters skrev høsten 2024 at den russiske våpenprodusenten Kupol hadde "
        "utviklet en ny langtrekkende drone ved hjelp av kinesiske spesialister. Dronen skal ha "
        "blitt testet i Kina før den ble sendt videre til Russland. Selskapet har ikke svart på "
        "spørsmål fra byrået.",
        "Natos generalsekretær sa at alliansen ikke har sett bevis for at Kina sender dødelige "
        "våpen til Russland. Han understreket likevel at medlemslandene følger utviklingen nøye, "
        "og at det vil få konsekvenser dersom Beijing endrer kurs.",
        "Amerikanske myndigheter innførte i fjor sanksjoner mot flere kinesiske selskaper som "
        "skal ha solgt elektronikk og motorer til russiske våpenfabrikker. Ifølge "
        "finansdepartementet i Washington ble varene fraktet via mellomledd i Hongkong og "
        "Tyrkia.",
        "– Vi har ingen informasjon om en slik avtale, sa talspersonen for det kinesiske "
        "utenriksdepartementet da hun ble spurt om saken på en pressekonferanse i Beijing.",
        "Tolldata viser at kinesiske eksportører sendte store mengder mikrobrikker til Russland "
        "i fjor. Mye av elektronikken brukes i militære systemer, men selges også til sivile "
        "kunder.",
    ],
    "da": [
        "Den tyske avis Der Spiegel skrev i februar 2023, at en kinesisk droneproducent efter "
        "sigende havde forhandlet med det russiske militær om at levere 100 kamikazedroner. "
        "Ifølge avisen skulle leverancen ske inden april. Kinas udenrigsministerium har afvist, "
        "at landet sender våben til nogen af parterne i krigen.",
        "Nyhedsbureauet Reuters afslørede i efteråret 2024, at den russiske våbenproducent Kupol "
        "havde udviklet en ny drone med hjælp fra kinesiske specialister. Dronen blev angiveligt "
        "testet i Kina, før den blev sendt videre til Rusland. Virksomheden har ikke besvaret "
        "bureauets spørgsmål.",
        "Natos generalsekretær sagde, at alliancen ikke har set beviser for, at Kina leverer "
        "dødelige våben til Rusland. Han understregede dog, at medlemslandene følger udviklingen "
        "nøje, og at det vil få konsekvenser, hvis Beijing ændrer kurs.",
        "De amerikanske myndigheder indførte sidste år sanktioner mod flere kinesiske "
        "virksomheder, som skulle have solgt elektronik og motorer til russiske våbenfabrikker. "
        "Ifølge finansministeriet i Washington blev varerne fragtet gennem mellemmænd i Hongkong "
        "og Tyrkiet.",
        "– Vi har ingen oplysninger om sådan en aftale, sagde talspersonen for det kinesiske "
        "udenrigsministerium, da hun blev spurgt om sagen på et pressemøde i Beijing.",
        "Tolddata viser, at kinesiske eksportører sendte store mængder mikrochips til Rusland "
        "sidste år. Meget af elektronikken bruges i militære systemer, men sælges også til "
        "civile kunder.",
    ],
    "nn": [
        "Den tyske avisa Der Spiegel melde i februar 2023 at ein kinesisk droneprodusent skulle "
        "ha forhandla med det russiske forsvaret om å levere 100 angrepsdronar. Ifølgje avisa "
        "var leveransen planlagd innan april. Det kinesiske utanriksdepartementet har avvist at "
        "landet leverer våpen til nokon av partane i krigen.",
        "Nyheitsbyrået Reuters skreiv hausten 2024 at den russiske våpenprodusenten Kupol hadde "
        "utvikla ein ny drone med hjelp frå kinesiske spesialistar. Dronen skal ha vorte testa i "
        "Kina før han vart send vidare til Russland. Selskapet har ikkje svart på spørsmål frå "
        "byrået.",
        "Generalsekretæren i Nato sa at alliansen ikkje har sett prov for at Kina sender "
        "dødelege våpen til Russland. Han understreka likevel at medlemslanda følgjer utviklinga "
        "nøye, og at det vil få konsekvensar dersom Beijing endrar kurs.",
        "Amerikanske styresmakter innførte i fjor sanksjonar mot fleire kinesiske selskap som "
        "skal ha selt elektronikk og motorar til russiske våpenfabrikkar. Ifølgje "
        "finansdepartementet i Washington vart varene frakta via mellomledd i Hongkong og "
        "Tyrkia.",
        "– Vi har ingen informasjon om ein slik avtale, sa talspersonen for det kinesiske "
        "utanriksdepartementet då ho vart spurd om saka på ein pressekonferanse i Beijing.",
        "Tolldata syner at kinesiske eksportørar sende store mengder mikrobrikker til Russland i "
        "fjor. Mykje av elektronikken blir brukt i militære system, men blir òg selt til sivile "
        "kundar.",
    ],
    "sv": [
        "Den tyska tidningen Der Spiegel rapporterade i februari 2023 att en kinesisk "
        "drönartillverkare hade förhandlat med den ryska militären om att leverera 100 "
        "attackdrönare. Enligt tidningen skulle leveransen ske före april. Kinas "
        "utrikesministerium har förnekat att landet skickar vapen till någon av parterna i "
        "kriget.",
        "Nyhetsbyrån Reuters avslöjade hösten 2024 att den ryska vapentillverkaren Kupol hade "
        "utvecklat en ny drönare med hjälp av kinesiska specialister. Företaget har inte svarat "
        "på byråns frågor.",
    ],
    "nl": [
        "Volgens de nieuwssite Politico hebben Chinese bedrijven vorig jaar duizend geweren, "
        "onderdelen voor drones en kogelwerende vesten aan Russische afnemers geleverd. De "
        "gegevens komen uit douanedocumenten. Peking ontkent dat het wapens aan Rusland levert.",
        "De Amerikaanse regering heeft sancties opgelegd aan meerdere Chinese ondernemingen die "
        "elektronica en motoren zouden hebben verkocht aan de Russische wapenindustrie. Volgens "
        "Washington liepen de leveringen via tussenpersonen in Hongkong en Turkije.",
    ],
    "de": [
        "Wie der Spiegel im Februar 2023 berichtete, soll ein chinesischer Drohnenhersteller mit "
        "dem russischen Militär über die Lieferung von 100 Kamikazedrohnen verhandelt haben. Die "
        "Lieferung sei bis April geplant gewesen. Das chinesische Außenministerium wies die "
        "Berichte zurück.",
        "Die Vereinigten Staaten haben Sanktionen gegen mehrere chinesische Unternehmen verhängt, "
        "die Elektronik und Motoren an die russische Rüstungsindustrie verkauft haben sollen. Nach "
        "Angaben aus Washington wurden die Waren über Zwischenhändler in Hongkong und der Türkei "
        "geliefert.",
    ],
    "en": [
        "Reuters reported in September 2024 that Russian arms maker Kupol had developed a "
        "long-range attack drone in China with the help of local specialists. The company did "
        "not respond to requests for comment. Beijing has denied supplying lethal weapons to "
        "either side in the war.",
        "The United States has imposed sanctions on several Chinese companies accused of selling "
        "electronics and engines to Russian weapons factories. According to the Treasury, the "
        "goods were shipped through intermediaries in Hong Kong and Turkey.",
    ],
    "fr": [
        "Selon le magazine allemand Der Spiegel, un fabricant chinois de drones aurait négocié "
        "avec l'armée russe la livraison de cent drones kamikazes. La livraison était prévue "
        "pour le mois d'avril. Pékin dément fournir des armes à la Russie.",
        "Les États-Unis ont imposé des sanctions à plusieurs entreprises chinoises accusées "
        "d'avoir vendu de l'électronique et des moteurs à l'industrie de défense russe. D'après "
        "Washington, les marchandises transitaient par des intermédiaires à Hong Kong et en "
        "Turquie.",
    ],
    "ru": [
        "Агентство Reuters сообщило в сентябре 2024 года, что российский производитель "
        "вооружений «Купол» разработал новый ударный беспилотник в Китае с помощью местных "
        "специалистов. В компании не ответили на запрос агентства. Пекин отрицает поставки "
        "летального оружия России.",
        "США ввели санкции против нескольких китайских компаний, которые, по данным Вашингтона, "
        "продавали электронику и двигатели российским оборонным предприятиям.",
    ],
    "uk": [
        "Агентство Reuters повідомило у вересні 2024 року, що російський виробник зброї «Купол» "
        "розробив новий ударний безпілотник у Китаї за допомогою місцевих фахівців. У компанії "
        "не відповіли на запит агентства. Пекін заперечує постачання летальної зброї Росії.",
        "США запровадили санкції проти кількох китайських компаній, які, за даними Вашингтона, "
        "продавали електроніку та двигуни російським оборонним підприємствам.",
    ],
}

# One-sentence close calls between the Scandinavian trio (lingua decides some of these).
SHORT_SCANDINAVIAN: dict[str, list[str]] = {
    "nb": [
        "Kina har avvist at landet sender våpen til Russland.",
        "Det er ikke bekreftet hvor mange droner som ble levert.",
        "Ifølge Reuters ble dronene testet i Kina før de ble sendt videre.",
        "Sanksjonene rammer flere selskaper i Hongkong.",
        "Vi har sett tegn på at Kina vurderer å levere våpen, sa han.",
        "Russland mottok hundrevis av droner i fjor.",
    ],
    "da": [
        "Kina har afvist, at landet sender våben til Rusland.",
        "Det er ikke bekræftet, hvor mange droner der blev leveret.",
        "Ifølge Reuters blev dronerne testet i Kina, før de blev sendt videre.",
        "Sanktionerne rammer flere virksomheder i Hongkong.",
        "Vi har set tegn på, at Kina overvejer at levere våben, sagde han.",
        "Rusland modtog hundredvis af droner sidste år.",
    ],
    "nn": [
        "Det er ikkje stadfesta kor mange dronar som vart leverte.",
        "Ifølgje Reuters vart dronane testa i Kina før dei vart sende vidare.",
        "Sanksjonane råkar fleire selskap i Hongkong.",
        "Vi har sett teikn på at Kina vurderer å levere våpen, sa han.",
        "Russland fekk hundrevis av dronar i fjor.",
    ],
}
SHORT_CASES = [(lang, text) for lang, texts in SHORT_SCANDINAVIAN.items() for text in texts]

CASES = [(lang, text) for lang, texts in PARAGRAPHS.items() for text in texts]


@pytest.fixture
def no_lingua(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail if lingua is consulted: proves that the stopword path alone decided."""

    def refuse(text: str) -> dict[str, float]:
        raise AssertionError(f"lingua consulted for {text[:40]!r}")

    monkeypatch.setattr(language, "_lingua", refuse)


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_news_paragraphs(lang: str, text: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(("lang", "text"), SHORT_CASES)
def test_short_scandinavian_sentences(lang: str, text: str) -> None:
    assert detect(text) == lang
    assert detect(text, hint=lang) == lang


def test_hint_breaks_a_short_scandinavian_tie() -> None:
    # Nothing in these words says Danish rather than Norwegian: the document decides.
    assert detect("Sanktionerne rammer flere virksomheder i Hongkong.", hint="nb") == "nb"


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_clear_evidence_beats_a_wrong_hint(lang: str, text: str) -> None:
    wrong = "da" if lang != "da" else "nb"
    if lang in ("ru", "uk"):
        wrong = "uk" if lang == "ru" else "ru"
    assert detect(text, hint=wrong) == lang


@pytest.mark.parametrize("lang", list(PARAGRAPHS))
def test_long_paragraphs_need_no_lingua(lang: str, no_lingua: None) -> None:
    assert detect(PARAGRAPHS[lang][0]) == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Это был их ответ.", "ru"),
        ("Объём поставок вырос.", "ru"),
        ("Це її відповідь.", "uk"),
        ("Єдиний постачальник ґрунтується на імпорті.", "uk"),
    ],
)
def test_cyrillic_letters_decide(text: str, lang: str, no_lingua: None) -> None:
    assert detect(text) == lang
    assert detect(text, hint="ru" if lang == "uk" else "uk") == lang


@pytest.mark.parametrize("hint", ["nb", "nn", "da"])
def test_hint_decides_a_short_heading(hint: str) -> None:
    assert detect("Tolldata avslørte", hint=hint) == hint
    assert detect("Kina: – Ukjent", hint=hint) == hint


def test_hint_does_not_override_a_clear_short_sentence() -> None:
    assert detect("The company did not respond to the request.", hint="nb") == "en"
    assert detect("Das ist nicht die Frage, die wir haben.", hint="nl") == "de"


def test_hint_outside_the_script_is_ignored() -> None:
    assert detect(PARAGRAPHS["ru"][0], hint="nb") == "ru"
    assert detect(PARAGRAPHS["nb"][0], hint="uk") == "nb"
    assert detect(PARAGRAPHS["nb"][0], hint="xx") == "nb"


def test_cyrillic_names_in_latin_text() -> None:
    text = PARAGRAPHS["nb"][3] + " Innkjøperen heter ООО «ТСК Вектор»."
    assert detect(text) == "nb"


def test_capitalised_names_do_not_count_as_function_words() -> None:
    caption = (
        "STOR INNFLYTELSE: Hevder Samuel Bendett, en seniorforsker tilknyttet tankesmien "
        "Center for a New American Security."
    )
    assert detect(caption, hint="nb") == "nb"


@pytest.mark.parametrize("text", ["", "   ", "12345 678", "!!! ???", "北京市海淀区", "🚀🚀"])
def test_no_language(text: str) -> None:
    assert detect(text) is None
    assert detect(text, hint="nb") is None


def test_non_string_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="expects str"):
        detect(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", SUPPORTED)
def test_stopword_lists(lang: str) -> None:
    words = stopwords(lang)
    assert 90 <= len(words) <= 150
    assert all(w == w.lower() and w.strip() == w and " " not in w for w in words)


def test_stopwords_reject_unknown_language() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        stopwords("xx")


@given(st.text(max_size=300), st.sampled_from([None, "xx", *SUPPORTED]))
def test_detect_never_raises(text: str, hint: str | None) -> None:
    result = detect(text, hint=hint)
    assert result is None or result in SUPPORTED


_WORDS = st.sampled_from(
    ["og", "ikke", "ikkje", "af", "och", "the", "der", "het", "les", "и", "і", "Kina", "drone"]
)


@given(st.lists(_WORDS, max_size=30).map(" ".join), st.sampled_from([None, *SUPPORTED]))
def test_detect_on_function_word_soup(text: str, hint: str | None) -> None:
    result = detect(text, hint=hint)
    assert result is None or result in SUPPORTED
    if text.strip():
        assert result is not None
