"""Feed lists exported by feed readers (OPML 1.0/2.0) into Feed objects."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from graph.model import Feed
from ingest.feeds import FeedConfigError, normalize_source


def feeds_from_opml(document: bytes, *, base: Path | None = None) -> list[Feed]:
    """Every outline with an xmlUrl, in document order, once each.

    Raises FeedConfigError when the document is not OPML or lists no feed.
    """
    try:
        root = ET.fromstring(document)  # noqa: S314 - see the import
    except ET.ParseError as exc:
        raise FeedConfigError(f"not a valid OPML document: {exc}") from exc
    if root.tag.lower() != "opml":
        raise FeedConfigError(f"not an OPML document (root element <{root.tag}>)")
    feeds: dict[str, Feed] = {}
    for outline in root.iter("outline"):
        url = outline.get("xmlUrl") or outline.get("xmlurl")
        if not url:
            continue  # a folder
        title = outline.get("title") or outline.get("text") or ""
        lang = outline.get("language") or None
        feed = Feed(url=normalize_source(url, base=base), title=title.strip(), lang=lang)
        feeds.setdefault(feed.id, feed)
    if not feeds:
        raise FeedConfigError("the OPML document lists no feed (no outline with an xmlUrl)")
    return list(feeds.values())


def read_opml(path: Path) -> list[Feed]:
    try:
        document = path.read_bytes()
    except OSError as exc:
        raise FeedConfigError(f"cannot read {path}: {exc}") from exc
    return feeds_from_opml(document, base=path.parent)
