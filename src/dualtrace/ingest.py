"""The ingest stage: files -> documents and list entries in the store, one transaction per run.

A file that cannot be read is reported (one line, file and line) and skipped; the other files
still land. Sanctions lists (OFAC folders and CSVs, EU/UK/CSL/FtM files) go to the list readers,
everything else to the news readers; a list row that was skipped or read in part is a warning,
not a failure. Everything read is written in one transaction, so an interrupted run leaves
nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dualtrace.model import Document, ListEntry
from dualtrace.sources import SourceError, list_files, read_file
from dualtrace.sources.lists import list_format
from dualtrace.sources.lists.base import list_label
from dualtrace.sources.lists.ofac_csv import read as read_ofac_folder
from dualtrace.sources.lists.sniff import READERS
from dualtrace.store import Store
from dualtrace.store.lists import write_entries
from dualtrace.store.records import insert_documents


@dataclass(slots=True)
class ListLoad:
    """What one list contributed to a run."""

    list_id: str
    label: str  # "OFAC SDN"
    entries: int = 0
    new: int = 0
    updated: int = 0
    skipped: int = 0  # rows left out


@dataclass(slots=True)
class IngestReport:
    files: int = 0
    documents: int = 0
    new: int = 0
    errors: list[str] = field(default_factory=list)  # files that failed entirely
    lists: list[ListLoad] = field(default_factory=list)
    list_entries: int = 0
    list_new: int = 0
    list_updated: int = 0
    list_problems: list[str] = field(default_factory=list)  # rows skipped or read in part


def ingest(
    store: Store,
    paths: Sequence[str | Path],
    on_file: Callable[[Path], None] | None = None,
) -> IngestReport:
    report = IngestReport()
    docs: list[Document] = []
    entries: list[ListEntry] = []
    skipped: dict[str, int] = {}
    files: list[Path] = []
    for p in paths:  # one missing path must not hide the others
        try:
            files += list_files([p])
        except SourceError as exc:
            report.errors.append(str(exc))
    report.files = len(files)
    ofac_done: set[Path] = set()
    for path in files:
        try:
            fmt = list_format(path)
            if fmt == "ofac_csv":
                # sdn, alt and add are one list: read once, from the folder that holds them.
                folder = path.parent
                if folder not in ofac_done:
                    ofac_done.add(folder)
                    read = read_ofac_folder(folder)
                    _take(read.entries, read.problems, read.skipped, entries, skipped, report)
            elif fmt is not None:
                read = READERS[fmt](path)
                _take(read.entries, read.problems, read.skipped, entries, skipped, report)
            else:
                docs += read_file(path)
        except SourceError as exc:
            report.errors.append(str(exc))
        if on_file is not None:
            on_file(path)
    report.documents = len(docs)
    with store.transaction() as con:
        report.new = insert_documents(con, docs)
        by_list: dict[str, list[ListEntry]] = {}
        for entry in entries:
            by_list.setdefault(entry.list_id, []).append(entry)
        for list_id, group in by_list.items():
            new, updated = write_entries(con, group)
            load = ListLoad(list_id, list_label(list_id), len(group), new, updated)
            load.skipped = skipped.get(list_id, 0)
            report.lists.append(load)
            report.list_new += new
            report.list_updated += updated
    report.list_entries = len(entries)
    return report


def _take(
    read_entries: list[ListEntry],
    problems: list[str],
    skipped_rows: int,
    entries: list[ListEntry],
    skipped: dict[str, int],
    report: IngestReport,
) -> None:
    entries += read_entries
    report.list_problems += problems
    if read_entries:
        list_id = read_entries[0].list_id
        skipped[list_id] = skipped.get(list_id, 0) + skipped_rows
