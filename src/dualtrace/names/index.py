"""A blocking index of list entries: candidates by identifier or by shared name keys, then scored.

Identifiers decide before names: the same (type, value) is a match with score 1.0; a different
value of the same type is a strong sign of a different party. Names are found through blocking
keys (the folded spellings of distinctive words, their prefixes and sound keys, across
transliterations and Chinese readings), never by scanning the whole list; each distinct query
name is scored once against each distinct candidate name.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal

from followthemoney import model
from rigour.ids import get_identifier_format
from rigour.text import metaphone

from dualtrace.names.analyse import Analysis, Kind, Token, analyse, schema_kind
from dualtrace.names.compare import MATCH_THRESHOLD, Comparison, compare_analysed
from dualtrace.names.normalise import fold

_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]")
_PREFIX = 4
# A key shared by more names than this says too little to block on (a common surname, "china").
_MAX_POSTING_SHARE = 0.02
_MIN_MAX_POSTING = 200
_IDENTIFIER_CLASH = 0.3
_COUNTRY_DIFFERS = 0.9


@dataclass(frozen=True, slots=True)
class Hit:
    key: str  # the entry's key, as added
    name: str  # the entry's name that matched, as the list writes it
    comparison: Comparison
    via: Literal["identifier", "name"]


@dataclass(slots=True)
class SearchStats:
    """Work done by the last search or screen: candidates examined, name pairs scored."""

    candidates: int = 0
    comparisons: int = 0


@dataclass(slots=True)
class _Entry:
    key: str
    schema: str | None
    names: list[int] = field(default_factory=list)
    countries: frozenset[str] = frozenset()
    identifiers: dict[str, set[str]] = field(default_factory=dict)


def normalise_identifier(id_type: str, value: str) -> tuple[str, str]:
    """("INN", "7701 234 567") -> ("inn", "7701234567"); rigour's format where it knows the type."""
    kind = id_type.strip().lower()
    fmt = get_identifier_format(kind)
    if fmt is not None:
        found = fmt.normalize(value)
        if found:
            return kind, _NOT_ALNUM.sub("", found).upper()
    return kind, _NOT_ALNUM.sub("", value).upper()


@lru_cache(maxsize=64)
def _schemata_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    sa, sb = model.get(a), model.get(b)
    if sa is None or sb is None:
        return True
    return sa.can_match(sb) or sb.can_match(sa)


def _token_keys(token: Token) -> set[str]:
    keys: set[str] = set()
    for key in token.keys:
        keys.add("k:" + key)
        if len(key) > _PREFIX:
            keys.add("p:" + key[:_PREFIX])
        if len(key) >= 3 and key.isalpha():
            keys.add("m:" + metaphone(key))
    return keys


@lru_cache(maxsize=262144)
def blocking_keys(analysis: Analysis) -> frozenset[str]:
    """Keys under which a name is filed: its distinctive words in every reading (or all words)."""
    keys: set[str] = set()
    for reading in analysis.readings:
        toks = [t for t in reading.tokens if t.kind == "distinct"] or list(reading.tokens)
        for token in toks:
            keys |= _token_keys(token)
        # the other list may write two words as one ("Hong Yuan" / "Hongyuan")
        for left, right in itertools.pairwise(toks):
            keys.add("k:" + fold(left.latin + right.latin))
    return frozenset(keys)


class NameIndex:
    """Entries by identifier and by blocking key; `search` and `screen` return scored hits."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}
        self._names: list[tuple[str, Kind | None]] = []
        self._name_ids: dict[tuple[str, Kind | None], int] = {}
        self._name_entries: list[list[str]] = []
        self._postings: dict[str, list[int]] = {}
        self._by_identifier: dict[tuple[str, str], set[str]] = {}
        self.stats = SearchStats()

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def name_count(self) -> int:
        return len(self._names)

    def add(
        self,
        key: str,
        names: Iterable[str],
        schema: str | None,
        countries: Iterable[str] = (),
        identifiers: Iterable[tuple[str, str]] = (),
    ) -> None:
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = _Entry(key, schema)
        entry.countries = entry.countries | {c.lower() for c in countries}
        for id_type, value in identifiers:
            normal = normalise_identifier(id_type, value)
            if not normal[1]:
                continue
            entry.identifiers.setdefault(normal[0], set()).add(normal[1])
            self._by_identifier.setdefault(normal, set()).add(key)
        kind = schema_kind(schema)
        for name in names:
            if not name or not name.strip():
                continue
            name_id = self._name_id(name, kind)
            if name_id not in entry.names:
                entry.names.append(name_id)
                self._name_entries[name_id].append(key)

    def _name_id(self, name: str, kind: Kind | None) -> int:
        found = self._name_ids.get((name, kind))
        if found is not None:
            return found
        name_id = len(self._names)
        self._names.append((name, kind))
        self._name_ids[(name, kind)] = name_id
        self._name_entries.append([])
        for block in blocking_keys(analyse(name, kind)):
            self._postings.setdefault(block, []).append(name_id)
        return name_id

    def _candidates(self, analysis: Analysis) -> set[int]:
        limit = max(_MIN_MAX_POSTING, int(len(self._names) * _MAX_POSTING_SHARE))
        postings = [self._postings[k] for k in blocking_keys(analysis) if k in self._postings]
        usable = [p for p in postings if len(p) <= limit]
        if not usable and postings:
            usable = [min(postings, key=len)]
        found: set[int] = set()
        for posting in usable:
            found.update(posting)
        return found

    def search(
        self,
        name: str,
        schema: str | None = None,
        country: str | None = None,
        identifiers: Iterable[tuple[str, str]] = (),
        limit: int = 10,
    ) -> list[Hit]:
        self.stats = SearchStats()
        return self._search(name, schema, country, list(identifiers), limit)

    def screen(
        self,
        names: Iterable[str],
        schema: str | None = None,
        country: str | None = None,
        limit: int = 10,
    ) -> dict[str, list[Hit]]:
        """Search many names; each distinct name is searched once."""
        self.stats = SearchStats()
        out: dict[str, list[Hit]] = {}
        for name in names:
            if name not in out:
                out[name] = self._search(name, schema, country, [], limit)
        return out

    def _search(
        self,
        name: str,
        schema: str | None,
        country: str | None,
        identifiers: list[tuple[str, str]],
        limit: int,
    ) -> list[Hit]:
        wanted = [normalise_identifier(t, v) for t, v in identifiers]
        wanted = [w for w in wanted if w[1]]
        best: dict[str, Hit] = {}
        for ident in wanted:
            for key in sorted(self._by_identifier.get(ident, ())):
                entry = self._entries[key]
                reason = f"same identifier: {ident[0]} {ident[1]}"
                comparison = Comparison(1.0, True, reason, (reason,))
                shown = self._names[entry.names[0]][0] if entry.names else name
                best[key] = Hit(key, shown, comparison, "identifier")

        query = analyse(name, schema_kind(schema))
        candidates = self._candidates(query)
        self.stats.candidates += len(candidates)
        for name_id in candidates:
            cand_name, cand_kind = self._names[name_id]
            keys = [
                k for k in self._name_entries[name_id] if k not in best or best[k].via == "name"
            ]
            keys = [k for k in keys if _schemata_compatible(schema, self._entries[k].schema)]
            if not keys:
                continue
            other = analyse(cand_name, query.kind if cand_kind is None else cand_kind)
            self.stats.comparisons += 1
            base = compare_analysed(query, other)
            for key in keys:
                comparison = self._qualify(base, self._entries[key], country, wanted)
                current = best.get(key)
                if current is None or comparison.score > current.comparison.score:
                    best[key] = Hit(key, cand_name, comparison, "name")
        hits = sorted(best.values(), key=lambda h: (-h.comparison.score, h.key))
        return hits[:limit]

    @staticmethod
    def _qualify(
        base: Comparison, entry: _Entry, country: str | None, wanted: list[tuple[str, str]]
    ) -> Comparison:
        score = base.score
        reasons = list(base.reasons)
        clash = False
        for id_type, value in wanted:
            theirs = entry.identifiers.get(id_type)
            if theirs and value not in theirs:
                clash = True
                score *= _IDENTIFIER_CLASH
                listed = ", ".join(sorted(theirs))
                reasons.append(
                    f"{id_type} differs: {value} vs {listed}, a strong sign of another party"
                )
        if country and entry.countries and country.lower() not in entry.countries:
            score *= _COUNTRY_DIFFERS
            reasons.append(f"country {country.upper()} not among the entry's")
        if score == base.score:
            return base
        score = round(score, 4)
        is_match = base.is_match and not clash and score >= MATCH_THRESHOLD
        return replace(
            base,
            score=score,
            is_match=is_match,
            explanation="; ".join(reasons),
            reasons=tuple(reasons),
        )
