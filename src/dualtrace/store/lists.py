"""List entries in the store: write a list (new version replaces old rows), read it back.

Rows reach DuckDB through a temporary JSON lines file read by read_json: for the 60,000 rows
of the OFAC list that takes a second, where parameter inserts take minutes.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import duckdb

from dualtrace.model import Alias, Identifier, Link, ListEntry

_ENTRY_COLUMNS = (
    "list_id", "entry_id", "schema", "name", "programs", "authority", "listed_on", "countries",
    "birth_dates", "remarks", "source_file", "source_line", "digest",
)  # fmt: skip
_CHILD_TABLES = ("list_names", "list_identifiers", "list_links", "list_addresses")


def digest(entry: ListEntry) -> str:
    """A fingerprint of everything the list says about an entry (not where it was read from),
    so re-loading an unchanged list rewrites nothing. The dataclass reprs are exact and much
    cheaper than serialising through asdict."""
    e = entry
    body = (
        e.schema, e.name, e.aliases, e.programs, e.authority, e.listed_on, e.countries,
        e.addresses, e.identifiers, e.links, e.birth_dates, e.remarks,
    )  # fmt: skip
    return hashlib.sha256(repr(body).encode("utf-8")).hexdigest()[:32]


def _insert(
    con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    if not rows:
        return
    types = dict(
        con.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?",
            [table],
        ).fetchall()
    )
    spec = ", ".join(f"'{c}': '{types[c]}'" for c in columns)
    fd, name = tempfile.mkstemp(prefix="dualtrace-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            # One dumps call for all rows: per-row calls cost more than the encoding itself.
            fh.write(json.dumps([dict(zip(columns, row, strict=True)) for row in rows]))
        con.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM "
            f"read_json(?, format = 'array', columns = {{{spec}}})",
            [name],
        )
    finally:
        os.unlink(name)


def _delete(con: duckdb.DuckDBPyConnection, keys: list[tuple[str, str]]) -> None:
    if not keys:
        return
    con.execute("CREATE OR REPLACE TEMP TABLE _list_keys (list_id VARCHAR, entry_id VARCHAR)")
    _insert(con, "_list_keys", ("list_id", "entry_id"), keys)
    for table in (*_CHILD_TABLES, "list_entries"):
        con.execute(
            f"DELETE FROM {table} WHERE (list_id, entry_id) IN "
            "(SELECT (list_id, entry_id) FROM _list_keys)"
        )
    con.execute("DROP TABLE _list_keys")


def write_entries(con: duckdb.DuckDBPyConnection, entries: Iterable[ListEntry]) -> tuple[int, int]:
    """Store entries; returns (new, updated). An entry already stored with the same content is
    left alone; one whose content changed has all its rows replaced, so nothing is duplicated.
    The last of several entries with the same (list_id, entry_id) wins."""
    latest: dict[tuple[str, str], ListEntry] = {}
    for entry in entries:
        latest[(entry.list_id, entry.entry_id)] = entry
    if not latest:
        return 0, 0
    stored: dict[tuple[str, str], str] = {}
    for list_id in {key[0] for key in latest}:
        rows = con.execute(
            "SELECT entry_id, digest FROM list_entries WHERE list_id = ?", [list_id]
        ).fetchall()
        stored.update({(list_id, r[0]): r[1] for r in rows})
    changed: list[ListEntry] = []
    replaced: list[tuple[str, str]] = []
    new = updated = 0
    for key, entry in latest.items():
        fingerprint = digest(entry)
        old = stored.get(key)
        if old == fingerprint:
            continue
        if old is None:
            new += 1
        else:
            updated += 1
            replaced.append(key)
        changed.append(entry)
        stored[key] = fingerprint
    _delete(con, replaced)
    entry_rows: list[tuple[Any, ...]] = []
    names: list[tuple[Any, ...]] = []
    ids: list[tuple[Any, ...]] = []
    links: list[tuple[Any, ...]] = []
    addresses: list[tuple[Any, ...]] = []
    for e in changed:
        entry_rows.append((
            e.list_id, e.entry_id, e.schema, e.name, e.programs, e.authority, e.listed_on,
            e.countries, e.birth_dates, e.remarks, e.source_file, e.source_line,
            stored[(e.list_id, e.entry_id)],
        ))  # fmt: skip
        key = (e.list_id, e.entry_id)
        names.append((*key, e.name, "primary", None))
        names += [(*key, a.name, a.kind, a.lang) for a in e.aliases]
        ids += [(*key, i.type, i.value, i.country, i.origin) for i in e.identifiers]
        links += [(*key, k.relation, k.target, k.target_entry) for k in e.links]
        addresses += [(*key, a) for a in e.addresses]
    _insert(con, "list_entries", _ENTRY_COLUMNS, entry_rows)
    _insert(con, "list_names", ("list_id", "entry_id", "name", "kind", "lang"), names)
    _insert(
        con, "list_identifiers", ("list_id", "entry_id", "type", "value", "country", "origin"), ids
    )
    _insert(con, "list_links", ("list_id", "entry_id", "relation", "target", "target_entry"), links)
    _insert(con, "list_addresses", ("list_id", "entry_id", "address"), addresses)
    return new, updated


def _children(
    con: duckdb.DuckDBPyConnection, table: str, columns: str, list_id: str | None
) -> dict[tuple[str, str], list[tuple[Any, ...]]]:
    where, params = ("WHERE list_id = ?", [list_id]) if list_id is not None else ("", [])
    found: dict[tuple[str, str], list[tuple[Any, ...]]] = defaultdict(list)
    # rowid keeps the order the rows were written in: aliases and addresses as the list has them.
    for row in con.execute(
        f"SELECT list_id, entry_id, {columns} FROM {table} {where} ORDER BY rowid", params
    ).fetchall():
        found[(row[0], row[1])].append(row[2:])
    return found


def read_entries(con: duckdb.DuckDBPyConnection, list_id: str | None = None) -> Iterator[ListEntry]:
    """Every stored entry (of one list, or all), with its names, identifiers, links and
    addresses, ordered by list and entry id."""
    names = _children(con, "list_names", "name, kind, lang", list_id)
    ids = _children(con, "list_identifiers", "type, value, country, origin", list_id)
    links = _children(con, "list_links", "relation, target, target_entry", list_id)
    addresses = _children(con, "list_addresses", "address", list_id)
    where, params = ("WHERE list_id = ?", [list_id]) if list_id is not None else ("", [])
    rows = con.execute(
        "SELECT list_id, entry_id, schema, name, programs, authority, listed_on, countries, "
        f"birth_dates, remarks, source_file, source_line FROM list_entries {where} "
        "ORDER BY list_id, entry_id",
        params,
    ).fetchall()
    for r in rows:
        key = (r[0], r[1])
        yield ListEntry(
            list_id=r[0],
            entry_id=r[1],
            schema=r[2],
            name=r[3],
            aliases=[Alias(n, k, lang) for n, k, lang in names.get(key, []) if k != "primary"],
            programs=list(r[4] or []),
            authority=r[5] or "",
            listed_on=r[6],
            countries=list(r[7] or []),
            addresses=[a for (a,) in addresses.get(key, [])],
            identifiers=[Identifier(*i) for i in ids.get(key, [])],
            links=[Link(*k) for k in links.get(key, [])],
            birth_dates=list(r[8] or []),
            remarks=r[9],
            source_file=r[10],
            source_line=r[11],
        )
