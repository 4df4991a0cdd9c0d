"""Names to tokens: casefold, drop quotes and punctuation, Cyrillic to Latin, and a folding key.

rigour tokenises (quotes «» “” "" and punctuation go, letters and digits stay) and transliterates
Cyrillic. What it does not do is make different romanisations of one Russian word agree: lists
write Техкрим as "Tekhkrim", rigour as "Tehkrim", others "Vector" for Вектор. `fold` maps such
spellings to one key; `spellings` adds a Palladius reading of Cyrillic tokens so that "Шанфу"
also reads as the pinyin "Shangfu".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from rigour.names import tokenize_name
from rigour.text import ascii_text
from rigour.text.translit import maybe_ascii

from dualtrace.names.tables import rows

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

# Ordered rewrites that make romanisations of one Russian word agree. Each rule is one of the
# alternatives lists actually use: kh/h (Х), ks/x, shch/sch/sh (Щ), -iy/-y/-ii/-ij endings (ий),
# c before a consonant for k (Vector/Vektor), w for v (German-style), doubled consonants.
# A replacement with a group reference goes through re's Python-level template code on every
# call, matched or not (~40 µs); a function is called only on a match.
_Repl = str | Callable[[re.Match[str]], str]


def _first_group(match: re.Match[str]) -> str:
    return match.group(1)


def _either_group(match: re.Match[str]) -> str:
    return match.group(1) or match.group(2)


# Each rule with the letters it needs ("" for any word): a rule whose letters are not in the
# word cannot match, and a substring test is far cheaper than a regex pass.
_FOLD_RULES: tuple[tuple[re.Pattern[str], _Repl, tuple[str, ...]], ...] = tuple(
    (re.compile(pattern), repl, needs)
    for pattern, repl, needs in (
        (r"shch|sch", "sh", ("ch",)),
        (r"tch", "ch", ("tch",)),
        (r"kh", "h", ("kh",)),
        (r"x", "ks", ("x",)),
        (r"ck", "k", ("ck",)),
        (r"c(?=[^aeiouyh]|$)", "k", ("c",)),
        (r"ph", "f", ("ph",)),
        (r"w", "v", ("w",)),
        (r"tz", "ts", ("tz",)),
        (r"(?<=[^aeiouy])(?:iy|yy|ij|ii|yi)$", "i", ("i", "y")),
        (r"^ye", "e", ("ye",)),
        (r"(?<=.)y", "i", ("y",)),
        (r"([b-df-hj-np-tv-z])\1", _first_group, ("",)),
    )
)


# A coarser key on top of `fold`, agnostic of the romanisation system (BGN/PCGN, ICAO, GOST
# 7.79, informal English, German): every spelling a system gives one Cyrillic letter becomes one
# letter here. ц ts/tz/cz/c(e,i), х kh/h (GOST "x" is tried both as х and as ks), щ shch/sch/shh,
# ш sh, ч ch/tch/tsch, й/ы/ю/я y/i/j + vowel, ъ ie (ICAO) dropped, doubled letters single; the
# -sky/-skiy/-skii/-skij endings then agree by themselves. Only ever an extra key.
_SKELETON_RULES: tuple[tuple[re.Pattern[str], _Repl, tuple[str, ...]], ...] = tuple(
    (re.compile(pattern), repl, needs)
    for pattern, repl, needs in (
        (r"schtsch|shch", "sh", ("ch",)),
        (r"tsch|tch", "ch", ("ch",)),
        (r"shh|sch", "sh", ("shh", "sch")),
        (r"kh", "h", ("kh",)),
        (r"cz|tz|c(?=[eiyj])", "ts", ("c", "tz")),
        (r"ck|c(?!h)", "k", ("c",)),
        (r"ph", "f", ("ph",)),
        (r"w", "v", ("w",)),
        (r"[yj]", "i", ("y", "j")),
        (r"(?<=[aeiou])i(?=[aeou])", "", ("i",)),
        (r"ie", "e", ("ie",)),
        (r"([b-df-hj-np-tv-z])\1+|([aeou])\2+", _either_group, ("",)),
        (r"ii$", "i", ("ii",)),
        (r"(?<=[^aeiou])i$", "i", ("i",)),
    )
)


# Russian adjective and -tsiya noun endings, on a skeleton: severnyy/severnaya/severnoye/
# severnogo/severnykh all become "severn", rossiyskoy/rossiyskaya "rosisk", federatsii/federatsiya
# "federats". Only for long enough words ending so, and only ever an extra key.
_RUSSIAN_ENDING = re.compile(r"(?:(?<=[nk])|(?<=ts))(?:aia|oe|ogo|omu|ih|oi|ii|ia|a|i|e|o)$")
_MIN_STEM = 5
_GERMAN_CH = re.compile(r"(?<![ts])ch")


def _stem(skeleton: str) -> str | None:
    found = _RUSSIAN_ENDING.search(skeleton)
    if found is None or found.start() < _MIN_STEM:
        return None
    stem = skeleton[: found.start()]
    if stem.endswith("k") and not stem.endswith("sk"):
        return None  # -k- adjectives are -sk- ones (rossiysk-); others are nouns (Rostek)
    return stem


@lru_cache(maxsize=262144)
def skeleton(latin_token: str) -> str:
    """The system-agnostic key of a Latin token (see _SKELETON_RULES)."""
    return _rewrite(latin_token, _SKELETON_RULES)


def _rewrite(text: str, rules: tuple[tuple[re.Pattern[str], _Repl, tuple[str, ...]], ...]) -> str:
    for pattern, repl, needs in rules:
        if any(part in text for part in needs):
            text = pattern.sub(repl, text)
    return text


def tokens(text: str) -> list[str]:
    """The name's words, casefolded, without quotes or punctuation, in the script written."""
    return tokenize_name(text.casefold())


def has_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


@lru_cache(maxsize=1)
def _russian_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cyr, lat in rows("cyrillic_latin.tsv"):
        table[ord(cyr)] = lat
    return table


@lru_cache(maxsize=262144)
def latin(token: str) -> str:
    """One Latin spelling of a token (rigour's transliteration), lower case ASCII."""
    if token.isascii():
        return token
    table = _russian_table()
    # Russian letters, or Russian letters mixed with lower-case Latin ones (palladius gives
    # "wектор", "yiскра"): the table reads either as rigour does (checked over 57,000 random
    # such words), where rigour takes 100 µs to several ms on a mixed word
    if all(ord(ch) in table or "a" <= ch <= "z" for ch in token):
        if token.endswith(("ий", "ый")):  # rigour's one context rule for these letters
            return token[:-2].translate(table) + "y"
        return token.translate(table)
    out = maybe_ascii(token)
    if not out.isascii():
        out = ascii_text(out)
    return out.lower().replace(" ", "")


@lru_cache(maxsize=262144)
def fold(latin_token: str) -> str:
    """A key shared by the usual romanisations of one word ("tekhkrim", "tehkrim" -> "tehkrim")."""
    if latin_token.isdigit() or len(latin_token) < 3:
        return latin_token
    return _rewrite(latin_token, _FOLD_RULES)


@lru_cache(maxsize=1)
def _palladius_rules() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(rules for a token's start, written "^ю"; rules anywhere), each in table order."""
    table = [(cyr, pin) for cyr, pin in rows("palladius.tsv")]
    starts = tuple((cyr[1:], pin) for cyr, pin in table if cyr.startswith("^"))
    return starts, tuple((cyr, pin) for cyr, pin in table if not cyr.startswith("^"))


@lru_cache(maxsize=262144)
def palladius(token: str) -> str | None:
    """The pinyin a Cyrillic token spells if read as Chinese (Palladius), else None."""
    if not has_cyrillic(token):
        return None
    out = token
    starts, anywhere = _palladius_rules()
    for cyr, pin in starts:  # a syllable's vowel letter at the start: Ю you, У wu, Е ye
        if out.startswith(cyr):
            out = pin + out[len(cyr) :]
            break
    for cyr, pin in anywhere:
        if cyr in out:
            out = out.replace(cyr, pin)
    reading = latin(out)
    return reading if reading != latin(token) else None


# German and French spellings of Russian names, rewritten to English-style ones before the
# skeleton: Sacharowa = Zakharova, Tschemesow = Chemezov, Chostakovitch = Shostakovich. Only for
# tokens that show the system (w, sch, tsch, -ow; ou, tch, -ine), and only as an extra key.
_GERMAN_SIGNS = re.compile(r"w|sch|tsch|[^st]ch|ow$|ew$|j[aeou]")
_GERMAN_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"tsch", "\x00"),  # ч, held apart until the lone ch (х) is rewritten
        (r"sch", "sh"),
        (r"(?<![cs])ch", "kh"),
        ("\x00", "ch"),
        (r"w", "v"),
        (r"z", "ts"),
        (r"^s(?=[aeiouy])|(?<=[aeiouy])s(?=[aeiouy])", "z"),
        (r"ss", "s"),
        (r"j", "y"),
    )
)
_FRENCH_SIGNS = re.compile(r"ou|tch|ine$")
_FRENCH_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"tch", "\x00"),
        (r"(?<![ckst])ch", "sh"),
        ("\x00", "ch"),
        (r"ou", "u"),
        (r"(?<=[aeiouy])s(?=[aeiouy])", "z"),
        (r"ss", "s"),
        (r"ine$", "in"),
    )
)


@lru_cache(maxsize=262144)
def foreign_readings(latin_token: str) -> tuple[str, ...]:
    """English-style readings of a German or French spelling of a Russian word (may be none)."""
    out: list[str] = []
    for signs, rules in ((_GERMAN_SIGNS, _GERMAN_RULES), (_FRENCH_SIGNS, _FRENCH_RULES)):
        if signs.search(latin_token):
            text = latin_token
            for pattern, repl in rules:
                text = pattern.sub(repl, text)
            if text != latin_token:
                out.append(text)
    return tuple(out)


@lru_cache(maxsize=1)
def _loanwords() -> dict[str, frozenset[str]]:
    """Skeleton of a Cyrillic loanword's transliteration -> keys of the English word it spells."""
    table: dict[str, frozenset[str]] = {}
    for cols in rows("ru_loanwords.tsv"):
        english = latin(cols[1].casefold())
        keys = frozenset({fold(english), skeleton(english)})
        table[skeleton(latin(cols[0].casefold()))] = keys
    return table


@lru_cache(maxsize=262144)
def spellings(token: str) -> frozenset[str]:
    """The keys a token may be compared by: its folded transliteration, a system-agnostic
    skeleton, and a Palladius reading of Cyrillic."""
    lat = latin(token)
    keys = {fold(lat)}
    if len(lat) >= 4 and not lat.isdigit():
        skeletons = {skeleton(lat)}
        if "x" in lat:  # GOST writes х as x: Texkrim = Tekhkrim
            skeletons.add(skeleton(lat.replace("x", "h")))
        if _GERMAN_CH.search(lat):  # German writes х as ch: Michail = Mikhail
            skeletons.add(skeleton(_GERMAN_CH.sub("h", lat)))
        for reading in foreign_readings(lat):
            skeletons.add(skeleton(reading))
        keys |= skeletons
        for sk in skeletons:  # хайтек, Khaitek: the English word it spells (hitech)
            keys |= _loanwords().get(sk, frozenset())
        stems = {stem for sk in skeletons if (stem := _stem(sk)) is not None}
        keys |= stems
        # a place's adjective also reads as the place: Uralskiy -> Ural (Izhevskiy keeps izhevsk)
        keys |= {s[:-2] for s in stems if s.endswith("sk") and len(s) >= 6}
    chinese = palladius(token)
    if chinese is not None:
        keys.add(fold(chinese))
    return frozenset(keys)
