"""The list entries in the store, as a name index that answers with the entries themselves."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import duckdb

from dualtrace.names import Hit, NameIndex

# Hits below this are noise from blocking (a shared first name); `match` shows what scores above.
SHOW_FROM = 0.3


@dataclass(frozen=True, slots=True)
class Listing:
    """One list entry a name was matched to, with where the entry came from and why."""

    list_id: str
    entry_id: str
    name: str  # the entry's primary name
    matched_name: str  # the name (primary or alias) that matched
    schema: str
    programs: tuple[str, ...]
    authority: str
    listed_on: str | None
    source: str  # "sdn.csv:1234", the row the entry was read from
    score: float
    is_match: bool
    via: str  # name, identifier
    explanation: str

    def as_json(self) -> dict[str, object]:
        return {
            "list": self.list_id,
            "entry_id": self.entry_id,
            "name": self.name,
            "matched_name": self.matched_name,
            "schema": self.schema,
            "programs": list(self.programs),
            "authority": self.authority,
            "listed_on": self.listed_on,
            "source": self.source,
            "score": round(self.score, 3),
            "is_match": self.is_match,
            "via": self.via,
            "explanation": self.explanation,
        }


@dataclass(frozen=True, slots=True)
class _Meta:
    list_id: str
    entry_id: str
    name: str
    schema: str
    programs: tuple[str, ...]
    authority: str
    listed_on: str | None
    source: str


class ListIndex:
    """Every entry the store holds, indexed by its names and identifiers."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.index = NameIndex()
        self._meta: dict[str, _Meta] = {}
        names: dict[str, list[str]] = defaultdict(list)
        for list_id, entry_id, name in con.execute(
            "SELECT list_id, entry_id, name FROM list_names ORDER BY list_id, entry_id"
        ).fetchall():
            names[f"{list_id}:{entry_id}"].append(name)
        ids: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for list_id, entry_id, id_type, value in con.execute(
            "SELECT list_id, entry_id, type, value FROM list_identifiers"
        ).fetchall():
            ids[f"{list_id}:{entry_id}"].append((id_type, value))
        rows = con.execute(
            "SELECT list_id, entry_id, name, schema, programs, authority, listed_on, countries, "
            "source_file, source_line FROM list_entries ORDER BY list_id, entry_id"
        ).fetchall()
        for (
            list_id,
            entry_id,
            name,
            schema,
            programs,
            authority,
            listed,
            countries,
            f,
            line,
        ) in rows:
            key = f"{list_id}:{entry_id}"
            self._meta[key] = _Meta(
                list_id,
                entry_id,
                name,
                schema,
                tuple(programs or ()),
                authority or "",
                listed,
                f"{f}:{line}",
            )
            self.index.add(key, [name, *names.get(key, [])], schema, countries or (), ids[key])

    def __len__(self) -> int:
        return len(self._meta)

    def search(
        self,
        name: str,
        schema: str | None = None,
        country: str | None = None,
        identifiers: Iterable[tuple[str, str]] = (),
        limit: int = 10,
    ) -> list[Listing]:
        hits = self.index.search(name, schema, country, identifiers, limit, min_score=SHOW_FROM)
        return [self._listing(h) for h in hits if h.comparison.score >= SHOW_FROM]

    def _listing(self, hit: Hit) -> Listing:
        meta = self._meta[hit.key]
        c = hit.comparison
        return Listing(
            meta.list_id, meta.entry_id, meta.name, hit.name, meta.schema, meta.programs,
            meta.authority, meta.listed_on, meta.source, c.score, c.is_match, hit.via,
            c.explanation,
        )  # fmt: skip


def has_lists(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute("SELECT count(*) FROM list_entries").fetchone()
    return bool(row and row[0])
