"""The build stage: documents in the store -> mentions and claims in the store, then claim
parties -> list entries (resolve).

Incremental: a document is processed when it has never been built or was built by another
extractor (code version or data files changed). Each document's results replace its old ones in
one transaction, so a crash leaves every document either fully old or fully new.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from dualtrace.extract.pipeline import extract, fingerprint
from dualtrace.resolve.gazetteer import with_lists
from dualtrace.resolve.link import LinkReport, link_parties
from dualtrace.store import Store
from dualtrace.store.records import pending_documents, write_extraction


@dataclass(slots=True)
class BuildReport:
    processed: int = 0
    claims: int = 0
    mentions: int = 0
    up_to_date: int = 0
    links: LinkReport | None = None


def build(store: Store, on_doc: Callable[[int, int], None] | None = None) -> BuildReport:
    gaz, listed = with_lists(store.con)
    extractor = fingerprint() + (f"+{listed}" if listed else "")
    docs = pending_documents(store.con, extractor)
    total_row = store.con.execute("SELECT count(*) FROM documents").fetchone()
    report = BuildReport(up_to_date=(int(total_row[0]) if total_row else 0) - len(docs))
    for n, doc in enumerate(docs, start=1):
        result = extract(doc, gaz)
        with store.transaction() as con:
            write_extraction(con, doc.id, extractor, result.mentions, result.claims)
        report.processed += 1
        report.claims += len(result.claims)
        report.mentions += len(result.mentions)
        if on_doc is not None:
            on_doc(n, len(docs))
    with store.transaction() as con:
        report.links = link_parties(con)
    return report
