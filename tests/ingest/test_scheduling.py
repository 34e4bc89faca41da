"""The scheduler in-process, and the per-feed lock that keeps runs of one feed apart."""

from __future__ import annotations

import asyncio
from pathlib import Path

from graph.model import Feed
from ingest.jobs import IngestContext
from ingest.locks import feed_lock
from ingest.scheduler import ScheduleOptions, Scheduler, run_once
from tests.ingest.documents import Entry, rss2
from tests.ingest.server import FeedServer, Route


def test_one_holder_per_feed(tmp_path: Path) -> None:
    with (
        feed_lock(tmp_path, "feed:a") as first,
        feed_lock(tmp_path, "feed:a") as second,
        feed_lock(tmp_path, "feed:b") as other,
    ):
        assert (first, second, other) == (True, False, True)
    with feed_lock(tmp_path, "feed:a") as again:
        assert again


async def test_each_feed_runs_at_its_interval_not_twice(
    ctx: IngestContext, server: FeedServer, tmp_path: Path
) -> None:
    for name in ("one", "two", "three"):
        server.routes[f"/{name}"] = Route(rss2([Entry(title=name, guid=f"urn:{name}")]))
    feeds = [Feed(url=server.url(f"/{n}"), interval_minutes=60) for n in ("one", "two", "three")]
    await ctx.store.upsert_feeds(feeds)
    scheduler = Scheduler(
        ctx, ScheduleOptions(max_concurrent=2, jitter_s=0, refresh_s=0.05), lock_dir=tmp_path
    )
    task = asyncio.create_task(scheduler.run())
    while len(scheduler.results) < 3:
        await asyncio.sleep(0.05)
    # A few more scheduling rounds: nothing is due again for an hour.
    await asyncio.sleep(0.3)
    ctx.stop.set()
    await asyncio.wait_for(task, timeout=30)
    assert sorted(r.feed.url for r in scheduler.results) == sorted(f.url for f in feeds)
    assert all(len(server.hits_of(f"/{n}")) == 1 for n in ("one", "two", "three"))


async def test_a_feed_locked_elsewhere_is_skipped(
    ctx: IngestContext, server: FeedServer, tmp_path: Path
) -> None:
    server.routes["/feed"] = Route(rss2([Entry(title="x", guid="urn:x")]))
    feed = Feed(url=server.url("/feed"))
    await ctx.store.upsert_feeds([feed])
    with feed_lock(tmp_path, feed.id):
        results = await run_once(ctx, [feed], lock_dir=tmp_path, max_concurrent=1)
    assert (results, server.hits_of("/feed")) == ([], [])
    (done,) = await run_once(ctx, [feed], lock_dir=tmp_path, max_concurrent=1)
    assert done.items_new == 1
