"""One news file to its Documents: size and sanity checks, format detection, dispatch."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from dualtrace.model import Document
from dualtrace.sources.decode import decode
from dualtrace.sources.errors import SourceError
from dualtrace.sources.feed import read_feed
from dualtrace.sources.html import read_html
from dualtrace.sources.text import read_text

Format = Literal["text", "html", "feed"]

MAX_BYTES = 20 * 1024 * 1024  # far above any article or feed; protects memory on a wrong path

# Other extensions are sniffed: markup is read as a page or feed; anything else is text only
# for a file without an extension, and otherwise refused (a CSV or PDF is not an article).
_BY_EXTENSION: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}
_SNIFF_WINDOW = 2048
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>/]")
_HTML_ROOT = re.compile(r"<(?:!doctype\s+html|html)[\s>/]")


def sniff(text: str) -> Format:
    """The format of content whose file name does not tell: markup must start the file."""
    head = text[:_SNIFF_WINDOW].lstrip("\ufeff \t\r\n").lower()
    if not head.startswith("<"):
        return "text"
    if _FEED_ROOT.search(head):
        return "feed"
    if _HTML_ROOT.search(head):
        return "html"
    return "text"


def read_file(path: Path) -> list[Document]:
    """The documents in one file: one for a text or HTML page, one per item for a feed.

    Every failure, including one inside a parser library, is a SourceError naming this file.
    """
    path = Path(path)  # callers with a str get the same checks, and the origin keeps its form
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise SourceError(path, "is a folder, not a file")
        # Checked before reading, so a huge file given by mistake costs nothing.
        if size > MAX_BYTES:
            mb, limit = size / 1024 / 1024, MAX_BYTES // 1024 // 1024
            raise SourceError(path, f"file too large ({mb:.1f} MB; the limit is {limit} MB)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(path, "no such file") from None
    except OSError as error:
        raise SourceError(path, f"cannot read: {error.strerror or error}") from None
    if not data.strip():
        raise SourceError(path, "empty file")
    try:
        return _parse(path, data)
    except SourceError:
        raise
    except Exception as error:  # a library's bug on odd input must not end the whole run
        raise SourceError(path, f"cannot read: {type(error).__name__}: {error}") from None


def _parse(path: Path, data: bytes) -> list[Document]:
    suffix = path.suffix.lower()
    if suffix in (".xml", ".csv", ".json", ".jsonl"):
        # Imported here: the list readers import this package's errors module.
        from dualtrace.sources.lists import list_format

        fmt = list_format(path)
        if fmt is not None:
            raise SourceError(path, f"is a sanctions list ({fmt}), not news; ingest reads it")
    suffix_format = _BY_EXTENSION.get(suffix)
    text = decode(data, path, allow_declared=suffix_format != "text")
    fmt = suffix_format if suffix_format is not None else sniff(text)
    if suffix and suffix_format is None and fmt == "text":
        # A saved page or feed ("latest.php") is markup; a CSV, JSON or PDF in a news folder is
        # not an article and is reported instead of read as one.
        known = " ".join(sorted(_BY_EXTENSION))
        raise SourceError(path, f"unsupported file type {suffix!r} for news (reads: {known})")
    if not text.strip():
        raise SourceError(path, "empty file")
    if fmt == "html":
        return [read_html(text, path)]
    if fmt == "feed":
        return read_feed(text, path)
    return [read_text(text, path)]
