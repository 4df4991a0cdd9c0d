"""The extractor's shortcuts give what the plain calls give: one folding per article in the
gazetteer, words read once for all paragraphs' languages, regexes tried only where they can
start, dates read once per sentence."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from dualtrace.extract import language, sentences
from dualtrace.extract.dates import date_spans, find_dates, read_dates
from dualtrace.extract.gazetteer import Gazetteer
from dualtrace.extract.numbers import find_quantities

LANGS = ("nb", "nn", "da", "sv", "nl", "de", "en", "fr", "ru", "uk")

# Names from the data, cut names ("ИЭМЗ «Купол" without its closing quote reaches into the
# padding), and separators that fold unevenly (combining marks, "İ", final sigma, ogham space).
_PIECES = st.sampled_from(
    [
        "Kina",
        "Russland",
        "Norinco",
        "ИЭМЗ «Купол»",
        "ИЭМЗ «Купол",
        "Sichuan AEE",
        "USA",
        "EU",
        "kinesiske",
        " ",
        "  ",
        "\n",
        "\n\n",
        ". ",
        ", ",
        "«",
        "»",
        "-",
        "e\u0301",
        "İ",
        "ΟΔΟΣ",
        "\u1680",
        "\u00a0",
        "ё",
        "Det",
        "sa",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=25).map("".join)


def _sentence_spans(text: str, lang: str) -> list[tuple[int, int, str]]:
    return [
        (start, end, lang)
        for p_start, p_end in sentences.paragraphs(text)
        for start, end in sentences.split(text, lang, p_start, p_end)
    ]


@settings(max_examples=300, deadline=None)
@given(
    _TEXTS, st.sampled_from(LANGS), st.lists(st.tuples(st.integers(-3, 60), st.integers(-3, 60)))
)
@example("Vi så ИЭМЗ «Купол\n\nDa.", "ru", [])  # the name's core reaches into the padding
def test_find_spans_is_find_on_each_span(text: str, lang: str, odd: list[tuple[int, int]]) -> None:
    gaz = Gazetteer.default()
    spans = _sentence_spans(text, lang) + [(a, b, lang) for a, b in odd]
    assert gaz.find_spans(text, spans) == [gaz.find(text[a:b], lang) for a, b, lang in spans]


_WORDS = st.sampled_from(
    [
        "og",
        "det",
        "er",
        "ikke",
        "the",
        "and",
        "of",
        "und",
        "der",
        "het",
        "van",
        "och",
        "är",
        "и",
        "не",
        "та",
        "що",
        "Kina",
        "drones",
        "droner",
        "1990",
        "—",
    ]
)
_PARAGRAPHS = st.lists(st.lists(_WORDS, max_size=40).map(" ".join), max_size=8)


@settings(max_examples=200, deadline=None)
@given(_PARAGRAPHS, st.sampled_from(["\n\n", "\n \n", "\r\n\r\n"]), st.integers(1, 80))
def test_detect_document_is_detect_on_each_paragraph(
    paragraphs: list[str], separator: str, repeat: int
) -> None:
    # repeated, the text crosses the 2000 characters the document's language is read from
    text = separator.join(paragraphs * repeat)
    spans = sentences.paragraphs(text)
    doc = language.detect(text) or "en"
    expected = [language.detect(text[a:b], hint=doc) or doc for a, b in spans]
    assert language.detect_document(text, spans, "en") == (doc, expected)


_SPLIT_PIECES = st.sampled_from(
    [
        *"ab .!?…\n\r\t\u2029\u2028\x0b\x1f\x85\u00a0«»\"')(A1z",
        *("\r\n", " \n", ". ", "z. B.", "U.S. ", "Dr. ", "1. ", "\n\n", " » ", "т. е."),
    ]
)
_SPLIT_TEXTS = st.lists(_SPLIT_PIECES, max_size=40).map("".join)
# What `_candidates` and `_paragraph_breaks` stand for: plain finditer over these.
_CANDIDATE = re.compile(
    rf"(?P<term>[.!?…]+{sentences._CLOSE}*)(?P<gap>\s+|\Z)"
    rf"|(?P<nlgap>{sentences._HSPACE}*{sentences._LB}\s*)"
)


@settings(max_examples=500, deadline=None)
@given(_SPLIT_TEXTS, st.data())
def test_candidates_are_those_of_one_finditer(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    stop = data.draw(st.integers(start, len(text)))
    expected = [
        (m.start("term"), m.start("gap"), m.end())
        if m.group("term") is not None
        else (-1, m.start("nlgap"), m.end())
        for m in _CANDIDATE.finditer(text, start, stop)
    ]
    assert list(sentences._candidates(text, start, stop)) == expected
    assert list(sentences._paragraph_breaks(text)) == [
        m.span() for m in sentences._PARA_SEP.finditer(text)
    ]


_DATE_TEXTS = st.sampled_from(
    [
        "Dronene ble levert i mars 2023, ifølge avisen.",
        "Russland mottok 100 droner i fjor og 50 i 2022.",
        "From 2021 to 2023 the firm shipped 1,000 engines, 3 of them in May.",
        "Am 24. Februar 2022 lieferte die Firma 20 Drohnen.",
        "В 2023 году было поставлено 200 дронов.",
        "No date here at all.",
    ]
)


@settings(max_examples=50, deadline=None)
@given(_DATE_TEXTS, st.sampled_from(LANGS))
def test_dates_read_once_give_what_separate_calls_give(text: str, lang: str) -> None:
    pub = date(2023, 6, 1)
    found, spans = read_dates(text, lang, pub)
    assert found == find_dates(text, lang, pub)
    assert spans == date_spans(text, lang)
    assert find_quantities(text, lang, spans) == find_quantities(text, lang)
