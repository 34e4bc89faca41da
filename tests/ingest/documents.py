"""Real feed documents for the tests, written the way publishers write them."""

from __future__ import annotations

import html
from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    title: str
    link: str | None = None
    guid: str | None = None
    summary: str = ""
    content: str | None = None  # HTML, goes to content:encoded / Atom content
    date: str | None = None  # RFC 822 for RSS, RFC 3339 for Atom


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def rss2(entries: list[Entry], *, title: str = "Test feed", encoding: str = "utf-8",
         lang: str = "en") -> bytes:  # fmt: skip
    items = []
    for e in entries:
        parts = [f"<title>{_esc(e.title)}</title>"]
        if e.link:
            parts.append(f"<link>{_esc(e.link)}</link>")
        if e.guid:
            parts.append(f'<guid isPermaLink="false">{_esc(e.guid)}</guid>')
        if e.date:
            parts.append(f"<pubDate>{e.date}</pubDate>")
        parts.append(f"<description>{_esc(e.summary)}</description>")
        if e.content is not None:
            parts.append(f"<content:encoded><![CDATA[{e.content}]]></content:encoded>")
        items.append("<item>" + "".join(parts) + "</item>")
    text = (
        f'<?xml version="1.0" encoding="{encoding}"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{_esc(title)}</title><link>https://news.example.org/</link>"
        f"<description>d</description><language>{lang}</language>"
        + "".join(items)
        + "</channel></rss>"
    )
    return text.encode(encoding)


def atom(entries: list[Entry], *, title: str = "Atom feed") -> bytes:
    parts = []
    for e in entries:
        content = (
            f'<content type="html">{_esc(e.content)}</content>' if e.content is not None else ""
        )
        parts.append(
            f'<entry><title type="html">{_esc(e.title)}</title>'
            f'<link rel="alternate" href="{_esc(e.link or "")}"/>'
            f"<id>{_esc(e.guid or e.link or e.title)}</id>"
            f"<updated>{e.date or '2025-01-28T13:02:00Z'}</updated>"
            f"<summary>{_esc(e.summary)}</summary>{content}</entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">'
        f"<title>{_esc(title)}</title><id>urn:test:atom</id>"
        "<updated>2025-01-28T13:02:00Z</updated>" + "".join(parts) + "</feed>"
    ).encode()


def rss1(entries: list[Entry]) -> bytes:
    items = "".join(
        f'<item rdf:about="{_esc(e.link or "")}"><title>{_esc(e.title)}</title>'
        f"<link>{_esc(e.link or '')}</link><description>{_esc(e.summary)}</description>"
        + (f"<dc:date>{e.date}</dc:date>" if e.date else "")
        + "</item>"
        for e in entries
    )
    return (
        '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<channel rdf:about="https://news.example.org/"><title>RSS 1.0</title>'
        "<link>https://news.example.org/</link><description>d</description></channel>"
        + items
        + "</rdf:RDF>"
    ).encode()


def rss091(entries: list[Entry]) -> bytes:
    items = "".join(
        f"<item><title>{_esc(e.title)}</title><link>{_esc(e.link or '')}</link>"
        f"<description>{_esc(e.summary)}</description></item>"
        for e in entries
    )
    return (
        '<?xml version="1.0"?><rss version="0.91"><channel><title>RSS 0.91</title>'
        "<link>https://news.example.org/</link><description>d</description>"
        "<language>en-us</language>" + items + "</channel></rss>"
    ).encode()


def page(title: str, paragraphs: list[str]) -> bytes:
    """An article page with navigation and boilerplate around the text, as sites serve it."""
    body = "".join(f"<p>{_esc(p)}</p>" for p in paragraphs)
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{_esc(title)}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/markets'>Markets</a></nav>"
        f"<article><h1>{_esc(title)}</h1>{body}</article>"
        "<footer>© News Example. All rights reserved. Subscribe to our newsletter.</footer>"
        "</body></html>"
    ).encode()
