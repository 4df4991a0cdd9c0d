"""Claim parties resolved to list entries, and grouped into canonical entities.

Each distinct party (its key, with every way the articles wrote it) is searched once in the list
index; a match keeps its score and explanation. Parties and entries that match one another form
one entity (a party matched on OFAC and on the EU list joins the two entries), named after its
first entry. Country-level parties ("China", "Chinese companies") and governments ("Russian armed
forces") are not linked: a list entry is a specific party, and a country or its state apparatus
written generally is not one.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources

import duckdb

from dualtrace.resolve.listings import ListIndex, Listing, has_lists

PARTY_SQL = """
SELECT key, label FROM (
    SELECT supplier_key AS key, supplier AS label FROM claims
    UNION SELECT recipient_key, recipient FROM claims
    UNION SELECT intermediary_key, intermediary FROM claims
) WHERE key IS NOT NULL AND length(key) > 2
  AND key NOT IN (SELECT key FROM mentions WHERE kind IN ('country', 'government', 'outlet'))
ORDER BY key, label
"""


@dataclass(slots=True)
class LinkReport:
    parties: int = 0
    linked: int = 0
    entities: int = 0
    skipped: bool = False  # nothing changed since the last run


def link_parties(con: duckdb.DuckDBPyConnection, index: ListIndex | None = None) -> LinkReport:
    """Recompute `party_links` when parties, lists or the names layer changed. Runs inside the
    caller's transaction."""
    report = LinkReport()
    parties = _parties(con)
    report.parties = len(parties)
    stamp = _fingerprint(con, parties)
    row = con.execute("SELECT fingerprint FROM link_state WHERE id = 1").fetchone()
    if row is not None and row[0] == stamp:
        report.skipped = True
        return report
    con.execute("DELETE FROM party_links")
    if parties and has_lists(con):
        index = index or ListIndex(con)
        links = {key: _matches(index, forms) for key, (_, forms) in parties.items()}
        entity = _entities(links)
        for key, found in links.items():
            for m in found:
                con.execute(
                    "INSERT INTO party_links VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        key, parties[key][0], m.list_id, m.entry_id, m.matched_name, m.score,
                        m.via, m.explanation, entity[key],
                    ],
                )  # fmt: skip
        report.linked = sum(1 for found in links.values() if found)
        report.entities = len({entity[k] for k, found in links.items() if found})
    con.execute("INSERT OR REPLACE INTO link_state VALUES (1, ?)", [stamp])
    return report


def _parties(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, list[str]]]:
    """key -> (label, every distinct way the party is written: label first, then mentions)."""
    out: dict[str, tuple[str, list[str]]] = {}
    for key, label in con.execute(PARTY_SQL).fetchall():
        if key not in out:
            out[key] = (label, [label])
    for key, text in con.execute(
        "SELECT DISTINCT key, text FROM mentions WHERE key IN (SELECT key FROM ("
        + PARTY_SQL
        + ")) ORDER BY key, text"
    ).fetchall():
        forms = out[key][1]
        if text not in forms:
            forms.append(text)
    return out


def _matches(index: ListIndex, forms: list[str]) -> list[Listing]:
    """The entries any written form of the party matches, the best form's score for each."""
    best: dict[tuple[str, str], Listing] = {}
    for form in forms:
        for hit in index.search(form, limit=5):
            key = (hit.list_id, hit.entry_id)
            if hit.is_match and (key not in best or hit.score > best[key].score):
                best[key] = hit
    return sorted(best.values(), key=lambda m: (-m.score, m.list_id, m.entry_id))


def _entities(links: dict[str, list[Listing]]) -> dict[str, str]:
    """Union parties with the entries they match; each group is named by its first entry."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for key, found in links.items():
        find(f"party:{key}")
        for m in found:
            a, b = find(f"party:{key}"), find(f"{m.list_id}:{m.entry_id}")
            if a != b:
                parent[max(a, b)] = min(a, b)  # any root will do: the name is chosen below
    members: dict[str, list[str]] = defaultdict(list)
    for node in list(parent):
        members[find(node)].append(node)
    name = {
        root: min((n for n in nodes if not n.startswith("party:")), default=root)
        for root, nodes in members.items()
    }
    return {key: name[find(f"party:{key}")] for key in links}


def _fingerprint(con: duckdb.DuckDBPyConnection, parties: dict[str, tuple[str, list[str]]]) -> str:
    h = hashlib.sha256()
    for key, (label, forms) in sorted(parties.items()):
        h.update("\x1f".join([key, label, *forms]).encode())
    row = con.execute(
        "SELECT count(*), coalesce(sum(hash(list_id || entry_id || digest)), 0) FROM list_entries"
    ).fetchone()
    h.update(repr(row).encode())
    h.update(_names_version().encode())
    return h.hexdigest()


def _names_version() -> str:
    """The names layer's code and data: a new matcher relinks."""
    h = hashlib.sha256()
    for folder in (resources.files("dualtrace.names"), resources.files("dualtrace.data") / "names"):
        for f in sorted(folder.iterdir(), key=lambda p: p.name):
            if f.is_file() and f.name.endswith((".py", ".tsv", ".yaml")):
                h.update(f.name.encode() + f.read_bytes())
    return h.hexdigest()


def listings_by_party(con: duckdb.DuckDBPyConnection) -> dict[str, list[dict[str, object]]]:
    """party key -> the list entries it was matched to, best first, for showing with claims."""
    out: dict[str, list[dict[str, object]]] = defaultdict(list)
    for key, list_id, entry_id, name, score, via, why, entity in con.execute(
        "SELECT party_key, list_id, entry_id, matched_name, score, via, explanation, entity_id "
        "FROM party_links ORDER BY party_key, score DESC, list_id, entry_id"
    ).fetchall():
        out[key].append(
            {
                "list": list_id,
                "entry_id": entry_id,
                "name": name,
                "score": round(score, 3),
                "via": via,
                "explanation": why,
                "entity": entity,
            }
        )
    return out
