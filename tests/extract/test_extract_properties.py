"""The whole extractor on arbitrary text: it never raises and every span points into the text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from dualtrace.extract.pipeline import extract
from dualtrace.model import Document

WORDS = st.sampled_from(
    [
        "Kina",
        "Russland",
        "leverte",
        "droner",
        "til",
        "via",
        "Norinco",
        "Tekhkrim",
        "ifølge",
        "Reuters",
        "skal",
        "ikke",
        "bekreftet",
        "China",
        "supplied",
        "drones",
        "to",
        "Russia",
        "according",
        "not",
        "confirmed",
        "denies",
        "Iran",
        "Пекин",
        "поставил",
        "беспилотники",
        "России",
        "якобы",
        "geleverd",
        "aan",
        "Rusland",
        "volgens",
        "zou",
        ",",
        ".",
        "–",
        "«",
        "»",
        "100",
        "tusen",
        "i",
        "fjor",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=40), st.booleans())
def test_extract_never_raises_and_spans_point_into_the_text(words: list[str], dated: bool) -> None:
    text = " ".join(words)
    doc = Document(
        id="x", origin="x.txt", text=text, format="text", published="2024-05-01" if dated else None
    )
    result = extract(doc)
    for m in result.mentions:
        assert text[m.start : m.end] == m.text
    for c in result.claims:
        assert text[c.sentence_start : c.sentence_end] == c.quote
        for cue in c.cues:  # every cue the claim names points at its words in the document
            assert text[cue.start : cue.end] == cue.text
        assert c.certainty in {"confirmed", "reported", "alleged", "unconfirmed", "denied"}
