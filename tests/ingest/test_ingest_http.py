"""Feeds served by a real local HTTP server, ingested into the real embedded store."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from graph.model import Actor, ActorKind, Article, Feed, GraphBatch, Relation, RelType
from graph.store import GraphStore
from ingest.dedupe import content_hash
from ingest.jobs import FeedRunResult, IngestContext, run_feed
from tests.ingest.documents import Entry, atom, page, rss2
from tests.ingest.server import FeedServer, Route

LONG = " ".join(["The export rules tighten again for advanced chips and their makers."] * 6)


def entries(prefix: str, count: int, *, base: str = "https://news.example.org") -> list[Entry]:
    return [
        Entry(
            title=f"{prefix} story {i}",
            link=f"{base}/{prefix}/{i}?utm_source=rss",
            guid=f"urn:{prefix}:{i}",
            summary=f"Teaser {i}.",
            content=f"<p>{prefix} full text number {i}. {LONG}</p>",
            date=f"Tue, 28 Jan 2025 1{i % 10}:00:00 +0100",
        )
        for i in range(count)
    ]


async def add_and_run(ctx: IngestContext, url: str) -> FeedRunResult:
    feed = Feed(url=url)
    await ctx.store.upsert_feeds([feed])
    (stored,) = [f for f in await ctx.store.list_feeds() if f.id == feed.id]
    return await run_feed(ctx, stored)


async def stored_feed(store: GraphStore, url: str) -> Feed:
    return next(f for f in await store.list_feeds() if f.url == url)


async def articles(store: GraphStore) -> list[dict[str, object]]:
    sub = await store.subgraph(include_articles=True, max_nodes=10_000)
    return [n.props for n in sub.nodes if n.group == "Article"]


async def test_conditional_get_and_unchanged_reruns_write_nothing(
    ctx: IngestContext, server: FeedServer
) -> None:
    server.routes["/feed"] = Route(
        rss2(entries("a", 5)), etag='"v1"', last_modified="Tue, 28 Jan 2025 13:02:00 GMT"
    )
    first = await add_and_run(ctx, server.url("/feed"))
    assert (first.items_new, first.items_seen, first.items_failed) == (5, 0, 0)
    feed = await stored_feed(ctx.store, server.url("/feed"))
    assert (feed.status.http_status, feed.status.etag, feed.status.error) == (200, '"v1"', None)
    assert feed.status.last_success == feed.status.last_attempt
    before = await ctx.store.counts()

    second = await run_feed(ctx, feed)
    assert server.hits_of("/feed")[-1].if_none_match == '"v1"'
    assert (second.status.http_status, second.items_new) == (304, 0)

    # Validators dropped by the server: a full 200 whose items are all known.
    server.routes["/feed"] = Route(rss2(entries("a", 5)))
    third = await run_feed(ctx, await stored_feed(ctx.store, server.url("/feed")))
    assert (third.items_new, third.items_seen) == (0, 5)
    assert await ctx.store.counts() == before
    stored = await stored_feed(ctx.store, server.url("/feed"))
    assert (stored.status.items_new, stored.status.items_seen) == (0, 5)


async def test_redirected_feed(ctx: IngestContext, server: FeedServer) -> None:
    server.routes["/moved"] = Route(status=301, location=server.url("/feed"))
    server.routes["/feed"] = Route(rss2(entries("r", 2)))
    result = await add_and_run(ctx, server.url("/moved"))
    assert (result.items_new, result.status.error) == (2, None)


async def test_server_error_is_recorded_not_raised(ctx: IngestContext, server: FeedServer) -> None:
    server.routes["/feed"] = Route(b"oops", status=500, content_type="text/plain")
    result = await add_and_run(ctx, server.url("/feed"))
    feed = await stored_feed(ctx.store, server.url("/feed"))
    assert feed.status.error is not None
    assert "500" in feed.status.error
    assert feed.status.last_success is None
    assert feed.status.last_attempt is not None
    assert result.items_new == 0


async def test_malformed_feed_stores_what_it_can_and_says_so(
    ctx: IngestContext, server: FeedServer
) -> None:
    server.routes["/feed"] = Route(rss2(entries("m", 3)).replace(b"</channel>", b""))
    result = await add_and_run(ctx, server.url("/feed"))
    assert result.items_new == 3
    feed = await stored_feed(ctx.store, server.url("/feed"))
    assert feed.status.error is not None
    assert feed.status.error.startswith("malformed feed")


async def test_garbage_is_an_error_with_a_message(ctx: IngestContext, server: FeedServer) -> None:
    server.routes["/feed"] = Route(
        b"<html><body>Not a feed</body></html>", content_type="text/html"
    )
    await add_and_run(ctx, server.url("/feed"))
    feed = await stored_feed(ctx.store, server.url("/feed"))
    assert (feed.status.error or "").startswith("not an RSS or Atom feed")
    assert (feed.status.http_status, feed.status.items_new) == (200, 0)


async def test_single_byte_encodings(ctx: IngestContext, server: FeedServer) -> None:
    latin = Entry(title="Élysée : réunion à Noël", guid="urn:l1", summary="Café, crème et « IA »")
    windows = Entry(title="L’IA coûte 5 € — “enfin”", guid="urn:w1", summary="Œuvre…")
    server.routes["/latin"] = Route(
        rss2([latin], encoding="iso-8859-1"), content_type="application/rss+xml"
    )
    server.routes["/windows"] = Route(
        rss2([windows], encoding="windows-1252"),
        content_type="text/xml; charset=windows-1252",
    )
    await add_and_run(ctx, server.url("/latin"))
    await add_and_run(ctx, server.url("/windows"))
    titles = {a["guid"]: (a["title"], a["summary"]) for a in await articles(ctx.store)}
    assert titles == {
        "urn:l1": (latin.title, latin.summary),
        "urn:w1": (windows.title, windows.summary),
    }


async def test_duplicates_across_feeds_are_stored_once(
    ctx: IngestContext, server: FeedServer
) -> None:
    shared = entries("s", 3)
    # Same story, another URL and GUID, same words with other markup and case.
    rewritten = Entry(
        title="Elsewhere", link="https://other.example.org/x", guid="urn:other:x",
        content=f"<div>S FULL TEXT NUMBER 0. {LONG.upper()}</div>",
    )  # fmt: skip
    # Same canonical URL as shared[1] (tracking parameters differ), another GUID.
    relinked = Entry(
        title="Relinked", link="https://NEWS.example.org/s/1?utm_campaign=x", guid="urn:b:1",
        content="<p>Different words entirely here.</p>",
    )  # fmt: skip
    # Same GUID as shared[2], another URL and text.
    reguided = Entry(
        title="Same guid", link="https://third.example.org/y", guid="urn:s:2",
        content="<p>Yet another text about something else.</p>",
    )  # fmt: skip
    server.routes["/a"] = Route(rss2(shared))
    server.routes["/b"] = Route(rss2([*shared, rewritten, relinked, reguided]))
    first = await add_and_run(ctx, server.url("/a"))
    second = await add_and_run(ctx, server.url("/b"))
    assert (first.items_new, second.items_new, second.items_seen) == (3, 0, 6)
    stored = await articles(ctx.store)
    assert sorted(str(a["guid"]) for a in stored) == ["urn:s:0", "urn:s:1", "urn:s:2"]


async def test_atom_feed(ctx: IngestContext, server: FeedServer) -> None:
    server.routes["/atom"] = Route(atom(entries("atom", 2)), content_type="application/atom+xml")
    result = await add_and_run(ctx, server.url("/atom"))
    assert result.items_new == 2
    stored = sorted(await articles(ctx.store), key=lambda a: str(a["guid"]))
    assert [a["title"] for a in stored] == ["atom story 0", "atom story 1"]
    assert {a["text_source"] for a in stored} == {"content"}


async def test_teasers_get_the_page_text_and_local_links_are_never_read(
    ctx: IngestContext, server: FeedServer, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET " * 50)
    paragraphs = [
        f"Paragraph {i} of the real article about Nvidia and DeepSeek. {LONG}" for i in range(3)
    ]
    server.routes["/page"] = Route(page("Nvidia", paragraphs), content_type="text/html")
    server.routes["/broken"] = Route(b"no", status=500, content_type="text/plain")
    feed_entries = [
        Entry(title="Paged", link=server.url("/page"), guid="urn:p", summary="Teaser only."),
        Entry(title="Broken", link=server.url("/broken"), guid="urn:b", summary="Kept summary."),
        Entry(title="Local", link=secret.as_uri(), guid="urn:f", summary="Local link summary."),
        # Another loopback address, not allowed: refused by the address check, never connected.
        Entry(
            title="Private",
            link=server.url("/page").replace("127.0.0.1", "127.0.0.2"),
            guid="urn:private",
            summary="Private link summary.",
        ),
    ]
    server.routes["/feed"] = Route(rss2(feed_entries))
    result = await add_and_run(ctx, server.url("/feed"))
    assert result.items_new == 4
    stored = {a["guid"]: a for a in await articles(ctx.store)}
    assert stored["urn:p"]["text_source"] == "page"
    assert stored["urn:private"]["text"] == "Private link summary."
    assert len(server.hits_of("/page")) == 1  # only the allowed address reached the server
    assert "Paragraph 2 of the real article" in str(stored["urn:p"]["text"])
    assert "All rights reserved" not in str(stored["urn:p"]["text"])
    assert (stored["urn:b"]["text_source"], stored["urn:b"]["text"]) == ("summary", "Kept summary.")
    assert "SECRET" not in str(stored["urn:f"]["text"])
    assert "url" not in stored["urn:f"]  # a file link identifies nothing and is never fetched


async def test_dates_and_languages(ctx: IngestContext, server: FeedServer) -> None:
    french = Entry(
        title="Nvidia chute", guid="urn:fr", date="Tue, 28 Jan 2025 14:02:00 +0100",
        content="<p>Nvidia a connu la pire perte d’une journée de son histoire, perdant 600 "
        "milliards de dollars, tandis qu’Alphabet et Microsoft ont également reculé.</p>",
    )  # fmt: skip
    undated = Entry(title="Undated", guid="urn:en", summary=LONG)
    server.routes["/feed"] = Route(rss2([french, undated]))
    result = await add_and_run(ctx, server.url("/feed"))
    stored = {a["guid"]: a for a in await articles(ctx.store)}
    assert (stored["urn:fr"]["lang"], stored["urn:fr"]["published"]) == (
        "fr",
        "2025-01-28T13:02:00Z",
    )
    assert stored["urn:fr"]["published_is_fetch_time"] is False
    assert stored["urn:en"]["lang"] == "en"
    assert stored["urn:en"]["published"] == result.status.last_attempt
    assert stored["urn:en"]["published_is_fetch_time"] is True


class NvidiaExtractor:
    """A small real extractor: links every article to Nvidia when the text names it."""

    name = "nvidia-test"
    version = "1"

    def extract_many(self, items: Sequence[Article]) -> list[GraphBatch]:
        nvidia = Actor(kind=ActorKind.COMPANY, name="Nvidia")
        return [
            GraphBatch(
                articles=(a,),
                actors=(nvidia,),
                relations=(Relation(type=RelType.MENTIONS, source_id=a.id, target_id=nvidia.id),),
            )
            if "Nvidia" in a.text
            else GraphBatch(articles=(a,))
            for a in items
        ]


async def test_extractor_is_injected(ctx: IngestContext, server: FeedServer) -> None:
    ctx.extractor = NvidiaExtractor()
    server.routes["/feed"] = Route(
        rss2([Entry(title="n", guid="urn:n", content=f"<p>Nvidia fell. {LONG}</p>")])
    )
    await add_and_run(ctx, server.url("/feed"))
    (art,) = await articles(ctx.store)
    assert art["processed_by"] == "nvidia-test/1"
    edges = await ctx.store.edges_of([str(art["id"])], rel_types=[RelType.MENTIONS])
    assert [e.target_id for e in edges] == ["company:nvidia"]
    assert art["content_hash"] == content_hash(str(art["text"]))
