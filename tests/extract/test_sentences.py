"""Tests for sentences.paragraphs and sentences.split: our own news-shaped sentences in each
language, abbreviation cases, and property tests of the span invariants."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dualtrace.extract.language import SUPPORTED
from dualtrace.extract.sentences import _abbreviations, paragraphs, split


def sentences(text: str, lang: str | None) -> list[str]:
    return [text[a:b] for a, b in split(text, lang)]


# (lang, text, expected sentences); texts are ours, about publicly reported facts.
CASES: list[tuple[str, str, list[str]]] = [
    # Norwegian Bokmål
    (
        "nb",
        "Ifølge Der Spiegel skal bl.a. Kina ha tilbudt droner. Opplysningen er ikke bekreftet.",
        [
            "Ifølge Der Spiegel skal bl.a. Kina ha tilbudt droner.",
            "Opplysningen er ikke bekreftet.",
        ],
    ),
    (
        "nb",
        "Leveransen skal skje innen 15. april, ifølge avisen. Det opplyser kilder til NTB.",
        ["Leveransen skal skje innen 15. april, ifølge avisen.", "Det opplyser kilder til NTB."],
    ),
    (
        "nb",
        "Stoltenberg sa 15. september at Kina vurderer våpenhjelp. Det avviser Beijing.",
        ["Stoltenberg sa 15. september at Kina vurderer våpenhjelp.", "Det avviser Beijing."],
    ),
    (
        "nb",
        "Nato-sjef J. Stoltenberg advarte Kina. Han sa at det ville få konsekvenser.",
        ["Nato-sjef J. Stoltenberg advarte Kina.", "Han sa at det ville få konsekvenser."],
    ),
    (
        "nb",
        "Kina har f.eks. sendt 1.000 geværer og ca. 12 000 vester. Det viser tolldata.",
        ["Kina har f.eks. sendt 1.000 geværer og ca. 12 000 vester.", "Det viser tolldata."],
    ),
    (
        "nb",
        "– Vi har ikke sett slike leveranser, sier Stoltenberg. – Men vi følger med.",
        ["– Vi har ikke sett slike leveranser, sier Stoltenberg.", "– Men vi følger med."],
    ),
    (
        "nb",
        "«Kina har aldri levert dødelige våpen.» Det sa talspersonen torsdag.",
        ["«Kina har aldri levert dødelige våpen.»", "Det sa talspersonen torsdag."],
    ),
    (
        "nb",
        "«Hvem har sagt det?» spurte talspersonen i Beijing.",
        ["«Hvem har sagt det?» spurte talspersonen i Beijing."],
    ),
    (
        "nb",
        "Tolldata avslørte\nKinesiske selskaper har sendt droner til Russland.",
        ["Tolldata avslørte", "Kinesiske selskaper har sendt droner til Russland."],
    ),
    (
        "nb",
        "Saken ble omtalt på www.nrk.no/nyheter/kina-1.16321. Der vises det til dokumenter.",
        ["Saken ble omtalt på www.nrk.no/nyheter/kina-1.16321.", "Der vises det til dokumenter."],
    ),
    (
        "nb",
        "Han svarte bare … Så gikk han ut av rommet.",
        ["Han svarte bare …", "Så gikk han ut av rommet."],
    ),
    (
        "nb",
        "Dette er […] helt feil, sa talspersonen.",
        ["Dette er […] helt feil, sa talspersonen."],
    ),
    (
        "nb",
        "Årsak? Kjøp av kampfly fra Russland. Det var i 2018!",
        ["Årsak?", "Kjøp av kampfly fra Russland.", "Det var i 2018!"],
    ),
    (
        "nb",
        "Møtet startet kl. 12 i Moskva. Wang Yi (t.v.) møtte Lavrov.",
        ["Møtet startet kl. 12 i Moskva.", "Wang Yi (t.v.) møtte Lavrov."],
    ),
    (
        "nb",
        "Dronene koster ca. 30 000 dollar stykket, osv. Prisen er ikke bekreftet.",
        ["Dronene koster ca. 30 000 dollar stykket, osv.", "Prisen er ikke bekreftet."],
    ),
    (
        "nb",
        "1. Kina leverer komponenter\n2. Russland monterer dronene",
        ["1. Kina leverer komponenter", "2. Russland monterer dronene"],
    ),
    (
        "nb",
        "Selskapet leverte deler til\ndronefabrikken i Jelabuga. Det skjedde i fjor.",
        ["Selskapet leverte deler til\ndronefabrikken i Jelabuga.", "Det skjedde i fjor."],
    ),
    # Nynorsk
    (
        "nn",
        "Generalsekretæren sa at det t.d. gjeld dronar. Dette er ikkje stadfesta.",
        ["Generalsekretæren sa at det t.d. gjeld dronar.", "Dette er ikkje stadfesta."],
    ),
    (
        "nn",
        "Leveransen skal skje innan 15. april. Det opplyser kjelder til avisa.",
        ["Leveransen skal skje innan 15. april.", "Det opplyser kjelder til avisa."],
    ),
    # Danish
    (
        "da",
        "Ifølge avisen har bl.a. kinesiske firmaer leveret droner. Det oplyser Reuters.",
        ["Ifølge avisen har bl.a. kinesiske firmaer leveret droner.", "Det oplyser Reuters."],
    ),
    (
        "da",
        "Den 24. februar 2022 invaderede Rusland Ukraine. Siden da er handlen vokset.",
        ["Den 24. februar 2022 invaderede Rusland Ukraine.", "Siden da er handlen vokset."],
    ),
    (
        "da",
        "Firmaet solgte mv. motorer og elektronik osv. Det fremgår af tolddata.",
        ["Firmaet solgte mv. motorer og elektronik osv.", "Det fremgår af tolddata."],
    ),
    (
        "da",
        "»Vi leverer ikke våben til nogen af parterne.« Det sagde talspersonen.",
        ["»Vi leverer ikke våben til nogen af parterne.«", "Det sagde talspersonen."],
    ),
    (
        "da",
        "Vi er klar. »Næste skridt er sanktioner.« Det sagde hun.",
        ["Vi er klar.", "»Næste skridt er sanktioner.«", "Det sagde hun."],
    ),
    # Swedish
    (
        "sv",
        "Enligt tidningen har bl.a. kinesiska företag levererat drönare. Det är obekräftat.",
        ["Enligt tidningen har bl.a. kinesiska företag levererat drönare.", "Det är obekräftat."],
    ),
    (
        "sv",
        "Företaget sålde t.ex. motorer till Ryssland. Det visar tullhandlingar.",
        ["Företaget sålde t.ex. motorer till Ryssland.", "Det visar tullhandlingar."],
    ),
    # Dutch
    (
        "nl",
        "Volgens Politico leverden o.a. Chinese bedrijven geweren. Dat blijkt uit data.",
        ["Volgens Politico leverden o.a. Chinese bedrijven geweren.", "Dat blijkt uit data."],
    ),
    (
        "nl",
        "Het gaat om ca. 1.000 geweren, bijv. van het type CQ-A. Peking ontkent.",
        ["Het gaat om ca. 1.000 geweren, bijv. van het type CQ-A.", "Peking ontkent."],
    ),
    (
        "nl",
        "Dhr. Wang ontkende dat. Hij gaf geen verdere uitleg.",
        ["Dhr. Wang ontkende dat.", "Hij gaf geen verdere uitleg."],
    ),
    # German
    (
        "de",
        "Am 24. Februar 2022 begann der russische Angriff. Seitdem wächst der Handel.",
        ["Am 24. Februar 2022 begann der russische Angriff.", "Seitdem wächst der Handel."],
    ),
    (
        "de",
        "Geliefert wurden z. B. Drohnen und u.a. Motoren. Das berichtet der Spiegel.",
        ["Geliefert wurden z. B. Drohnen und u.a. Motoren.", "Das berichtet der Spiegel."],
    ),
    (
        "de",
        "Laut Dr. Müller stammen die Teile aus China. Nr. 5 der Liste ist ein Motor.",
        ["Laut Dr. Müller stammen die Teile aus China.", "Nr. 5 der Liste ist ein Motor."],
    ),
    (
        "de",
        "Der 2. Weltkrieg endete 1945. Danach wurde alles anders.",
        ["Der 2. Weltkrieg endete 1945.", "Danach wurde alles anders."],
    ),
    (
        "de",
        "Die Lieferung umfasst 100. Die Regierung schweigt dazu.",
        ["Die Lieferung umfasst 100.", "Die Regierung schweigt dazu."],
    ),
    (
        "de",
        "Er sagte: „Wir liefern keine Waffen.“ Danach verließ er den Saal.",
        ["Er sagte: „Wir liefern keine Waffen.“", "Danach verließ er den Saal."],
    ),
    (
        "de",
        "Genannt wurden Drohnen, Motoren usw. Peking bestreitet das.",
        ["Genannt wurden Drohnen, Motoren usw.", "Peking bestreitet das."],
    ),
    # English
    (
        "en",
        "Mr. Blinken warned China on Feb. 18. The U.S. Treasury later imposed sanctions.",
        ["Mr. Blinken warned China on Feb. 18.", "The U.S. Treasury later imposed sanctions."],
    ),
    (
        "en",
        "Shipments rose sharply in the U.S. The data show a steep increase.",
        ["Shipments rose sharply in the U.S.", "The data show a steep increase."],
    ),
    (
        "en",
        "The drones were made by Xi'an Bingo Co. Ltd., according to Der Spiegel.",
        ["The drones were made by Xi'an Bingo Co. Ltd., according to Der Spiegel."],
    ),
    (
        "en",
        "Is China supplying weapons? Officials say no! The talks continue.",
        ["Is China supplying weapons?", "Officials say no!", "The talks continue."],
    ),
    (
        "en",
        '"We have seen no evidence," he said. "None at all."',
        ['"We have seen no evidence," he said.', '"None at all."'],
    ),
    (
        "en",
        "The report (p. 12) cites customs data. It was published on Jan. 5, 2024.",
        ["The report (p. 12) cites customs data.", "It was published on Jan. 5, 2024."],
    ),
    (
        "en",
        "Gen. Smith met St. Petersburg officials. They declined to comment.",
        ["Gen. Smith met St. Petersburg officials.", "They declined to comment."],
    ),
    # French
    (
        "fr",
        "Selon M. Wang, la Chine ne livre pas d'armes. Pékin dément fermement.",
        ["Selon M. Wang, la Chine ne livre pas d'armes.", "Pékin dément fermement."],
    ),
    (
        "fr",
        "Les livraisons comprenaient des drones, des moteurs, etc. Le ministère se tait.",
        ["Les livraisons comprenaient des drones, des moteurs, etc.", "Le ministère se tait."],
    ),
    (
        "fr",
        "« Nous ne fournissons pas d'armes létales. » Le porte-parole l'a répété jeudi.",
        ["« Nous ne fournissons pas d'armes létales. »", "Le porte-parole l'a répété jeudi."],
    ),
    (
        "fr",
        "« Quoi ? » a demandé le porte-parole. Il n'a pas répondu.",
        ["« Quoi ? » a demandé le porte-parole.", "Il n'a pas répondu."],
    ),
    # Russian
    (
        "ru",
        "В 2023 г. Россия закупила в Китае беспилотники. Об этом сообщает Reuters.",
        ["В 2023 г. Россия закупила в Китае беспилотники.", "Об этом сообщает Reuters."],
    ),
    (
        "ru",
        "Поставки начались в 2023 г. По данным таможни, объём вырос.",
        ["Поставки начались в 2023 г.", "По данным таможни, объём вырос."],
    ),
    (
        "ru",
        "Компания поставляла дроны, двигатели и т.д. Об этом пишет Politico.",
        ["Компания поставляла дроны, двигатели и т.д.", "Об этом пишет Politico."],
    ),
    (
        "ru",
        "Речь идёт о винтовках и т. п. изделиях. Пекин это отрицает.",
        ["Речь идёт о винтовках и т. п. изделиях.", "Пекин это отрицает."],
    ),
    (
        "ru",
        "По словам В. В. Путина, сотрудничество важно. Пекин это подтвердил.",
        ["По словам В. В. Путина, сотрудничество важно.", "Пекин это подтвердил."],
    ),
    (
        "ru",
        "Это т. е. главный поставщик. Завод находится в г. Ижевск.",
        ["Это т. е. главный поставщик.", "Завод находится в г. Ижевск."],
    ),
    (
        "ru",
        "«Мы не поставляем оружие», — заявил представитель МИД. Он не уточнил детали.",
        ["«Мы не поставляем оружие», — заявил представитель МИД.", "Он не уточнил детали."],
    ),
    # Ukrainian
    (
        "uk",
        "У 2023 р. Росія отримала китайські дрони. Про це повідомляє Reuters.",
        ["У 2023 р. Росія отримала китайські дрони.", "Про це повідомляє Reuters."],
    ),
    (
        "uk",
        "Йдеться про дрони, мікросхеми і т.д. Пекін це заперечує.",
        ["Йдеться про дрони, мікросхеми і т.д.", "Пекін це заперечує."],
    ),
    (
        "uk",
        "На думку О. Зеленського, ситуація погіршилася. Він закликав до санкцій.",
        ["На думку О. Зеленського, ситуація погіршилася.", "Він закликав до санкцій."],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_split(lang: str, text: str, expected: list[str]) -> None:
    assert sentences(text, lang) == expected


def test_hard_wrapped_lines_are_joined() -> None:
    text = (
        "Kinesiske selskaper leverte droner til\nRussland i fjor, og flere av dem\n"
        "er nå sanksjonert.\nFrykter kinesisk støtte\nNato er bekymret."
    )
    assert sentences(text, "nb") == [
        "Kinesiske selskaper leverte droner til\nRussland i fjor, og flere av dem\n"
        "er nå sanksjonert.",
        "Frykter kinesisk støtte",
        "Nato er bekymret.",
    ]


def test_unknown_or_missing_language_uses_all_lists() -> None:
    text = "Geliefert wurden z.B. Drohnen. Ifølge NTB skal bl.a. Kina levere. Это т.е. ответ."
    expected = [
        "Geliefert wurden z.B. Drohnen.",
        "Ifølge NTB skal bl.a. Kina levere.",
        "Это т.е. ответ.",
    ]
    assert sentences(text, None) == expected
    assert sentences(text, "zh") == expected


def test_language_matters_for_german_ordinals() -> None:
    text = "Die Lieferung kam am 3. Oktober an."
    assert sentences(text, "de") == [text]


def test_blank_line_always_ends_a_sentence() -> None:
    text = "Kina leverer komponenter til\n\nrussiske fabrikker"
    assert sentences(text, "nb") == ["Kina leverer komponenter til", "russiske fabrikker"]


def test_windows_line_endings() -> None:
    text = "Tolldata avslørte\r\nKinesiske selskaper har sendt droner.\r\n\r\nNy del."
    assert sentences(text, "nb") == [
        "Tolldata avslørte",
        "Kinesiske selskaper har sendt droner.",
        "Ny del.",
    ]


def test_split_returns_document_offsets() -> None:
    text = "Overskrift\n\nFørste setning. Andre setning.\n\nTredje avsnitt."
    spans = paragraphs(text)
    assert [text[a:b] for a, b in spans] == [
        "Overskrift",
        "Første setning. Andre setning.",
        "Tredje avsnitt.",
    ]
    a, b = spans[1]
    assert [text[s:e] for s, e in split(text, "nb", a, b)] == ["Første setning.", "Andre setning."]
    assert split(text, "nb", a, b)[0][0] == a


def test_paragraphs() -> None:
    text = "\n  Tittel  \n\n\nFørste linje\nandre linje\n \t\nSiste\r\n\r\nEtter CRLF\u2029Slutt"
    assert [text[a:b] for a, b in paragraphs(text)] == [
        "Tittel",
        "Første linje\nandre linje",
        "Siste",
        "Etter CRLF",
        "Slutt",
    ]
    assert paragraphs("") == []
    assert paragraphs(" \n\n \n") == []


@pytest.mark.parametrize(("start", "end"), [(-1, None), (5, 2), (0, 99)])
def test_bad_range_is_a_value_error(start: int, end: int | None) -> None:
    with pytest.raises(ValueError, match="bad range"):
        split("Kina leverer.", "nb", start, end)


@pytest.mark.parametrize("lang", SUPPORTED)
def test_abbreviation_files(lang: str) -> None:
    table = _abbreviations(lang)
    assert len(table) >= 30
    assert all(abbr.endswith(".") and " " not in abbr for abbr in table)
    assert _abbreviations(None).keys() >= table.keys()


# Property tests: arbitrary text built from the characters the rules look at.
_ALPHABET = st.sampled_from(
    [*"aAbBzZжЖ1 9.,?!…«»\"'“”„()[]–-:\n\r\t\u00a0\u2029", "bl.a.", "z. B.", "т. д.", "J. "]
)
_TEXTS = st.lists(_ALPHABET, max_size=80).map("".join)
_LANGS = st.sampled_from([None, *SUPPORTED])


def _check_spans(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    covered = set()
    previous_end = start
    for a, b in spans:
        assert previous_end <= a < b <= end
        assert not text[a].isspace() and not text[b - 1].isspace()
        covered.update(range(a, b))
        previous_end = b
    for i in range(start, end):
        if not text[i].isspace():
            assert i in covered


@given(_TEXTS, _LANGS)
def test_split_invariants(text: str, lang: str | None) -> None:
    _check_spans(text, split(text, lang), 0, len(text))


@given(_TEXTS, _LANGS, st.data())
def test_split_invariants_in_a_range(text: str, lang: str | None, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    _check_spans(text, split(text, lang, start, end), start, end)


@given(_TEXTS)
def test_paragraph_invariants(text: str) -> None:
    spans = paragraphs(text)
    _check_spans(text, spans, 0, len(text))
    for a, b in spans:
        assert "\u2029" not in text[a:b]
        assert "\n\n" not in text[a:b].replace("\r", "").replace(" ", "")


@given(st.text(max_size=200), _LANGS)
def test_split_never_raises_on_any_text(text: str, lang: str | None) -> None:
    _check_spans(text, split(text, lang), 0, len(text))
