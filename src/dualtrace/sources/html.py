"""Saved HTML pages: the article text and its metadata, via trafilatura. Never fetches anything."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import trafilatura

from dualtrace.model import Document
from dualtrace.sources.decode import normalise
from dualtrace.sources.errors import SourceError
from dualtrace.sources.ids import document_id

# htmldate's extensive search guesses a date from free text (a copyright line, a date in the
# story); a wrong publication date silently shifts every relative date in the article, so only
# dates the page states as metadata or markup are trusted.
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


def _paragraphs(extracted: str) -> list[str]:
    # trafilatura puts one line per block element (and per <br>); the extractor wants paragraphs
    # separated by a blank line, and a <br> in news markup almost always separates paragraphs.
    return [line.strip() for line in extracted.split("\n") if line.strip()]


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def read_html(html: str, path: str | Path) -> Document:
    """The article in a saved page; raises SourceError when the page holds no article text."""
    try:
        result = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as error:  # a parser failure is this file's problem, not the run's
        raise SourceError(path, f"cannot parse HTML: {type(error).__name__}: {error}") from None
    raw = getattr(result, "text", None) if result is not None else None
    paragraphs = _paragraphs(raw) if isinstance(raw, str) else []
    if not paragraphs:
        raise SourceError(path, "no article text found")
    title = _clean(getattr(result, "title", None))
    if title is not None and not any(title in p for p in paragraphs[:3]):
        paragraphs.insert(0, title)
    text = normalise("\n\n".join(paragraphs))
    date = _clean(getattr(result, "date", None))
    published = date[:10] if date and _ISO_DAY.match(date) else None
    return Document(
        id=document_id(text),
        origin=str(path),
        text=text,
        format="html",
        title=title,
        outlet=_clean(getattr(result, "sitename", None)),
        published=published,
        url=_clean(getattr(result, "url", None)),
    )
