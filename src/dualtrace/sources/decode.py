"""Bytes to text: byte-order marks, binary files, invalid UTF-8 with the line it starts on.

News files are UTF-8 unless they say otherwise: a byte-order mark (UTF-8, UTF-16, UTF-32) wins, and
HTML pages and feeds may declare a legacy charset (windows-1251 is still common on Russian and
Ukrainian sites) that is used when the bytes are not valid UTF-8. Plain text has no way to declare
one, so it must be UTF-8. Guessing encodings from byte statistics is deliberately not done: a wrong
guess yields plausible-looking garbage that reaches the extractor silently.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from dualtrace.sources.errors import SourceError

# UTF-32 first: its little-endian mark begins with the UTF-16 one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# <?xml ... encoding="x"?>, <meta charset="x">, <meta http-equiv=... content="...; charset=x">
_DECLARED = re.compile(
    rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']"""
    rb"""|<meta[^>]{0,300}?charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""",
    re.IGNORECASE,
)
_DECLARATION_WINDOW = 4096

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")


def declared_charset(data: bytes) -> str | None:
    """The codec name a page or feed declares near its start, if Python knows it."""
    match = _DECLARED.search(data[:_DECLARATION_WINDOW])
    if match is None:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode(data: bytes, path: str | Path, *, allow_declared: bool = False) -> str:
    """Decode a whole file, or raise a SourceError naming the line of the first bad byte."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                text = body.decode(codec)
            except UnicodeDecodeError as error:
                line = body[: error.start].decode(codec, errors="replace").count("\n") + 1
                raise SourceError(
                    path, f"invalid {label} after its byte-order mark", line
                ) from None
            if "\x00" in text:
                raise SourceError(path, "binary file (contains NUL characters)")
            return text
    if b"\x00" in data:
        raise SourceError(path, "binary file (contains NUL bytes)", _line_of(data, data.index(0)))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if allow_declared:
            declared = declared_charset(data)
            if declared is not None and declared != "utf-8":
                try:
                    return data.decode(declared)
                except UnicodeDecodeError:
                    pass
        line = _line_of(data, error.start)
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise SourceError(
            path,
            f"invalid UTF-8 (byte 0x{data[error.start]:02x} at column {column})",
            line,
        ) from None


def normalise(text: str) -> str:
    """One newline convention and one Unicode form, so offsets and gazetteer matches agree.

    NFC matters for the Nordic and Cyrillic letters a gazetteer matches ("ø", "й"): some sources
    write them decomposed. Trailing spaces are dropped from each line so a line of blanks separates
    paragraphs the same way an empty line does.
    """
    text = _NEWLINES.sub("\n", text.lstrip("\ufeff"))
    text = unicodedata.normalize("NFC", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()
