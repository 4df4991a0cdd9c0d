"""The US Consolidated Screening List (trade.gov), CSV or JSON: eleven export-control and
sanctions lists in one, the BIS Entity List among them.

Each row names its own list in `source` ("Entity List (EL) - Bureau of Industry and
Security"), which becomes the entry's program and authority. CSV fields holding several values
separate them with "; " (alt_names, addresses, ids, programs); an id is "type, number, country,
...". The JSON export is {"results": [...]} with the same field names as lists and objects.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dualtrace.model import Alias, ListEntry, ListSchema
from dualtrace.sources.errors import SourceError
from dualtrace.sources.lists.base import (
    ListRead,
    add_country,
    clean,
    country_code,
    csv_rows,
    decode_lenient,
    iso_date,
    problem,
    read_bytes,
    repair,
)
from dualtrace.sources.lists.identifiers import from_remarks, label_kind, typed
from dualtrace.sources.lists.ofac_csv import judge_schema

LIST_ID = "us_csl"
_TYPES: dict[str, ListSchema] = {
    "individual": "Person",
    "vessel": "Vessel",
    "aircraft": "Airplane",
}
_COMPANY_IDS = frozenset({"inn", "ogrn", "uscc", "lei", "registration", "tax"})


def _authority(source: str) -> str:
    # "Entity List (EL) - Bureau of Industry and Security" -> "US BIS"
    agency = source.rpartition(" - ")[2].lower()
    if "industry and security" in agency:
        return "US BIS"
    if "treasury" in agency:
        return "US OFAC"
    if "state" in agency:
        return "US State"
    return f"US {source.rpartition(' - ')[2]}".strip() if source else "US"


def _split(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return value
    if isinstance(value, str):
        return [p for p in (clean(x) for x in value.split(";")) if p]
    return [value]


def _address(value: Any) -> tuple[str, str | None]:
    if isinstance(value, dict):
        parts = [value.get(k) for k in ("address", "city", "state", "postal_code", "country")]
        text = ", ".join(clean(str(p)) for p in parts if p and clean(str(p)))
        return text, value.get("country")
    text = clean(str(value))
    return text, text.rpartition(",")[2].strip() or None


def _ident(value: Any) -> tuple[str, str, str | None]:
    if isinstance(value, dict):
        return (str(value.get("type") or ""), str(value.get("number") or ""), value.get("country"))
    parts = [clean(p) for p in str(value).split(",")]
    return parts[0], parts[1] if len(parts) > 1 else "", parts[2] if len(parts) > 2 else None


def _entry(record: dict[str, Any], line: int, source_file: str) -> tuple[ListEntry | None, str]:
    name = clean(str(record.get("name") or ""))
    if not name:
        return None, "no name; row skipped"
    entry_id = clean(str(record.get("id") or record.get("_id") or ""))
    if not entry_id:
        return None, "no id; row skipped"
    source = clean(str(record.get("source") or ""))
    entry = ListEntry(
        list_id=LIST_ID,
        entry_id=entry_id,
        schema="Organization",
        name=name,
        authority=_authority(source),
        listed_on=iso_date(str(record.get("start_date") or "")),
        source_file=source_file,
        source_line=line,
    )
    if source:
        entry.programs.append(source)
    for program in _split(record.get("programs")):
        if clean(str(program)) and clean(str(program)) not in entry.programs:
            entry.programs.append(clean(str(program)))
    for alt in _split(record.get("alt_names")):
        alias = Alias(clean(str(alt)))
        if alias.name and alias.name != name and alias not in entry.aliases:
            entry.aliases.append(alias)
    for value in _split(record.get("addresses")):
        text, country = _address(value)
        if text and text not in entry.addresses:
            entry.addresses.append(text)
        add_country(entry.countries, country)
    for key in ("nationalities", "citizenships", "vessel_flag"):
        for value in _split(record.get(key)):
            for part in str(value).split(","):
                add_country(entry.countries, part)
    for value in _split(record.get("dates_of_birth")):
        born = iso_date(clean(str(value)).replace("circa", "").strip())
        if born and born not in entry.birth_dates:
            entry.birth_dates.append(born)
    for value in _split(record.get("ids")):
        label, number, country = _ident(value)
        kind = label_kind(label) or (clean(label).lower().replace(" ", "_") or "other")
        found = typed(kind, number, country_code(country) if country else None)
        if found is not None and found not in entry.identifiers:
            entry.identifiers.append(found)
    remarks = clean(str(record.get("remarks") or ""))
    if remarks:
        entry.remarks = remarks
        more, links = from_remarks(remarks)
        entry.identifiers += [i for i in more if i not in entry.identifiers]
        entry.links += links
    kind_text = clean(str(record.get("type") or "")).lower()
    known = _TYPES.get(kind_text)
    if known is not None:
        entry.schema = known
    else:
        company = any(i.type in _COMPANY_IDS for i in entry.identifiers)
        entry.schema = judge_schema("", name, company)
    return entry, ""


def _csv_records(path: Path, result: ListRead) -> Iterator[tuple[int, dict[str, Any]]]:
    text = decode_lenient(read_bytes(path))
    header: list[str] | None = None
    for line, row in csv_rows(text, path, result.problems):
        if len(row) == 1 and not row[0].strip(" \x1a"):
            continue
        if header is None:
            header = [clean(c).lower() for c in row]
            if "name" not in header or not ({"_id", "id", "source"} & set(header)):
                raise SourceError(path, "not a Consolidated Screening List CSV (no name/source)", 1)
            continue
        if len(row) != len(header):
            result.problems.append(
                problem(path, line, f"expected {len(header)} columns, found {len(row)}")
            )
            result.skipped += 1
            continue
        yield line, dict(zip(header, row, strict=True))


def _json_records(path: Path, result: ListRead) -> Iterator[tuple[int, dict[str, Any]]]:
    text, bad = repair(decode_lenient(read_bytes(path)))
    if bad:
        result.problems.append(problem(path, None, bad))
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as error:
        raise SourceError(path, f"invalid JSON: {error.msg}", error.lineno) from None
    rows = doc.get("results") if isinstance(doc, dict) else doc
    if not isinstance(rows, list):
        raise SourceError(path, "no 'results' list: not a Consolidated Screening List JSON")
    for i, row in enumerate(rows, 1):
        if not isinstance(row, dict):
            result.problems.append(problem(path, None, f"result {i} is not an object; skipped"))
            result.skipped += 1
            continue
        yield i, row  # JSON records are numbered by position; the file has no useful lines


def read(path: Path) -> ListRead:
    path = Path(path)
    result = ListRead(files=[str(path)])
    is_json = path.suffix.lower() == ".json"
    rows = _json_records(path, result) if is_json else _csv_records(path, result)
    for line, record in rows:
        entry, why = _entry(record, line, str(path))
        if entry is None:
            result.problems.append(problem(path, None if is_json else line, why))
            result.skipped += 1
        else:
            result.entries.append(entry)
    return result
