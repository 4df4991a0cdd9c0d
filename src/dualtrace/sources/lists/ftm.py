"""FollowTheMoney entities as JSON lines, the way OpenSanctions exports them.

One entity per line: {"id", "schema", "properties": {prop: [values]}, "datasets": [...]}.
Parties (Person, Company, Organization, LegalEntity, Vessel, Airplane) become entries; the
Sanction entities that point at them give programs, authority and dates; Ownership and other
links become links; Identification and Passport entities add identifiers. Nested exports
(properties holding entity objects, as in targets.nested.json) are read the same way.
Schemata come from followthemoney's model, so a schema that extends Company is a Company.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from followthemoney import model
from followthemoney.schema import Schema

from dualtrace.model import Alias, Identifier, Link, ListEntry, ListSchema
from dualtrace.sources.errors import SourceError
from dualtrace.sources.lists.base import ListRead, clean, iso_date, problem, repair
from dualtrace.sources.lists.identifiers import typed

_PARTIES: tuple[ListSchema, ...] = (
    "Person", "Vessel", "Airplane", "Company", "Organization", "LegalEntity",
)  # fmt: skip
_ALIASES = {"alias": "aka", "previousName": "fka", "weakAlias": "weak", "abbreviation": "aka"}
_IDS = {
    "innCode": "inn",
    "ogrnCode": "ogrn",
    "leiCode": "lei",
    "uscCode": "uscc",
    "imoNumber": "imo",
    "registrationNumber": "registration",
    "taxNumber": "tax",
    "vatCode": "tax",
    "idNumber": "national_id",
    "passportNumber": "passport",
    "swiftBic": "bic",
    "dunsCode": "duns",
    "okpoCode": "okpo",
    "mmsi": "mmsi",
}
_COUNTRIES = ("country", "nationality", "citizenship", "jurisdiction", "flag", "mainCountry")
# link schema -> (property of the entry it is added to, property of the other end, relation)
_LINKS = {
    "Ownership": ("asset", "owner", "owned_by"),
    "Directorship": ("organization", "director", "directed_by"),
    "UnknownLink": ("subject", "object", "linked_to"),
    "Family": ("person", "relative", "family_of"),
    "Associate": ("person", "associate", "associate_of"),
}


@dataclass(slots=True)
class _State:
    entries: dict[str, ListEntry] = field(default_factory=dict)
    sanctions: dict[str, list[dict[str, list[Any]]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    links: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    ids: dict[str, list[Identifier]] = field(default_factory=lambda: defaultdict(list))
    unknown: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def _party(schema: Schema) -> ListSchema | None:
    for name in _PARTIES:
        if schema.is_a(name):
            return name
    return None


def _strings(values: Any) -> list[str]:
    if not isinstance(values, list):
        values = [values]
    return [clean(v) for v in values if isinstance(v, str) and clean(v)]


def _ref(value: Any) -> str | None:
    if isinstance(value, dict):
        return str(value.get("id")) if value.get("id") else None
    return value if isinstance(value, str) else None


def _take(obj: dict[str, Any], line: int, source: str, state: _State, parent: str | None) -> str:
    """Reads one entity (and its nested ones); returns a reason if it was unusable."""
    schema_name = obj.get("schema")
    entity_id = obj.get("id")
    if not isinstance(schema_name, str) or not isinstance(entity_id, str) or not entity_id:
        return "not a FollowTheMoney entity (no id or schema)"
    schema = model.get(schema_name)
    if schema is None:
        state.unknown[schema_name] += 1
        return ""
    props = obj.get("properties")
    if not isinstance(props, dict):
        return f"entity {entity_id} has no properties"
    for values in props.values():  # nested entities, as in targets.nested.json
        for value in values if isinstance(values, list) else []:
            if isinstance(value, dict) and "schema" in value:
                _take(value, line, source, state, entity_id)
    if schema.is_a("Sanction"):
        target = next((_ref(v) for v in props.get("entity", []) if _ref(v)), parent)
        if target:
            state.sanctions[target].append(props)
        return ""
    if schema_name in _LINKS:
        mine, other, relation = _LINKS[schema_name]
        for a in props.get(mine, []):
            for b in props.get(other, []):
                if _ref(a) and _ref(b):
                    state.links[str(_ref(a))].append((relation, str(_ref(b))))
        return ""
    if schema.is_a("Identification"):
        holder = next((_ref(v) for v in props.get("holder", []) if _ref(v)), parent)
        kind = "passport" if schema.is_a("Passport") else "national_id"
        countries = _strings(props.get("country", []))
        for number in _strings(props.get("number", [])):
            country = countries[0].upper() if countries and len(countries[0]) == 2 else None
            found = typed(kind, number, country)
            if holder and found is not None:
                state.ids[holder].append(found)
        return ""
    party = _party(schema)
    if party is None:
        return ""
    names = _strings(props.get("name", []))
    if not names:
        return f"entity {entity_id} has no name; skipped"
    datasets = _strings(obj.get("datasets", []))
    entry = ListEntry(
        list_id=f"ftm:{datasets[0] if datasets else Path(source).stem}",
        entry_id=entity_id,
        schema=party,
        name=names[0],
        aliases=[Alias(n, "aka") for n in names[1:]],
        source_file=source,
        source_line=line,
    )
    for prop, kind in _ALIASES.items():
        for name in _strings(props.get(prop, [])):
            alias = Alias(name, kind)
            if name != entry.name and alias not in entry.aliases:
                entry.aliases.append(alias)
    for prop in _COUNTRIES:
        for code in _strings(props.get(prop, [])):
            if len(code) == 2 and code.upper() not in entry.countries:
                entry.countries.append(code.upper())
    country = entry.countries[0] if len(entry.countries) == 1 else None
    for prop, kind in _IDS.items():
        for value in _strings(props.get(prop, [])):
            found = typed(kind, value, country)
            if found is not None and found not in entry.identifiers:
                entry.identifiers.append(found)
    entry.addresses = list(dict.fromkeys(_strings(props.get("address", []))))
    entry.birth_dates = [
        d for d in (iso_date(v[:10]) for v in _strings(props.get("birthDate", []))) if d
    ]
    notes = _strings(props.get("notes", []))
    entry.remarks = " ".join(notes) or None
    state.entries[entity_id] = entry
    return ""


def _finish(state: _State) -> list[ListEntry]:
    for entity_id, sanctions in state.sanctions.items():
        entry = state.entries.get(entity_id)
        if entry is None:
            continue
        dates: list[str] = []
        for props in sanctions:
            for program in _strings(props.get("program", [])) + _strings(
                props.get("programId", [])
            ):
                if program not in entry.programs:
                    entry.programs.append(program)
            if not entry.authority:
                entry.authority = next(iter(_strings(props.get("authority", []))), "")
            for key in ("listingDate", "startDate"):
                dates += [d for d in (iso_date(v[:10]) for v in _strings(props.get(key, []))) if d]
        if dates:
            entry.listed_on = min(dates)
    for entity_id, links in state.links.items():
        entry = state.entries.get(entity_id)
        if entry is None:
            continue
        for relation, other in links:
            target = state.entries.get(other)
            link = Link(relation, target.name if target else other, other if target else None)
            if link not in entry.links:
                entry.links.append(link)
    for entity_id, ids in state.ids.items():
        entry = state.entries.get(entity_id)
        if entry is not None:
            entry.identifiers += [i for i in ids if i not in entry.identifiers]
    return list(state.entries.values())


def read(path: Path) -> ListRead:
    path = Path(path)
    result = ListRead(files=[str(path)])
    try:
        if path.stat().st_size == 0:
            raise SourceError(path, "empty file")
        handle = path.open("rb")
    except FileNotFoundError:
        raise SourceError(path, "no such file") from None
    except OSError as error:
        raise SourceError(path, f"cannot read: {error.strerror or error}") from None
    state = _State()
    good = 0
    with handle:  # line by line: a full OpenSanctions export is gigabytes
        for number, line_bytes in enumerate(handle, 1):
            if not line_bytes.strip():
                continue
            text, bad = repair(line_bytes.decode("utf-8", errors="surrogateescape"))
            if bad:
                result.problems.append(problem(path, number, bad))
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as error:
                if good == 0 and number == 1:
                    raise SourceError(path, f"not JSON lines: {error.msg}", number) from None
                why = f"invalid JSON ({error.msg}); skipped"
                result.problems.append(problem(path, number, why))
                result.skipped += 1
                continue
            if not isinstance(obj, dict):
                result.problems.append(problem(path, number, "not a JSON object; skipped"))
                result.skipped += 1
                continue
            why = _take(obj, number, str(path), state, None)
            if why:
                result.problems.append(problem(path, number, why))
                result.skipped += 1
            else:
                good += 1
    for schema_name, count in sorted(state.unknown.items()):
        result.problems.append(
            problem(path, None, f"{count} entities of unknown schema {schema_name!r}")
        )
    result.entries = _finish(state)
    return result
