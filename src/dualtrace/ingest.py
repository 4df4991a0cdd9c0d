"""The ingest stage: files -> documents in the store, one transaction per run.

A file that cannot be read is reported (one line, file and line) and skipped; the other files
still land. Everything read is written in one transaction, so an interrupted run leaves nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dualtrace.model import Document
from dualtrace.sources import SourceError, list_files, read_file
from dualtrace.store import Store
from dualtrace.store.records import insert_documents


@dataclass(slots=True)
class IngestReport:
    files: int = 0
    documents: int = 0
    new: int = 0
    errors: list[str] = field(default_factory=list)


def ingest(
    store: Store,
    paths: Sequence[str | Path],
    on_file: Callable[[Path], None] | None = None,
) -> IngestReport:
    report = IngestReport()
    docs: list[Document] = []
    files: list[Path] = []
    for p in paths:  # one missing path must not hide the others
        try:
            files += list_files([p])
        except SourceError as exc:
            report.errors.append(str(exc))
    report.files = len(files)
    for path in files:
        try:
            docs += read_file(path)
        except SourceError as exc:
            report.errors.append(str(exc))
        if on_file is not None:
            on_file(path)
    report.documents = len(docs)
    with store.transaction() as con:
        report.new = insert_documents(con, docs)
    return report
