"""Person names: honorifics off (rigour), patronymics set aside, initials marked.

Word order is left alone: the comparison aligns tokens in any order, so "Shangfu Li", "Li Shangfu"
and "Ivanov Ivan Ivanovich" need no reordering here. A patronymic is kept apart rather than dropped,
so that two different ones (Petrovich, Sergeyevich) can still tell father from son.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rigour.names import remove_person_prefixes

from dualtrace.names.normalise import tokens
from dualtrace.names.tables import rows


@dataclass(frozen=True, slots=True)
class PersonParts:
    names: tuple[str, ...]  # given and family names, in the order written
    patronymics: tuple[str, ...]
    initials: tuple[str, ...]  # single letters ("J." in "J. Smith")


# "S.S." or "С.В." written without a space: two initials, not one two-letter name.
_JOINED_INITIALS = re.compile(r"\b([^\W\d_])\.(?=[^\W\d_]\.)")


def _spaced_initial(match: re.Match[str]) -> str:
    # a function, not r"\1. ": re expands a group template in Python code on every call
    return match.group(1) + ". "


@lru_cache(maxsize=1)
def _patronymic_rules() -> tuple[tuple[str, ...], frozenset[str]]:
    suffixes: list[str] = []
    words: set[str] = set()
    for kind, text in rows("patronymics.tsv"):
        if kind == "suffix":
            suffixes.append(text)
        elif kind == "word":
            words.add(text)
    return tuple(suffixes), frozenset(words)


def is_patronymic(token: str) -> bool:
    suffixes, words = _patronymic_rules()
    return token in words or (len(token) > 6 and token.endswith(suffixes))


def person_parts(name: str) -> PersonParts:
    if "." in name:
        name = _JOINED_INITIALS.sub(_spaced_initial, name)
    toks = tokens(remove_person_prefixes(name)) or tokens(name)
    patronymics: tuple[str, ...] = ()
    if len(toks) >= 3:
        patronymics = tuple(t for t in toks if is_patronymic(t))
        if len(patronymics) < len(toks) - 1:
            toks = [t for t in toks if t not in patronymics]
        else:
            patronymics = ()
    initials = tuple(t for t in toks if len(t) == 1 and t.isalpha())
    names = tuple(t for t in toks if not (len(t) == 1 and t.isalpha()))
    if not names:
        return PersonParts(tuple(toks), patronymics, ())
    return PersonParts(names, patronymics, initials)
