"""What every list reader shares: the result type, country names, dates, and CSV rows that
survive a bad byte.

A reader returns the entries it could read and one "file:line: reason" problem for each row it
skipped or read only in part; a file that cannot be read at all raises SourceError instead.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from dualtrace import data
from dualtrace.model import ListEntry
from dualtrace.sources.errors import SourceError

MAX_LIST_BYTES = (
    2 * 1024 * 1024 * 1024
)  # a consolidated list is tens of MB; this stops a wrong path


@dataclass(slots=True)
class ListRead:
    """The entries read from one list file (or one OFAC folder), and what was skipped."""

    entries: list[ListEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # every file that went into the entries
    skipped: int = 0  # rows left out entirely (a partly read row is a problem, not skipped)


def problem(path: str | Path, line: int | None, reason: str) -> str:
    return str(SourceError(path, reason, line))


def read_bytes(path: Path) -> bytes:
    """The whole file, or a SourceError naming why not."""
    try:
        if path.is_dir():
            raise SourceError(path, "is a folder, not a file")
        size = path.stat().st_size
        if size > MAX_LIST_BYTES:
            raise SourceError(path, f"file too large ({size / 1024 / 1024:.0f} MB)")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(path, "no such file") from None
    except OSError as error:
        raise SourceError(path, f"cannot read: {error.strerror or error}") from None
    if not raw.strip(b" \t\r\n\x1a\xef\xbb\xbf"):
        raise SourceError(path, "empty file")
    return raw


# --- countries ----------------------------------------------------------------------------------


@cache
def _country_names() -> dict[str, str]:
    # rigour's exact territory names and codes, not its fuzzy lookup: that one costs three
    # seconds on first use, longer than reading the whole OFAC list.
    from rigour.territories import get_territories

    names: dict[str, str] = {}
    for territory in get_territories():
        if len(territory.code) != 2:
            continue  # sub-national codes such as us-nd are not countries
        code = territory.code.upper()
        for name in (territory.name, territory.full_name, *territory.codes):
            names.setdefault(name.casefold(), code)
    with data.path("lists", "countries.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or line.startswith("name\t") or not line.strip():
                continue
            name, code = line.rstrip("\n").split("\t")
            names[name.casefold()] = "" if code == "-" else code
    return names


def country_code(text: str | None) -> str | None:
    """ISO 3166-1 alpha-2 for a country name or code as lists write them, else None."""
    if not text:
        return None
    key = " ".join(text.split()).strip(" .").casefold()
    if not key:
        return None
    return _country_names().get(key) or None


def add_country(countries: list[str], text: str | None) -> None:
    code = country_code(text)
    if code and code not in countries:
        countries.append(code)


# --- dates --------------------------------------------------------------------------------------

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T.*)?$")
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_D_MON_Y = re.compile(r"^(?:(\d{1,2})\s+)?([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$")


def _checked(y: int, m: int | None, d: int | None) -> str | None:
    try:
        if m is None:
            return f"{y:04d}" if 1000 <= y <= 2999 else None
        if d is None:
            date(y, m, 1)
            return f"{y:04d}-{m:02d}"
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def iso_date(text: str | None) -> str | None:
    """An ISO date ("2022-02-24", "2022-02" or "2022") from the spellings lists use:
    ISO, dd/mm/yyyy (UK, EU), "24 Feb 2022" (OFAC); zero day or month means unknown."""
    if not text:
        return None
    text = text.strip()
    if match := _ISO.match(text):
        y, m, d = (int(g) if g else None for g in match.groups())
        if m == 0:
            m = d = None
        if d == 0:
            d = None
        return _checked(y or 0, m, d)
    if match := _DMY.match(text):
        d, m, y = (int(g) for g in match.groups())
        if m == 0:
            return _checked(y, None, None)
        return _checked(y, m, d or None)
    if match := _D_MON_Y.match(text):
        month = _MONTHS.get(match.group(2).lower())
        if month is None:
            return None
        day = int(match.group(1)) if match.group(1) else None
        return _checked(int(match.group(3)), month, day)
    return None


# --- text and CSV -------------------------------------------------------------------------------


def clean(text: str | None) -> str:
    """One line, single spaces; lists pad fields and wrap long names."""
    return " ".join(text.split()) if text else ""


def decode_lenient(raw: bytes) -> str:
    """UTF-8 with any invalid byte kept as a surrogate, so one bad row can be reported by line
    and repaired while every other row reads normally."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return raw.decode("utf-8", errors="surrogateescape")


_SURROGATE = re.compile("[\udc80-\udcff]")


def repair(text: str) -> tuple[str, str | None]:
    """Text with undecodable bytes read as Windows-1252 (the usual culprit in a list edited by
    hand), and the reason to report, or the text unchanged and None."""
    match = _SURROGATE.search(text)
    if match is None:
        return text, None
    byte = ord(match.group()) - 0xDC00
    fixed = text.encode("utf-8", errors="surrogateescape").decode("cp1252", errors="replace")
    return fixed, f"invalid UTF-8 (byte 0x{byte:02x}); row read as Windows-1252"


def csv_rows(text: str, path: Path, problems: list[str]) -> Iterator[tuple[int, list[str]]]:
    """(first line, fields) of each CSV row; a row with an invalid byte is repaired and
    reported, a row the csv module cannot parse is reported and skipped."""
    reader = csv.reader(io.StringIO(text, newline=""))
    damaged = _SURROGATE.search(text) is not None
    line = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            problems.append(problem(path, reader.line_num, f"bad CSV: {error}"))
            line = reader.line_num + 1
            continue
        start, line = line, reader.line_num + 1
        if damaged and _SURROGATE.search("\x00".join(row)):
            fixed = []
            reason: str | None = None
            for value in row:
                value, why = repair(value)
                reason = reason or why
                fixed.append(value)
            row = fixed
            problems.append(problem(path, start, reason or "invalid UTF-8"))
        yield start, row


_LABELS = {
    "us_ofac_sdn": "OFAC SDN",
    "us_ofac_cons": "OFAC Consolidated (non-SDN)",
    "eu_fsf": "EU Financial Sanctions",
    "gb_sanctions": "UK Sanctions List",
    "us_csl": "US Consolidated Screening List",
}


def list_label(list_id: str) -> str:
    """The name a person knows a list by ("OFAC SDN"); FtM datasets keep their own name."""
    if list_id.startswith("ftm:"):
        return f"FollowTheMoney {list_id[4:]}"
    return _LABELS.get(list_id, list_id)
