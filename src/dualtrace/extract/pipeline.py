"""From a Document to its mentions and claims: the one entry point the build stage calls.

paragraphs -> language per paragraph -> sentences -> per sentence: mentions, cues, dates,
quantities -> claim rules over the sentences in order (they keep discourse state: the current
source, the last supplier).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from dualtrace import __version__, data
from dualtrace.extract import claims as claim_rules
from dualtrace.extract import language, sentences
from dualtrace.extract.cues import find_cues
from dualtrace.extract.dates import read_dates
from dualtrace.extract.gazetteer import Gazetteer
from dualtrace.extract.numbers import find_quantities
from dualtrace.model import Claim, Cue, Document, Mention, Quantity, TimeRef


@dataclass(slots=True)
class Sentence:
    """One sentence with everything found in it; offsets are sentence-local.

    Dates and quantities are read the first time they are asked for: only sentences that
    make a claim need them, and reading them is a third of the cost of the rest."""

    index: int
    paragraph: int
    start: int  # document offset of the sentence
    end: int
    text: str
    lang: str
    mentions: list[Mention] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)
    published: tuple[date | None, str] = (None, "day")
    _dates: tuple[list[TimeRef], list[tuple[int, int]]] | None = None
    _quantities: list[Quantity] | None = None

    @property
    def dates(self) -> list[TimeRef]:
        return self._read_dates()[0]

    @property
    def quantities(self) -> list[Quantity]:
        if self._quantities is None:
            self._quantities = find_quantities(self.text, self.lang, self._read_dates()[1])
        return self._quantities

    def _read_dates(self) -> tuple[list[TimeRef], list[tuple[int, int]]]:
        if self._dates is None:
            pub, precision = self.published
            self._dates = read_dates(self.text, self.lang, pub, precision)
        return self._dates


@dataclass(slots=True)
class Extraction:
    doc: Document
    sentences: list[Sentence]
    mentions: list[Mention]  # document offsets
    claims: list[Claim]


def published_date(doc: Document) -> tuple[date | None, str]:
    """The publication date as a date plus its precision ("day", "month", "year")."""
    if not doc.published:
        return None, "day"
    parts = doc.published.split("-")
    try:
        if len(parts) == 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2])), "day"
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1), "month"
        return date(int(parts[0]), 1, 1), "year"
    except ValueError:
        return None, "day"


def analyse(doc: Document, gazetteer: Gazetteer | None = None) -> list[Sentence]:
    gaz = gazetteer or Gazetteer.default()
    pub, precision = published_date(doc)
    text = doc.text
    paragraphs = sentences.paragraphs(text)
    _, langs = language.detect_document(text, paragraphs, default="en")
    spans: list[tuple[int, int, str]] = []  # (start, end, lang) of every sentence
    paragraph_of: list[int] = []
    for p_index, ((p_start, p_end), lang) in enumerate(zip(paragraphs, langs, strict=True)):
        for s_start, s_end in sentences.split(text, lang, p_start, p_end):
            spans.append((s_start, s_end, lang))
            paragraph_of.append(p_index)
    # One gazetteer pass over the article: folding it once costs less than once per sentence.
    # The other finders, too, each run over all sentences in turn (their tables stay in the CPU
    # caches: a percent or two).
    mentions = gaz.find_spans(text, spans)
    texts = [text[start:end] for start, end, _ in spans]
    cues = [find_cues(s_text, lang) for s_text, (_, _, lang) in zip(texts, spans, strict=True)]
    return [
        Sentence(
            index=index,
            paragraph=paragraph_of[index],
            start=start,
            end=end,
            text=texts[index],
            lang=lang,
            mentions=mentions[index],
            cues=cues[index],
            published=(pub, precision),
        )
        for index, (start, end, lang) in enumerate(spans)
    ]


def extract(doc: Document, gazetteer: Gazetteer | None = None) -> Extraction:
    sents = analyse(doc, gazetteer)
    mentions = [m.shifted(s.start) for s in sents for m in s.mentions]
    return Extraction(doc, sents, mentions, claim_rules.extract_claims(doc, sents))


@cache
def fingerprint() -> str:
    """Identifies the extractor: the version, every data file and the extraction code itself,
    so `build` redoes a document exactly when a changed lexicon or rule could change it."""
    h = hashlib.sha256(__version__.encode())
    code = Path(__file__).parent
    for root, suffixes in ((data.path(), DATA_SUFFIXES), (code, {".py"})):
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in suffixes:
                h.update(str(path.relative_to(root)).encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:16]


DATA_SUFFIXES = {".tsv", ".yaml", ".yml", ".txt", ".json"}
