"""The gazetteer: matching rules, the data files, and properties that hold for any text.

Example sentences are our own, about public facts.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dualtrace.extract import gazetteer as gazetteer_module
from dualtrace.extract.gazetteer import (
    HEADER,
    Gazetteer,
    GazetteerEntry,
    GazetteerError,
    data_files,
    load,
    read_tsv,
)
from dualtrace.model import Mention

OWN_FILES = ("countries", "companies", "outlets", "government", "people", "orgs")
LANGS = ("nb", "nn", "da", "sv", "nl", "de", "en", "fr", "ru", "uk")
COUNTRIES = (
    *("CN", "RU", "UA", "BY", "IR", "KP", "TR", "AE", "HK", "KZ", "KG", "AM", "GE", "UZ", "IN"),
    *("US", "GB", "DE", "FR", "NO", "NL", "DK", "SE", "FI", "PL", "IL", "TW", "JP", "KR", "RS"),
    "SY",
)

# 4 KB of Norwegian news prose, written for these tests (and for timing find()).
NB_ARTICLE = """\
Kinesiske droner i russisk tjeneste

Vestlige myndigheter har i flere år advart om at kinesiske selskaper leverer komponenter som \
ender opp i russiske våpen. Ifølge dokumenter som nyhetsbyrået Reuters har omtalt, skal den \
russiske våpenprodusenten IEMZ Kupol ha mottatt kinesiskproduserte motorer og angrepsdroner via \
mellomleddet TSK Vektor.

USA og EU har innført sanksjoner mot flere av selskapene. Det amerikanske finansdepartementet, \
gjennom OFAC, har ført opp både Kupol og det kinesiske selskapet Sichuan AEE på sanksjonslisten.

Natos generalsekretær Jens Stoltenberg sa til NTB at alliansen følger utviklingen nøye. – Vi ser \
at Kina i økende grad støtter Russlands krigsindustri, sa Stoltenberg. Nato-sjefen viste til at \
Beijing har sendt maskinverktøy og mikroelektronikk.

Kinas utenriksdepartement avviste påstandene. Talsperson Mao Ning sa at Kina aldri har levert \
dødelige våpen til noen part i konflikten, og at landet kontrollerer eksporten av droner strengt.

I Moskva har Kreml ikke kommentert saken. Russlands president Vladimir Putin møtte i fjor Kinas \
president Xi Jinping, og de to lederne lovet å styrke samarbeidet. Forsvarsminister Andrej \
Belousov har besøkt fabrikken i Alabuga, der iranskdesignede droner settes sammen.

Tolldata som den amerikanske organisasjonen C4ADS har gått gjennom, viser at China North \
Industries Group Corporation (Norinco) har sendt rifler til det russiske selskapet Tekhkrim. \
Forsendelsene gikk via Tyrkia og De forente arabiske emirater, ifølge dataene.

Forskere ved tankesmien RUSI i London mener at et tredjeland ofte brukes for å skjule hvor \
varene skal. – Handelen gjennom Kasakhstan, Kirgisistan og Armenia har økt kraftig siden 2022, \
sier en forsker til Aftenposten.

Ukrainas president Volodymyr Zelenskyj ba i en tale om at Vesten må stanse strømmen av \
komponenter. Den ukrainske etterretningssjefen Kyrylo Budanov har anslått at russiske styrker \
skyter opp flere hundre droner hver uke.

Det russiske militæret har også kjøpt satellittbilder fra kinesiske Spacety, ifølge amerikanske \
myndigheter. Pentagon og Det hvite hus har ikke villet kommentere opplysningene.

The Wall Street Journal og Financial Times har tidligere skrevet om lignende forsendelser, og \
Der Spiegel meldte at en kinesisk produsent skulle lage hundre prototyper av en drone for det \
russiske forsvaret.

Sanksjonene har ført til at russiske innkjøpere leter etter nye ruter. Hongkong er ifølge flere \
rapporter et knutepunkt for elektronikk, mens Iran og Nord-Korea sender ammunisjon og missiler \
til Russland. Hviterussland brukes som transittland for tyske og polske varer.

Norges utenriksminister sa til NRK at regjeringen vil følge EUs linje. I Washington sa \
Antony Blinken at USA vil straffe selskaper som hjelper Russland å omgå sanksjonene, og \
utenriksminister Sergej Lavrov svarte at Moskva ikke lar seg presse.

Eksperter ved CSIS og Institute for the Study of War mener at det kinesiske bidraget er \
avgjørende. Beijing på sin side sier at handelen med Russland er normal og ikke rettet mot \
noen tredjepart. Dronefabrikken i Alabuga skal ifølge ukrainske kilder produsere flere \
tusen droner i året.

Sveriges og Finlands regjeringer har også bedt om strengere kontroll, mens Polen og \
Tyskland vil stramme inn eksporten av elektronikk til Sentral-Asia. Japan og Sør-Korea har \
innført egne lister over varer som ikke skal selges til Russland.

I Kyiv sier utenriksminister Dmytro Kuleba at sanksjonene virker, men for sakte. Han viser til at \
russiske fabrikker fortsatt får tak i vestlige mikrobrikker gjennom mellomledd i Hongkong og \
De forente arabiske emirater. EU-kommisjonen arbeider med en ny sanksjonspakke, og Kaja Kallas \
sier at unionen vil rette seg mot selskaper i tredjeland som hjelper Moskva.

Kinesiske myndigheter har gjentatt at landet ikke er part i krigen. Kinas forsvarsminister \
Dong Jun sa i et møte med Lloyd Austin at Beijing ønsker dialog, mens Pentagon mener at \
eksporten av maskinverktøy fra Kina har gjort det mulig for Russland å gjenoppbygge \
våpenindustrien. Ifølge NTB vil saken bli tatt opp på Natos toppmøte i sommer.
"""


def small(*rows: tuple[str, str, str]) -> Gazetteer:
    """A gazetteer of (name, kind, key) rows, label = key, for rule tests."""
    return Gazetteer(GazetteerEntry(name, kind, key, key) for name, kind, key in rows)


def found(g: Gazetteer, text: str, lang: str | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.key) for m in g.find(text, lang)]


def own_files() -> list[Path]:
    return [f for f in data_files() if f.stem in OWN_FILES]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    """The names in this module's own data files: items and weapons (kept in the same folder by
    their own module) are left out so these expectations do not move with that vocabulary."""
    return Gazetteer(load(own_files()))


# --- matching rules ---------------------------------------------------------------------------


def test_word_boundaries_without_star() -> None:
    g = small(("Kina", "country", "CN"), ("drone", "item", "drone"))
    assert found(g, "Kina. kina, «Kina»") == [("Kina", "CN"), ("kina", "CN"), ("Kina", "CN")]
    assert found(g, "Kinas maskina Kinaputin") == []
    # a hyphen is a boundary
    assert found(g, "Kina-besøket og drone-onderdelen") == [("Kina", "CN"), ("drone", "drone")]
    assert found(g, "dronene") == []


def test_star_at_end_takes_the_whole_word() -> None:
    g = small(("kines*", "demonym", "CN"), ("Russland*", "country", "RU"))
    assert found(g, "kinesiske og kinesiskproduserte deler til Russlands hær") == [
        ("kinesiske", "CN"),
        ("kinesiskproduserte", "CN"),
        ("Russlands", "RU"),
    ]
    # the start is still a boundary
    assert found(g, "prekinesisk hviterussland") == []


def test_star_at_start_takes_the_whole_word() -> None:
    g = small(("*droner", "item", "drones"))
    assert found(g, "angrepsdroner, droner og dronerne") == [
        ("angrepsdroner", "drones"),
        ("droner", "drones"),
    ]


def test_star_at_both_ends() -> None:
    g = small(("*drone*", "item", "drones"))
    assert found(g, "kamikazedronene") == [("kamikazedronene", "drones")]


def test_short_capitals_match_case_sensitively() -> None:
    g = small(("AP", "outlet", "ap"), ("NTB", "outlet", "ntb"), ("Nato*", "government", "nato"))
    assert found(g, "Foto: AP / NTB") == [("AP", "ap"), ("NTB", "ntb")]
    assert found(g, "ap ntb Ap Ntb") == []
    # a name not in capitals, or longer than four letters, matches in any case
    assert found(g, "NATO nato Natos") == [("NATO", "nato"), ("nato", "nato"), ("Natos", "nato")]
    g.add("C4ADS", "org", "c4ads", "C4ADS")
    assert found(g, "c4ads") == [("c4ads", "c4ads")]


def test_cyrillic_capitals_match_case_sensitively(gaz: Gazetteer) -> None:
    assert found(gaz, "Заявление МИД России", "ru") == [
        ("МИД", "foreign-ministry"),
        ("России", "RU"),
    ]
    assert ("мид", "foreign-ministry") not in found(gaz, "мид", "ru")


def test_longest_match_wins(gaz: Gazetteer) -> None:
    text = "China North Industries Group Corporation (Norinco) sold rifles."
    assert found(gaz, text, "en")[:2] == [
        ("China North Industries Group Corporation", "norinco"),
        ("Norinco", "norinco"),
    ]
    g = small(("China", "country", "CN"), ("North Industries", "company", "x"))
    # overlapping hits: the longer one is kept, the shorter is dropped, not trimmed
    assert found(g, "China North Industries") == [("China", "CN"), ("North Industries", "x")]
    g.add("China North", "place", "cn-north", "north China")
    # "North Industries" is longer than "China North", which loses; "China" overlaps nothing kept
    assert found(g, "China North Industries") == [("China", "CN"), ("North Industries", "x")]
    assert found(g, "China North") == [("China North", "cn-north")]


def test_same_span_prefers_the_longer_literal(gaz: Gazetteer) -> None:
    # "Китай*" would also cover the adjective; the demonym stem is the more specific row
    assert found(gaz, "китайские компании", "ru") == [("китайские", "CN")]
    assert [m.kind for m in gaz.find("китайские Китай Китая", "ru")] == [
        "demonym",
        "country",
        "country",
    ]
    # a spelling without `*` beats one with it on the same span
    assert [m.kind for m in gaz.find("Tysklands", "nb")] == ["country"]
    assert [m.kind for m in gaz.find("Indien")] == ["country"]


def test_lang_filter(gaz: Gazetteer) -> None:
    assert found(gaz, "De Spiegel-onderzoek", "nl") == []
    assert found(gaz, "ifølge Spiegel", "nb") == [("Spiegel", "spiegel")]
    assert found(gaz, "en Inde", "fr") == [("Inde", "IN")]
    assert found(gaz, "Han var inde", "da") == []
    # without a language every row is used
    assert ("inde", "IN") in found(gaz, "Han var inde")
    # rows for every language ("*") are used whatever the language
    assert found(gaz, "Norinco", "ru") == [("Norinco", "norinco")]


def test_add_after_find_rebuilds() -> None:
    g = small(("Kupol", "company", "iemz-kupol"))
    assert found(g, "Kupol og Vektor") == [("Kupol", "iemz-kupol")]
    g.add("Vektor", "company", "tsk-vektor", "TSK Vektor", country="RU", lang="nb")
    assert found(g, "Kupol og Vektor") == [("Kupol", "iemz-kupol"), ("Vektor", "tsk-vektor")]
    assert found(g, "Kupol og Vektor", "en") == [("Kupol", "iemz-kupol")]
    before = len(g)
    g.add("Vektor", "company", "tsk-vektor", "TSK Vektor", country="RU", lang="nb")
    assert len(g) == before  # the same spelling again changes nothing
    m = g.find("Vektor")[0]
    assert (m.kind, m.label, m.country, m.category) == ("company", "TSK Vektor", "RU", None)


def test_add_rejects_bad_names() -> None:
    g = Gazetteer()
    assert g.find("anything") == []
    for name in ("", "a*b", "*", " Kina", "--", "*-x"):
        with pytest.raises(GazetteerError):
            g.add(name, "country", "CN", "China")
    with pytest.raises(GazetteerError, match="unknown kind"):
        g.add("Kina", "nation", "CN", "China")
    with pytest.raises(GazetteerError, match="category"):
        g.add("Kina", "country", "CN", "China", category="drones")
    with pytest.raises(GazetteerError, match="lang"):
        g.add("Kina", "country", "CN", "China", lang="Norwegian")
    with pytest.raises(GazetteerError, match="country"):
        g.add("Kina", "country", "CN", "China", country="CHN")


def test_punctuation_and_spacing_variants(gaz: Gazetteer) -> None:
    # apostrophes, hyphens and quotes all fold to one separator
    for text in ("Xi'an Bingo", "Xi’an Bingo", "Xi-an Bingo"):
        assert found(gaz, text, "en") == [(text, "xian-bingo")]
    assert found(gaz, "ИЭМЗ «Купол»", "ru") == [("ИЭМЗ «Купол»", "iemz-kupol")]
    assert found(gaz, "U.S. Treasury", "en") == [("U.S. Treasury", "us-treasury")]


def test_cyrillic_inflection_and_yo(gaz: Gazetteer) -> None:
    assert found(gaz, "встреча Путина и Си Цзиньпина", "ru") == [
        ("Путина", "vladimir-putin"),
        ("Си Цзиньпина", "xi-jinping"),
    ]
    # "ё" and "е" spellings are one
    for text in ("Объединённые Арабские Эмираты", "Объединенные Арабские Эмираты"):
        assert found(gaz, text, "ru") == [(text, "AE")]
    assert found(gaz, "Зеленський заявив", "uk") == [("Зеленський", "volodymyr-zelensky")]
    assert found(gaz, "Рособоронэкспорта", "ru") == [("Рособоронэкспорта", "rosoboronexport")]


def test_cjk_needs_no_spaces(gaz: Gazetteer) -> None:
    text = "中国北方工业公司向俄罗斯出口，西安博高智能航空科技有限公司也在名单上。"
    assert found(gaz, text) == [
        ("中国北方工业公司", "norinco"),
        ("西安博高智能航空科技有限公司", "xian-bingo"),
    ]
    assert found(gaz, "习近平在北京") == [("习近平", "xi-jinping"), ("北京", "CN")]


def test_spans_point_into_text_even_when_folding_is_uneven(gaz: Gazetteer) -> None:
    decomposed = unicodedata.normalize("NFD", "Oekraïne en Rusland")
    assert found(gaz, decomposed, "nl") == [(decomposed[:9], "UA"), ("Rusland", "RU")]
    text = "İran, Außenministerium und AUSSENMINISTERIUM 🙂 Türkei"
    assert found(gaz, text, "de") == [
        ("İran", "IR"),
        ("Außenministerium", "foreign-ministry"),
        ("AUSSENMINISTERIUM", "foreign-ministry"),
        ("Türkei", "TR"),
    ]
    assert found(gaz, text, "en") == [("İran", "IR")]
    # a lone surrogate (from a bad decode upstream) is carried through, not an error
    assert found(gaz, "\ud800Kina \ud800 Kina", "nb") == [("Kina", "CN")]
    for sample in (decomposed, text, NB_ARTICLE):
        for m in gaz.find(sample):
            assert sample[m.start : m.end] == m.text


def test_mentions_carry_the_row(gaz: Gazetteer) -> None:
    by_text = {m.text: m for m in gaz.find(NB_ARTICLE, "nb")}
    kupol = by_text["IEMZ Kupol"]
    assert (kupol.kind, kupol.key, kupol.label, kupol.country) == (
        "company",
        "iemz-kupol",
        "IEMZ Kupol",
        "RU",
    )
    assert by_text["kinesiskproduserte"].kind == "demonym"
    assert by_text["kinesiskproduserte"].country == "CN"
    assert by_text["Beijing"].key == "CN"
    assert by_text["Kreml"].key == "RU"
    assert by_text["tredjeland"].key == "XX"


def test_norwegian_article(gaz: Gazetteer) -> None:
    got = set(found(gaz, NB_ARTICLE, "nb"))
    expected = {
        ("Reuters", "reuters"),
        ("TSK Vektor", "tsk-vektor"),
        ("Sichuan AEE", "sichuan-aee"),
        ("OFAC", "ofac"),
        ("Natos generalsekretær", "nato-sg"),
        ("Jens Stoltenberg", "jens-stoltenberg"),
        ("Stoltenberg", "jens-stoltenberg"),
        ("Nato-sjefen", "nato-sg"),
        ("NTB", "ntb"),
        ("Kinas", "CN"),
        ("utenriksdepartement", "foreign-ministry"),
        ("Mao Ning", "mao-ning"),
        ("Moskva", "RU"),
        ("Russlands", "RU"),
        ("Vladimir Putin", "vladimir-putin"),
        ("Xi Jinping", "xi-jinping"),
        ("Andrej Belousov", "andrei-belousov"),
        ("Alabuga", "alabuga-sez"),
        ("iranskdesignede", "IR"),
        ("C4ADS", "c4ads"),
        ("China North Industries Group Corporation", "norinco"),
        ("Norinco", "norinco"),
        ("Tekhkrim", "tekhkrim"),
        ("Tyrkia", "TR"),
        ("De forente arabiske emirater", "AE"),
        ("RUSI", "rusi"),
        ("Kasakhstan", "KZ"),
        ("Kirgisistan", "KG"),
        ("Armenia", "AM"),
        ("Aftenposten", "aftenposten"),
        ("Ukrainas", "UA"),
        ("Volodymyr Zelenskyj", "volodymyr-zelensky"),
        ("Kyrylo Budanov", "kyrylo-budanov"),
        ("russiske styrker", "ru-military"),
        ("russiske militæret", "ru-military"),
        ("russiske forsvaret", "ru-military"),
        ("Spacety", "spacety"),
        ("Pentagon", "us-dod"),
        ("Det hvite hus", "white-house"),
        ("The Wall Street Journal", "wsj"),
        ("Financial Times", "ft"),
        ("Der Spiegel", "spiegel"),
        ("Hongkong", "HK"),
        ("Nord-Korea", "KP"),
        ("Hviterussland", "BY"),
        ("tyske", "DE"),
        ("polske", "PL"),
        ("Norges", "NO"),
        ("NRK", "nrk"),
        ("EUs", "EU"),
        ("Washington", "US"),
        ("Antony Blinken", "antony-blinken"),
        ("USA", "US"),
        ("Sergej Lavrov", "sergei-lavrov"),
        ("CSIS", "csis"),
        ("Institute for the Study of War", "isw"),
        ("Sveriges", "SE"),
        ("Finlands", "FI"),
        ("Polen", "PL"),
        ("Sør-Korea", "KR"),
        ("Kyiv", "UA"),
        ("Dmytro Kuleba", "dmytro-kuleba"),
        ("EU-kommisjonen", "eu-commission"),
        ("Kaja Kallas", "kaja-kallas"),
        ("Dong Jun", "dong-jun"),
        ("Lloyd Austin", "lloyd-austin"),
    }
    assert expected <= got, sorted(expected - got)
    # the demonym inside "Det russiske militæret" is part of the longer name, not a mention
    starts = {m.start for m in gaz.find(NB_ARTICLE, "nb") if m.text == "russiske"}
    militaeret = NB_ARTICLE.index("russiske militæret")
    assert militaeret not in starts


def test_default_is_loaded_once() -> None:
    assert Gazetteer.default() is Gazetteer.default()


# --- data files -------------------------------------------------------------------------------


def test_every_data_file_loads_strictly() -> None:
    files = data_files()
    assert set(OWN_FILES) <= {f.stem for f in files}
    assert len(load(own_files(), strict=True)) > 1500
    # every file together: a spelling repeated across files is caught too
    assert len(load(files, strict=True)) == len(Gazetteer.default())


@pytest.mark.parametrize("stem", OWN_FILES)
def test_own_files_say_what_they_hold(stem: str) -> None:
    (path,) = (f for f in own_files() if f.stem == stem)
    lines = path.read_text(encoding="utf-8").splitlines()
    comments = []
    for line in lines:
        if not line.startswith("#"):
            break
        comments.append(line)
    assert len(comments) >= 2
    assert "Written by the dualtrace team" in " ".join(comments)
    assert lines[len(comments)] == "\t".join(HEADER)


def test_own_keys_are_consistent() -> None:
    seen: dict[str, tuple[str, str, str | None]] = {}
    for path in own_files():
        for line, entry in read_tsv(path):
            if entry.kind == "demonym":
                continue  # a demonym shares its country's key by design
            if entry.kind in ("weapon", "item"):
                continue
            where = f"{path.name}:{line}"
            assert entry.category is None, where
            first = seen.setdefault(entry.key, (entry.kind, entry.label, entry.country))
            assert first == (entry.kind, entry.label, entry.country), where


def test_every_country_has_names_and_demonyms_in_every_language(gaz: Gazetteer) -> None:
    countries: dict[str, set[str]] = {}
    demonyms: dict[str, set[str]] = {}
    for entry in gaz.entries:
        target = {"country": countries, "demonym": demonyms}.get(entry.kind)
        if target is None:
            continue
        langs = set(LANGS) if entry.lang == "*" else set(entry.lang.split(","))
        target.setdefault(entry.key, set()).update(langs)
    for iso in COUNTRIES:
        assert countries.get(iso, set()) >= set(LANGS), (
            iso,
            set(LANGS) - countries.get(iso, set()),
        )
        missing = set(LANGS) - demonyms.get(iso, set())
        # English has no single-word demonym for Hong Kong
        assert missing <= ({"en"} if iso == "HK" else set()), (iso, missing)
    for iso in ("EU", "XX"):
        assert countries[iso] >= set(LANGS)


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "bad.tsv"
    path.write_text("# a test file\n" + "\t".join(HEADER) + "\n" + body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("CN\tcountry\tChina\tCN\tnb\tKina", None),  # no category column is fine
        ("CN\tcountry\tChina\tCN\tnb", "expected 7"),
        ("CN\tcountry\tChina\tCN\tnb\tKina\t\textra", "expected 7"),
        ("CN\tnation\tChina\tCN\tnb\tKina\t", "unknown kind"),
        ("CN\tcountry\tChina\tCN\tnorsk\tKina\t", "lang"),
        ("CN\tcountry\tChina\tChina\tnb\tKina\t", "country"),
        ("CN\tcountry\tChina\tCN\tnb\tKi*na\t", "inside"),
        ("CN\tcountry\tChina\tCN\tnb\tKina\tdrones", "category"),
        ("\tcountry\tChina\tCN\tnb\tKina\t", "key"),
        ("CN\tcountry\t\tCN\tnb\tKina\t", "label"),
        ("CN\tcountry\tChina\tCN\tnb\tKina \t", "spaces"),
    ],
)
def test_malformed_rows_name_file_and_line(tmp_path: Path, row: str, message: str | None) -> None:
    path = _write(tmp_path, "CN\tcountry\tChina\tCN\tsv\tKina\t\n" + row + "\n")
    if message is None:
        assert [e.name for e in load([path])] == ["Kina", "Kina"]
        return
    with pytest.raises(GazetteerError, match=message) as info:
        load([path])
    assert str(info.value).startswith(f"{path}:4: ")
    assert "\n" not in str(info.value)


def test_duplicates_are_refused_when_strict(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "x\titem\tX\t\ten\tmachine gun\tsmall_arms\nx\titem\tX\t\ten\tmachine-gun\tsmall_arms\n",
    )
    with pytest.raises(GazetteerError, match=r"bad\.tsv:4: 'machine-gun' .* repeats bad\.tsv:3"):
        load([path])
    assert len(load([path], strict=False)) == 1
    # the same spelling for different languages or keys is not a repeat
    other = _write(
        tmp_path,
        "CN\tcountry\tChina\tCN\tnb\tKina\t\nCN\tcountry\tChina\tCN\tsv\tKina\t\n"
        "kina\tplace\tKina\t\tnb\tKina\t\n",
    )
    assert len(load([other])) == 3


def test_header_is_required(tmp_path: Path) -> None:
    path = tmp_path / "x.tsv"
    path.write_text("# only comments\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="no header"):
        load([path])
    path.write_text("key\tkind\tname\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"x\.tsv:1: header"):
        load([path])
    path.write_bytes(b"\xff\xfe")
    with pytest.raises(GazetteerError, match="cannot read"):
        load([path])


# --- properties -------------------------------------------------------------------------------

NAMES = [
    "Kina",
    "kinesiske",
    "Russland",
    "Norinco",
    "China North Industries Group Corporation",
    "AP",
    "NTB",
    "Путина",
    "китайские",
    "中国北方工业公司",
    "Nato-sjefen",
    "Xi'an Bingo",
    "ИЭМЗ «Купол»",
]
PIECES = st.one_of(
    st.sampled_from(NAMES),
    st.text(max_size=8),
    st.sampled_from(
        [" ", "-", "'", "«", "»", "\u0308", "ß", "İ", "ё", "\u00a0", "\n", "🙂", "*", "×", "–", "€"]
    ),
)


def _check(text: str, mentions: list[Mention]) -> None:
    last_end = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= last_end  # sorted and non-overlapping
        assert text[m.start : m.end] == m.text
        last_end = m.end


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=20).map("".join), st.sampled_from([None, *LANGS]))
def test_find_never_raises_and_spans_are_sound(text: str, lang: str | None) -> None:
    _check(text, Gazetteer.default().find(text, lang))


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_find_on_arbitrary_unicode(text: str) -> None:
    _check(text, Gazetteer.default().find(text))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=1, max_size=6))
def test_names_separated_by_spaces_are_all_found(names: list[str]) -> None:
    text = " ".join(names)
    got = [m.text for m in Gazetteer.default().find(text)]
    # every listed name is itself a spelling in the data, so each comes back whole
    assert got == names


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=20).map("".join))
def test_folding_keeps_length_and_agrees_with_the_plain_regex(text: str) -> None:
    folded, starts, ends = gazetteer_module._fold_text(text)
    if starts is None:
        assert len(folded) == len(text)
        # the shortcuts (one-character searches, plain replacement) change nothing
        lowered = gazetteer_module._lower(text).replace("ё", "е")
        raw = lowered.encode("utf-8", "surrogatepass").translate(gazetteer_module._ASCII_SEP)
        plain = gazetteer_module._UTF8_SEP.sub(b" ", raw).decode("utf-8", "surrogatepass")
        assert folded == plain
    else:
        assert ends is not None
        assert len(starts) == len(ends) == len(folded)
        assert all(0 <= a < b <= len(text) for a, b in zip(starts, ends, strict=True))
