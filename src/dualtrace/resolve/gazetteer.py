"""List entries as gazetteer names, so articles that name a listed firm are read with it.

Only companies and organisations: a list's people share names with too many others to be
recognised in running text without context. A name goes in without its legal form ("TSK VEKTOR,
OOO" is written "TSK Vektor" in an article), and only when what is left is two words or more:
a one-word name ("SEPTEMBER", "LEVERAGE", "WAGNER") is too often an ordinary word. The curated
gazetteer comes first, so its entries win a tie ("TSK Vektor" keeps its curated key and label),
and it holds the one-word firms that matter ("Tekhkrim", "Norinco").
"""

from __future__ import annotations

import hashlib

import duckdb

from dualtrace.extract.gazetteer import Gazetteer, GazetteerEntry, GazetteerError
from dualtrace.names.legal_forms import split_legal_forms
from dualtrace.names.normalise import tokens

SCHEMATA = ("Company", "Organization", "LegalEntity")
MIN_WORD = 2  # letters every word of a listed name needs, so initials do not make a name


def listed_entries(con: duckdb.DuckDBPyConnection) -> list[GazetteerEntry]:
    rows = con.execute(
        "SELECT e.list_id, e.entry_id, e.name, n.name, e.countries[1] FROM list_names n "
        "JOIN list_entries e USING (list_id, entry_id) "
        f"WHERE e.schema IN {SCHEMATA} ORDER BY e.list_id, e.entry_id, n.name"
    ).fetchall()
    out: list[GazetteerEntry] = []
    for list_id, entry_id, primary, name, country in rows:
        spelling = _core(name)
        if spelling is None:
            continue
        label = _core(primary) or primary
        try:
            out.append(
                GazetteerEntry(
                    spelling,
                    "company",
                    f"{list_id}:{entry_id}",
                    label.title() if label.isupper() or label.islower() else label,
                    country.upper() if country else None,
                )
            )
        except GazetteerError:
            continue  # a name the gazetteer cannot hold (no letters left): not worth a mention
    return out


def with_lists(con: duckdb.DuckDBPyConnection) -> tuple[Gazetteer, str]:
    """The default gazetteer plus the store's listed names, and a digest of what was added (part
    of the extractor's fingerprint: loading a list re-reads the articles)."""
    listed = listed_entries(con)
    if not listed:
        return Gazetteer.default(), ""
    h = hashlib.sha256()
    for e in listed:
        h.update(f"{e.key}\x1f{e.name}\x1f{e.label}\n".encode())
    return Gazetteer([*Gazetteer.default().entries, *listed]), h.hexdigest()[:16]


def _core(name: str) -> str | None:
    rest, _ = split_legal_forms(tokens(name))
    if len(rest) >= 2 and all(len(t) >= MIN_WORD for t in rest):
        return " ".join(rest)
    return None
