"""OFAC's advanced XML (sdn_advanced.xml, cons_advanced.xml), after Treasury's
sdn_advanced_notes and the published schema.

The file is normalised: ReferenceValueSets (id -> text for alias types, countries, party types,
document types, programs...), then Locations, IDRegDocuments (keyed by IdentityID),
DistinctParties (one Profile with an Identity of Aliases and Features), ProfileRelationships and
SanctionsEntries (program and dates, keyed by ProfileID). The sections come in that order, so
one streaming pass reads the small tables first and each party as it arrives; relationships and
sanctions entries are applied at the end. The entry id is the profile's FixedRef, which is the
ent_num of the legacy CSV, so the two formats update the same entries.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from dualtrace.model import Alias, Identifier, Link, ListEntry, ListSchema
from dualtrace.sources.lists.base import (
    ListRead,
    add_country,
    clean,
    country_code,
    iso_date,
    problem,
)
from dualtrace.sources.lists.identifiers import label_kind, typed
from dualtrace.sources.lists.ofac_csv import AUTHORITY, judge_schema
from dualtrace.sources.lists.xmlstream import records

SDN_LIST_ID = "us_ofac_sdn"
CONS_LIST_ID = "us_ofac_cons"
_TABLES = frozenset(
    {"Location", "IDRegDocument", "DistinctParty", "ProfileRelationship", "SanctionsEntry"}
)
_TYPES: dict[str, ListSchema] = {"individual": "Person", "vessel": "Vessel", "aircraft": "Airplane"}
_COUNTRY_FEATURES = ("nationality country", "citizenship country", "vessel flag")
_COMPANY_IDS = frozenset({"inn", "ogrn", "uscc", "lei", "registration", "tax"})


def _is_record(tag: str, parent: str) -> bool:
    return tag in _TABLES or (parent.endswith("Values") and parent != tag)


@dataclass(slots=True)
class _State:
    refs: dict[tuple[str, str], ET.Element] = field(default_factory=dict)
    locations: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    documents: dict[str, list[Identifier]] = field(default_factory=dict)
    entries: dict[str, ListEntry] = field(default_factory=dict)
    relations: list[tuple[str, str, str]] = field(default_factory=list)
    lists: dict[str, str] = field(default_factory=dict)  # profile id -> list name

    def text(self, table: str, ref: str | None) -> str:
        node = self.refs.get((table, ref or ""))
        return clean(node.text) if node is not None else ""


def _country(state: _State, ref: str | None) -> str | None:
    node = state.refs.get(("Country", ref or ""))
    if node is None:
        return None
    return country_code(node.get("ISO2")) or country_code(node.text)


def _location(state: _State, node: ET.Element) -> None:
    parts = [clean(v.text) for v in node.iter("Value") if clean(v.text)]
    country_ref = next((c.get("CountryID") for c in node.iter("LocationCountry")), None)
    country = _country(state, country_ref)
    name = state.text("Country", country_ref)
    if name and name not in parts:
        parts.append(name)
    state.locations[node.get("ID") or ""] = (", ".join(parts), country)


def _document(state: _State, node: ET.Element) -> None:
    doc_type = state.text("IDRegDocType", node.get("IDRegDocTypeID"))
    number = clean(node.findtext("IDRegistrationNo"))
    kind = label_kind(doc_type) or (doc_type.lower().replace(" ", "_") or "other")
    found = typed(kind, number, _country(state, node.get("IssuedBy-CountryID")))
    if found is not None:
        state.documents.setdefault(node.get("IdentityID") or "", []).append(found)


def _name(state: _State, name: ET.Element, groups: dict[str, str]) -> tuple[str, bool]:
    """A documented name as one string ("LAST, First Middle" for people), and whether it is
    written in a non-Latin script."""
    by_type: dict[str, list[str]] = {}
    latin = True
    for value in name.iter("NamePartValue"):
        text = clean(value.text)
        if not text:
            continue
        part = groups.get(value.get("NamePartGroupID") or "", "")
        by_type.setdefault(part, []).append(text)
        script = state.text("Script", value.get("ScriptID"))
        if script and script.lower() != "latin":
            latin = False
    last = " ".join(by_type.pop("Last Name", []))
    rest = " ".join(" ".join(v) for k, v in by_type.items() if k != "Nickname")
    if last and rest:
        return f"{last}, {rest}", latin
    return last or rest, latin


def _party(state: _State, line: int, node: ET.Element, source: str) -> str:
    profile = node.find("Profile")
    if profile is None:
        return "DistinctParty without a Profile; skipped"
    entry_id = node.get("FixedRef") or profile.get("ID") or ""
    sub = state.refs.get(("PartySubType", profile.get("PartySubTypeID") or ""))
    kind = clean(sub.text) if sub is not None else ""
    if kind.lower() in ("", "unknown") and sub is not None:
        kind = state.text("PartyType", sub.get("PartyTypeID"))
    groups = {
        g.get("ID") or "": state.text("NamePartType", g.get("NamePartTypeID"))
        for g in profile.iter("NamePartGroup")
    }
    primary = ""
    aliases: list[Alias] = []
    for alias in profile.iter("Alias"):
        alias_type = state.text("AliasType", alias.get("AliasTypeID")).lower().strip(".")
        weak = (alias.get("LowQuality") or "").lower() == "true"
        for documented in alias.iter("DocumentedName"):
            text, latin = _name(state, documented, groups)
            if not text:
                continue
            if (alias.get("Primary") or "").lower() == "true" and latin and not primary:
                primary = text
                continue
            label = "weak" if weak else ("original" if not latin else alias_type.replace(".", ""))
            aliases.append(Alias(text, label if label and label != "name" else "aka"))
    if not primary:
        if not aliases:
            return f"party {entry_id} has no name; skipped"
        primary = aliases.pop(0).name
    entry = ListEntry(
        list_id=SDN_LIST_ID,
        entry_id=entry_id,
        schema="Organization",
        name=primary,
        aliases=[a for a in dict.fromkeys(aliases) if a.name != primary],
        authority=AUTHORITY,
        remarks=clean(node.findtext("Comment")) or None,
        source_file=source,
        source_line=line,
    )
    for identity in profile.iter("Identity"):
        for found in state.documents.pop(identity.get("ID") or "", []):
            if found not in entry.identifiers:
                entry.identifiers.append(found)
    for feature in profile.iter("Feature"):
        label = state.text("FeatureType", feature.get("FeatureTypeID")).lower()
        if label == "birthdate":
            start = feature.find(".//DatePeriod/Start/From")
            if start is not None:
                born = iso_date(
                    "-".join(
                        x
                        for x in (
                            start.findtext("Year"),
                            start.findtext("Month"),
                            start.findtext("Day"),
                        )
                        if x
                    )
                )
                if born and born not in entry.birth_dates:
                    entry.birth_dates.append(born)
        elif label == "location":
            for version in feature.iter("VersionLocation"):
                address, country = state.locations.get(version.get("LocationID") or "", ("", None))
                if address and address not in entry.addresses:
                    entry.addresses.append(address)
                if country and country not in entry.countries:
                    entry.countries.append(country)
        elif label in _COUNTRY_FEATURES:
            for detail in feature.iter("VersionDetail"):
                add_country(
                    entry.countries, state.text("DetailReference", detail.get("DetailReferenceID"))
                )
    known = _TYPES.get(kind.lower())
    company = any(i.type in _COMPANY_IDS for i in entry.identifiers)
    entry.schema = known or judge_schema("", primary, company)
    state.entries[profile.get("ID") or entry_id] = entry
    return ""


def _sanctions_entry(state: _State, node: ET.Element) -> None:
    entry = state.entries.get(node.get("ProfileID") or "")
    if entry is None:
        return
    state.lists[entry.entry_id] = state.text("List", node.get("ListID"))
    for measure in node.iter("SanctionsMeasure"):
        if state.text("SanctionsType", measure.get("SanctionsTypeID")).lower() == "program":
            program = clean(measure.findtext("Comment"))
            if program and program not in entry.programs:
                entry.programs.append(program)
    for event in node.iter("EntryEvent"):
        date = event.find("Date")
        if date is None:
            continue
        when = iso_date(
            "-".join(
                x
                for x in (date.findtext("Year"), date.findtext("Month"), date.findtext("Day"))
                if x
            )
        )
        if when and (entry.listed_on is None or when < entry.listed_on):
            entry.listed_on = when


def read(path: Path) -> ListRead:
    path = Path(path)
    result = ListRead(files=[str(path)])
    state = _State()
    for line, node in records(path, _is_record, result.problems):
        tag = node.tag
        if tag == "DistinctParty":
            why = _party(state, line, node, str(path))
            if why:
                result.problems.append(problem(path, line, why))
                result.skipped += 1
        elif tag == "Location":
            _location(state, node)
        elif tag == "IDRegDocument":
            _document(state, node)
        elif tag == "ProfileRelationship":
            state.relations.append(
                (
                    node.get("From-ProfileID") or "",
                    node.get("To-ProfileID") or "",
                    state.text("RelationType", node.get("RelationTypeID")),
                )
            )
        elif tag == "SanctionsEntry":
            _sanctions_entry(state, node)
        else:
            state.refs[(tag, node.get("ID") or "")] = node
    for source, target, relation in state.relations:
        entry, other = state.entries.get(source), state.entries.get(target)
        if entry is not None and other is not None:
            rel = "_".join(relation.lower().split()) or "linked_to"
            entry.links.append(Link(rel, other.name, other.entry_id))
    for entry in state.entries.values():
        listed = state.lists.get(entry.entry_id, "SDN List")
        entry.list_id = SDN_LIST_ID if "sdn" in listed.lower() else CONS_LIST_ID
    result.entries = list(state.entries.values())
    return result
