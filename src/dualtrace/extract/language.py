"""Name the language of a text or paragraph.

lingua is accurate but costs about 0.3 ms per paragraph, more than the whole extractor's budget
allows on every paragraph. Most news paragraphs carry a dozen function words, and counting them is
enough to name the language with certainty, so `detect` counts stopwords first and asks lingua
only when that count leaves doubt (short text, close Scandinavian scores, mixed text). Russian and
Ukrainian are told apart by letters each alphabet alone has before any counting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import Any

Span = tuple[int, int]

SUPPORTED: tuple[str, ...] = ("nb", "nn", "da", "sv", "nl", "de", "en", "fr", "ru", "uk")
_LATIN_LANGS = frozenset(SUPPORTED[:8])
_CYRILLIC_LANGS = frozenset(("ru", "uk"))

# Only a prefix is read: a 4 KB article is named by its first few paragraphs as well as by all.
_MAX_CHARS = 2000
_MAX_LINGUA_CHARS = 1000

# Stopword evidence is "clear" when enough function words were seen and, against every rival,
# the words only the winner lists outnumber the words only the rival lists by _LEAD and at least
# _FACTOR times. Shared words (og, i, det in nb/da/nn) say nothing about which of them it is, so a
# ratio of weighted scores would stay near 1 however long the text; exclusive counts grow with it.
_MIN_HITS = 3
_LEAD = 2
_FACTOR = 3
# With a hint, a short paragraph keeps the hint unless another language leads it by this much
# (weighted: a word listed by k languages adds 1/k to each).
_MARGIN = 1.0
# Below this many words a paragraph is a heading, caption or one-liner: the document's language
# (hint) wins unless the evidence clearly says otherwise.
_SHORT_WORDS = 12
_HINT_MIN_CONFIDENCE = 0.1

_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")


def read_table(folder: str, lang: str) -> list[list[str]]:
    """Rows of `data/<folder>/<lang>.tsv` without comments and the header line."""
    path = resources.files("dualtrace.data").joinpath(folder, f"{lang}.tsv")
    rows: list[list[str]] = []
    header_seen = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        rows.append(line.rstrip("\n").split("\t"))
    return rows


@cache
def stopwords(lang: str) -> frozenset[str]:
    """The function words of a supported language, lowercase."""
    if lang not in SUPPORTED:
        raise ValueError(f"unsupported language: {lang!r}")
    return frozenset(row[0] for row in read_table("stopwords", lang))


@lru_cache(maxsize=2)
def _index(allowed: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """word -> the languages of `allowed` whose stopword list has it; lowercase words only (see
    _owners)."""
    owners: dict[str, tuple[str, ...]] = {}
    for lang in SUPPORTED:
        if lang in allowed:
            for word in stopwords(lang):
                if word.islower():
                    owners[word] = (*owners.get(word, ()), lang)
    return owners


def _owners(words: list[str], allowed: frozenset[str]) -> dict[tuple[str, ...], int]:
    """How often each set of owning languages occurs among the lowercase stopwords in `words`,
    in order of first occurrence.

    Capitalised words are left out: a capitalised function word is as often part of a name
    ("Center for a New American Security", "Der Spiegel", "De Telegraaf") as a sentence start.
    The index holds lowercase words only, so one look-up per word (in C) is the whole test. A
    plain dict, not a Counter: a paragraph has a handful of stopwords, and building a Counter
    costs more than counting them.
    """
    owners: dict[tuple[str, ...], int] = {}
    for langs in filter(None, map(_index(allowed).get, words)):
        owners[langs] = owners.get(langs, 0) + 1
    return owners


def _score(owners: dict[tuple[str, ...], int], allowed: frozenset[str]) -> dict[str, float]:
    scores = dict.fromkeys(allowed, 0.0)
    for langs, count in owners.items():
        share = count / len(langs)
        for lang in langs:
            scores[lang] += share
    return scores


def _clear(best: str, owners: dict[tuple[str, ...], int], allowed: frozenset[str]) -> bool:
    """Whether the words only `best` lists clearly outnumber those of each rival."""
    if sum(owners.values()) < _MIN_HITS:
        return False
    listed = dict.fromkeys(allowed, 0)  # lang -> words it lists
    shared = dict.fromkeys(allowed, 0)  # lang -> words it and best both list
    for langs, count in owners.items():
        for lang in langs:
            listed[lang] += count
        if best in langs:
            for lang in langs:
                shared[lang] += count
    for rival in allowed:
        if rival != best:
            only_best = listed[best] - shared[rival]  # words best lists and the rival does not
            only_rival = listed[rival] - shared[rival]  # words the rival lists and best does not
            if only_best - only_rival < _LEAD or only_best < _FACTOR * only_rival:
                return False
    return True


@lru_cache(maxsize=1)
def _detector() -> Any:
    # Imported here so that importing this module stays cheap for code that never detects.
    from lingua import Language, LanguageDetectorBuilder

    languages = [
        Language.BOKMAL,
        Language.NYNORSK,
        Language.DANISH,
        Language.SWEDISH,
        Language.DUTCH,
        Language.GERMAN,
        Language.ENGLISH,
        Language.FRENCH,
        Language.RUSSIAN,
        Language.UKRAINIAN,
    ]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def _lingua(text: str) -> dict[str, float]:
    """lingua's confidence per supported code (empty when lingua names nothing)."""
    values = _detector().compute_language_confidence_values(text[:_MAX_LINGUA_CHARS])
    out: dict[str, float] = {}
    for value in values:
        code = value.language.iso_code_639_1.name.lower()
        if code in SUPPORTED:
            out[code] = float(value.value)
    return out


_RANK = {lang: i for i, lang in enumerate(SUPPORTED)}


def _top(scores: dict[str, float]) -> tuple[str, float]:
    # Ties are broken by SUPPORTED order so results never depend on set iteration order.
    best = max(scores.values())
    return next(lang for lang in SUPPORTED if scores.get(lang) == best), best


def _cyrillic_by_letters(text: str) -> str | None:
    uk = len(_UK_ONLY.findall(text))
    ru = len(_RU_ONLY.findall(text))
    if uk > 3 * ru:
        return "uk"
    if ru > 3 * uk:
        return "ru"
    return None


def detect(text: str, hint: str | None = None) -> str | None:
    """The SUPPORTED code of the language `text` is written in, or None.

    `hint` is the language of the surrounding document: it decides short paragraphs (headings,
    captions) and close calls, but never overrides clear evidence. None is returned for text
    without Latin or Cyrillic letters.
    """
    if not isinstance(text, str):
        raise TypeError(f"detect expects str, got {type(text).__name__}")
    return _detect(text[:_MAX_CHARS], hint)


def detect_document(text: str, paragraphs: Sequence[Span], default: str) -> tuple[str, list[str]]:
    """The language of `text`, `detect(text) or default`, and of each paragraph span,
    `detect(paragraph, hint=that) or that`, reading every word once: the words of the
    document's sample are those of the paragraphs in it. The spans must be in order with only
    whitespace around them, as `sentences.paragraphs` gives them; otherwise each is read alone.
    """
    if not isinstance(text, str):
        raise TypeError(f"detect_document expects str, got {type(text).__name__}")
    if not all(0 <= start <= end <= len(text) for start, end in paragraphs):
        doc = detect(text) or default
        return doc, [detect(text[start:end], doc) or doc for start, end in paragraphs]
    words = [_WORD.findall(text, start, min(end, start + _MAX_CHARS)) for start, end in paragraphs]
    doc = _detect(text[:_MAX_CHARS], None, _sample_words(text, paragraphs, words)) or default
    return doc, [
        _detect(text[start : min(end, start + _MAX_CHARS)], doc, paragraph_words) or doc
        for (start, end), paragraph_words in zip(paragraphs, words, strict=True)
    ]


def _sample_words(
    text: str, paragraphs: Sequence[Span], words: list[list[str]]
) -> list[str] | None:
    """The words of text[:_MAX_CHARS] put together from those of its paragraphs, or None when
    the spans leave words outside them or run into each other."""
    found: list[str] = []
    last = 0
    for (start, end), paragraph_words in zip(paragraphs, words, strict=True):
        if start >= _MAX_CHARS:
            break
        if start < last or 0 < start == last or _has_words(text, last, start):
            return None
        found += paragraph_words if end <= _MAX_CHARS else _WORD.findall(text, start, _MAX_CHARS)
        last = end
    return None if _has_words(text, last, _MAX_CHARS) else found


def _has_words(text: str, start: int, end: int) -> bool:
    return start < end and _WORD.search(text, start, end) is not None


def _detect(sample: str, hint: str | None, words: list[str] | None = None) -> str | None:
    """detect() on a sample already cut to _MAX_CHARS; `words` are its words if known."""
    # Most text has no Cyrillic at all: one search settles the script without counting letters.
    if _CYRILLIC.search(sample) is None:
        if _LATIN.search(sample) is None:
            return None
        allowed = _LATIN_LANGS
    else:
        cyrillic_majority = len(_CYRILLIC.findall(sample)) > len(_LATIN.findall(sample))
        allowed = _CYRILLIC_LANGS if cyrillic_majority else _LATIN_LANGS
    hint = hint if hint in allowed else None

    if allowed is _CYRILLIC_LANGS:
        by_letters = _cyrillic_by_letters(sample)
        if by_letters is not None:
            return by_letters

    if words is None:
        words = _WORD.findall(sample)
    owners = _owners(words, allowed)
    scores = _score(owners, allowed)
    top, top_score = _top(scores)
    if _clear(top, owners, allowed):
        return top

    short = len(words) < _SHORT_WORDS
    if hint is not None:
        gap = top_score - scores[hint]
        if gap <= 0 or (short and gap < _MARGIN):
            return hint

    confidence = {k: v for k, v in _lingua(sample).items() if k in allowed}
    if not confidence:
        return hint
    best = max(confidence, key=lambda k: (confidence[k], -_RANK[k]))
    if hint is not None and short and confidence.get(hint, 0.0) >= _HINT_MIN_CONFIDENCE:
        return hint
    return best
