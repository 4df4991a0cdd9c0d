"""Cue lexicons: words and phrases with a category, per language, matched on word tokens.

A lexicon is `data/cues/<lang>.tsv` (category, pattern, note). A pattern is space-separated tokens
matched against casefolded word tokens: `lever*` is a prefix, `*leveranse` a suffix, `*leveranse*`
an infix (compounds), and `~` a gap of up to four tokens ("soll ~ haben"). The rules in
`claims.py` only ever ask "which categories fired, and where", so a language is a data file.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from dualtrace import data
from dualtrace.extract.lemmas import lemma
from dualtrace.model import Cue

TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")
GAP = 4
MIN_LEMMA_LEN = 3  # shorter tokens are function words; their lemmas only add noise
CACHE_SIZE = 200_000  # distinct tokens remembered per language: news vocabulary repeats


class LexiconError(ValueError):
    """A malformed lexicon row; the message names file and line."""


@dataclass(frozen=True, slots=True)
class _Pattern:
    category: str
    tokens: tuple[str, ...]
    text: str
    gapped: bool = field(init=False)
    literals: frozenset[str] = field(init=False)  # later words without wildcards

    def __post_init__(self) -> None:
        object.__setattr__(self, "gapped", "~" in self.tokens)
        words = {t for t in self.tokens[1:] if "*" not in t and t != "~"}
        object.__setattr__(self, "literals", frozenset(words))


def _token_matches(pat: str, tok: str) -> bool:
    if pat.startswith("*") and pat.endswith("*") and len(pat) > 2:
        return pat[1:-1] in tok
    if pat.endswith("*"):
        return tok.startswith(pat[:-1])
    if pat.startswith("*"):
        return tok.endswith(pat[1:])
    return tok == pat


@dataclass(frozen=True, slots=True)
class _Candidates:
    """The patterns a token can start: one-word categories, phrases indexed by a literal second
    word, and the other phrases (wildcard or gap after the first word)."""

    single: tuple[str, ...]
    by_second: dict[str, tuple[_Pattern, ...]]
    multi: tuple[_Pattern, ...]

    @classmethod
    def of(cls, patterns: list[_Pattern]) -> _Candidates:
        by_second: dict[str, list[_Pattern]] = defaultdict(list)
        multi = []
        for p in patterns:
            if len(p.tokens) > 1 and "*" not in p.tokens[1] and p.tokens[1] != "~":
                by_second[p.tokens[1]].append(p)
            elif len(p.tokens) > 1:
                multi.append(p)
        return cls(
            tuple(p.category for p in patterns if len(p.tokens) == 1),
            {k: tuple(v) for k, v in by_second.items()},
            tuple(multi),
        )


class Lexicon:
    """All cue patterns of one language, indexed by how their first token can match.

    With a language, a token that matches nothing as written is tried again as its lemma, so a
    lexicon listing "verhandeln" also catches "verhandle" and "solgte" meets "selge"."""

    def __init__(self, patterns: list[_Pattern], lang: str | None = None) -> None:
        self.lang = lang
        self.exact: dict[str, list[_Pattern]] = defaultdict(list)
        self.prefix: dict[str, list[_Pattern]] = defaultdict(list)
        self.suffix: dict[str, list[_Pattern]] = defaultdict(list)
        self.infix: list[_Pattern] = []
        for p in patterns:
            first = p.tokens[0]
            if first.startswith("*") and first.endswith("*") and len(first) > 2:
                self.infix.append(p)
            elif first.endswith("*"):
                self.prefix[first[:-1]].append(p)
            elif first.startswith("*"):
                self.suffix[first[1:]].append(p)
            else:
                self.exact[first].append(p)
        self.categories = frozenset(p.category for p in patterns)
        # Only the lengths some stem has are worth slicing a token at.
        self.prefix_lens = sorted({len(k) for k in self.prefix})
        self.suffix_lens = sorted({len(k) for k in self.suffix})
        self._cache: dict[str, _Candidates] = {}

    def _starting(self, tok: str) -> _Candidates:
        hit = self._cache.get(tok)
        if hit is not None:
            return hit
        found = self._first(tok)
        if not found and self.lang is not None and len(tok) > MIN_LEMMA_LEN:
            base = _fold(lemma(tok, self.lang))
            if base != tok:
                found = [p for p in self._first(base) if len(p.tokens) == 1]
        out = _Candidates.of(found)
        if len(self._cache) < CACHE_SIZE:
            self._cache[tok] = out
        return out

    def _first(self, tok: str) -> list[_Pattern]:
        found = list(self.exact.get(tok, ()))
        n = len(tok)
        for k in self.prefix_lens:
            if k > n:
                break
            found.extend(self.prefix.get(tok[:k], ()))
        for k in self.suffix_lens:
            if k > n:
                break
            found.extend(self.suffix.get(tok[-k:], ()))
        found.extend(p for p in self.infix if p.tokens[0][1:-1] in tok)
        return found

    def _patterns_from(
        self, i: int, toks: list[str], present: set[str], cands: _Candidates
    ) -> list[tuple[int, int, str, bool]]:
        hits: list[tuple[int, int, str, bool]] = []
        n = len(toks)
        hits += [(i, i, category, False) for category in cands.single]
        if not cands.multi and not cands.by_second:
            return hits
        # Most phrases have a literal second word: look it up instead of trying each phrase.
        second = cands.by_second.get(toks[i + 1], ()) if i + 1 < n else ()
        for pat in (*second, *cands.multi):
            if not pat.literals <= present:
                continue  # a word the phrase needs is nowhere in the sentence
            rest = pat.tokens
            if not pat.gapped:
                # contiguous phrase: a plain loop, the common case, without recursion
                if i + len(rest) <= n and all(
                    _token_matches(rest[k], toks[i + k]) for k in range(1, len(rest))
                ):
                    hits.append((i, i + len(rest) - 1, pat.category, False))
            elif (end := _match_rest(rest, 1, toks, i + 1)) is not None:
                hits.append((i, end - 1, pat.category, True))
        return hits

    def match(self, text: str) -> list[Cue]:
        """Every cue in `text`; a cue inside a longer one (any category) is dropped."""
        folded = _fold(text)
        if len(folded) == len(text):  # fold once per sentence when it keeps offsets (nearly always)
            spans = [
                (m.start(), m.end(), folded[m.start() : m.end()]) for m in TOKEN.finditer(text)
            ]
        else:
            spans = [(m.start(), m.end(), _fold(m.group())) for m in TOKEN.finditer(text)]
        toks = [t for _, _, t in spans]
        hits: list[tuple[int, int, str, bool]] = []  # (first token, last token, category, gapped)
        present = set(toks)
        cache = self._cache
        for i, tok in enumerate(toks):
            cands = cache.get(tok) or self._starting(tok)
            if cands.single or cands.by_second or cands.multi:  # most words start no cue
                hits += self._patterns_from(i, toks, present, cands)
        # A phrase hides the words inside it ("ikke bekreftet" is not a confirmation), but a
        # gapped one does not: "zou de geweren geleverd hebben" still contains a delivery.
        covers = [(a, b) for a, b, _, gapped in hits if b > a and not gapped]
        kept = [
            h
            for h in hits
            if not any(a <= h[0] and h[1] <= b and b - a > h[1] - h[0] for a, b in covers)
        ]
        out = {
            (spans[a][0], spans[b][1], cat): Cue(
                spans[a][0], spans[b][1], text[spans[a][0] : spans[b][1]], cat
            )
            for a, b, cat, _ in kept
        }
        return sorted(out.values(), key=lambda c: (c.start, c.end, c.category))


def _fold(token: str) -> str:
    """Casefold, and write apostrophes and ё one way ("n’a" = "n'a", "её" = "ее")."""
    return token.casefold().translate(_FOLD)


_FOLD = str.maketrans({"’": "'", "ʼ": "'", "ё": "е"})


def _match_rest(pat: tuple[str, ...], k: int, toks: list[str], i: int) -> int | None:
    """Index after the last token matched by pat[k:] starting at toks[i], or None."""
    if k == len(pat):
        return i
    if pat[k] == "~":
        for skip in range(GAP + 1):
            end = _match_rest(pat, k + 1, toks, i + skip)
            if end is not None:
                return end
        return None
    if i < len(toks) and _token_matches(pat[k], toks[i]):
        return _match_rest(pat, k + 1, toks, i + 1)
    return None


PARTY = "party:"  # category prefix of described parties ("party:any party to the conflict")


def read_cues(lang: str) -> list[_Pattern]:
    path = data.path("cues", f"{lang}.tsv")
    patterns: list[_Pattern] = []
    if not path.exists():
        return patterns
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header_seen = False
        for lineno, row in enumerate(rows, start=1):
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            if not header_seen:
                header_seen = True
                if row[0] == "category":
                    continue
            if len(row) < 2 or not row[1].strip():
                raise LexiconError(f"{path}:{lineno}: expected category<TAB>pattern")
            toks = tuple(_fold(row[1]).split())
            if toks[0] == "~" or toks[-1] == "~":
                raise LexiconError(f"{path}:{lineno}: a pattern cannot start or end with ~")
            patterns.append(_Pattern(row[0].strip(), toks, row[1].strip()))
    return patterns


def _lang_rows(name: str, lang: str) -> list[list[str]]:
    """Rows of a data file whose first column lists languages ("nb,nn,da"), for `lang`."""
    with data.path(name).open(encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            r for r in rows if len(r) > 1 and not r[0].startswith("#") and lang in r[0].split(",")
        ]


def read_described_parties(lang: str) -> list[_Pattern]:
    """Parties named by description ("noen part i konflikten"), as cues of category
    `party:<English label>`, so one pass over a sentence finds them with the cues."""
    return [
        _Pattern(PARTY + r[2], tuple(_fold(r[1]).split()), r[1])
        for r in _lang_rows("generic_parties.tsv", lang)
    ]


ANAPHOR = "anaphor"  # category of nouns pointing back to a named company ("selskapet")


def read_anaphors(lang: str) -> list[_Pattern]:
    return [
        _Pattern(ANAPHOR, tuple(_fold(r[1]).split()), r[1])
        for r in _lang_rows("anaphors.tsv", lang)
    ]


COUNTRY_ANAPHOR = "country_anaphor"  # nouns pointing back to a state ("landet", "le pays")


def read_country_anaphors(lang: str) -> list[_Pattern]:
    return [
        _Pattern(COUNTRY_ANAPHOR, tuple(_fold(r[1]).split()), r[1])
        for r in _lang_rows("country_anaphors.tsv", lang)
    ]


@cache
def lexicon(lang: str) -> Lexicon:
    return Lexicon(
        read_cues(lang)
        + read_described_parties(lang)
        + read_anaphors(lang)
        + read_country_anaphors(lang),
        lang,
    )


def find_cues(text: str, lang: str) -> list[Cue]:
    return lexicon(lang).match(text)
