"""Runs of words read as one: phrases (data/names/phrases.tsv) and known aliases (aliases.tsv).

"Research Institute" is one thing, written 研究所 in one word; "Nauchno-proizvodstvennoe
obyedinenie" is NPO. Such a run becomes one word before names are compared. A known alias (DJI,
Dajiang, 大疆; CETC, China Electronics Technology Group) becomes the alias itself, so its
spellings agree with each other and with nothing else. Words are matched by their keys
(`normalise.spellings`), so any romanisation or inflection of a listed word matches.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from dualtrace.names.legal_forms import NOT_FORMS, split_legal_forms
from dualtrace.names.normalise import spellings, tokens
from dualtrace.names.tables import rows

_HAN_START = "\u3400"


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    target: str  # a phrase's one word, or an alias's id
    unit: str = ""  # aliases: what a bare number after the alias names ("research institute")


@dataclass(frozen=True, slots=True)
class _Entry:
    words: tuple[frozenset[str], ...]
    target: str
    unit: str
    han: tuple[str, ...]  # an alias's spellings in characters (gate its pinyin spellings)


def _index(entries: list[_Entry]) -> dict[str, tuple[_Entry, ...]]:
    """Entries by every key of their first word, longest first."""
    found: dict[str, list[_Entry]] = {}
    for entry in entries:
        for key in entry.words[0]:
            found.setdefault(key, []).append(entry)
    return {k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in found.items()}


@lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[_Entry, ...]]:
    entries = [
        _Entry(tuple(spellings(w) for w in tokens(phrase)), target, "", ())
        for phrase, target in rows("phrases.tsv")
    ]
    return _index([e for e in entries if e.words])


def _words_of(text: str) -> tuple[frozenset[str], ...]:
    """An alias spelling's words as a name's would be: legal forms and numbers apart, phrases
    read as one word."""
    toks, forms = split_legal_forms(tokens(text))
    # as analyse._split does: "NPO" is a kind of organisation here, not rigour's NGO form
    toks = [f.text for f in forms if f.text in NOT_FORMS] + toks
    toks = [t for t in toks if not t.isdigit()]
    keys = [spellings(t) for t in toks]
    out: list[frozenset[str]] = []
    at = 0
    for span in find(keys, _phrases()):
        out.extend(keys[at : span.start])
        out.append(spellings(span.target))
        at = span.end
    out.extend(keys[at:])
    return tuple(out)


@lru_cache(maxsize=1)
def _aliases() -> dict[str, tuple[_Entry, ...]]:
    entries: list[_Entry] = []
    for cols in rows("aliases.tsv"):
        alias, unit, written = cols[0], cols[1], cols[2]
        forms = [s.strip() for s in written.split("|") if s.strip()]
        han = tuple(f for f in forms if f[0] >= _HAN_START)
        for form in forms:
            if form[0] < _HAN_START and (words := _words_of(form)):
                entries.append(_Entry(words, alias, unit, han))
    return _index(entries)


@lru_cache(maxsize=1)
def han_aliases() -> tuple[tuple[str, str], ...]:
    """(characters, the alias's first Latin spelling) for every alias written in characters,
    longest first: "国防科大" -> "NUDT", read in place of the characters, which the reader of
    Chinese names would otherwise spell word by word."""
    out: list[tuple[str, str]] = []
    for cols in rows("aliases.tsv"):
        forms = [f.strip() for f in cols[2].split("|") if f.strip()]
        first = next((f for f in forms if f[0] < _HAN_START), None)
        if first is not None:
            out += [(f, first) for f in forms if f[0] >= _HAN_START]
    return tuple(sorted(out, key=lambda x: -len(x[0])))


def phrase_table() -> dict[str, tuple[_Entry, ...]]:
    return _phrases()


def alias_table() -> dict[str, tuple[_Entry, ...]]:
    return _aliases()


def _starts(keys: frozenset[str], table: dict[str, tuple[_Entry, ...]]) -> tuple[_Entry, ...]:
    """The entries a word with these keys may start, in the order `find` tries them (key by key,
    longest first within a key); worked out once per word and table."""
    cache = _STARTS.get(id(table))
    if cache is None or cache[0] is not table:
        cache = _STARTS[id(table)] = (table, {})
    found = cache[1].get(keys)
    if found is None:
        if len(cache[1]) > _STARTS_LIMIT:
            cache[1].clear()
        found = cache[1][keys] = tuple(e for key in keys for e in table.get(key, ()))
    return found


# per table (its id, kept with the table so a new table is never mistaken for an old one)
_STARTS: dict[int, tuple[dict[str, tuple[_Entry, ...]], dict[frozenset[str], tuple[_Entry, ...]]]]
_STARTS = {}
_STARTS_LIMIT = 262144


def find(
    keys: Sequence[frozenset[str]], table: dict[str, tuple[_Entry, ...]], han: str = ""
) -> list[Span]:
    """Runs of `keys` (one key set per word) that an entry of `table` spells, left to right,
    longest first. `han`: the name in simplified characters, when it was written so; an alias
    that has spellings in characters then needs one of them in it."""
    out: list[Span] = []
    at, n = 0, len(keys)
    cache = _STARTS.get(id(table))
    known = cache[1] if cache is not None and cache[0] is table else {}
    while at < n:
        hit: _Entry | None = None
        starts = known.get(keys[at])
        if starts is None:
            starts = _starts(keys[at], table)
        # entries of one key come longest first, so once one matches the rest of that key's
        # are no longer and are passed over by the size test below
        for entry in starts:
            size = len(entry.words)
            if at + size > n or (hit is not None and size <= len(hit.words)):
                continue
            if han and entry.han and not any(h in han for h in entry.han):
                continue
            if all(entry.words[i] & keys[at + i] for i in range(1, size)):
                hit = entry
        if hit is None:
            at += 1
            continue
        out.append(Span(at, at + len(hit.words), hit.target, hit.unit))
        at += len(hit.words)
    return out
