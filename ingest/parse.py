"""RSS 0.9x/1.0/2.0 and Atom documents into plain feed items (feedparser, never the network).

Broken feeds are read as far as they go: the problem travels with the result so the feed's
status can show it. A document that yields no feed at all is an error with a message, never a
silently empty result.
"""

from __future__ import annotations

import calendar
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import feedparser

from graph.model import to_utc_iso
from ingest.errors import IngestError
from ingest.text import html_to_text, single_line


class FeedParseError(IngestError):
    """The document is not a feed we can read anything from; the message says why."""


@dataclass(frozen=True)
class FeedItem:
    """One entry as the feed gives it, markup reduced to text."""

    guid: str | None
    link: str | None
    title: str
    summary: str  # often a teaser
    content: str  # full text when the feed carries it (content:encoded, Atom content)
    published: str | None  # ISO-8601 UTC, None when the feed gives no usable date
    author: str | None = None


@dataclass(frozen=True)
class ParsedFeed:
    """A parsed document: its items, and what was wrong with it if anything."""

    title: str
    lang: str | None
    version: str
    items: list[FeedItem] = field(default_factory=list)
    problem: str | None = None


def parse_feed(
    body: bytes, *, content_type: str | None = None, base_url: str | None = None
) -> ParsedFeed:
    """Parse a feed document. Raises FeedParseError when nothing feed-like is in it."""
    if not body.strip():
        raise FeedParseError("the document is empty")
    headers = {"content-type": content_type or "application/xml"}
    if base_url:
        headers["content-location"] = base_url
    # Bytes, never a URL or path: feedparser would otherwise do its own unchecked fetching.
    parsed: Any = feedparser.parse(body, response_headers=headers, sanitize_html=True)
    problem = _problem(parsed)
    version = parsed.get("version") or ""
    if not version and not parsed.entries:
        raise FeedParseError("not an RSS or Atom feed" + (f" ({problem})" if problem else ""))
    if not parsed.entries and problem:
        raise FeedParseError(f"malformed feed with no readable item: {problem}")
    channel = parsed.get("feed", {})
    return ParsedFeed(
        title=single_line(channel.get("title", "")),
        lang=_lang(channel.get("language")),
        version=version or "unknown",
        items=[_item(entry) for entry in parsed.entries],
        problem=problem,
    )


def _problem(parsed: Any) -> str | None:
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    name = type(exc).__name__ if exc is not None else "error"
    # Declared-vs-actual charset mismatches are fixed by feedparser itself; still worth showing.
    return f"{name}: {exc}" if exc is not None else "malformed feed"


def _lang(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip().lower().replace("_", "-").split("-")[0] or None


def _text_of(entry: Any, key: str) -> str:
    value = entry.get(key) or ""
    detail = entry.get(f"{key}_detail") or {}
    if "html" in str(detail.get("type", "text/html")):
        return html_to_text(value)
    return html_to_text(value) if "<" in value else value.strip()


def _content(entry: Any) -> str:
    # Several content elements: the longest is the full text (others are often summaries).
    texts = [
        html_to_text(c.get("value") or "")
        if "html" in str(c.get("type", "text/html"))
        else (c.get("value") or "").strip()
        for c in entry.get("content") or []
    ]
    return max(texts, key=len, default="")


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            # feedparser has already converted the date to UTC.
            return to_utc_iso(datetime.fromtimestamp(calendar.timegm(value), tz=UTC))
    return None


def _item(entry: Any) -> FeedItem:
    guid = entry.get("id") or entry.get("guid")
    link = entry.get("link")
    author = entry.get("author")
    return FeedItem(
        guid=str(guid).strip() or None if guid else None,
        link=str(link).strip() or None if link else None,
        title=single_line(_text_of(entry, "title")),
        summary=_text_of(entry, "summary"),
        content=_content(entry),
        published=_date(entry),
        author=single_line(str(author)) or None if author else None,
    )
