"""Quantities: examples in all ten languages, and invariants checked on generated input.

Example sentences are written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dualtrace import data
from dualtrace.extract.numbers import LanguageError, find_quantities

LANGS = ("nb", "nn", "da", "sv", "nl", "de", "en", "fr", "ru", "uk")

# (lang, sentence, [(phrase as written, value, approx, unit)])
EXAMPLES: list[tuple[str, str, list[tuple[str, float, bool, str | None]]]] = [
    (
        "nb",
        "Avtalen gjaldt 100 kinesiske angrepsdroner til Russland.",
        [("100", 100, False, "angrepsdroner")],
    ),
    ("nb", "Fabrikken leverte 1 000 geværer.", [("1 000", 1000, False, "geværer")]),
    ("nl", "Het bedrijf leverde 1.000 geweren.", [("1.000", 1000, False, "geweren")]),
    ("de", "Die Firma lieferte 1.000 Gewehre.", [("1.000", 1000, False, "Gewehre")]),
    ("en", "The firm shipped 1,000 rifles.", [("1,000", 1000, False, "rifles")]),
    (
        "nb",
        "Kontrakten er verdt 1,5 millioner kroner.",
        [("1,5 millioner", 1_500_000, False, "kroner")],
    ),
    ("nl", "Chinese bedrijven leverden duizend geweren.", [("duizend", 1000, False, "geweren")]),
    ("nb", "De bestilte tusen droner.", [("tusen", 1000, False, "droner")]),
    ("nb", "Dronen kan fly hundre kilometer.", [("hundre", 100, False, "kilometer")]),
    ("ru", "Завод получил тысячу винтовок.", [("тысячу", 1000, False, "винтовок")]),
    (
        "nl",
        "Politico vond twaalf leveringen van onderdelen.",
        [("twaalf", 12, False, "leveringen")],
    ),
    ("en", "They sold a dozen drones.", [("a dozen", 12, False, "drones")]),
    ("nb", "De solgte et dusin droner.", [("et dusin", 12, False, "droner")]),
    (
        "nb",
        "Fabrikken mottok over et dusin engangsdroner produsert i Kina.",
        [("over et dusin", 12, True, "engangsdroner")],
    ),
    (
        "nb",
        "Fabrikken har laget flere tusen Garpiya-droner.",
        [("flere tusen", 1000, True, "Garpiya-droner")],
    ),
    ("en", "Hundreds of engines were shipped.", [("Hundreds", 100, True, "engines")]),
    ("nb", "De kan lage rundt 100 droner i måneden.", [("rundt 100", 100, True, "droner")]),
    ("nb", "De kan lage omkring 100 droner.", [("omkring 100", 100, True, "droner")]),
    ("en", "They made about 50 drones.", [("about 50", 50, True, "drones")]),
    ("en", "They made around 50 drones.", [("around 50", 50, True, "drones")]),
    ("en", "They made more than 50 drones.", [("more than 50", 50, True, "drones")]),
    ("en", "They made over 50 drones.", [("over 50", 50, True, "drones")]),
    ("nl", "Ze maakten ongeveer 50 drones.", [("ongeveer 50", 50, True, "drones")]),
    ("nl", "Ze maakten meer dan 50 drones.", [("meer dan 50", 50, True, "drones")]),
    ("de", "Sie bauten etwa 50 Drohnen.", [("etwa 50", 50, True, "Drohnen")]),
    ("de", "Sie bauten mehr als 50 chinesische Drohnen.", [("mehr als 50", 50, True, "Drohnen")]),
    ("fr", "Ils ont livré environ 50 drones.", [("environ 50", 50, True, "drones")]),
    ("fr", "Ils ont livré plus de 50 drones kamikazes.", [("plus de 50", 50, True, "drones")]),
    ("ru", "Они поставили около 50 беспилотников.", [("около 50", 50, True, "беспилотников")]),
    (
        "ru",
        "Они поставили более 50 ударных беспилотников.",
        [("более 50", 50, True, "беспилотников")],
    ),
    ("uk", "Вони поставили понад 50 ударних дронів.", [("понад 50", 50, True, "дронів")]),
    ("uk", "Вони поставили близько 50 дронів.", [("близько 50", 50, True, "дронів")]),
    (
        "sv",
        "De levererade omkring 1 000 kinesiska drönare.",
        [("omkring 1 000", 1000, True, "drönare")],
    ),
    (
        "da",
        "De leverede omkring 1.000 kinesiske droner.",
        [("omkring 1.000", 1000, True, "droner")],
    ),
    ("nn", "Dei leverte om lag 200 droner.", [("om lag 200", 200, True, "droner")]),
    ("nb", "Stridshodet veier opp mot 50 kilo.", [("opp mot 50", 50, True, "kilo")]),
    ("nb", "Andelen steg til 12,5 prosent.", [("12,5", 12.5, False, "%")]),
    ("en", "Exports rose 12.5% last year.", [("12.5", 12.5, False, "%")]),
    ("en", "The deal is worth $1.5 billion.", [("1.5 billion", 1_500_000_000, False, "$")]),
    ("en", "They shipped 100–200 drones.", [("100–200", 100, True, "drones")]),
    (
        "en",
        "Two hundred and fifty rounds arrived.",
        [("Two hundred and fifty", 250, False, "rounds")],
    ),
    ("de", "Es kamen fünfundzwanzig Lieferungen.", [("fünfundzwanzig", 25, False, "Lieferungen")]),
    (
        "fr",
        "Il y a eu quatre-vingt-dix livraisons.",
        [("quatre-vingt-dix", 90, False, "livraisons")],
    ),
    (
        "ru",
        "Поступили две тысячи бронежилетов и 5 тыс. деталей.",
        [("две тысячи", 2000, False, "бронежилетов"), ("5 тыс.", 5000, False, "деталей")],
    ),
    ("en", "In 2022 the plant sent 1000 rifles.", [("1000", 1000, False, "rifles")]),
    (
        "nb",
        "Putin og Xi møttes 15. september 2022 og innen april 2023 kommer 12 droner.",
        [("12", 12, False, "droner")],
    ),
    ("nb", "Ekspertene har vært der siden andre kvartal i fjor og i 2. kvartal.", []),
    ("en", "The ZT-180 and the Su-35 flew in the 2022 invasion at 12:30.", []),
    ("nb", "For to år siden kom en drone.", []),
    ("en", "One of them said so.", []),
    ("en", "Such deals began in the 1990s.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), EXAMPLES)
def test_examples(
    lang: str, text: str, expected: list[tuple[str, float, bool, str | None]]
) -> None:
    found = find_quantities(text, lang)
    assert [(q.text, q.value, q.approx, q.unit) for q in found] == expected
    for q, (phrase, *_rest) in zip(found, expected, strict=True):
        assert q.start == text.index(phrase)
        assert q.end == q.start + len(phrase)


def test_bad_language_raises_a_one_line_error() -> None:
    with pytest.raises(LanguageError, match="unsupported language 'xx'"):
        find_quantities("100 drones", "xx")


# --------------------------------------------------------------------------- properties


def _vocabulary(lang: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(data.path("numbers", f"{lang}.yaml").read_text("utf-8"))
    return loaded


NOUN = {
    "nb": "droner",
    "nn": "droner",
    "da": "droner",
    "sv": "drönare",
    "nl": "drones",
    "de": "Drohnen",
    "en": "drones",
    "fr": "drones",
    "ru": "дронов",
    "uk": "дронів",
}
POOL = [
    "1",
    "000",
    "1.000",
    "1,5",
    "2022",
    "100",
    "-",
    "–",
    ".",
    ",",
    "%",
    "$",
    "over",
    "et",
    "dusin",
    "flere",
    "tusen",
    "hundre",
    "og",
    "femti",
    "a",
    "dozen",
    "hundreds",
    "of",
    "about",
    "тысячу",
    "две",
    "тысячи",
    "понад",
    "п'ять",
    "quatre",
    "vingt",
    "dix",
    "i",
    "fjor",
    "droner",
    "drones",
    "ZT",
    "180",
    "2.",
    "kvartal",
    "15",
    "september",
    "млн",
]
sentences = st.one_of(
    st.text(max_size=120),
    st.lists(st.sampled_from(POOL), max_size=14).map(" ".join),
    st.lists(st.sampled_from(POOL), max_size=8).map("".join),
)
LOOSE = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


@LOOSE
@given(st.sampled_from(LANGS), sentences)
def test_results_are_well_formed(lang: str, text: str) -> None:
    last_end = 0
    for q in find_quantities(text, lang):
        assert text[q.start : q.end] == q.text
        assert last_end <= q.start < q.end
        last_end = q.end
        assert q.value >= 0
        assert q.unit is None or q.unit.strip() == q.unit != ""


def _group(n: int, sep: str) -> str:
    digits = str(n)
    head = len(digits) % 3 or 3
    return sep.join([digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)])


@st.composite
def written_numbers(draw: st.DrawFn) -> tuple[str, str, float]:
    lang = draw(st.sampled_from(LANGS))
    vocab = _vocabulary(lang)
    n = draw(st.integers(0, 10**9))
    seps = [s for s in vocab["thousands"]]
    written = (
        _group(n, draw(st.sampled_from(seps))) if n >= 1000 and draw(st.booleans()) else str(n)
    )
    value = float(n)
    if draw(st.booleans()):
        frac = draw(st.integers(1, 99))
        written += f"{vocab['decimal']}{frac}"
        value = float(f"{n}.{frac}")
    return lang, written, value


@settings(deadline=None)
@given(written_numbers())
def test_numbers_written_as_digits_round_trip(case: tuple[str, str, float]) -> None:
    lang, written, value = case
    noun = NOUN[lang]
    found = find_quantities(f"({written} {noun})", lang)
    assert [(q.text, q.value, q.unit) for q in found] == [(written, value, noun)]


APPROX = [(lang, phrase) for lang in LANGS for phrase in _vocabulary(lang)["approx"]]


@pytest.mark.parametrize(("lang", "phrase"), APPROX)
def test_every_approximator_marks_the_number_approximate(lang: str, phrase: str) -> None:
    noun = NOUN[lang]
    text = f"({phrase} 250 {noun})"
    found = find_quantities(text, lang)
    assert [(q.text, q.value, q.approx, q.unit) for q in found] == [
        (f"{phrase} 250", 250, True, noun)
    ]


WORDS = [
    (lang, word, float(value))
    for lang in LANGS
    for word, value in _vocabulary(lang)["words"].items()
]


@pytest.mark.parametrize(("lang", "word", "value"), WORDS)
def test_every_number_word_has_its_value(lang: str, word: str, value: float) -> None:
    found = find_quantities(f"({word} {NOUN[lang]})", lang)
    assert [(q.text, q.value, q.approx) for q in found] == [(word, value, False)]


MULTIPLIERS = [
    (lang, word, float(value))
    for lang in LANGS
    for key in ("multipliers", "plurals")
    for word, value in _vocabulary(lang)[key].items()
]


@pytest.mark.parametrize(("lang", "word", "value"), MULTIPLIERS)
def test_every_multiplier_scales_digits(lang: str, word: str, value: float) -> None:
    found = find_quantities(f"(3 {word} {NOUN[lang]})", lang)
    assert [(q.text, q.value) for q in found] == [(f"3 {word}", 3 * value)]


@given(
    st.integers(1900, 2099),
    st.sampled_from([("nb", "i"), ("en", "in"), ("de", "seit"), ("ru", "в")]),
)
def test_years_in_date_phrases_are_not_quantities(year: int, lang_prep: tuple[str, str]) -> None:
    lang, prep = lang_prep
    assert find_quantities(f"{prep} {year} {NOUN[lang]}", lang) == []
