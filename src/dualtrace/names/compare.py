"""Compare two names: a score in 0..1, a decision, and an explanation a person can check.

Tokens of the two names are aligned one to one in any order. Distinctive words carry the score;
generic words (company, technology, Shenzhen) support it; a distinctive word on each side that
finds no partner (Hongyuan / Hongda) pulls the score far down; numbers must agree; legal forms
confirm but never make a match, and a clash of forms (LLC vs JSC) is a weak signal only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from rigour.text import levenshtein

from dualtrace.names.analyse import (
    ALIAS,
    Analysis,
    Kind,
    Reading,
    Token,
    analyse,
    schema_kind,
)
from dualtrace.names.legal_forms import families_clash
from dualtrace.names.normalise import fold, skeleton
from dualtrace.names.tables import rows

# The one decision threshold. Chosen for precision: a single distinctive word that differs,
# or a missing one, keeps a pair below it.
MATCH_THRESHOLD = 0.85

_MIN_PAIR = 0.7  # token pairs less alike than this are not aligned
_DIFFERING_DISTINCT = 0.6  # a distinctive word on each side without a partner
_NUMBERS_DIFFER = 0.5
_NUMBER_ONE_SIDE = 0.85
_PATRONYMICS_DIFFER = 0.75
_INITIALS_DIFFER = 0.75  # an initial left over where the other name's initial or patronymic differs
_INDUSTRIES_DIFFER = 0.85
# a line of business only one name has: sibling firms differ by just that (Hongyuan
# Optoelectronics / Hongyuan Optoelectronics Technology)
_INDUSTRY_ONE_SIDE = 0.85  # each name has a line of business the other lacks (Trade / Defence)
_PLACES_DIFFER = 0.85
_FORMS_CLASH = 0.05
_ONE_SIDED = {"distinct": 1.0, "filler": 0.5, "industry": 0.5, "place": 0.3, "initial": 0.5}
_PERSON_EXTRA_NAME = 0.6  # a middle name only one side writes
_FUNCTION_WORD = "-"  # same_as of words such as "of", "the", "No." (generic_words.tsv)
# Two names written in Chinese characters whose characters differ are two names, however alike
# they sound: 张伟 and 章伟 are both "Zhang Wei", 天翼 and 天一 both "Tianyi".
_HAN_DIFFER_CAP = 0.6


class Comparison:
    """A score, its decision, and the reasons for it.

    The reasons are worked out when first asked for: a screen compares many names whose
    explanation nobody reads. Asked for, they are the same text whenever they are built.
    """

    __slots__ = ("_build", "_reasons", "is_match", "score")

    def __init__(
        self,
        score: float,
        is_match: bool,
        reasons: tuple[str, ...] = (),
        build: Callable[[], list[str]] | None = None,
    ) -> None:
        self.score = score
        self.is_match = is_match
        self._reasons: tuple[str, ...] | None = None if build is not None else reasons
        self._build = build

    @property
    def reasons(self) -> tuple[str, ...]:
        if self._reasons is None:
            assert self._build is not None
            self._reasons = tuple(self._build())
            self._build = None
        return self._reasons

    @property
    def explanation(self) -> str:
        return "; ".join(self.reasons)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Comparison):
            return NotImplemented
        return (self.score, self.is_match, self.reasons) == (
            other.score,
            other.is_match,
            other.reasons,
        )

    def __hash__(self) -> int:
        return hash((self.score, self.is_match, self.reasons))

    def __repr__(self) -> str:
        return (
            f"Comparison(score={self.score!r}, is_match={self.is_match!r}, "
            f"explanation={self.explanation!r})"
        )


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


def _leftover(rest: list[Token], extra_name: bool) -> tuple[float, bool, bool, bool]:
    """Weight of one side's unpaired words, and whether a distinctive word, a place or a line
    of business is among them; `extra_name`: a person's name with words the other lacks."""
    weight = 0.0
    distinct = places = industries = False
    for t in rest:
        k = t.kind
        if k == "distinct":
            distinct = True
        elif k == "place":
            places = True
        elif k == "industry":
            industries = True
        if t.same_as == _FUNCTION_WORD:
            continue
        factor = _PERSON_EXTRA_NAME if extra_name and k == "distinct" else _ONE_SIDED[k]
        weight += t.weight * factor
    return weight, distinct, places, industries


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
            return 1.0 if _initial(a.latin) == _initial(b.latin) else 0.0
        return 0.8 if _initial(a.latin) == _initial(b.latin) else 0.0
    if a.same_as and a.same_as == b.same_as and a.same_as != _FUNCTION_WORD:
        return 1.0
    if a.keys & b.keys:
        return 1.0 if a.latin == b.latin else 0.97
    if a.kind != "distinct" or b.kind != "distinct" or a.exact or b.exact:
        return 0.0
    if a.pinyin and b.pinyin:
        return 0.0
    if _gender_pair(a.latin, b.latin):
        return 0.0
    best = 0.0
    for x in a.keys:
        for y in b.keys:
            # the cheap tests of _key_similarity first: most key pairs fail them
            if x[:1] == y[:1] and abs(len(x) - len(y)) <= 3:
                best = max(best, _key_similarity(x, y))
    return best


def _gender_pair(a: str, b: str) -> bool:
    """Ivanov / Ivanova, Sokolsky / Sokolskaya: a man's and a woman's form of one surname."""
    short, long = sorted((a, b), key=len)
    if len(short) < 4:
        return False
    return long == short + "a" or (
        short.endswith(("sky", "ski", "skiy", "skii", "skij"))
        and long.startswith(short.rstrip("yij"))
        and long.endswith(("skaya", "skaia", "skaja"))
    )


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
    """One pair of readings scored, with what its reasons are made of (built only for the best
    pair of readings, and only when asked for)."""

    score: float
    a: Reading
    b: Reading
    identical: bool = False
    matched: list[tuple[Token, Token, float]] = field(default_factory=list)
    rest_a: list[Token] = field(default_factory=list)
    rest_b: list[Token] = field(default_factory=list)
    person: bool = False
    clash: str = ""  # initials that clash, for people
    patronymics_differ: bool = False
    forms_clash: bool = False


def _align(
    ta: tuple[Token, ...], tb: tuple[Token, ...]
) -> tuple[list[tuple[Token, Token, float]], list[Token], list[Token]]:
    """Pair tokens one to one: shared spellings first (by lookup), then fuzzy distinctive words."""
    matched: list[tuple[Token, Token, float]] = []
    by_key: dict[str, int] = {}
    for j, b in enumerate(tb):
        for key in b.keys:
            by_key.setdefault(key, j)
        if b.same_as and b.same_as != _FUNCTION_WORD:
            by_key.setdefault("=" + b.same_as, j)
    used_b: set[int] = set()
    rest_a: list[Token] = []
    for a in ta:
        j = -1
        if a.same_as and a.same_as != _FUNCTION_WORD:
            j = by_key.get("=" + a.same_as, -1)
        if j < 0 or j in used_b:
            j = -1
            for k in a.keys:
                found = by_key.get(k)
                if found is not None and found not in used_b:
                    j = found
                    break
        if j >= 0 and j not in used_b:
            used_b.add(j)
            b = tb[j]
            matched.append((a, b, 1.0 if a.latin == b.latin or a.same_as else 0.97))
        else:
            rest_a.append(a)
    rest_b = [b for j, b in enumerate(tb) if j not in used_b]
    if not rest_a or not rest_b:
        return matched, rest_a, rest_b
    pairs: list[tuple[float, int, int]] = []  # (-similarity, i, j): most alike first
    known = _SIMILARITY
    for i, a in enumerate(rest_a):
        for j, b in enumerate(rest_b):
            sim = known.get((a, b))
            if sim is None:
                sim = _similarity(a, b)
            if sim >= _MIN_PAIR:
                pairs.append((-sim, i, j))
    if not pairs:
        return matched, rest_a, rest_b
    pairs.sort()
    used_a: set[int] = set()
    fuzzy_b: set[int] = set()
    for neg, i, j in pairs:
        if i in used_a or j in fuzzy_b:
            continue
        used_a.add(i)
        fuzzy_b.add(j)
        matched.append((rest_a[i], rest_b[j], -neg))
    return (
        matched,
        [t for i, t in enumerate(rest_a) if i not in used_a],
        [t for j, t in enumerate(rest_b) if j not in fuzzy_b],
    )


def _unpaired_distinct(rest: list[Token]) -> int:
    return sum(1 for t in rest if t.kind == "distinct")


def _identical(a: Reading, b: Reading) -> bool:
    """The common case of one name written twice: same tokens, forms and numbers."""
    if a.signature != b.signature or a.numbers != b.numbers or a.patronymics != b.patronymics:
        return False
    return {f.family for f in a.forms} == {f.family for f in b.forms}


def _identical_reasons(a: Reading, b: Reading) -> list[str]:
    words = "+".join(t.latin for t in a.tokens)
    reasons = [f"tokens {words} = {'+'.join(t.latin for t in b.tokens)}"]
    reasons += _alias_reasons(list(zip(a.tokens, b.tokens, strict=True)))
    if a.forms:
        reasons.insert(0, f"same legal form ({'/'.join(sorted({f.cls for f in a.forms}))})")
    reasons += [note for note in (a.note, b.note) if note]
    return reasons


def _alias_reasons(
    pairs: list[tuple[Token, Token]] | list[tuple[Token, Token, float]],
) -> list[str]:
    """'known alias: DJI = Dajiang (aliases.tsv)' for paired words that only an alias joins."""
    return [
        f"known alias: {p[0].latin} = {p[1].latin} (aliases.tsv)"
        for p in pairs
        if p[0].latin != p[1].latin and any(k.startswith(ALIAS) for k in p[0].keys & p[1].keys)
    ]


def _promote(toks: tuple[Token, ...]) -> tuple[Token, ...]:
    """A name made only of generic words: its words are all it has, so they decide."""
    return tuple(
        t
        if t.same_as == _FUNCTION_WORD
        else Token(
            t.text, t.latin, t.keys, "distinct", t.same_as, 2.0 + min(len(t.latin), 10) / 2.0
        )
        for t in toks
    )


def _initials_clash(rest: list[Token], other: Reading) -> str:
    """An initial left unpaired where the other name shows the letter it should stand for.

    "S. V. Chemezov" pairs S with Stanislav; V is then the patronymic's initial, so against
    "Stanislav Sergeyevich" it clashes. Against a name with no patronymic it may simply be
    unsaid, so it passes.
    """
    letters = {_initial(t.latin) for t in rest if t.kind == "initial"}
    if not letters:
        return ""
    shown = {_initial(p) for p in other.patronymics}
    shown |= {_initial(t.latin) for t in other.tokens if t.kind == "initial"}
    if not shown or letters <= shown:
        return ""
    return f"initials differ: {'+'.join(sorted(letters))} ≠ {'+'.join(sorted(shown))}"


@lru_cache(maxsize=65536)
def _patronymic_keys(patronymics: frozenset[str]) -> frozenset[str]:
    return frozenset(skeleton(p) for p in patronymics)


def _patronymics_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Sergeevich = Sergeyevich, Yurevich = Yuryevich: compared by skeleton, one slip allowed."""
    ka, kb = _patronymic_keys(a), _patronymic_keys(b)
    return bool(ka & kb) or any(_key_similarity(x, y) > 0 for x in ka for y in kb)


# Initials of one Russian letter in different systems: Е Ye/E, Ю Yu/Iu/Ju, Я Ya/Ia/Ja, Й Y/I/J.
_INITIAL_CLASS = str.maketrans({"y": "i", "j": "i", "e": "i"})


def _initial(letter: str) -> str:
    return letter[:1].translate(_INITIAL_CLASS)


def _first_initial(reading: Reading) -> str:
    return next((_initial(t.latin) for t in reading.tokens if t.kind == "initial"), "")


def _initial_out_of_place(matched: list[tuple[Token, Token, float]], a: Reading, b: Reading) -> str:
    """An initial after the first one paired with a given name: it is the patronymic's.

    In "Patrushev D. N." the given name is D; N (Nikolayevich) must not stand for Nikolay.
    """
    for x, y, _ in matched:
        for initial, name, reading in ((x, y, a), (y, x, b)):
            if initial.kind != "initial" or name.kind == "initial":
                continue
            first = _first_initial(reading)
            if _initial(initial.latin) != first:
                return (
                    f"{initial.latin} is not the given name's initial ({first}): not {name.latin}"
                )
    return ""


def _compare_readings(a: Reading, b: Reading, kind: Kind) -> _Outcome:
    ta, tb = a.tokens, b.tokens
    originals: dict[int, Token] = {}
    if not any(t.kind == "distinct" for t in ta) or not any(t.kind == "distinct" for t in tb):
        ta, tb = _promote(ta), _promote(tb)
        originals = {id(p): t for p, t in zip((*ta, *tb), (*a.tokens, *b.tokens), strict=True)}
    matched, rest_a, rest_b = _align(ta, tb)
    if (len(rest_a) > 1 and _unpaired_distinct(rest_b)) or (
        len(rest_b) > 1 and _unpaired_distinct(rest_a)
    ):
        merged_a, merged_b = _merge_adjacent(ta, tb), _merge_adjacent(tb, ta)
        if merged_a != ta or merged_b != tb:
            matched, rest_a, rest_b = _align(merged_a, merged_b)
    if originals:
        # promoted words decide by agreeing; one left over is still the generic word it was
        rest_a = [originals.get(id(t), t) for t in rest_a]
        rest_b = [originals.get(id(t), t) for t in rest_b]

    num = 0.0
    den = 0.0
    for x, y, sim in matched:
        weight = (x.weight + y.weight) / 2.0
        num += sim * weight
        den += weight
    person = kind == "person"
    # one pass over each side's words left over: their weight, and which kinds are among them
    weight_a, distinct_a, places_a, industries_a = _leftover(rest_a, person and not rest_b)
    weight_b, distinct_b, places_b, industries_b = _leftover(rest_b, person and not rest_a)
    den += weight_a + weight_b
    score = num / den if den else 0.0

    if not any(x.kind == "distinct" for x, _, _ in matched):
        score = min(score, 0.4)
    elif distinct_a and distinct_b:
        score *= _DIFFERING_DISTINCT
    if places_a and places_b:
        score *= _PLACES_DIFFER
    if a.numbers != b.numbers:
        score *= _NUMBERS_DIFFER if a.numbers and b.numbers else _NUMBER_ONE_SIDE
    if industries_a and industries_b:
        score *= _INDUSTRIES_DIFFER
    elif (industries_a or industries_b) and not person:
        score *= _INDUSTRY_ONE_SIDE
    clash = ""
    if person:
        clash = (
            _initials_clash(rest_a, b)
            or _initials_clash(rest_b, a)
            or _initial_out_of_place(matched, a, b)
        )
        if clash:
            score *= _INITIALS_DIFFER
    patronymics_differ = bool(
        a.patronymics and b.patronymics and not _patronymics_agree(a.patronymics, b.patronymics)
    )
    if patronymics_differ:
        score *= _PATRONYMICS_DIFFER
    forms_clash = bool(a.forms and b.forms and families_clash(a.forms, b.forms))
    if forms_clash:
        score -= _FORMS_CLASH
    return _Outcome(
        max(0.0, min(1.0, score)),
        a,
        b,
        False,
        matched,
        rest_a,
        rest_b,
        person,
        clash,
        patronymics_differ,
        forms_clash,
    )


def _reasons(outcome: _Outcome) -> list[str]:
    """The reasons for an outcome's score, in the order a reader checks them."""
    a, b = outcome.a, outcome.b
    if outcome.identical:
        return _identical_reasons(a, b)
    matched, rest_a, rest_b = outcome.matched, outcome.rest_a, outcome.rest_b
    reasons: list[str] = []
    exact = [(x, y) for x, y, s in matched if s >= 0.97]
    if exact:
        left = "+".join(x.latin for x, _ in exact)
        right = "+".join(y.latin for _, y in exact)
        reasons.append(f"tokens {left} = {right}")
    reasons += _alias_reasons(exact)
    for x, y, sim in matched:
        if sim < 0.97:
            reasons.append(f"{x.latin} ≈ {y.latin} ({sim:.2f})")

    distinct_a = [t for t in rest_a if t.kind == "distinct"]
    distinct_b = [t for t in rest_b if t.kind == "distinct"]
    if not any(x.kind == "distinct" for x, _, _ in matched):
        left = "+".join(t.latin for t in distinct_a) or "-"
        right = "+".join(t.latin for t in distinct_b) or "-"
        reasons.append(f"no distinctive word in common: {left} ≠ {right}")
    elif distinct_a and distinct_b:
        left = "+".join(t.latin for t in distinct_a)
        right = "+".join(t.latin for t in distinct_b)
        reasons.append(f"distinctive words differ: {left} ≠ {right}")
    elif distinct_a or distinct_b:
        only = "+".join(t.latin for t in distinct_a or distinct_b)
        reasons.append(f"only one name has {only}")

    places_a = [t for t in rest_a if t.kind == "place"]
    places_b = [t for t in rest_b if t.kind == "place"]
    if places_a and places_b:
        left = "+".join(t.latin for t in places_a)
        right = "+".join(t.latin for t in places_b)
        reasons.append(f"places differ: {left} ≠ {right}")

    if a.numbers != b.numbers:
        if a.numbers and b.numbers:
            left = ",".join(sorted(a.numbers))
            right = ",".join(sorted(b.numbers))
            reasons.append(f"numbers differ: {left} ≠ {right}")
        else:
            reasons.append("a number only one name has")

    industries_a = [t for t in rest_a if t.kind == "industry"]
    industries_b = [t for t in rest_b if t.kind == "industry"]
    if industries_a and industries_b:
        left = "+".join(t.latin for t in industries_a)
        right = "+".join(t.latin for t in industries_b)
        reasons.append(f"lines of business differ: {left} ≠ {right}")
    elif (industries_a or industries_b) and not outcome.person:
        only = "+".join(t.latin for t in industries_a or industries_b)
        reasons.append(f"only one name has {only}")

    if outcome.clash:
        reasons.append(outcome.clash)

    if outcome.patronymics_differ:
        reasons.append("patronymics differ")
    elif a.patronymics or b.patronymics:
        reasons.append("patronymic set aside")

    if a.forms and b.forms:
        if outcome.forms_clash:
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
    return reasons


def _best(qa: Analysis, qb: Analysis, kind: Kind) -> _Outcome | None:
    best: _Outcome | None = None
    for ra in qa.readings:
        for rb in qb.readings:
            if _identical(ra, rb):
                outcome = _Outcome(1.0, ra, rb, True)
            else:
                outcome = _compare_readings(ra, rb, kind)
            if best is None or outcome.score > best.score:
                best = outcome
            if best.score >= 1.0:
                return best
    return best


@lru_cache(maxsize=1)
def _han_tables() -> tuple[dict[int, str], tuple[str, ...]]:
    """Traditional -> simplified characters, and legal forms in characters (longest first)."""
    simplify: dict[int, str] = {}
    forms: list[str] = []
    for name, is_forms in (("zh_traditional.tsv", False), ("zh_company_words.tsv", True)):
        for cols in rows(name):
            if not is_forms and len(cols) > 1 and len(cols[0]) == 1:
                simplify[ord(cols[0])] = cols[1]
            elif is_forms and len(cols) > 2 and cols[2] == "legal form":
                forms.append(cols[0])
    return simplify, tuple(sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=262144)
def _han_key(name: str) -> str:
    """The name's Chinese characters, simplified, without a legal form at the end ("" if none)."""
    simplify, forms = _han_tables()
    chars = "".join(ch for ch in name if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff")
    chars = chars.translate(simplify)
    for form in forms:
        if chars.endswith(form) and len(chars) > len(form):
            return chars[: -len(form)]
    return chars


def _simplified_for_sure(char: str) -> bool:
    """A character of the simplified set (GB 2312): one our table may have left traditional
    (剛 for 刚) is not, and a difference in it proves nothing."""
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _han_clash(qa: Analysis, qb: Analysis) -> str | None:
    """Why two names in characters are two names despite one reading, else None."""
    if qa.original.isascii() or qb.original.isascii():
        return None  # the usual case, and no characters on one side
    ka, kb = _han_key(qa.original), _han_key(qb.original)
    if not ka or not kb or ka in kb or kb in ka:
        return None
    differ = set(ka) ^ set(kb)
    if not all(_simplified_for_sure(ch) for ch in differ):
        return None
    return f"characters differ: {ka} ≠ {kb}, whatever their reading"


def compare_analysed(qa: Analysis, qb: Analysis) -> Comparison:
    """Compare two analysed names (as `compare`, for callers that keep analyses)."""
    kind: Kind = qa.kind if qa.kind == qb.kind else "org"
    best = _best(qa, qb, kind)
    score = best.score if best is not None else 0.0
    clash = _han_clash(qa, qb)
    capped = clash is not None and score > _HAN_DIFFER_CAP
    if capped:
        score = _HAN_DIFFER_CAP

    def explain() -> list[str]:
        reasons = _reasons(best) if best is not None else ["nothing to compare"]
        if capped and clash is not None:
            reasons.append(clash)
        for analysis in (qa, qb):
            if analysis.cyrillic:
                reasons.append(f"after transliteration of {analysis.original}")
        return reasons

    score = round(score, 4)
    return Comparison(score, score >= MATCH_THRESHOLD, build=explain)


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
