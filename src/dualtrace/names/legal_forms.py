"""Legal forms (ООО, LLC, АО, Co., Ltd., GmbH ...) pulled off a company name as a class.

rigour's org-type database recognises most forms; data/names/legal_forms.tsv adds what it lacks
and places forms in our classes, data/names/legal_form_classes.tsv groups classes into families.
A legal form confirms a match but never makes one; forms of different families are a weak sign
of two different parties.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rigour.names import extract_org_types

from dualtrace.names.normalise import latin, skeleton, tokens
from dualtrace.names.tables import rows

_MAX_FORM_TOKENS = 6


@dataclass(frozen=True, slots=True)
class LegalForm:
    text: str  # the form as found in the name, normalised ("ооо", "co ltd")
    cls: str  # our class: LLC, LTD, JSC, ...
    family: str  # classes of one family never clash: LLC and LTD are both "limited"


@dataclass(frozen=True, slots=True)
class _Tables:
    literal: dict[str, str]  # normalised form -> class
    by_skeleton: dict[str, str]  # the form's words as skeletons -> class (any romanisation)
    rigour: dict[str, str]  # rigour comparison form -> class
    family: dict[str, str]  # class -> family
    label: dict[str, str]  # class -> label
    # first and last words (as written, and as skeletons) of literal and skeleton forms: a name
    # whose end word is in neither set has no such form at that end, so no phrase is looked up
    edge_words: frozenset[str]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    literal: dict[str, str] = {}
    by_skeleton: dict[str, str] = {}
    rigour: dict[str, str] = {}
    for row in rows("legal_forms.tsv"):
        cls, form = row[0], row[1]
        if form.startswith("rigour:"):
            rigour[form.removeprefix("rigour:")] = cls
        else:
            literal[" ".join(tokens(form))] = cls
            by_skeleton.setdefault(_skeleton_phrase(tokens(form)), cls)
    family: dict[str, str] = {}
    label: dict[str, str] = {}
    for row in rows("legal_form_classes.tsv"):
        family[row[0]] = row[1]
        label[row[0]] = row[2] if len(row) > 2 else row[0]
    edges = {
        w for phrase in (*literal, *by_skeleton) for w in (phrase.split()[0], phrase.split()[-1])
    }
    return _Tables(literal, by_skeleton, rigour, family, label, frozenset(edges))


@lru_cache(maxsize=65536)
def _token_skeleton(token: str) -> str:
    return skeleton(latin(token))


def _skeleton_phrase(toks: list[str]) -> str:
    """Obshchestvo s ogranichennoy otvetstvennostyu, ...ogranichennoj otvetstvennost'yu (GOST),
    ...ogranichennoi otvetstvennostiu (ICAO) and the Cyrillic all give one phrase."""
    return " ".join(_token_skeleton(t) for t in toks)


def class_label(cls: str) -> str:
    return _tables().label.get(cls, cls)


@lru_cache(maxsize=65536)
def classify(phrase: str) -> str | None:
    """The class of a phrase that is wholly a legal form ("co ltd" -> LTD), else None."""
    tables = _tables()
    if phrase in tables.literal:
        return tables.literal[phrase]
    found = extract_org_types(phrase)
    if len(found) != 1 or found[0][0] != phrase:
        return None
    compare_form = found[0][1]
    if compare_form in tables.rigour:
        return tables.rigour[compare_form]
    generic = extract_org_types(phrase, generic=True)
    if len(generic) == 1:
        return generic[0][1].upper()
    return compare_form.upper()


def _form(phrase: str, cls: str) -> LegalForm:
    return LegalForm(phrase, cls, _tables().family.get(cls, cls))


def _rigour_forms(joined: str) -> dict[str, str]:
    """Forms rigour finds anywhere in the name, each with our class (one pass of its automaton)."""
    found = extract_org_types(joined)
    generic = extract_org_types(joined, generic=True)
    if not found and not generic:
        return {}
    tables = _tables()
    classes = {text: form.upper() for text, form in generic}
    for text, form in found:
        if form in tables.rigour:
            classes[text] = tables.rigour[form]
        elif text not in classes:
            classes[text] = form.upper()
    return classes


# rigour reads NPO as a non-profit's form; in Russian names it is a research and production
# association (nauchno-proizvodstvennoe obyedinenie), a word of the name
NOT_FORMS = frozenset({"npo"})


def split_legal_forms(toks: list[str]) -> tuple[list[str], tuple[LegalForm, ...]]:
    """Legal forms at the start or end of a name, and the tokens left; never leaves a name empty.

    Only the ends are searched: a form in the middle of a name ("Ao" in a pinyin name) is
    more often a word of the name than a legal form.
    """
    rest, found = _split_legal_forms(tuple(toks))
    return list(rest), found


@lru_cache(maxsize=262144)
def _split_legal_forms(toks: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[LegalForm, ...]]:
    tables = _tables()
    literal, by_skeleton, edge_words = tables.literal, tables.by_skeleton, tables.edge_words
    found_by_rigour = _rigour_forms(" ".join(toks))
    rigour_edges = {
        w for phrase in found_by_rigour for w in (phrase.split()[0], phrase.split()[-1])
    }
    rest = toks
    rest_skeletons = tuple(_token_skeleton(t) for t in toks)  # once per name, sliced with rest
    found: list[LegalForm] = []

    def at_edge(i: int) -> bool:
        return rest[i] in edge_words or rest[i] in rigour_edges or rest_skeletons[i] in edge_words

    def lookup(lo: int, hi: int) -> str | None:
        phrase = " ".join(rest[lo:hi])
        return (
            literal.get(phrase)
            or found_by_rigour.get(phrase)
            or by_skeleton.get(" ".join(rest_skeletons[lo:hi]))
        )

    while len(rest) > 1:
        taken = False
        n = len(rest)
        head, tail = at_edge(0), at_edge(n - 1)
        if not head and not tail:
            break
        for size in range(min(_MAX_FORM_TOKENS, n - 1), 0, -1):
            cls = lookup(0, size) if head and at_edge(size - 1) else None
            if cls is not None:
                found.append(_form(" ".join(rest[:size]), cls))
                rest, rest_skeletons = rest[size:], rest_skeletons[size:]
                taken = True
                break
            cls = lookup(n - size, n) if tail and at_edge(n - size) else None
            if cls is not None:
                found.append(_form(" ".join(rest[n - size :]), cls))
                rest, rest_skeletons = rest[: n - size], rest_skeletons[: n - size]
                taken = True
                break
        if not taken:
            break
    return rest, tuple(found)


def families_clash(a: tuple[LegalForm, ...], b: tuple[LegalForm, ...]) -> bool:
    """Both names carry legal forms and no family is shared (LLC vs JSC)."""
    if not a or not b:
        return False
    return not ({f.family for f in a} & {f.family for f in b})
