"""Which list reader a file needs, from its name and first bytes, so ingest can send a CSV,
XML or JSON file that is a list to the list readers and everything else to the news readers."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from dualtrace.sources.lists import csl, eu_xml, ftm, ofac_csv, ofac_xml, uk
from dualtrace.sources.lists.base import ListRead

Reader = Callable[[Path], ListRead]
READERS: dict[str, Reader] = {
    "ofac_csv": ofac_csv.read,
    "ofac_xml": ofac_xml.read,
    "eu_xml": eu_xml.read,
    "uk": uk.read,
    "csl": csl.read,
    "ftm": ftm.read,
}
_HEAD = 8192
_OFAC_ROW = re.compile(rb'^\d+,"[^"]*",')
_OFAC_XML_MARKS = (b"ReferenceValueSets", b"DistinctPart", b"ADVANCED_XML", b"un.org/sanctions")
_FTM_LINE = re.compile(rb'^\s*\{.*"schema"\s*:', re.DOTALL)


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(_HEAD).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return b""


def list_format(path: Path) -> str | None:
    """The name of the reader for a list file ("ofac_csv", "eu_xml", ...), or None when the
    file is not a list this program reads (then it is news, or unsupported)."""
    path = Path(path)
    if path.is_dir():
        return "ofac_csv" if "sdn" in ofac_csv.files_of(path) else None
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xml", ".json", ".jsonl", ".ndjson", ".ftm"):
        return None
    head = _head(path)
    if suffix == ".csv":
        if ofac_csv.is_ofac_file(path) or _OFAC_ROW.match(head):
            return "ofac_csv"
        first_lines = head[:2048].lower()
        if b"unique id" in first_lines and (
            b"name 6" in first_lines or b"report date" in first_lines
        ):
            return "uk"
        if b"entity_number" in first_lines or (
            b"source" in first_lines and b"alt_names" in first_lines
        ):
            return "csl"
        return None
    if suffix == ".xml":
        if b"<Sanctions" in head and any(mark in head for mark in _OFAC_XML_MARKS):
            return "ofac_xml"
        if b"fsd/export" in head or b"<sanctionEntity" in head:
            return "eu_xml"
        if b"<Designations" in head or b"<Designation>" in head:
            return "uk"
        return None
    if _FTM_LINE.match(head.split(b"\n", 1)[0]):
        return "ftm"
    if (
        suffix == ".json"
        and b'"results"' in head
        and (b'"alt_names"' in head or b'"source"' in head)
    ):
        return "csl"
    return None


def read_list(path: Path) -> ListRead:
    """The entries of a list file (or an OFAC folder) with the reader its format needs."""
    from dualtrace.sources.errors import SourceError

    fmt = list_format(Path(path))
    if fmt is None:
        raise SourceError(path, "not a sanctions list this program reads")
    return READERS[fmt](Path(path))
