"""One name, analysed once: its Latin readings, each a list of typed tokens with folded spellings.

A name in Chinese characters has several readings (English-style and plain pinyin, from
`dualtrace.names.chinese` when present); other names have one. Tokens are typed so the
comparison can weigh them: distinctive words decide, generic words (company, technology,
Shenzhen; data/names/generic_words.tsv) only support, numbers must agree, legal forms are set
apart as a class.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import Literal

from followthemoney import model
from followthemoney.names import schema_type_tag
from rigour.names import NameTypeTag
from rigour.text import ascii_text

from dualtrace.names.legal_forms import LegalForm, split_legal_forms
from dualtrace.names.normalise import fold, has_cyrillic, latin, skeleton, spellings, tokens
from dualtrace.names.persons import is_patronymic, person_parts
from dualtrace.names.tables import rows

Kind = Literal["person", "org"]
TokenKind = Literal["distinct", "filler", "industry", "place", "initial"]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# How much agreeing on a token of each kind says; distinctive words also weigh by length.
_WEIGHT: dict[str, float] = {"filler": 0.5, "industry": 1.0, "place": 1.5, "initial": 1.0}


@dataclass(frozen=True, slots=True, eq=False)
class Token:
    """One word of a reading; tokens are shared (one object per word), so identity is equality."""

    text: str  # normalised, in the script written
    latin: str  # one Latin spelling, for display and joining
    keys: frozenset[str]  # folded spellings to compare by
    kind: TokenKind
    same_as: str  # generic words: one key for words of one meaning ("keji" -> "technology")
    weight: float
    # a pinyin reading of a person's name in characters: it agrees by spelling or not at all
    # (陈娜 read "Chenna" is not "Henna" one letter off, nor German ch = х)
    exact: bool = False


@dataclass(frozen=True, slots=True)
class Reading:
    tokens: tuple[Token, ...]
    forms: tuple[LegalForm, ...]
    numbers: frozenset[str]
    patronymics: frozenset[str]  # folded
    note: str  # how this reading was made, when not simply as written ("pinyin of 李尚福")
    signature: tuple[frozenset[str], ...]  # the tokens' keys in order: equal signatures, same name


@dataclass(frozen=True, slots=True)
class Analysis:
    original: str
    kind: Kind
    readings: tuple[Reading, ...]
    cyrillic: bool


@lru_cache(maxsize=1)
def _generic() -> dict[str, tuple[TokenKind, str]]:
    table: dict[str, tuple[TokenKind, str]] = {}
    extra: list[tuple[str, tuple[TokenKind, str]]] = []
    kinds: dict[str, TokenKind] = {"filler": "filler", "industry": "industry", "place": "place"}
    for cols in rows("generic_words.tsv"):
        word = fold(latin(cols[0]))
        same = fold(latin(cols[2])) if len(cols) > 2 and cols[2] else word
        table[word] = (kinds[cols[1]], same)
        extra.extend((key, (kinds[cols[1]], same)) for key in spellings(cols[0]))
    for key, hit in extra:  # other systems' spellings and inflections of a row's word
        table.setdefault(key, hit)
    return table


def has_han(text: str) -> bool:
    return _HAN.search(text) is not None


@lru_cache(maxsize=1)
def _chinese() -> ModuleType | None:
    try:
        return importlib.import_module("dualtrace.names.chinese")
    except ImportError:
        return None


def chinese_readings(name: str) -> list[str]:
    """Latin readings of a name in Chinese characters, best first."""
    module = _chinese()
    if module is not None:
        return [str(form) for form in module.latin_forms(name) if str(form).strip()]
    return [ascii_text(name)]


@lru_cache(maxsize=16)
def schema_kind(schema: str | None) -> Kind | None:
    """Person or org rules for a FollowTheMoney schema; None when the schema does not say."""
    if schema is None:
        return None
    found = model.get(schema)
    if found is None:
        return None
    tag = schema_type_tag(found)
    if tag == NameTypeTag.PER:
        return "person"
    if tag in (NameTypeTag.ORG, NameTypeTag.OBJ):
        return "org"
    return None


@lru_cache(maxsize=262144)
def _token(text: str, kind: TokenKind | None, exact: bool = False) -> Token:
    lat = latin(text)
    keys = frozenset({fold(lat), skeleton(lat)}) if exact else spellings(text)
    if kind is None:
        for key in keys:
            hit = _generic().get(key)
            if hit is not None:
                return Token(text, lat, keys, hit[0], hit[1], _WEIGHT[hit[0]])
        kind = "distinct"
    weight = _WEIGHT.get(kind, 2.0 + min(len(lat), 10) / 2.0)
    return Token(text, lat, keys, kind, "", weight, exact)


# "38th", "2nd": an ordinal is its number (the 38th Research Institute is No. 38)
_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")


def _numbers(toks: list[str]) -> tuple[list[str], frozenset[str]]:
    toks = [m.group(1) if (m := _ORDINAL.fullmatch(t)) else t for t in toks]
    words = [t for t in toks if not t.isdigit()]
    return words or toks, frozenset(t.lstrip("0") or "0" for t in toks if t.isdigit())


@lru_cache(maxsize=1024)
def _split(text: str) -> tuple[list[str], list[str], tuple[LegalForm, ...]]:
    """A text's words, and the words left once legal forms are set apart (worked out once for
    both the person test and the org reading of a name; callers must not change the lists)."""
    toks = tokens(text)
    rest, forms = split_legal_forms(toks) if toks else ([], ())
    return toks, rest, forms


def _org_reading(text: str, note: str) -> Reading | None:
    toks, rest, forms = _split(text)
    if not toks:
        return None
    words, numbers = _numbers(rest)
    typed = tuple(_token(t, None) for t in words)
    return Reading(typed, forms, numbers, frozenset(), note, tuple(t.keys for t in typed))


def _person_reading(text: str, note: str, pinyin: bool = False) -> Reading | None:
    parts = person_parts(text)
    if not parts.names:
        return None
    toks = [_token(t, "distinct", pinyin) for t in parts.names]
    toks += [_token(t, "initial") for t in parts.initials]
    patronymics = frozenset(fold(latin(p)) for p in parts.patronymics)
    signature = tuple(sorted((t.keys for t in toks), key=sorted))
    return Reading(tuple(toks), (), frozenset(), patronymics, note, signature)


def _looks_like_person(name: str) -> bool:
    """A name with a patronymic and no legal form ("Prigozhin Yevgeny Viktorovich")."""
    toks = tokens(name)
    if len(toks) < 3 or not any(is_patronymic(t) for t in toks):
        return False
    return not _split(name)[2]


@lru_cache(maxsize=262144)
def analyse(name: str, kind: Kind | None) -> Analysis:
    """Analyse a name once. With no kind, org rules, unless it reads as a Russian full name."""
    resolved: Kind = kind or ("person" if _looks_like_person(name) else "org")
    texts: list[tuple[str, str]] = [(name, "")]
    if has_han(name):
        texts = [(form, f"reading of {name} as {form}") for form in chinese_readings(name)]
        texts = texts or [(name, "")]
    pinyin = texts[0][1] != ""
    readings = [
        r
        for text, note in texts
        if (
            r := _person_reading(text, note, pinyin)
            if resolved == "person"
            else _org_reading(text, note)
        )
        is not None
    ]
    return Analysis(name, resolved, tuple(readings), has_cyrillic(name))
