"""Reading and writing the store's rows; the SQL lives here, not in the stages."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

import duckdb

from dualtrace.model import Claim, Document, Mention

CLAIM_COLUMNS = (
    "doc_id", "idx", "kind", "supplier", "supplier_key", "recipient", "recipient_key",
    "intermediary", "intermediary_key", "item", "item_category", "quantity", "unit", '"when"',
    "when_precision", "stage", "source", "source_chain", "certainty", "hedged", "lang", "quote",
    "span_start", "span_end", "rule", "cues", "denies", "repeats",
)  # fmt: skip


def insert_documents(con: duckdb.DuckDBPyConnection, docs: list[Document]) -> int:
    """Insert documents not seen before (same content = same id); returns how many were new.

    New content from an origin already in the store is a newer version of that file or page:
    it replaces the old one, with everything extracted from it."""
    new = 0
    for d in docs:
        if con.execute("SELECT 1 FROM documents WHERE id = ?", [d.id]).fetchone():
            continue
        rows = con.execute("SELECT id FROM documents WHERE origin = ?", [d.origin]).fetchall()
        old = [r[0] for r in rows]
        for table in ("mentions", "claims", "build_state", "documents"):
            column = "id" if table == "documents" else "doc_id"
            for i in old:
                con.execute(f"DELETE FROM {table} WHERE {column} = ?", [i])
        con.execute(
            "INSERT INTO documents (id, origin, format, title, outlet, published, url, text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [d.id, d.origin, d.format, d.title, d.outlet, d.published, d.url, d.text],
        )
        new += 1
    return new


def pending_documents(con: duckdb.DuckDBPyConnection, extractor: str) -> list[Document]:
    """Documents never built, or built by a different extractor."""
    rows = con.execute(
        "SELECT d.id, d.origin, d.text, d.format, d.title, d.outlet, d.published, d.url "
        "FROM documents d LEFT JOIN build_state b ON b.doc_id = d.id "
        "WHERE b.doc_id IS NULL OR b.extractor <> ? ORDER BY d.ingested_at, d.id",
        [extractor],
    ).fetchall()
    return [Document(*r) for r in rows]


def write_extraction(
    con: duckdb.DuckDBPyConnection,
    doc_id: str,
    extractor: str,
    mentions: list[Mention],
    claims: list[Claim],
) -> None:
    con.execute("DELETE FROM mentions WHERE doc_id = ?", [doc_id])
    con.execute("DELETE FROM claims WHERE doc_id = ?", [doc_id])
    if mentions:
        con.executemany(
            'INSERT INTO mentions (doc_id, start, "end", text, kind, key, label, country, '
            "category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                [doc_id, m.start, m.end, m.text, m.kind, m.key, m.label, m.country, m.category]
                for m in mentions
            ],
        )
    for idx, c in enumerate(claims):
        con.execute(
            f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(CLAIM_COLUMNS))})",
            [
                doc_id,
                idx,
                c.kind,
                c.supplier,
                c.supplier_key,
                c.recipient,
                c.recipient_key,
                c.intermediary,
                c.intermediary_key,
                c.item,
                c.item_category,
                c.quantity,
                c.unit,
                c.when,
                c.when_precision,
                c.stage,
                c.source,
                c.source_chain,
                c.certainty,
                c.hedged,
                c.lang,
                c.quote,
                c.sentence_start,
                c.sentence_end,
                c.rule,
                json.dumps([asdict(q) for q in c.cues], ensure_ascii=False),
                c.denies,
                json.dumps([list(span) for span in c.repeats]),
            ],
        )
    con.execute(
        "INSERT OR REPLACE INTO build_state (doc_id, extractor, built_at) "
        "VALUES (?, ?, current_timestamp)",
        [doc_id, extractor],
    )


def query_claims(
    con: duckdb.DuckDBPyConnection,
    kinds: list[str] | None = None,
    certainty: list[str] | None = None,
    entity: str | None = None,
    entity_key: str | None = None,
) -> list[dict[str, Any]]:
    where, args = [], []
    if kinds:
        where.append(f"c.kind IN ({', '.join('?' * len(kinds))})")
        args += kinds
    if certainty:
        where.append(f"c.certainty IN ({', '.join('?' * len(certainty))})")
        args += certainty
    if entity:
        where.append(
            "(c.supplier ILIKE ? OR c.recipient ILIKE ? OR c.intermediary ILIKE ? "
            "OR c.supplier_key = ? OR c.recipient_key = ? OR c.intermediary_key = ?)"
        )
        like, key = f"%{entity}%", entity_key or entity
        args += [like, like, like, key, key, key]
    sql = (
        "SELECT d.origin AS doc, d.id AS doc_id, d.published, d.title, c.* "
        "FROM claims c JOIN documents d ON d.id = c.doc_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY d.origin, c.idx"
    )
    cur = con.execute(sql, args)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
