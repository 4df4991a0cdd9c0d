"""Typed identifiers from list fields and remarks: INN, OGRN, USCC, LEI, IMO and the rest.

An identifier decides a match before any name does, so a type is only given when the value
proves it: a Russian "Tax ID No." becomes an inn only if it passes the INN checksum, a
"Registration Number" becomes an ogrn or uscc only if it passes theirs. A labelled value that
fails stays what its label says (tax, registration), never a checked type. Checksums come from
rigour.ids (python-stdnum underneath), except the 15-digit OGRNIP, which both get wrong.

OFAC remarks read "Tax ID No. 7707083893 (Russia); Registration Number 1027700132195 (Russia);
Linked To: SBERBANK OF RUSSIA." — parts split on ";", a label, a value, a country in brackets.
"""

from __future__ import annotations

import re
from functools import cache

from rigour.ids import IMO, INN, LEI, OGRN, USCC

from dualtrace import data
from dualtrace.model import Identifier, Link
from dualtrace.sources.lists.base import country_code

CHECKED = frozenset({"inn", "ogrn", "uscc", "lei", "imo"})


def normalise(value: str) -> str:
    """Upper case, no spaces or punctuation inside; "52-1943868" -> "521943868"."""
    value = value.split(",")[0]  # "467323, Doc. 694710": the second part is another document
    return re.sub(r"[\s\-./_:#]", "", value).upper()


def is_inn(value: str) -> bool:
    return len(value) in (10, 12) and value.isdigit() and INN.is_valid(value)


def is_ogrn(value: str) -> bool:
    if not value.isdigit():
        return False
    if len(value) == 15:
        # OGRNIP: the check digit is the last digit of (first 14 digits mod 13); rigour and
        # stdnum compare the whole remainder, so 11 and 12 fail valid numbers.
        return value[0] in "34" and int(value[:14]) % 13 % 10 == int(value[14])
    return len(value) == 13 and OGRN.is_valid(value)


def is_uscc(value: str) -> bool:
    return len(value) == 18 and USCC.is_valid(value)


def is_lei(value: str) -> bool:
    return len(value) == 20 and LEI.is_valid(value)


def imo_number(value: str) -> str | None:
    """The seven digits of a valid ship or company IMO number, without the "IMO" prefix."""
    digits = value.removeprefix("IMO")
    if not (digits.isdigit() and 5 <= len(digits) <= 7):
        return None
    found = IMO.normalize(digits)
    return found.removeprefix("IMO") if found else None


def typed(
    kind: str, value: str, country: str | None = None, origin: str = "field"
) -> Identifier | None:
    """An Identifier for a value a list labels as `kind`, with its type proven where it can be.

    `kind` is a label's kind from data/lists/id_labels.tsv (tax, registration, inn, ogrn, ...)
    or any other type, kept as given. An empty value gives None.
    """
    v = normalise(value)
    if not v or not any(ch.isalnum() for ch in v):
        return None
    ru = country in (None, "RU")
    if kind in ("tax", "inn"):
        if ru and is_inn(v):
            return Identifier("inn", v, "RU", origin)
        return Identifier("tax", v, country, origin)
    if kind in ("registration", "ogrn", "uscc", "okpo"):
        if ru and kind != "okpo" and is_ogrn(v):
            return Identifier("ogrn", v, "RU", origin)
        if country in (None, "CN") and is_uscc(v):
            return Identifier("uscc", v, "CN", origin)
        if kind == "okpo":
            return Identifier("okpo", v, country, origin)
        return Identifier("registration", v, country, origin)
    if kind == "lei":
        return Identifier("lei" if is_lei(v) else "registration", v, country, origin)
    if kind == "imo":
        number = imo_number(v)
        if number is not None:
            return Identifier("imo", number, country, origin)
        return Identifier("registration", v, country, origin)
    return Identifier(kind, v, country, origin)


@cache
def _labels() -> dict[str, str]:
    labels: dict[str, str] = {}
    with data.path("lists", "id_labels.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or line.startswith("label\t") or not line.strip():
                continue
            label, kind = line.rstrip("\n").split("\t")
            labels[label.casefold()] = kind
    return labels


def label_kind(label: str) -> str | None:
    """The kind a field label announces ("Tax ID No." -> tax), or None for an unknown label."""
    return _labels().get(" ".join(label.split()).strip(" :").casefold())


@cache
def _part_pattern() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(label) for label in sorted(_labels(), key=len, reverse=True))
    return re.compile(
        rf"^(?:alt\.\s+)?(?P<label>{alternatives})(?=[\s:#]|$)[\s:#]*(?:No\.\s*)?"
        r"(?P<value>[^();]*?)\s*(?:\((?P<country>[^)]*)\))?(?:\s+(?:issued|expires)\b.*)?\.?$",
        re.IGNORECASE,
    )


_LINKED = re.compile(r"^Linked To:\s*(?P<target>.+?)\.?$", re.IGNORECASE)


def from_remarks(text: str | None) -> tuple[list[Identifier], list[Link]]:
    """The labelled identifiers and "Linked To:" links in a list's free-text remarks."""
    if not text:
        return [], []
    identifiers: list[Identifier] = []
    links: list[Link] = []
    pattern = _part_pattern()
    labels = _labels()
    for raw in text.split(";"):
        part = raw.strip()
        if not part:
            continue
        if part[:9].casefold() == "linked to":
            if match := _LINKED.match(part):
                links.append(Link("linked_to", match.group("target").strip()))
            continue
        match = pattern.match(part)
        if match is None:
            continue
        kind = labels[" ".join(match.group("label").split()).casefold()]
        country = country_code(match.group("country"))
        found = typed(kind, match.group("value"), country, origin="remarks")
        if found is not None and found not in identifiers:
            identifiers.append(found)
    return identifiers, links
