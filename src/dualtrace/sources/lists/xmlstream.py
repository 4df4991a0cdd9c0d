"""Stream the records of a large XML list, each as a small ElementTree with its first line.

Lists are one long sequence of records (EU sanctionEntity, UK Designation, OFAC DistinctParty);
only the record being read is in memory. Namespaces are dropped from tag names. expat is used
directly because it tells the line a record starts on, which a list entry keeps as its source.
A file cut short or broken mid-way keeps the records before the break and reports the line.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.parsers import expat

from dualtrace.sources.errors import SourceError
from dualtrace.sources.lists.base import MAX_LIST_BYTES, problem

Wanted = Callable[[str, str], bool]  # (tag, parent tag) -> is this element a record?
_CHUNK = 1 << 20


def local(tag: str) -> str:
    return tag.rpartition("}")[2].rpartition(":")[2]


def records(path: Path, wanted: Wanted, problems: list[str]) -> Iterator[tuple[int, ET.Element]]:
    """(line, element) for each record in the file, in order.

    Raises SourceError when the file cannot be opened or breaks before its first record; a
    later break ends the stream with one problem naming the line.
    """
    parser = expat.ParserCreate()
    stack: list[str] = []  # tag names of all open elements
    building: list[ET.Element] = []  # open elements of the current record
    ready: list[tuple[int, ET.Element]] = []
    start_line = 0
    text: list[str] = []

    def flush_text() -> None:
        if building and text:
            joined = "".join(text)
            node = building[-1]
            if len(node):
                last = node[-1]
                last.tail = (last.tail or "") + joined
            else:
                node.text = (node.text or "") + joined
        text.clear()

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal start_line
        name = local(tag)
        parent = stack[-1] if stack else ""
        stack.append(name)
        flush_text()
        attributes = {local(k): v for k, v in attrs.items()}
        if building:
            building.append(ET.SubElement(building[-1], name, attributes))
        elif wanted(name, parent):
            start_line = parser.CurrentLineNumber
            building.append(ET.Element(name, attributes))

    def end(tag: str) -> None:
        stack.pop()
        flush_text()
        if building:
            node = building.pop()
            if not building:
                ready.append((start_line, node))

    def chars(data: str) -> None:
        if building:
            text.append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.buffer_text = True
    seen = 0
    try:
        handle = path.open("rb")
    except OSError as error:
        raise SourceError(path, f"cannot read: {error.strerror or error}") from None
    with handle:
        total = 0
        while True:
            try:
                chunk = handle.read(_CHUNK)
            except OSError as error:
                raise SourceError(path, f"cannot read: {error.strerror or error}") from None
            total += len(chunk)
            if total > MAX_LIST_BYTES:
                raise SourceError(path, "file too large")
            try:
                parser.Parse(chunk, not chunk)
            except expat.ExpatError as error:
                yield from ready
                seen += len(ready)
                reason = expat.errors.messages[error.code] if error.code else str(error)
                if seen == 0:
                    what = "not XML" if error.lineno <= 1 and not stack else "broken XML"
                    raise SourceError(path, f"{what}: {reason}", error.lineno) from None
                what = "file ends early" if not chunk else "broken XML"
                problems.append(
                    problem(path, error.lineno, f"{what} ({reason}); {seen} records read before it")
                )
                return
            yield from ready
            seen += len(ready)
            ready.clear()
            if not chunk:
                return
