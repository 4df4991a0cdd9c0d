"""Names to tokens: casefold, drop quotes and punctuation, Cyrillic to Latin, and a folding key.

rigour tokenises (quotes «» “” "" and punctuation go, letters and digits stay) and transliterates
Cyrillic. What it does not do is make different romanisations of one Russian word agree: lists
write Техкрим as "Tekhkrim", rigour as "Tehkrim", others "Vector" for Вектор. `fold` maps such
spellings to one key; `spellings` adds a Palladius reading of Cyrillic tokens so that "Шанфу"
also reads as the pinyin "Shangfu".
"""

from __future__ import annotations

import re
from functools import lru_cache

from rigour.names import tokenize_name
from rigour.text import ascii_text
from rigour.text.translit import maybe_ascii

from dualtrace.data import path

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

# Ordered rewrites that make romanisations of one Russian word agree. Each rule is one of the
# alternatives lists actually use: kh/h (Х), ks/x, shch/sch/sh (Щ), -iy/-y/-ii/-ij endings (ий),
# c before a consonant for k (Vector/Vektor), w for v (German-style), doubled consonants.
_FOLD_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"shch|sch", "sh"),
        (r"tch", "ch"),
        (r"kh", "h"),
        (r"x", "ks"),
        (r"ck", "k"),
        (r"c(?=[^aeiouyh]|$)", "k"),
        (r"ph", "f"),
        (r"w", "v"),
        (r"tz", "ts"),
        (r"(?<=[^aeiouy])(?:iy|yy|ij|ii|yi)$", "i"),
        (r"^ye", "e"),
        (r"(?<=.)y", "i"),
        (r"([b-df-hj-np-tv-z])\1", r"\1"),
    )
)


def tokens(text: str) -> list[str]:
    """The name's words, casefolded, without quotes or punctuation, in the script written."""
    return tokenize_name(text.casefold())


def has_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


@lru_cache(maxsize=65536)
def latin(token: str) -> str:
    """One Latin spelling of a token (rigour's transliteration), lower case ASCII."""
    if token.isascii():
        return token
    out = maybe_ascii(token)
    if not out.isascii():
        out = ascii_text(out)
    return out.lower().replace(" ", "")


@lru_cache(maxsize=65536)
def fold(latin_token: str) -> str:
    """A key shared by the usual romanisations of one word ("tekhkrim", "tehkrim" -> "tehkrim")."""
    if latin_token.isdigit() or len(latin_token) < 3:
        return latin_token
    out = latin_token
    for pattern, repl in _FOLD_RULES:
        out = pattern.sub(repl, out)
    return out


@lru_cache(maxsize=1)
def _palladius_rules() -> tuple[tuple[str, str], ...]:
    rules: list[tuple[str, str]] = []
    with path("names", "palladius.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            cyr, _, pin = line.rstrip("\n").partition("\t")
            if cyr == "cyrillic":
                continue
            rules.append((cyr, pin))
    return tuple(rules)


@lru_cache(maxsize=65536)
def palladius(token: str) -> str | None:
    """The pinyin a Cyrillic token spells if read as Chinese (Palladius), else None."""
    if not has_cyrillic(token):
        return None
    out = token
    for cyr, pin in _palladius_rules():
        if cyr in out:
            out = out.replace(cyr, pin)
    reading = latin(out)
    return reading if reading != latin(token) else None


@lru_cache(maxsize=65536)
def spellings(token: str) -> frozenset[str]:
    """The folded keys a token may be compared by: its transliteration, and a Palladius reading."""
    keys = {fold(latin(token))}
    chinese = palladius(token)
    if chinese is not None:
        keys.add(fold(chinese))
    return frozenset(keys)
