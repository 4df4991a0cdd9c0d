"""Split text into paragraphs and sentences by rule, with per-language abbreviation lists.

A model-free splitter is fast and predictable, and news prose is regular enough: a sentence ends
at . ! ? or an ellipsis (possibly followed by closing quotes or brackets) when the next sentence
starts with something that can start one; a blank line always ends one; a line break ends one
unless the next line plainly continues it. The hard part is the period, which also ends
abbreviations ("bl.a.", "z. B.", "т.е."), initials ("J. Stoltenberg"), ordinals ("am 24. Februar")
and list markers: those rules live in `_period_holds`, the word lists in data/abbreviations/.

Spans are document offsets, trimmed of whitespace, and together cover every non-space character
of the range they split.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from dualtrace.extract.language import SUPPORTED, read_table, stopwords

Span = tuple[int, int]

_KINDS = ("inner", "num", "after_num", "end")
# Line breaks as str.splitlines knows them; "\r\n" is one break, not a blank line.
_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LB = r"(?>\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029])"
_HSPACE = r"[^\S\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]"
_PARA_SEP = re.compile(rf"{_LB}(?:{_HSPACE}*{_LB})+|\u2029")
_LINE_BREAK = re.compile(_LB)
_CLOSERS = "»«\"”“„’‘'‹›)]}"
# A French closing guillemet stands after a space ("létales. » Le"); it closes only when a space
# follows it, since Danish opens quotes with » ("klar. »Næste").
_CLOSE = rf"(?:[{re.escape(_CLOSERS)}]|[ \u00a0\u202f][»›](?=\s|\Z))"
# A sentence can end at a terminator cluster and its gap, or at a line break together with the
# horizontal space before it and all space after it (the gap).
_TERM_GAP = re.compile(rf"(?P<term>[.!?…]+{_CLOSE}*)(?P<gap>\s+|\Z)")
_BREAK_GAP = re.compile(rf"{_LB}\s*")
# Python's re scans quickly only for a pattern that starts with a character set; tried at every
# character, the patterns above cost more than all the rest of splitting. So a set of the
# characters they can start at finds the few places worth trying them.
_BREAK_START = re.compile(r"[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CANDIDATE_START = re.compile(r"[.!?…\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_OPENERS = "«»\"“”„‘’'([{‹›–—-"
_NEXT_WORD = re.compile(r"[^\W\d_]+")
# Dotted initialisms not in a list ("U.S", "a.m"): one or two letters between periods.
_DOTTED = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")
_NUMBER = re.compile(r"[\d.,–—-]*\d[\d.,–—-]*|[IVXLCM]+")
# Characters that never start a sentence: after them a terminator does not end one.
_NO_START = ",;:.!?)]}%"
# German writes ordinals with a period and capitalises the noun after ("am 24. Februar",
# "der 2. Weltkrieg"); in nb/nn/da the noun after is lowercase and needs no rule.
_ORDINAL_CAPITAL = frozenset(("de",))


@cache
def _abbreviations(lang: str | None) -> dict[str, str]:
    """abbreviation (lowercase, with its period) -> kind; None or an unknown code: all languages."""
    if lang in SUPPORTED:
        table: dict[str, str] = {}
        for row in read_table("abbreviations", lang):
            if len(row) != 2 or row[1] not in _KINDS:
                raise ValueError(f"abbreviations/{lang}.tsv: bad row {row!r}")
            table[row[0].lower()] = row[1]
        return table
    merged: dict[str, str] = {}
    for code in SUPPORTED:
        for abbr, kind in _abbreviations(code).items():
            # Where languages disagree, the kind that breaks least wins: a missed break joins two
            # sentences, a false one cuts a claim in half.
            if abbr not in merged or _KINDS.index(kind) < _KINDS.index(merged[abbr]):
                merged[abbr] = kind
    return merged


@cache
def _function_words(lang: str | None) -> frozenset[str]:
    if lang in SUPPORTED:
        return stopwords(lang)
    return frozenset().union(*(stopwords(code) for code in SUPPORTED))


def _trimmed(text: str, start: int, end: int) -> Span | None:
    segment = text[start:end]
    stripped = segment.lstrip()
    if not stripped:
        return None
    lead = len(segment) - len(stripped)
    return (start + lead, start + lead + len(stripped.rstrip()))


def _check_range(text: str, start: int, end: int | None) -> int:
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    stop = len(text) if end is None else end
    if not 0 <= start <= stop <= len(text):
        raise ValueError(f"bad range [{start}, {end}) for a text of {len(text)} characters")
    return stop


def _paragraph_breaks(text: str) -> Iterator[Span]:
    """The matches of _PARA_SEP in `text`, as finditer finds them, tried at line breaks only."""
    pos = 0
    while (found := _BREAK_START.search(text, pos)) is not None:
        sep = _PARA_SEP.match(text, found.start())
        if sep is None:
            pos = found.start() + 1
        else:
            yield sep.span()
            pos = sep.end()


def paragraphs(text: str) -> list[Span]:
    """Spans of the blank-line-separated paragraphs of `text`, trimmed, empty ones left out."""
    _check_range(text, 0, None)
    spans: list[Span] = []
    pos = 0
    for sep_start, sep_end in _paragraph_breaks(text):
        span = _trimmed(text, pos, sep_start)
        if span:
            spans.append(span)
        pos = sep_end
    span = _trimmed(text, pos, len(text))
    if span:
        spans.append(span)
    return spans


def _word_before(text: str, pos: int, lo: int, skip_space: bool = False) -> tuple[int, str]:
    """Start and text of the token ending at `pos` (after any spaces, if `skip_space`), with
    opening quotes and brackets removed."""
    stop = pos
    if skip_space:
        while stop > lo and text[stop - 1].isspace():
            stop -= 1
    first = stop
    while first > lo and stop - first < 60 and not text[first - 1].isspace():
        first -= 1
    word = text[first:stop]
    stripped = word.lstrip(_OPENERS)
    return stop - len(stripped), stripped


def _token_at(text: str, pos: int, end: int) -> str:
    stop = pos
    while stop < end and stop - pos < 60 and not text[stop].isspace():
        stop += 1
    return text[pos:stop]


def _period_holds(
    text: str, period: int, nxt: int, lo: int, end: int, seg_start: int, lang: str | None
) -> bool:
    """Whether the period at `period` (followed by a sentence-like start at `nxt`) is no end."""
    word_start, word = _word_before(text, period, lo)
    if not word:
        return False
    abbreviations = _abbreviations(lang)
    key = word.lower() + "."
    nxt_char = text[nxt]
    next_token = _token_at(text, nxt, end)

    # "z. B." and "т. е." written with a space: in the middle of one, never a break.
    if (
        next_token.endswith(".")
        and len(next_token) <= 3
        and (key + next_token.lower()) in abbreviations
    ):
        return True
    kind = abbreviations.get(key)
    prev_start, prev = _word_before(text, word_start, lo, skip_space=True)
    if kind is None and prev.endswith(".") and len(prev) <= 4:
        kind = abbreviations.get(prev.lower() + key)
        if kind is not None:
            prev_start, prev = _word_before(text, prev_start, lo, skip_space=True)
    if kind == "inner":
        return True
    if kind == "end":
        return False
    next_word = _NEXT_WORD.match(text, nxt, end)
    following = next_word.group().lower() if next_word else ""
    if kind == "after_num":
        # "в 2022 г. Россия ..." runs on far more often than a sentence ends there and the next
        # starts with a name, so only a function word ("В", "Это") after it makes a break.
        after_number = _NUMBER.fullmatch(prev.rstrip(_CLOSERS)) is not None
        return not (after_number and (following in _function_words(lang) or not next_word))
    if kind == "num" and nxt_char.isdigit():
        return True

    bare = word.rstrip(_CLOSERS)
    # A list marker ("1. ", "a. ") opening the sentence.
    if word_start == seg_start and len(bare) <= 3 and (bare.isdigit() or len(bare) == 1):
        return True
    # An initial: "J. Stoltenberg", "В. Путин".
    if len(bare) == 1 and bare.isalpha() and bare.isupper():
        return nxt_char.isupper()
    # An unlisted initialism ("U.S."): a break only if a function word starts the next sentence.
    if "." in bare and _DOTTED.fullmatch(bare):
        return following not in _function_words(lang)
    # A German ordinal: a small number before a capitalised word that is no function word.
    return (
        lang in _ORDINAL_CAPITAL
        and bare.isdigit()
        and len(bare) <= 3
        and nxt_char.isupper()
        and following not in _function_words(lang)
    )


def _ends_in_function_word(text: str, pos: int, lo: int, lang: str | None) -> bool:
    """Whether the line ending at `pos` ends in a lowercase function word ("til", "the"): a
    heading does not, so the line was wrapped mid-sentence."""
    _, word = _word_before(text, pos, lo)
    return word.islower() and word in _function_words(lang)


def _ends_sentence(
    text: str, term: int, gap: int, nxt: int, end: int, seg_start: int, lang: str | None, lo: int
) -> bool:
    """Whether the terminator cluster text[term:gap] ends a sentence that text[nxt] follows."""
    nxt_char = text[nxt]
    if nxt_char.islower() or nxt_char in _NO_START:
        return False
    marks = text[term:gap].rstrip(_CLOSERS + " \u00a0\u202f")
    if "?" in marks or "!" in marks:
        return True
    if marks != ".":
        # An ellipsis; "[…]" and "(...)" mark a cut in a quote, not a sentence end.
        return not (term > lo and text[term - 1] in "([")
    return not _period_holds(text, term, nxt, lo, end, seg_start, lang)


def _candidates(text: str, start: int, stop: int) -> Iterator[tuple[int, int, int]]:
    """Where a sentence may end in text[start:stop], in order: (start of the terminator cluster,
    or -1 at a bare line break; start of the gap; end of the gap, where a next sentence would
    start). Leftmost first and never overlapping, as one finditer over the alternation of
    _TERM_GAP and (horizontal space, _BREAK_GAP) would find them."""
    pos = start
    while (found := _CANDIDATE_START.search(text, pos, stop)) is not None:
        at = found.start()
        if text[at] in _BREAKS:
            gap = at
            while gap > pos and text[gap - 1].isspace() and text[gap - 1] not in _BREAKS:
                gap -= 1
            space = _BREAK_GAP.match(text, at, stop)
            assert space is not None  # it starts with the line break at `at`
            yield -1, gap, space.end()
            pos = space.end()
        elif (cluster := _TERM_GAP.match(text, at, stop)) is not None:
            yield at, cluster.start("gap"), cluster.end()
            pos = cluster.end()
        else:
            pos = at + 1


def split(text: str, lang: str | None, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans (document offsets, trimmed) in text[start:end].

    `lang` picks the abbreviation list; None (or a code outside SUPPORTED) uses all of them.
    """
    stop = _check_range(text, start, end)
    spans: list[Span] = []
    cut = start
    seg_start = start
    while seg_start < stop and text[seg_start].isspace():
        seg_start += 1

    for term, gap, nxt in _candidates(text, start, stop):
        if nxt >= stop:
            break
        whitespace = text[gap:nxt]
        if _PARA_SEP.search(whitespace):
            is_end = True
        elif _LINE_BREAK.search(whitespace):
            # A heading or a dialogue line ends at its line break; a hard-wrapped line does not.
            previous = text[gap - 1] if gap > start else ""
            if (
                text[nxt].islower()
                or previous == ","
                or _ends_in_function_word(text, gap, start, lang)
            ):
                is_end = False
            elif term >= 0:
                marks = text[term:gap].rstrip(_CLOSERS + " \u00a0\u202f")
                holds = marks == "." and _period_holds(
                    text, term, nxt, start, stop, seg_start, lang
                )
                is_end = not holds
            else:
                is_end = True
        else:
            is_end = _ends_sentence(text, term, gap, nxt, stop, seg_start, lang, start)
        if is_end:
            span = _trimmed(text, cut, nxt)
            if span:
                spans.append(span)
            cut = seg_start = nxt
    span = _trimmed(text, cut, stop)
    if span:
        spans.append(span)
    return spans
