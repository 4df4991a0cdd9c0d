"""RSS and Atom feeds, via feedparser: one Document per item, origin ``<path>#<n>`` (n from 1)."""

from __future__ import annotations

import datetime as dt
import email.utils
import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import feedparser

from dualtrace.model import Document
from dualtrace.sources.decode import normalise
from dualtrace.sources.errors import SourceError
from dualtrace.sources.fragment import html_paragraphs
from dualtrace.sources.ids import document_id

# The text is decoded by our own rules before feedparser sees it, so it is told the encoding;
# otherwise an XML declaration naming the original charset would make it decode twice.
_HEADERS = {"content-type": "application/xml; charset=utf-8"}
_DATE_KEYS = ("published", "updated", "created")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _is_html(detail: Any) -> bool:
    return isinstance(detail, Mapping) and detail.get("type") in _HTML_TYPES


def _plain(value: Any, detail: Any) -> list[str]:
    """A feed field as normalised paragraphs, without markup when feedparser says it is HTML."""
    if not isinstance(value, str) or not value.strip():
        return []
    parts = html_paragraphs(value) if _is_html(detail) else normalise(value).split("\n\n")
    paragraphs = (" ".join(normalise(part).split()) for part in parts)
    return [paragraph for paragraph in paragraphs if paragraph]


def _body(entry: Mapping[str, Any]) -> list[str]:
    # Full content (content:encoded, atom:content) beats the summary, which is often a teaser.
    contents = entry.get("content")
    if isinstance(contents, list):
        best: list[str] = []
        for content in contents:
            if isinstance(content, Mapping):
                paragraphs = _plain(content.get("value"), content)
                if sum(map(len, paragraphs)) > sum(map(len, best)):
                    best = paragraphs
        if best:
            return best
    return _plain(entry.get("summary"), entry.get("summary_detail"))


def _local_day(raw: str) -> str | None:
    """The calendar day as the publisher wrote it, before any shift to UTC."""
    when: dt.datetime | None = None
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        try:
            when = dt.datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
        except ValueError:
            when = None
    return None if when is None else when.date().isoformat()


def _published(entry: Mapping[str, Any]) -> str | None:
    # feedparser's *_parsed values are converted to UTC, which moves an item published just
    # after midnight in Moscow or Kyiv to the day before; the raw string keeps the local day.
    for key in _DATE_KEYS:
        raw = entry.get(key)
        if isinstance(raw, str) and raw.strip():
            day = _local_day(raw)
            if day is not None:
                return day
        parsed = entry.get(f"{key}_parsed")
        if parsed is not None:
            try:
                return dt.date(parsed[0], parsed[1], parsed[2]).isoformat()
            except (TypeError, ValueError, IndexError):
                continue
    return None


def _one_line(value: Any, detail: Any) -> str | None:
    text = " ".join(_plain(value, detail))
    return text or None


def read_feed(text: str, path: str | Path) -> list[Document]:
    """Every item with text; raises SourceError for a feed that is broken or has no items."""
    try:
        parsed = feedparser.parse(io.BytesIO(text.encode("utf-8")), response_headers=_HEADERS)
    except Exception as error:  # a parser failure is this file's problem, not the run's
        raise SourceError(path, f"cannot parse feed: {type(error).__name__}: {error}") from None
    entries = [entry for entry in parsed.get("entries", []) if isinstance(entry, Mapping)]
    if not entries:
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            line = getattr(problem, "getLineNumber", lambda: None)()
            raise SourceError(
                path, f"broken feed: {problem}", line if isinstance(line, int) else None
            )
        raise SourceError(path, "feed has no items")
    if not parsed.get("version"):
        # Other XML (a sanctions list, a sitemap) whose elements feedparser mistook for entries.
        raise SourceError(path, "not an RSS or Atom feed")
    channel = parsed.get("feed", {})
    outlet = _one_line(channel.get("title"), channel.get("title_detail"))
    documents: list[Document] = []
    for number, entry in enumerate(entries, start=1):
        title = _one_line(entry.get("title"), entry.get("title_detail"))
        body_paragraphs = _body(entry)
        if title and body_paragraphs and body_paragraphs[0] == title:
            body_paragraphs = body_paragraphs[1:]  # bodies that repeat the headline
        paragraphs = ([title] if title else []) + body_paragraphs
        body = normalise("\n\n".join(paragraphs))
        if not body:
            continue
        link = entry.get("link")
        documents.append(
            Document(
                id=document_id(body),
                origin=f"{path}#{number}",
                text=body,
                format="feed",
                title=title,
                outlet=outlet,
                published=_published(entry),
                url=(link.strip() or None) if isinstance(link, str) else None,
            )
        )
    if not documents:
        raise SourceError(path, "feed has no items with text")
    return documents
