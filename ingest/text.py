"""HTML reduced to plain text: feed titles, summaries and content carry markup and entities."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# Elements that end a line of text; everything else flows inline.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    }
)  # fmt: skip
_SKIPPED = frozenset({"script", "style", "noscript", "template", "head"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment: one line per block, spaces collapsed, no blank lines.

    Plain text passes through unchanged apart from whitespace, so it is safe on any field.
    """
    if "<" not in markup and "&" not in markup:
        return _tidy(markup)
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    # Entities the parser could not resolve (e.g. double-escaped feeds) are resolved once more.
    return _tidy(html.unescape("".join(collector.parts)))


def single_line(markup: str) -> str:
    """Text of a title-like field: one line, however the feed broke it."""
    return " ".join(html_to_text(markup).split())


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)
