"""The EU consolidated financial sanctions list (FSF XML, namespace
http://eu.europa.ec/fpi/fsd/export): one sanctionEntity per entry, its names in nameAlias
elements with their language, regulations naming the programme, identification documents,
citizenships, birth dates and addresses as attributes.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from dualtrace.model import Alias, ListEntry, ListSchema
from dualtrace.sources.lists.base import ListRead, add_country, clean, iso_date, problem
from dualtrace.sources.lists.identifiers import from_remarks, label_kind, typed
from dualtrace.sources.lists.ofac_csv import judge_schema
from dualtrace.sources.lists.xmlstream import records

LIST_ID = "eu_fsf"
AUTHORITY = "EU"
_COMPANY_IDS = frozenset({"inn", "ogrn", "uscc", "lei", "registration", "tax"})


def _is_record(tag: str, parent: str) -> bool:
    return tag == "sanctionEntity"


def _country(node: ET.Element) -> str | None:
    code = (node.get("countryIso2Code") or "").upper()
    if code in ("", "00"):
        return None
    return "RS" if code == "CS" else code  # Serbia and Montenegro: its successor


def _entry(line: int, node: ET.Element, source: str) -> tuple[ListEntry | None, str | None]:
    entry_id = node.get("logicalId") or node.get("euReferenceNumber")
    if not entry_id:
        return None, "sanctionEntity without logicalId; skipped"
    names = [n for n in node.findall("nameAlias") if clean(n.get("wholeName"))]
    if not names:
        return None, f"sanctionEntity {entry_id} has no name; skipped"
    subject = node.find("subjectType")
    code = (subject.get("code") if subject is not None else "") or ""
    # The first name in the regulation's language is the one the EU writes as primary.
    primary = next((n for n in names if not n.get("nameLanguage")), names[0])
    entry = ListEntry(
        list_id=LIST_ID,
        entry_id=entry_id,
        schema="Person" if code == "person" else "Organization",
        name=clean(primary.get("wholeName")),
        authority=AUTHORITY,
        listed_on=iso_date(node.get("designationDate")),
        source_file=source,
        source_line=line,
    )
    for name in names:
        if name is primary:
            continue
        whole = clean(name.get("wholeName"))
        strong = (name.get("strong") or "true").lower() != "false"
        lang = (name.get("nameLanguage") or "").lower() or None
        alias = Alias(whole, "aka" if strong else "weak", lang)
        if whole != entry.name and alias not in entry.aliases:
            entry.aliases.append(alias)
    dates = []
    for regulation in node.findall("regulation"):
        programme = clean(regulation.get("programme"))
        if programme and programme not in entry.programs:
            entry.programs.append(programme)
        dates += [regulation.get("entryIntoForceDate"), regulation.get("publicationDate")]
    if entry.listed_on is None:
        found = sorted(d for d in (iso_date(x) for x in dates) if d)
        entry.listed_on = found[0] if found else None
    for ident in node.findall("identification"):
        number = ident.get("number") or ident.get("latinNumber") or ""
        kind = label_kind(ident.get("identificationTypeCode") or "") or label_kind(
            ident.get("identificationTypeDescription") or ""
        )
        found_id = typed(kind or "other", number, _country(ident))
        if found_id is not None and found_id not in entry.identifiers:
            entry.identifiers.append(found_id)
    for citizenship in node.findall("citizenship"):
        add_country(entry.countries, _country(citizenship))
    for address in node.findall("address"):
        parts = [address.get(k) for k in ("street", "poBox", "zipCode", "city", "region")]
        parts.append(address.get("countryDescription"))
        text = ", ".join(clean(p) for p in parts if clean(p) and clean(p) != "UNKNOWN")
        if text and text not in entry.addresses:
            entry.addresses.append(text)
        add_country(entry.countries, _country(address))
    for birth in node.findall("birthdate"):
        born = iso_date(birth.get("birthdate")) or iso_date(
            "-".join(x for x in (birth.get("year"), birth.get("monthOfYear")) if x)
        )
        if born and born not in entry.birth_dates:
            entry.birth_dates.append(born)
    remark = clean(node.findtext("remark"))
    if remark:
        entry.remarks = remark
        more, links = from_remarks(remark)
        entry.identifiers += [i for i in more if i not in entry.identifiers]
        entry.links += links
    if entry.schema != "Person":
        company_id = any(i.type in _COMPANY_IDS for i in entry.identifiers)
        schema: ListSchema = judge_schema("", entry.name, company_id)
        entry.schema = schema
    return entry, None


def read(path: Path) -> ListRead:
    path = Path(path)
    result = ListRead(files=[str(path)])
    for line, node in records(path, _is_record, result.problems):
        entry, why = _entry(line, node, str(path))
        if entry is None:
            result.problems.append(problem(path, line, why or "unreadable entry"))
            result.skipped += 1
        else:
            result.entries.append(entry)
    return result
