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

from dualtrace.names.legal_forms import NOT_FORMS, LegalForm, split_legal_forms
from dualtrace.names.normalise import fold, has_cyrillic, latin, skeleton, spellings, tokens
from dualtrace.names.persons import is_patronymic, person_parts
from dualtrace.names.phrases import alias_table, find, han_aliases, phrase_table
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
    # a run of pinyin syllables (Hongyuan): pinyin has one spelling per syllable, so another
    # such word one letter off (Hongyun) is another name, not a slip
    pinyin: bool = False


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
    for cols in rows("zh_places.tsv"):  # Chinese places as firms spell them: Yantai, Xi'an
        place = cols[1].casefold().replace("'", "")
        if place != "-" and place.isalpha():
            table.setdefault(fold(place), ("place", fold(place)))
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


def simplified_han(name: str) -> str:
    """The name's characters in simplified form (to look for an alias's characters in)."""
    module = _chinese()
    return str(module.simplified_han(name)) if module is not None else name


def pinyin_as_english(name: str) -> list[str]:
    """A Latin name's pinyin company words read as English ("Kongjian Keji" -> "Space
    Technology"); [] when it has none."""
    module = _chinese()
    if module is None:
        return []
    return [str(form) for form in module.pinyin_as_english(name)]


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
    return Token(text, lat, keys, kind, "", weight, exact, _is_pinyin(lat))


def _is_pinyin(word: str) -> bool:
    module = _chinese()
    return len(word) >= 5 and module is not None and bool(module.is_pinyin(word))


# "38th", "2nd": an ordinal is its number (the 38th Research Institute is No. 38)
_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")
_ORDINAL_WORDS = {
    w: str(n)
    for n, w in enumerate(
        ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"), 1
    )
} | {"tenth": "10"}
# pinyin numerals after di (第): "Di Er" 2nd, "Di Sanshiba" 38th, "Di Shisi" 14th
_PINYIN_DIGIT = {"ling": 0, "yi": 1, "er": 2, "liang": 2, "san": 3, "si": 4, "wu": 5}
_PINYIN_DIGIT |= {"liu": 6, "qi": 7, "ba": 8, "jiu": 9}
_PINYIN_NUMERAL = re.compile(r"(?:ling|yi|er|liang|san|si|wu|liu|qi|ba|jiu|shi|bai)+")
_PINYIN_SYLLABLE = re.compile(r"ling|yi|er|liang|san|si|wu|liu|qi|ba|jiu|shi|bai")


def _pinyin_number(text: str) -> str | None:
    if text.isdigit():
        return text
    if not _PINYIN_NUMERAL.fullmatch(text):
        return None
    total, current = 0, 0
    for syllable in _PINYIN_SYLLABLE.findall(text):
        if syllable == "bai":
            total, current = total + (current or 1) * 100, 0
        elif syllable == "shi":
            total, current = total + (current or 1) * 10, 0
        else:
            current = _PINYIN_DIGIT[syllable]
    return str(total + current)


@lru_cache(maxsize=65536)
def _ordinal(tok: str) -> str:
    return m.group(1) if (m := _ORDINAL.fullmatch(tok)) else _ORDINAL_WORDS.get(tok, tok)


def _numbers(toks: list[str]) -> tuple[list[str], frozenset[str]]:
    out: list[str] = []
    at = 0
    while at < len(toks):
        tok = toks[at]
        if tok == "di" and at + 1 < len(toks):
            number = _pinyin_number(toks[at + 1])
            if number is not None:
                out.append(number)
                at += 2
                continue
        out.append(_ordinal(tok))
        at += 1
    words = [t for t in out if not t.isdigit()]
    return words or out, frozenset(t.lstrip("0") or "0" for t in out if t.isdigit())


# NPO in a listed name is Russian НПО (research and production association), not a non-profit
# (rigour's reading): a word of the name, as НПО is.
_NOT_FORMS = NOT_FORMS


@lru_cache(maxsize=1024)
def _split(text: str) -> tuple[list[str], list[str], tuple[LegalForm, ...]]:
    """A text's words, and the words left once legal forms are set apart (worked out once for
    both the person test and the org reading of a name; callers must not change the lists)."""
    toks = tokens(text)
    rest, forms = split_legal_forms(toks) if toks else ([], ())
    kept = tuple(f for f in forms if f.text not in _NOT_FORMS)
    if len(kept) < len(forms):
        rest = [f.text for f in forms if f.text in _NOT_FORMS] + rest
    return toks, rest, kept


# "Spacety Co., Ltd. (Changsha)": a seat in brackets after the legal form reads as a prefix
_SEAT = re.compile(r"^(.*\S)\s*\(([^()]+)\)\s*$")
# "Shenyang Aircraft Industry (Group)": a kind of organisation in brackets is no seat
_NOT_SEATS = frozenset({"group", "holding", "holdings", "集团", "控股"})


@lru_cache(maxsize=4096)
def _phrase_token(word: str, written: str) -> Token:
    found = _token(word, None)
    return Token(written, written, found.keys, found.kind, found.same_as, found.weight)


@lru_cache(maxsize=4096)
def _alias_token(alias: str, written: str) -> Token:
    return Token(written, written, frozenset({ALIAS + alias}), "distinct", "", _ALIAS_WEIGHT)


ALIAS = "@"  # an alias token's one key: "@" and the alias's id in aliases.tsv
_ALIAS_WEIGHT = 6.0


def _merged(toks: list[Token], table_kind: str, han: str) -> tuple[list[Token], str]:
    """`toks` with runs that a phrase (or alias) spells made one token; and the unit a number
    after an alias names, if one did."""
    table = phrase_table() if table_kind == "phrase" else alias_table()
    spans = find([t.keys for t in toks], table, han)
    if not spans:
        return toks, ""
    out: list[Token] = []
    unit = ""
    at = 0
    for span in spans:
        out.extend(toks[at : span.start])
        written = " ".join(t.latin for t in toks[span.start : span.end])
        if table_kind == "phrase":
            out.append(_phrase_token(span.target, written))
        else:
            out.append(_alias_token(span.target, written))
            unit = unit or span.unit
        at = span.end
    out.extend(toks[at:])
    return out, unit


def _typed(words: list[str], numbers: frozenset[str], han: str) -> tuple[Token, ...]:
    toks, _ = _merged([_token(t, None) for t in words], "phrase", han)
    toks, unit = _merged(toks, "alias", han)
    if unit and numbers:  # "CETC 38": the 38th Research Institute
        named = _typed(tokens(unit), frozenset(), "")
        if not any(t in toks for t in named):
            toks.extend(named)
    return tuple(toks)


def _org_reading(text: str, note: str, han: str = "") -> Reading | None:
    seat = _SEAT.match(text)
    if seat is not None and seat.group(2).strip().casefold() not in _NOT_SEATS:
        text = f"{seat.group(2)} {seat.group(1)}"
    toks, rest, forms = _split(text)
    if not toks:
        return None
    words, numbers = _numbers(rest)
    typed = _typed(words, numbers, han)
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


def _same(a: Reading, b: Reading) -> bool:
    return (
        a.signature == b.signature
        and a.numbers == b.numbers
        and {f.family for f in a.forms} == {f.family for f in b.forms}
    )


def _han_alias_readings(name: str, han: str) -> list[tuple[str, str]]:
    """Readings with a known alias's characters read as the alias ("国防科大" as NUDT)."""
    for chars, alias in han_aliases():
        if chars in han:
            rest = han.replace(chars, f" {alias} ", 1).strip()
            note = f"reading of {name} with {chars} = {alias} (aliases.tsv)"
            forms = chinese_readings(rest) if has_han(rest) else [rest]
            return [(form, note) for form in forms]
    return []


@lru_cache(maxsize=262144)
def analyse(name: str, kind: Kind | None) -> Analysis:
    """Analyse a name once. With no kind, org rules, unless it reads as a Russian full name."""
    resolved: Kind = kind or ("person" if _looks_like_person(name) else "org")
    texts: list[tuple[str, str]] = [(name, "")]
    han = ""
    if has_han(name):
        texts = [(form, f"reading of {name} as {form}") for form in chinese_readings(name)]
        texts = texts or [(name, "")]
        han = simplified_han(name)
        texts += _han_alias_readings(name, han)
    elif resolved == "org" and name.isascii():
        texts += [(form, f"pinyin read as {form}") for form in pinyin_as_english(name)]
    pinyin = texts[0][1] != ""
    readings: list[Reading] = []
    for text, note in texts:
        if resolved == "person":
            reading = _person_reading(text, note, pinyin)
        else:
            reading = _org_reading(text, note, han)
        if reading is not None and all(not _same(r, reading) for r in readings):
            readings.append(reading)
    return Analysis(name, resolved, tuple(readings), has_cyrillic(name))
