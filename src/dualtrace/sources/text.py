"""Plain-text articles (.txt, .md, no extension), with an optional leading date marker.

A file may start with `` date YYYY-MM-DD`` or `` date YYYY-MM``; the article text goes on after it
on the same line or on the next. The marker sets `published` and is cut from the text.

A start that looks like a marker (``date`` then a digit) but is not a real date, such as
``date 2023-13`` or ``date 23-02``, is an error rather than text: left in, it would silently
cost the publication date that every relative time phrase in the article is resolved against.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from dualtrace.model import Document
from dualtrace.sources.decode import normalise
from dualtrace.sources.errors import SourceError
from dualtrace.sources.ids import document_id

_MARKER = re.compile(r"[ \t]*date[ \t]+(?=\d)")
# The date token, then the separator that is cut with it: spaces, or the rest of an empty line.
_DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?(?=\s|$)[ \t]*(?:\n|$)?")


class DateLineError(ValueError):
    """The text starts like a date marker but the date is not a real one."""


def split_date_line(text: str) -> tuple[str | None, str]:
    """(published, rest): the marker's date, and the text with the marker cut off.

    Text without a marker comes back unchanged with ``None``. Raises DateLineError for a marker
    whose date is malformed or impossible.
    """
    marker = _MARKER.match(text)
    if marker is None:
        return None, text
    match = _DATE.match(text, marker.end())
    token = (text[marker.end() :].split(maxsplit=1) or [""])[0]
    if match is None:
        raise DateLineError(f"malformed date line {token!r} (want YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.group(1), match.group(2), match.group(3)
    try:
        dt.date(int(year), int(month), int(day or 1))
    except ValueError:
        raise DateLineError(f"impossible date {token!r} in date line") from None
    published = f"{year}-{month}" if day is None else f"{year}-{month}-{day}"
    return published, text[match.end() :]


def format_date_line(published: str) -> str:
    """The marker for a date, ready to be followed by the article text (inverse of the split)."""
    return f" date {published} "


def read_text(text: str, path: str | Path) -> Document:
    """A plain-text article from decoded file content."""
    text = text.lstrip("\ufeff")
    try:
        published, body = split_date_line(text)
    except DateLineError as error:
        raise SourceError(path, str(error), 1) from None
    body = normalise(body)
    if not body:
        why = "empty file (no text)" if published is None else "no text after the date line"
        raise SourceError(path, why)
    return Document(
        id=document_id(body), origin=str(path), text=body, format="text", published=published
    )
