"""Compare two names: a score in 0..1, a decision, and an explanation a person can check.

Tokens of the two names are aligned one to one in any order. Distinctive words carry the score;
generic words (company, technology, Shenzhen) support it; a distinctive word on each side that
finds no partner (Hongyuan / Hongda) pulls the score far down; numbers must agree; legal forms
confirm but never make a match, and a clash of forms (LLC vs JSC) is a weak signal only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rigour.text import levenshtein

from dualtrace.names.analyse import Analysis, Kind, Reading, Token, analyse, schema_kind
from dualtrace.names.legal_forms import families_clash
from dualtrace.names.normalise import fold

# The one decision threshold. Chosen for precision: a single distinctive word that differs,
# or a missing one, keeps a pair below it.
MATCH_THRESHOLD = 0.85

_MIN_PAIR = 0.7  # token pairs less alike than this are not aligned
_DIFFERING_DISTINCT = 0.6  # a distinctive word on each side without a partner
_NUMBERS_DIFFER = 0.5
_NUMBER_ONE_SIDE = 0.85
_PATRONYMICS_DIFFER = 0.75
_PLACES_DIFFER = 0.85
_FORMS_CLASH = 0.05
_ONE_SIDED = {"distinct": 1.0, "filler": 0.5, "industry": 0.5, "place": 0.3, "initial": 0.5}
_PERSON_EXTRA_NAME = 0.6  # a middle name only one side writes


@dataclass(frozen=True, slots=True)
class Comparison:
    score: float
    is_match: bool
    explanation: str
    reasons: tuple[str, ...]


def _allowed_edits(length: int) -> int:
    if length < 5:
        return 0
    if length < 9:
        return 1
    if length < 13:
        return 2
    return 3


@lru_cache(maxsize=262144)
def _key_similarity(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if a[:1] != b[:1]:
        return 0.0
    longest = max(len(a), len(b))
    allowed = _allowed_edits(longest)
    if allowed == 0 or abs(len(a) - len(b)) > allowed:
        return 0.0
    edits = levenshtein(a, b, max_edits=allowed + 1)
    return 1.0 - edits / longest if edits <= allowed else 0.0


_SIMILARITY: dict[tuple[Token, Token], float] = {}
_SIMILARITY_LIMIT = 1_000_000


def _similarity(a: Token, b: Token) -> float:
    found = _SIMILARITY.get((a, b))
    if found is None:
        if len(_SIMILARITY) > _SIMILARITY_LIMIT:
            _SIMILARITY.clear()
        found = _SIMILARITY[(a, b)] = _token_similarity(a, b)
    return found


def _token_similarity(a: Token, b: Token) -> float:
    if a.kind == "initial" or b.kind == "initial":
        if a.kind == b.kind:
            return 1.0 if a.latin == b.latin else 0.0
        return 0.8 if a.latin[:1] == b.latin[:1] else 0.0
    if a.same_as and a.same_as == b.same_as:
        return 1.0
    if a.keys & b.keys:
        return 1.0 if a.latin == b.latin else 0.97
    if a.kind != "distinct" or b.kind != "distinct":
        return 0.0
    return max(_key_similarity(x, y) for x in a.keys for y in b.keys)


def _merge_adjacent(toks: tuple[Token, ...], other: tuple[Token, ...]) -> tuple[Token, ...]:
    """Join neighbours that the other name writes as one word ("Hong Yuan" / "Hongyuan")."""
    if len(toks) < 2:
        return toks
    wanted = {k for t in other if t.kind == "distinct" for k in t.keys}
    out: list[Token] = []
    i = 0
    while i < len(toks):
        if i + 1 < len(toks) and "distinct" in (toks[i].kind, toks[i + 1].kind):
            joined = toks[i].latin + toks[i + 1].latin
            key = fold(joined)
            if key in wanted:
                weight = 2.0 + min(len(joined), 10) / 2.0
                out.append(Token(joined, joined, frozenset({key}), "distinct", "", weight))
                i += 2
                continue
        out.append(toks[i])
        i += 1
    return tuple(out)


@dataclass(slots=True)
class _Outcome:
    score: float
    reasons: list[str]


def _align(
    ta: tuple[Token, ...], tb: tuple[Token, ...]
) -> tuple[list[tuple[Token, Token, float]], list[Token], list[Token]]:
    """Pair tokens one to one: shared spellings first (by lookup), then fuzzy distinctive words."""
    matched: list[tuple[Token, Token, float]] = []
    by_key: dict[str, int] = {}
    for j, b in enumerate(tb):
        for key in b.keys:
            by_key.setdefault(key, j)
        if b.same_as:
            by_key.setdefault("=" + b.same_as, j)
    used_b: set[int] = set()
    rest_a: list[Token] = []
    for a in ta:
        j = -1
        if a.same_as:
            j = by_key.get("=" + a.same_as, -1)
        if j < 0 or j in used_b:
            j = next((by_key[k] for k in a.keys if k in by_key and by_key[k] not in used_b), -1)
        if j >= 0 and j not in used_b:
            used_b.add(j)
            b = tb[j]
            matched.append((a, b, 1.0 if a.latin == b.latin or a.same_as else 0.97))
        else:
            rest_a.append(a)
    rest_b = [b for j, b in enumerate(tb) if j not in used_b]
    if not rest_a or not rest_b:
        return matched, rest_a, rest_b
    pairs: list[tuple[float, int, int]] = []
    for i, a in enumerate(rest_a):
        for j, b in enumerate(rest_b):
            sim = _similarity(a, b)
            if sim >= _MIN_PAIR:
                pairs.append((sim, i, j))
    if not pairs:
        return matched, rest_a, rest_b
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_a: set[int] = set()
    fuzzy_b: set[int] = set()
    for sim, i, j in pairs:
        if i in used_a or j in fuzzy_b:
            continue
        used_a.add(i)
        fuzzy_b.add(j)
        matched.append((rest_a[i], rest_b[j], sim))
    return (
        matched,
        [t for i, t in enumerate(rest_a) if i not in used_a],
        [t for j, t in enumerate(rest_b) if j not in fuzzy_b],
    )


def _unpaired_distinct(rest: list[Token]) -> int:
    return sum(1 for t in rest if t.kind == "distinct")


def _identical(a: Reading, b: Reading) -> _Outcome | None:
    """The common case of one name written twice: same tokens, forms and numbers."""
    if a.signature != b.signature or a.numbers != b.numbers or a.patronymics != b.patronymics:
        return None
    if {f.family for f in a.forms} != {f.family for f in b.forms}:
        return None
    words = "+".join(t.latin for t in a.tokens)
    reasons = [f"tokens {words} = {'+'.join(t.latin for t in b.tokens)}"]
    if a.forms:
        reasons.insert(0, f"same legal form ({'/'.join(sorted({f.cls for f in a.forms}))})")
    reasons += [note for note in (a.note, b.note) if note]
    return _Outcome(1.0, reasons)


def _promote(toks: tuple[Token, ...]) -> tuple[Token, ...]:
    """A name made only of generic words: its words are all it has, so they decide."""
    return tuple(
        Token(t.text, t.latin, t.keys, "distinct", "", 2.0 + min(len(t.latin), 10) / 2.0)
        for t in toks
    )


def _compare_readings(a: Reading, b: Reading, kind: Kind) -> _Outcome:
    ta, tb = a.tokens, b.tokens
    if not any(t.kind == "distinct" for t in ta) or not any(t.kind == "distinct" for t in tb):
        ta, tb = _promote(ta), _promote(tb)
    matched, rest_a, rest_b = _align(ta, tb)
    if (len(rest_a) > 1 and _unpaired_distinct(rest_b)) or (
        len(rest_b) > 1 and _unpaired_distinct(rest_a)
    ):
        merged_a, merged_b = _merge_adjacent(ta, tb), _merge_adjacent(tb, ta)
        if merged_a != ta or merged_b != tb:
            matched, rest_a, rest_b = _align(merged_a, merged_b)
    reasons: list[str] = []

    num = 0.0
    den = 0.0
    for x, y, sim in matched:
        weight = (x.weight + y.weight) / 2.0
        num += sim * weight
        den += weight
    person = kind == "person"
    for t in (*rest_a, *rest_b):
        factor = _ONE_SIDED[t.kind]
        if person and t.kind == "distinct" and (not rest_a or not rest_b):
            factor = _PERSON_EXTRA_NAME
        den += t.weight * factor
    score = num / den if den else 0.0

    exact = [(x, y) for x, y, s in matched if s >= 0.97]
    if exact:
        left = "+".join(x.latin for x, _ in exact)
        right = "+".join(y.latin for _, y in exact)
        reasons.append(f"tokens {left} = {right}")
    for x, y, sim in matched:
        if sim < 0.97:
            reasons.append(f"{x.latin} ≈ {y.latin} ({sim:.2f})")

    distinct_a = [t for t in rest_a if t.kind == "distinct"]
    distinct_b = [t for t in rest_b if t.kind == "distinct"]
    if not any(x.kind == "distinct" for x, _, _ in matched):
        score = min(score, 0.4)
        left = "+".join(t.latin for t in distinct_a) or "-"
        right = "+".join(t.latin for t in distinct_b) or "-"
        reasons.append(f"no distinctive word in common: {left} ≠ {right}")
    elif distinct_a and distinct_b:
        score *= _DIFFERING_DISTINCT
        left = "+".join(t.latin for t in distinct_a)
        right = "+".join(t.latin for t in distinct_b)
        reasons.append(f"distinctive words differ: {left} ≠ {right}")
    elif distinct_a or distinct_b:
        only = "+".join(t.latin for t in distinct_a or distinct_b)
        reasons.append(f"only one name has {only}")

    places_a = [t for t in rest_a if t.kind == "place"]
    places_b = [t for t in rest_b if t.kind == "place"]
    if places_a and places_b:
        score *= _PLACES_DIFFER
        left = "+".join(t.latin for t in places_a)
        right = "+".join(t.latin for t in places_b)
        reasons.append(f"places differ: {left} ≠ {right}")

    if a.numbers != b.numbers:
        if a.numbers and b.numbers:
            score *= _NUMBERS_DIFFER
            left = ",".join(sorted(a.numbers))
            right = ",".join(sorted(b.numbers))
            reasons.append(f"numbers differ: {left} ≠ {right}")
        else:
            score *= _NUMBER_ONE_SIDE
            reasons.append("a number only one name has")

    if a.patronymics and b.patronymics and not (a.patronymics & b.patronymics):
        score *= _PATRONYMICS_DIFFER
        reasons.append("patronymics differ")
    elif a.patronymics or b.patronymics:
        reasons.append("patronymic set aside")

    if a.forms and b.forms:
        if families_clash(a.forms, b.forms):
            score -= _FORMS_CLASH
            left = "/".join(f.cls for f in a.forms)
            right = "/".join(f.cls for f in b.forms)
            reasons.insert(0, f"legal forms differ ({left} vs {right}), a weak sign only")
        else:
            same = sorted({f.cls for f in a.forms} & {f.cls for f in b.forms})
            label = "/".join(same) if same else f"{a.forms[0].cls}~{b.forms[0].cls}"
            reasons.insert(0, f"same legal form ({label})")
    for note in (a.note, b.note):
        if note:
            reasons.append(note)
    return _Outcome(max(0.0, min(1.0, score)), reasons)


def _best(qa: Analysis, qb: Analysis, kind: Kind) -> _Outcome:
    best = _Outcome(0.0, ["nothing to compare"])
    for ra in qa.readings:
        for rb in qb.readings:
            outcome = _identical(ra, rb) or _compare_readings(ra, rb, kind)
            if outcome.score > best.score or best.reasons == ["nothing to compare"]:
                best = outcome
            if best.score >= 1.0:
                return best
    return best


def compare_analysed(qa: Analysis, qb: Analysis) -> Comparison:
    """Compare two analysed names (as `compare`, for callers that keep analyses)."""
    kind: Kind = qa.kind if qa.kind == qb.kind else "org"
    outcome = _best(qa, qb, kind)
    reasons = outcome.reasons
    for analysis in (qa, qb):
        if analysis.cyrillic:
            reasons = [*reasons, f"after transliteration of {analysis.original}"]
    score = round(outcome.score, 4)
    return Comparison(score, score >= MATCH_THRESHOLD, "; ".join(reasons), tuple(reasons))


def _ordered_compare(a: str, b: str, kind: Kind | None) -> Comparison:
    qa, qb = analyse(a, kind), analyse(b, kind)
    if kind is None and qa.kind != qb.kind:
        # one of two unlabelled names reads as a person: compare both as people
        qa, qb = analyse(a, "person"), analyse(b, "person")
    return compare_analysed(qa, qb)


@lru_cache(maxsize=131072)
def _cached(a: str, b: str, kind: Kind | None) -> Comparison:
    return _ordered_compare(a, b, kind)


def compare(a: str, b: str, schema: str | None = None) -> Comparison:
    """Score two names; `schema` is a FollowTheMoney schema (Person, Company, ...) or None."""
    kind = schema_kind(schema)
    first, second = (a, b) if a <= b else (b, a)
    return _cached(first, second, kind)
