"""A blocking index of list entries: candidates by identifier or by shared name keys, then scored.

Identifiers decide before names: the same (type, value) is a match with score 1.0; a different
value of the same type is a strong sign of a different party. Names are found through blocking
keys (the folded spellings of distinctive words, their prefixes and sound keys, across
transliterations and Chinese readings), never by scanning the whole list; each distinct query
name is scored once against each distinct candidate name.

Screening many names is kept cheap in three steps: candidates are ranked by the rarity of the
keys they share (a key on many names says little) and capped; a bound on the score, computed
from which words could pair at all, skips the full comparison for candidates that cannot reach
`min_score`; and candidates are compared best bound first, stopping once the bound of the next
cannot enter the `limit` best.
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from followthemoney import model
from rigour.ids import get_identifier_format
from rigour.text import metaphone

from dualtrace.names.analyse import Analysis, Kind, Reading, Token, analyse, schema_kind
from dualtrace.names.compare import (
    _MIN_PAIR,
    MATCH_THRESHOLD,
    Comparison,
    _key_similarity,
    compare_analysed,
)
from dualtrace.names.normalise import fold
from dualtrace.names.tables import settle

_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]")
_PREFIX = 4
# A key shared by more names than this says too little to block on (a common surname, "china").
_MAX_POSTING_SHARE = 0.02
_MIN_MAX_POSTING = 200
# About this many candidate names per query, those sharing the rarest keys first (more when
# names tie with the last, never more than the hard limit).
_MAX_CANDIDATES = 50
_MAX_CANDIDATES_HARD = 400
_IDENTIFIER_CLASH = 0.3
_COUNTRY_DIFFERS = 0.9

# The score bound must never be below what compare() gives (tests/names check it on the
# labelled pairs). It assumes, of compare: a word weighs its own weight or that of a
# distinctive word of its length; a word left without a partner still counts with at least
# _ONE_SIDED of its weight (a filler perhaps not at all); two words pair only if they share a
# key or a generic meaning, one is an initial, the other name writes the word as two, or
# compare's own key similarity is at least _MIN_PAIR (never past _MAX_EDITS edits);
# neighbours are joined only when the other name has the joined spelling as a key; a
# distinctive word left on each side costs at least _DIFFERING_DISTINCT unless no distinctive
# word pairs, which caps the score at _NO_DISTINCT.
_ONE_SIDED_DISTINCT = 0.6
_ONE_SIDED = 0.3
_DIFFERING_DISTINCT = 0.6
_NO_DISTINCT = 0.4
_MAX_EDITS = 3  # compare's most edits between two similar keys
_ROUNDING = 1e-4  # compare rounds its score to four places


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
    skipped: int = 0  # candidates whose score bound was below min_score or out of the top


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


@lru_cache(maxsize=262144)
def _key_keys(key: str) -> tuple[str, ...]:
    keys = ["k:" + key]
    if len(key) > _PREFIX:
        keys.append("p:" + key[:_PREFIX])
    if len(key) >= 3 and key.isalpha():
        keys.append("m:" + metaphone(key))
    return tuple(keys)


@lru_cache(maxsize=262144)
def _token_keys(token: Token) -> frozenset[str]:
    return frozenset(k for key in token.keys for k in _key_keys(key))


@lru_cache(maxsize=262144)
def _join(left: str, right: str) -> str:
    return fold(left + right)


def _joined_key(left: str, right: str) -> str:
    return "k:" + _join(left, right)


def _blocking_keys(analysis: Analysis) -> frozenset[str]:
    keys: set[str] = set()
    for reading in analysis.readings:
        toks = [t for t in reading.tokens if t.kind == "distinct"] or list(reading.tokens)
        for token in toks:
            keys |= _token_keys(token)
        # the other list may write two words as one ("Hong Yuan" / "Hongyuan")
        for left, right in itertools.pairwise(toks):
            keys.add(_joined_key(left.latin, right.latin))
    return frozenset(keys)


def blocking_keys(analysis: Analysis) -> frozenset[str]:
    """Keys under which a name is filed: its distinctive words in every reading (or all words)."""
    return _blocking_keys(analysis)


# --- the score bound ----------------------------------------------------------------------------


@lru_cache(maxsize=262144)
def _weights(token: Token) -> tuple[float, float]:
    """The most a word may weigh in compare (its own, or promoted to distinctive), and the least
    it counts for when left without a partner."""
    promoted = 2.0 + min(len(token.latin), 10) / 2.0
    if token.kind == "filler":
        least = 0.0  # "and", "of" may not count at all
    elif token.kind == "distinct":
        least = token.weight * _ONE_SIDED_DISTINCT
    else:
        least = min(token.weight, promoted) * _ONE_SIDED
    return max(token.weight, promoted), least


@dataclass(frozen=True, slots=True, eq=False)
class _Shape:
    """What the bound needs of one reading, worked out once."""

    tokens: tuple[Token, ...]
    high: tuple[float, ...]  # each word's largest possible weight
    low: tuple[float, ...]  # the least each word counts for without a partner
    keys: frozenset[str]
    joins: dict[str, tuple[int, float]]  # folded join of neighbours i, i+1 -> (i, extra weight)
    joined: frozenset[str]  # the keys of joins
    distinct: bool  # has a distinctive word
    # to find a word's partners without trying every word: by key, by generic meaning, by the
    # first letter of a key (fuzzy partners), and the initials (which may pair with any word)
    by_key: dict[str, int]
    by_meaning: dict[str, int]
    by_first: dict[str, tuple[tuple[int, Token], ...]]
    initials: int


def _shape(reading: Reading) -> _Shape:
    toks = reading.tokens
    weights = [_weights(t) for t in toks]
    joins: dict[str, tuple[int, float]] = {}
    for i in range(len(toks) - 1):
        joined = toks[i].latin + toks[i + 1].latin
        extra = 2.0 + min(len(joined), 10) / 2.0 - weights[i][0] - weights[i + 1][0]
        joins.setdefault(_join(toks[i].latin, toks[i + 1].latin), (i, max(0.0, extra)))
    by_key: dict[str, int] = {}
    by_meaning: dict[str, int] = {}
    by_first: dict[str, list[tuple[int, Token]]] = {}
    initials = 0
    for i, t in enumerate(toks):
        firsts: set[str] = set()
        for key in t.keys:
            by_key[key] = by_key.get(key, 0) | 1 << i
            if key[:1] not in firsts:  # one try per word and first letter is enough
                firsts.add(key[:1])
                by_first.setdefault(key[:1], []).append((i, t))
        if t.same_as:
            by_meaning[t.same_as] = by_meaning.get(t.same_as, 0) | 1 << i
        if t.kind == "initial":
            initials |= 1 << i
    return _Shape(
        toks,
        tuple(w[0] for w in weights),
        tuple(w[1] for w in weights),
        frozenset(k for t in toks for k in t.keys),
        joins,
        frozenset(joins),
        any(t.kind == "distinct" for t in toks),
        by_key,
        by_meaning,
        {first: tuple(found) for first, found in by_first.items()},
        initials,
    )


_PAIRS: dict[tuple[Token, Token], bool] = {}
_PAIRS_LIMIT = 2_000_000


def _pairs(token: Token, other: Token) -> bool:
    """Whether two words may pair in compare (tokens are shared, so the answer is kept)."""
    found = _PAIRS.get((token, other))
    if found is None:
        if len(_PAIRS) > _PAIRS_LIMIT:
            _PAIRS.clear()
        found = _PAIRS[(token, other)] = _may_pair(token, other)
    return found


def _may_pair(token: Token, other: Token) -> bool:
    if token.keys & other.keys or (token.same_as and token.same_as == other.same_as):
        return True
    if token.kind == "initial" or other.kind == "initial":
        return True
    return any(
        _key_similarity(mine, theirs) >= _MIN_PAIR
        for mine in token.keys
        for theirs in other.keys
        if mine[:1] == theirs[:1] and abs(len(mine) - len(theirs)) <= _MAX_EDITS
    )


def _mask(token: Token, other: _Shape) -> int:
    """The words of the other reading this word may pair with, as bits."""
    if token.kind == "initial":
        mask = (1 << len(other.tokens)) - 1
    else:
        mask = other.initials
        by_key = other.by_key
        for key in token.keys:
            mask |= by_key.get(key, 0)
        if token.same_as:
            mask |= other.by_meaning.get(token.same_as, 0)
        by_first = other.by_first
        for key in token.keys:
            for i, theirs in by_first.get(key[:1], ()):
                if not mask >> i & 1:
                    found = _PAIRS.get((token, theirs))
                    if found is None:
                        found = _pairs(token, theirs)
                    if found:
                        mask |= 1 << i
    if not token.keys.isdisjoint(other.joined):  # the other name writes this word as two
        for joined, (i, _) in other.joins.items():
            if joined in token.keys:
                mask |= 3 << i
    return mask


def _joined(one: _Shape, other: _Shape) -> tuple[int, int, float]:
    """Words of `one` written apart that `other` writes as one word: the bits they pair on
    each side, and the weight they add."""
    own = theirs = 0
    extra = 0.0
    for joined, (i, more) in one.joins.items():
        if joined in other.keys:
            own |= 3 << i
            extra += more
            for j, token in enumerate(other.tokens):
                if joined in token.keys:
                    theirs |= 1 << j
    return own, theirs, extra


def _side(
    mine: _Shape, paired: int, extra: float, distinct: bool
) -> tuple[float, float, bool, bool]:
    """The largest weight that may pair, the least weight left without a partner, whether a
    distinctive word may pair, and whether one surely has no partner."""
    high = extra
    low = 0.0
    pairs = extra > 0.0
    lone = False
    for i, token in enumerate(mine.tokens):
        if paired >> i & 1:
            high += mine.high[i]
            pairs = pairs or not distinct or token.kind == "distinct"
        else:
            low += mine.low[i]
            lone = lone or (distinct and token.kind == "distinct")
    return high, low, pairs, lone


def _pair_bound(a: _Shape, masks: dict[Token, int], b: _Shape) -> float:
    """The bound for two readings; `masks` caches, for words of b's kind, their pairs in a."""
    paired_a = 0
    paired_b = 0
    for j, token in enumerate(b.tokens):
        mask = masks.get(token)
        if mask is None:
            mask = masks[token] = _mask(token, a)
        if mask:
            paired_a |= mask
            paired_b |= 1 << j
    joins_a = not a.joined.isdisjoint(b.keys)
    joins_b = not b.joined.isdisjoint(a.keys)
    if not paired_a and not joins_a and not joins_b:
        return 0.0
    extra_a = extra_b = 0.0
    if joins_a:
        own, other, extra_a = _joined(a, b)
        paired_a, paired_b = paired_a | own, paired_b | other
    if joins_b:
        own, other, extra_b = _joined(b, a)
        paired_b, paired_a = paired_b | own, paired_a | other
    distinct = a.distinct and b.distinct  # else compare may promote every word to distinctive
    high_a, low_a, pairs_a, lone_a = _side(a, paired_a, extra_a, distinct)
    high_b, low_b, _, lone_b = _side(b, paired_b, extra_b, distinct)
    paired = (high_a + high_b) / 2.0
    bound = paired / (paired + low_a + low_b) if paired else 0.0
    if not pairs_a:  # compare asks only whether a word of the first name that pairs is distinctive
        return min(bound, _NO_DISTINCT)
    if lone_a and lone_b:
        return max(bound * _DIFFERING_DISTINCT, min(bound, _NO_DISTINCT))
    return bound


def _shapes(analysis: Analysis) -> tuple[_Shape, ...]:
    return tuple(_shape(r) for r in analysis.readings)


class _Query:
    """A query's readings as bound shapes, with the pairs of list words worked out so far."""

    def __init__(self, analysis: Analysis) -> None:
        self.shapes = _shapes(analysis)
        self.masks: list[dict[Token, int]] = [{} for _ in self.shapes]

    def bound(self, other: tuple[_Shape, ...]) -> float:
        best = 0.0
        for a, masks in zip(self.shapes, self.masks, strict=True):
            for b in other:
                best = max(best, _pair_bound(a, masks, b))
                if best >= 1.0:
                    return 1.0
        return min(1.0, best + _ROUNDING) if best else 0.0


def score_bound(a: Analysis, b: Analysis) -> float:
    """A score compare_analysed(a, b) cannot exceed, from which words could pair at all."""
    return _Query(a).bound(_shapes(b))


# --- the index ----------------------------------------------------------------------------------


class NameIndex:
    """Entries by identifier and by blocking key; `search` and `screen` return scored hits."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}
        self._names: list[tuple[str, Kind | None]] = []
        self._name_ids: dict[tuple[str, Kind | None], int] = {}
        self._name_entries: list[list[str]] = []
        self._postings: dict[str, list[int]] = {}
        self._by_identifier: dict[tuple[str, str], set[str]] = {}
        # a list name's analysis and bound shapes, by (name id, kind it is read as)
        self._analysed: dict[tuple[int, Kind], Analysis] = {}
        self._shaped: dict[tuple[int, Kind], tuple[_Shape, ...]] = {}
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
        analysis = analyse(name, kind)
        if kind is not None:
            self._analysed[(name_id, kind)] = analysis
        for block in _blocking_keys(analysis):
            self._postings.setdefault(block, []).append(name_id)
        return name_id

    def _analysis(self, name_id: int, kind: Kind) -> Analysis:
        found = self._analysed.get((name_id, kind))
        if found is None:
            found = self._analysed[(name_id, kind)] = analyse(self._names[name_id][0], kind)
        return found

    def _shapes(self, name_id: int, kind: Kind) -> tuple[_Shape, ...]:
        # worked out when first needed: most list names are never a candidate
        found = self._shaped.get((name_id, kind))
        if found is None:
            found = self._shaped[(name_id, kind)] = _shapes(self._analysis(name_id, kind))
        return found

    def _candidates(self, analysis: Analysis) -> list[tuple[float, int]]:
        """Candidate names, each with the rarity of the keys it shares; rarest first, capped."""
        total = len(self._names)
        limit = max(_MIN_MAX_POSTING, int(total * _MAX_POSTING_SHARE))
        postings = [p for k in _blocking_keys(analysis) if (p := self._postings.get(k))]
        usable = [p for p in postings if len(p) <= limit]
        if not usable and postings:
            usable = [min(postings, key=len)]
        usable.sort(key=len)
        rarity: dict[int, float] = {}
        for posting in usable:
            weight = math.log(1.0 + total / len(posting))
            if len(rarity) >= _MAX_CANDIDATES_HARD:
                # enough names share rarer keys: this one only ranks those
                for name_id in posting:
                    if name_id in rarity:
                        rarity[name_id] += weight
                continue
            for name_id in posting:
                rarity[name_id] = rarity.get(name_id, 0.0) + weight
        if len(rarity) <= _MAX_CANDIDATES:
            return [(w, n) for n, w in rarity.items()]
        ranked = heapq.nlargest(_MAX_CANDIDATES_HARD, ((w, n) for n, w in rarity.items()))
        # names sharing exactly as rare keys as the last one kept are kept too: nothing tells
        # them apart before they are scored
        last = ranked[_MAX_CANDIDATES - 1][0]
        return [c for c in ranked if c[0] >= last]

    def search(
        self,
        name: str,
        schema: str | None = None,
        country: str | None = None,
        identifiers: Iterable[tuple[str, str]] = (),
        limit: int = 10,
        min_score: float = 0.0,
    ) -> list[Hit]:
        """The `limit` best entries for a name; name hits scoring below `min_score` are left out."""
        self.stats = SearchStats()
        query = analyse(name, schema_kind(schema))
        return self._search(query, schema, country, list(identifiers), limit, min_score)

    def screen(
        self,
        names: Iterable[str],
        schema: str | None = None,
        country: str | None = None,
        limit: int = 10,
        min_score: float = 0.0,
    ) -> dict[str, list[Hit]]:
        """Search many names; each distinct name is searched once.

        Query names are analysed without keeping the analysis, so that screening a long file
        does not fill memory with names that will not come again.
        """
        self.stats = SearchStats()
        settle()  # the index lives through the screen: keep full collections off it
        kind = schema_kind(schema)
        out: dict[str, list[Hit]] = {}
        for name in names:
            if name not in out:
                query = analyse.__wrapped__(name, kind)
                out[name] = self._search(query, schema, country, [], limit, min_score)
        return out

    def _search(
        self,
        query: Analysis,
        schema: str | None,
        country: str | None,
        identifiers: list[tuple[str, str]],
        limit: int,
        min_score: float,
    ) -> list[Hit]:
        wanted = [normalise_identifier(t, v) for t, v in identifiers]
        wanted = [w for w in wanted if w[1]]
        best: dict[str, Hit] = {}
        for ident in wanted:
            for key in sorted(self._by_identifier.get(ident, ())):
                entry = self._entries[key]
                reason = f"same identifier: {ident[0]} {ident[1]}"
                comparison = Comparison(1.0, True, (reason,))
                shown = self._names[entry.names[0]][0] if entry.names else query.original
                best[key] = Hit(key, shown, comparison, "identifier")

        candidates = self._candidates(query)
        self.stats.candidates += len(candidates)
        bounds = _Query(query)
        ranked: list[tuple[float, float, int, list[str]]] = []
        for rarity, name_id in candidates:
            # entries an identifier already decided, or of a schema that cannot match, are out
            keys = self._name_entries[name_id]
            if schema is not None or best:
                keys = [
                    k
                    for k in keys
                    if k not in best and _schemata_compatible(schema, self._entries[k].schema)
                ]
            if not keys:
                continue
            cand_kind = self._names[name_id][1]
            their_shapes = self._shapes(name_id, query.kind if cand_kind is None else cand_kind)
            bound = bounds.bound(their_shapes)
            if bound < min_score or bound == 0.0:
                self.stats.skipped += 1
                continue
            ranked.append((bound, rarity, name_id, keys))
        ranked.sort(key=lambda c: (-c[0], -c[1], c[2]))
        cutoff = -1.0  # the score of the `limit`-th best hit so far, once there are that many
        for bound, _, name_id, keys in ranked:
            if bound < cutoff:
                self.stats.skipped += 1
                continue
            cand_name, cand_kind = self._names[name_id]
            other = self._analysis(name_id, query.kind if cand_kind is None else cand_kind)
            self.stats.comparisons += 1
            base = compare_analysed(query, other)
            if base.score < min_score:
                continue
            changed = False
            for key in keys:
                comparison = self._qualify(base, self._entries[key], country, wanted)
                current = best.get(key)
                if current is None or comparison.score > current.comparison.score:
                    best[key] = Hit(key, cand_name, comparison, "name")
                    changed = True
            if changed and len(best) >= limit:
                cutoff = heapq.nlargest(limit, (h.comparison.score for h in best.values()))[-1]
        hits = sorted(best.values(), key=lambda h: (-h.comparison.score, h.key))
        return hits[:limit]

    @staticmethod
    def _qualify(
        base: Comparison, entry: _Entry, country: str | None, wanted: list[tuple[str, str]]
    ) -> Comparison:
        score = base.score
        reasons: list[str] = []  # added to the name's reasons, which are built when asked for
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
        return Comparison(score, is_match, build=lambda: [*base.reasons, *reasons])
