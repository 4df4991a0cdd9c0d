"""The UK Sanctions List as the FCDO publishes it, CSV or XML.

CSV: a "Report Date: ..." line, then a header (Last Updated, Unique ID, OFSI Group ID, Name 6,
Name 1..5, Name type, Alias strength, Name non-latin script, Regime Name, Designation Type,
Date Designated, D.O.B, Nationality(/ies), Business registration number (s), IMO number, ...),
then one row per name or address of an entry; rows sharing a Unique ID are one entry.
XML: Designations/Designation with the same fields as elements (UniqueID, Names/Name, ...).
Name 6 is the surname or the whole name of an entity; Name 1-5 are given names.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from rigour.langs import iso_639_alpha2

from dualtrace.model import Alias, ListEntry, ListSchema
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
from dualtrace.sources.lists.identifiers import from_remarks, typed
from dualtrace.sources.lists.ofac_csv import judge_schema
from dualtrace.sources.lists.xmlstream import records

LIST_ID = "gb_sanctions"
AUTHORITY = "UK FCDO"
_TYPES: dict[str, ListSchema] = {"individual": "Person", "ship": "Vessel"}
_COMPANY_IDS = frozenset({"inn", "ogrn", "uscc", "lei", "registration", "tax"})


def _full_name(given: Iterable[str | None], surname: str | None) -> str:
    return clean(" ".join(p for p in (*given, surname) if p and clean(p)))


def _lang(text: str | None) -> str | None:
    return iso_639_alpha2(text.strip()) if text and text.strip() else None


class _Builder:
    """Collects the rows (or elements) of one entry."""

    def __init__(self, entry_id: str, line: int, source: str) -> None:
        self.entry = ListEntry(LIST_ID, entry_id, "Organization", "", authority=AUTHORITY)
        self.entry.source_file, self.entry.source_line = source, line
        self.kind = ""
        self.notes: list[str] = []

    def name(self, full: str, name_type: str, strength: str) -> None:
        if not full:
            return
        primary = name_type.lower().startswith("primary name") and "variation" not in name_type
        if primary and not self.entry.name:
            self.entry.name = full
            return
        weak = "low" in strength.lower()
        alias = Alias(full, "weak" if weak else "aka")
        if full != self.entry.name and alias not in self.entry.aliases:
            self.entry.aliases.append(alias)

    def original(self, text: str | None, language: str | None) -> None:
        full = clean(text)
        if full and all(a.name != full for a in self.entry.aliases):
            self.entry.aliases.append(Alias(full, "original", _lang(language)))

    def program(self, text: str | None) -> None:
        value = clean(text)
        if value and value not in self.entry.programs:
            self.entry.programs.append(value)

    def ident(self, kind: str, text: str | None) -> None:
        for value in clean(text).split("|") if text else []:
            found = typed(kind, value) if clean(value) else None
            if found is not None and found not in self.entry.identifiers:
                self.entry.identifiers.append(found)

    def address(self, parts: Iterable[str | None], country: str | None) -> None:
        text = ", ".join(clean(p) for p in (*parts, country) if clean(p))
        if text and text not in self.entry.addresses:
            self.entry.addresses.append(text)
        add_country(self.entry.countries, country)

    def finish(self) -> ListEntry | None:
        entry = self.entry
        if not entry.name:
            if not entry.aliases:
                return None
            entry.name = entry.aliases.pop(0).name
        notes = clean(" ".join(dict.fromkeys(self.notes)))
        entry.remarks = notes or None
        if notes:
            more, links = from_remarks(notes)
            entry.identifiers += [i for i in more if i not in entry.identifiers]
            entry.links += links
        known = _TYPES.get(self.kind.lower())
        if known is not None:
            entry.schema = known
        else:
            company = any(i.type in _COMPANY_IDS for i in entry.identifiers)
            entry.schema = judge_schema("", entry.name, company)
        return entry


# --- CSV ----------------------------------------------------------------------------------------


def _read_csv(path: Path, result: ListRead) -> None:
    text = decode_lenient(read_bytes(path))
    header: list[str] | None = None
    builders: dict[str, _Builder] = {}
    for line, row in csv_rows(text, path, result.problems):
        if header is None:
            if "Unique ID" in (clean(c) for c in row):
                header = [clean(c) for c in row]
            continue
        if not any(clean(c) for c in row):
            continue
        if len(row) != len(header):
            result.problems.append(
                problem(path, line, f"expected {len(header)} columns, found {len(row)}")
            )
            result.skipped += 1
            continue
        get = dict(zip(header, row, strict=True)).get
        entry_id = clean(get("Unique ID"))
        if not entry_id:
            result.problems.append(problem(path, line, "no Unique ID; row skipped"))
            result.skipped += 1
            continue
        b = builders.get(entry_id)
        if b is None:
            b = builders[entry_id] = _Builder(entry_id, line, str(path))
        b.kind = b.kind or clean(get("Designation Type"))
        given = [get(f"Name {i}") for i in range(1, 6)]
        b.name(
            _full_name(given, get("Name 6")), clean(get("Name type")), clean(get("Alias strength"))
        )
        b.original(get("Name non-latin script"), get("Non-latin script language"))
        b.program(get("Regime Name"))
        if b.entry.listed_on is None:
            b.entry.listed_on = iso_date(clean(get("Date Designated")))
        b.address(
            [get(f"Address Line {i}") for i in range(1, 7)] + [get("Address Postal Code")],
            clean(get("Address Country")) or None,
        )
        for nationality in clean(get("Nationality(/ies)")).split(","):
            add_country(b.entry.countries, nationality)
        born = iso_date(clean(get("D.O.B")))
        if born and born not in b.entry.birth_dates:
            b.entry.birth_dates.append(born)
        b.ident("registration", get("Business registration number (s)"))
        b.ident("imo", get("IMO number"))
        b.ident("passport", get("Passport number"))
        b.ident("national_id", get("National Identifier number"))
        if other := clean(get("Other Information")):
            b.notes.append(other)
    if header is None:
        raise SourceError(path, "no header row with a 'Unique ID' column: not a UK Sanctions List")
    _finish(builders.values(), path, result)


def _finish(builders: Iterable[_Builder], path: Path, result: ListRead) -> None:
    for b in builders:
        entry = b.finish()
        if entry is None:
            result.problems.append(problem(path, b.entry.source_line, "entry has no name"))
            result.skipped += 1
        else:
            result.entries.append(entry)


# --- XML ----------------------------------------------------------------------------------------


def _texts(node: ET.Element, tag: str) -> list[str]:
    return [clean(e.text) for e in node.iter(tag) if clean(e.text)]


def _first(node: ET.Element, tag: str) -> str:
    found = _texts(node, tag)
    return found[0] if found else ""


def _read_xml(path: Path, result: ListRead) -> None:
    builders: list[_Builder] = []
    for line, node in records(path, lambda tag, _parent: tag == "Designation", result.problems):
        entry_id = _first(node, "UniqueID")
        if not entry_id:
            result.problems.append(problem(path, line, "Designation without UniqueID; skipped"))
            result.skipped += 1
            continue
        b = _Builder(entry_id, line, str(path))
        b.kind = _first(node, "IndividualEntityShip")
        for name in node.iter("Name"):
            if len(name) == 0:
                continue  # <Name> inside <Name> elements is not used; the parts are
            given = [name.findtext(f"Name{i}") for i in range(1, 6)]
            b.name(
                _full_name(given, name.findtext("Name6")),
                clean(name.findtext("NameType")),
                clean(name.findtext("AliasStrength")),
            )
        for original in node.iter("NonLatinName"):
            b.original(
                original.findtext("NameNonLatinScript"), original.findtext("NonLatinScriptLanguage")
            )
        for regime in _texts(node, "RegimeName"):
            b.program(regime)
        b.entry.listed_on = iso_date(_first(node, "DateDesignated"))
        for address in node.iter("Address"):
            lines = [address.findtext(f"AddressLine{i}") for i in range(1, 7)]
            lines.append(address.findtext("AddressPostalCode"))
            b.address(lines, clean(address.findtext("AddressCountry")) or None)
        for nationality in _texts(node, "Nationality"):
            add_country(b.entry.countries, nationality)
        for dob in _texts(node, "DOB"):
            born = iso_date(dob)
            if born and born not in b.entry.birth_dates:
                b.entry.birth_dates.append(born)
        for value in _texts(node, "BusinessRegistrationNumber"):
            b.ident("registration", value)
        for value in _texts(node, "IMONumber"):
            b.ident("imo", value)
        for value in _texts(node, "PassportNumber"):
            b.ident("passport", value)
        for value in _texts(node, "NationalIdentifierNumber"):
            b.ident("national_id", value)
        b.notes += _texts(node, "OtherInformation")
        builders.append(b)
    _finish(builders, path, result)


def read(path: Path) -> ListRead:
    path = Path(path)
    result = ListRead(files=[str(path)])
    if path.suffix.lower() == ".xml":
        _read_xml(path, result)
    else:
        _read_csv(path, result)
    return result
