"""OFAC's legacy SDN CSVs: sdn.csv (one row per entity), alt.csv (names), add.csv (addresses).

The files have no header, write `-0-` for an empty field and end with a DOS end-of-file byte;
alt and add rows join their entity on ent_num. An alt or add row whose entity sdn.csv lacks
(the files are published apart and can be of different days) is reported once per entity,
not fatal. Given a folder or any one of the three files, the other two are found beside it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from pathlib import Path

from dualtrace import data
from dualtrace.model import Alias, Link, ListEntry, ListSchema
from dualtrace.sources.errors import SourceError
from dualtrace.sources.lists.base import (
    ListRead,
    add_country,
    clean,
    csv_rows,
    decode_lenient,
    iso_date,
    problem,
    read_bytes,
)
from dualtrace.sources.lists.identifiers import from_remarks

LIST_ID = "us_ofac_sdn"
AUTHORITY = "US OFAC"
NAMES = ("sdn.csv", "alt.csv", "add.csv")
_EMPTY = "-0-"
_TYPES: dict[str, ListSchema] = {"individual": "Person", "vessel": "Vessel", "aircraft": "Airplane"}
_DOB = re.compile(r"^(?:alt\.\s+)?DOB\s+(?:circa\s+)?(?P<date>[^;]*?)(?:\s+to\s+.*)?\.?$", re.I)
_NATION = re.compile(r"^(?:alt\.\s+)?(?:nationality|citizen)\s+(?P<country>.+?)\.?$", re.I)


def files_of(path: Path) -> dict[str, Path]:
    """sdn/alt/add paths for a folder or one of the files; names match case-insensitively."""
    folder = path if path.is_dir() else path.parent
    found: dict[str, Path] = {}
    try:
        for child in folder.iterdir():
            if child.name.lower() in NAMES:
                found[child.name.lower()[:3]] = child
    except OSError as error:
        raise SourceError(folder, f"cannot list folder: {error.strerror or error}") from None
    return found


def is_ofac_file(path: Path) -> bool:
    return path.name.lower() in NAMES


def _value(text: str) -> str:
    text = clean(text)
    return "" if text == _EMPTY else text


@cache
def _company_words() -> re.Pattern[str]:
    words = []
    with data.path("lists", "company_words.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            word = line.strip()
            if word and not word.startswith("#") and word != "word":
                words.append(re.escape(word))
    words.sort(key=len, reverse=True)
    return re.compile(rf"(?<![\w.])(?:{'|'.join(words)})(?![\w])", re.IGNORECASE)


def judge_schema(sdn_type: str, name: str, has_company_id: bool) -> ListSchema:
    """Person, Vessel and Airplane as OFAC types them; an untyped entry is a Company when its
    name carries a legal form or it has a company identifier, else an Organization."""
    known = _TYPES.get(sdn_type.lower())
    if known is not None:
        return known
    if has_company_id or _company_words().search(name):
        return "Company"
    return "Organization"


def _programs(text: str) -> list[str]:
    # Several programs are written "SDGT] [IRGC" inside one field.
    return [p for p in (clean(x.strip("[] ")) for x in text.split("]")) if p]


def _apply_remarks(entry: ListEntry, remarks: str) -> None:
    entry.identifiers, entry.links = from_remarks(remarks)
    for raw in remarks.split(";"):
        part = raw.strip()
        if match := _DOB.match(part):
            born = iso_date(match.group("date"))
            if born and born not in entry.birth_dates:
                entry.birth_dates.append(born)
        elif match := _NATION.match(part):
            add_country(entry.countries, match.group("country"))


def _read_sdn(path: Path, read: ListRead) -> dict[str, ListEntry]:
    entries: dict[str, ListEntry] = {}
    text = decode_lenient(read_bytes(path))
    source = str(path)
    for line, row in csv_rows(text, path, read.problems):
        if len(row) == 1 and row[0].strip(" \x1a") == "":
            continue  # the DOS end-of-file byte and blank lines
        if len(row) != 12:
            read.problems.append(problem(path, line, f"expected 12 columns, found {len(row)}"))
            read.skipped += 1
            continue
        ent_num, name, sdn_type, program, _title, _call, _vtype, _ton, _grt, flag, owner, rem = (
            _value(v) for v in row
        )
        if not ent_num.isdigit() or not name:
            why = "no entity number" if not ent_num.isdigit() else "no name"
            read.problems.append(problem(path, line, f"{why}; row skipped"))
            read.skipped += 1
            continue
        entry = ListEntry(
            list_id=LIST_ID,
            entry_id=ent_num,
            schema="Organization",
            name=name,
            programs=_programs(program),
            authority=AUTHORITY,
            remarks=rem or None,
            source_file=source,
            source_line=line,
        )
        if rem:
            _apply_remarks(entry, rem)
        add_country(entry.countries, flag)
        if owner:
            entry.links.append(Link("owned_by", owner))
        company_id = any(i.type in ("inn", "ogrn", "uscc", "lei") for i in entry.identifiers)
        entry.schema = judge_schema(sdn_type, name, company_id)
        if ent_num in entries:
            read.problems.append(problem(path, line, f"entity {ent_num} listed twice; kept last"))
        entries[ent_num] = entry
    return entries


def _read_children(path: Path, kind: str, entries: dict[str, ListEntry], read: ListRead) -> None:
    text = decode_lenient(read_bytes(path))
    width = 5 if kind == "alt" else 6
    orphans: dict[str, list[int]] = defaultdict(list)
    orphan_names: dict[str, str] = {}
    for line, row in csv_rows(text, path, read.problems):
        if len(row) == 1 and row[0].strip(" \x1a") == "":
            continue
        if len(row) != width:
            read.problems.append(problem(path, line, f"expected {width} columns, found {len(row)}"))
            read.skipped += 1
            continue
        values = [_value(v) for v in row]
        ent_num = values[0]
        entry = entries.get(ent_num)
        if entry is None:
            orphans[ent_num].append(line)
            orphan_names.setdefault(ent_num, values[3] if kind == "alt" else values[2])
            read.skipped += 1
            continue
        if kind == "alt":
            _, _, alt_type, alt_name, _ = values
            if alt_name:
                entry.aliases.append(Alias(alt_name, (alt_type or "aka").lower().strip(".")))
        else:
            _, _, street, city, country, _ = values
            address = ", ".join(p for p in (street, city, country) if p)
            if address and address not in entry.addresses:
                entry.addresses.append(address)
            add_country(entry.countries, country)
    noun = "alias" if kind == "alt" else "address"
    for ent_num, lines in orphans.items():
        count = f"{len(lines)} {noun}{'es' if len(lines) > 1 else ''}"
        read.problems.append(
            problem(
                path,
                lines[0],
                f"{count} for entity {ent_num} ({orphan_names.get(ent_num) or 'no name'}), "
                f"which sdn.csv does not list; skipped",
            )
        )


def read(path: Path) -> ListRead:
    """The SDN list from a folder holding sdn.csv (alt.csv and add.csv beside it are joined)."""
    path = Path(path)
    if not path.exists():
        raise SourceError(path, "no such file or folder")
    files = files_of(path)
    if "sdn" not in files:
        raise SourceError(path, "no sdn.csv here: the OFAC list needs sdn.csv (alt, add optional)")
    result = ListRead()
    entries = _read_sdn(files["sdn"], result)
    result.files.append(str(files["sdn"]))
    for kind in ("alt", "add"):
        if kind in files:
            _read_children(files[kind], kind, entries, result)
            result.files.append(str(files[kind]))
    _resolve_links(entries)
    result.entries = list(entries.values())
    return result


def _resolve_links(entries: dict[str, ListEntry]) -> None:
    by_name: dict[str, str] = {}
    for entry in entries.values():
        by_name.setdefault(entry.name.casefold(), entry.entry_id)
    for entry in entries.values():
        for alias in entry.aliases:
            by_name.setdefault(alias.name.casefold(), entry.entry_id)
    for entry in entries.values():
        if entry.links:
            entry.links = [
                Link(link.relation, link.target, by_name.get(link.target.casefold()))
                for link in entry.links
            ]
