"""Feed parsing on real documents: every format, broken ones, other encodings, markup, dates."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ingest.parse import FeedParseError, parse_feed
from tests.ingest.documents import Entry, atom, rss091, rss1, rss2

ENTRY = Entry(
    title="Nvidia <b>loses</b> $600bn &amp; more",
    link="https://news.example.org/nvidia?utm_source=rss",
    guid="urn:x:1",
    summary="<p>Shares <i>fell</i> 17%.</p>",
    date="Mon, 27 Jan 2025 21:30:00 -0500",
)


def test_rss2_items_text_and_utc_dates() -> None:
    parsed = parse_feed(rss2([ENTRY, Entry(title="Undated", guid="urn:x:2")]))
    assert (parsed.version, parsed.lang, parsed.problem) == ("rss20", "en", None)
    first, undated = parsed.items
    assert first.title == "Nvidia loses $600bn & more"
    assert first.summary == "Shares fell 17%."
    assert first.published == "2025-01-28T02:30:00Z"
    assert (first.guid, first.link) == ("urn:x:1", "https://news.example.org/nvidia?utm_source=rss")
    assert undated.published is None


def test_content_encoded_is_full_text_one_line_per_paragraph() -> None:
    entry = Entry(
        title="t", guid="g", summary="teaser", content="<p>One &amp; two.</p><p>Three</p>"
    )
    (item,) = parse_feed(rss2([entry])).items
    assert item.content == "One & two.\nThree"
    assert item.summary == "teaser"


def test_atom() -> None:
    entry = Entry(
        title="DeepSeek <em>R1</em>", link="https://news.example.org/r1", guid="tag:x,2025:1",
        summary="s", content="<p>Full</p>", date="2025-01-28T14:02:00+01:00",
    )  # fmt: skip
    parsed = parse_feed(atom([entry]))
    assert parsed.version == "atom10"
    (item,) = parsed.items
    assert (item.title, item.guid, item.link) == ("DeepSeek R1", "tag:x,2025:1", entry.link)
    assert (item.content, item.published) == ("Full", "2025-01-28T13:02:00Z")


@pytest.mark.parametrize(("document", "version"), [(rss1, "rss10"), (rss091, "rss091")])
def test_older_rss(document: Callable[[list[Entry]], bytes], version: str) -> None:
    parsed = parse_feed(document([ENTRY]))
    assert parsed.version.startswith(version)
    assert parsed.items[0].title == "Nvidia loses $600bn & more"


@pytest.mark.parametrize("encoding", ["iso-8859-1", "windows-1252"])
def test_declared_single_byte_encodings(encoding: str) -> None:
    title = (
        "Élysée : l’IA « souveraine » coûte 5 €" if encoding == "windows-1252" else "Élysée à Noël"
    )
    parsed = parse_feed(rss2([Entry(title=title, guid="g")], encoding=encoding))
    assert parsed.items[0].title == title


def test_encoding_from_http_header_when_the_document_is_silent() -> None:
    body = rss2([Entry(title="Café crème", guid="g")], encoding="iso-8859-1").replace(
        b' encoding="iso-8859-1"', b""
    )
    parsed = parse_feed(body, content_type="application/rss+xml; charset=iso-8859-1")
    assert parsed.items[0].title == "Café crème"


def test_malformed_feed_is_read_as_far_as_possible_and_the_problem_kept() -> None:
    body = rss2([ENTRY, Entry(title="Second", guid="urn:x:2")]).replace(b"</channel>", b"")
    parsed = parse_feed(body)
    assert parsed.problem is not None
    assert [i.guid for i in parsed.items] == ["urn:x:1", "urn:x:2"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"garbage, not xml", "not an RSS or Atom feed"),
        (b"<html><body><p>a web page</p></body></html>", "not an RSS or Atom feed"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel><title>cut', "no readable item"),
    ],
)
def test_unreadable_documents_are_errors_with_a_message(body: bytes, message: str) -> None:
    with pytest.raises(FeedParseError, match=message):
        parse_feed(body)


def test_a_truncated_item_is_still_read() -> None:
    parsed = parse_feed(
        b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>cut</title><description>tea'
    )
    assert parsed.problem is not None
    assert [i.title for i in parsed.items] == ["cut"]


def test_a_valid_feed_without_items_is_empty_not_an_error() -> None:
    parsed = parse_feed(rss2([]))
    assert (parsed.items, parsed.problem) == ([], None)
