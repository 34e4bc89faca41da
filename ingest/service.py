"""Ingest one stored feed on demand (the API's `ingestNow`), never overlapping the scheduler."""

from __future__ import annotations

from graph.errors import Conflict, NotFound
from graph.store import GraphStore
from ingest.extract.base import Extractor
from ingest.extract.factory import default_extractor
from ingest.jobs import FeedRunResult, IngestContext, run_feed
from ingest.locks import feed_lock
from ingest.runtime import job_options, lock_dir, open_fetcher


async def ingest_feed_now(
    store: GraphStore, feed_id: str, *, extractor: Extractor | None = None
) -> FeedRunResult:
    """Fetch and ingest one feed now; raises NotFound, or Conflict if it is running elsewhere."""
    feed = next((f for f in await store.list_feeds() if f.id == feed_id), None)
    if feed is None:
        raise NotFound("Feed", feed_id)
    with feed_lock(lock_dir(), feed.id) as held:
        if not held:
            raise Conflict(f"feed {feed_id!r} is being ingested by another process; try shortly")
        async with open_fetcher() as fetcher:
            ctx = IngestContext(
                store=store,
                fetcher=fetcher,
                extractor=extractor or default_extractor(),
                options=job_options(),
            )
            return await run_feed(ctx, feed)
