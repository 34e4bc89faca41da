"""`riskgraph schedule`: every feed at its own interval, jittered, never twice at once.

The feed list is re-read from the store, so feeds added or removed while it runs are picked
up. On stop (SIGTERM/SIGINT) no new run starts; running feeds finish their current item, write
what they have and return. Anything left is redone by the next run (at-least-once, idempotent).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from dataclasses import dataclass
from pathlib import Path

from graph.errors import GraphError
from graph.model import Feed
from ingest.jobs import FeedRunResult, IngestContext, run_feed
from ingest.locks import feed_lock

log = logging.getLogger("ingest.scheduler")


@dataclass(frozen=True)
class ScheduleOptions:
    max_concurrent: int = 4  # feeds fetched at the same time
    jitter_s: float = 30.0  # spread start times so feeds on one host are not hit together
    refresh_s: float = 30.0  # how often the feed list is re-read


class Scheduler:
    """Runs feeds when due; `run` returns once `ctx.stop` is set and running feeds are done."""

    def __init__(self, ctx: IngestContext, options: ScheduleOptions, *, lock_dir: Path) -> None:
        self.ctx = ctx
        self.options = options
        self.lock_dir = lock_dir
        self.results: list[FeedRunResult] = []
        self._due: dict[str, float] = {}
        self._running: dict[str, asyncio.Task[None]] = {}
        self._slots = asyncio.Semaphore(options.max_concurrent)

    def _jitter(self) -> float:
        return random.uniform(0, self.options.jitter_s)  # noqa: S311 - not for security

    async def run(self) -> None:
        log.info("scheduler started", extra={"max_concurrent": self.options.max_concurrent})
        while not self.ctx.stop.is_set():
            try:
                feeds = await self.ctx.store.list_feeds()
            except GraphError as exc:
                log.error("cannot list feeds: %s", exc)
                feeds = []
            self._start_due(feeds)
            await self._sleep(self._next_wake())
        log.info("stopping: waiting for %d running feed(s)", len(self._running))
        await asyncio.gather(*self._running.values(), return_exceptions=True)
        log.info("scheduler stopped")

    def _start_due(self, feeds: list[Feed]) -> None:
        now = time.monotonic()
        ids = {f.id for f in feeds}
        for gone in set(self._due) - ids:
            del self._due[gone]
        for feed in feeds:
            # A feed seen for the first time runs soon, at a jittered moment.
            due = self._due.setdefault(feed.id, now + self._jitter())
            if due > now or feed.id in self._running:
                continue
            self._due[feed.id] = now + feed.interval_minutes * 60 + self._jitter()
            task = asyncio.create_task(self._run_one(feed.id), name=f"feed {feed.id}")
            self._running[feed.id] = task
            task.add_done_callback(self._forget)

    def _forget(self, task: asyncio.Task[None]) -> None:
        for feed_id, running in list(self._running.items()):
            if running is task:
                del self._running[feed_id]

    def _next_wake(self) -> float:
        soonest = min(self._due.values(), default=time.monotonic() + self.options.refresh_s)
        return max(0.05, min(self.options.refresh_s, soonest - time.monotonic()))

    async def _sleep(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.ctx.stop.wait(), timeout=seconds)

    async def _run_one(self, feed_id: str) -> None:
        async with self._slots:
            if self.ctx.stop.is_set():
                return
            with feed_lock(self.lock_dir, feed_id) as held:
                if not held:
                    log.info("feed already running elsewhere, skipped", extra={"feed_id": feed_id})
                    return
                try:
                    # The freshest copy: its ETag may have changed since the list was read.
                    feed = next(
                        (f for f in await self.ctx.store.list_feeds() if f.id == feed_id), None
                    )
                    if feed is not None:
                        self.results.append(await run_feed(self.ctx, feed))
                except Exception:
                    log.exception("feed run failed", extra={"feed_id": feed_id})


async def run_once(
    ctx: IngestContext, feeds: list[Feed], *, lock_dir: Path, max_concurrent: int
) -> list[FeedRunResult]:
    """Every given feed once, a few at a time, skipping feeds another process is running."""
    slots = asyncio.Semaphore(max_concurrent)
    results: list[FeedRunResult] = []

    async def one(feed: Feed) -> None:
        async with slots:
            if ctx.stop.is_set():
                return
            with feed_lock(lock_dir, feed.id) as held:
                if not held:
                    log.warning(
                        "feed already running elsewhere, skipped", extra={"feed_id": feed.id}
                    )
                    return
                results.append(await run_feed(ctx, feed))

    await asyncio.gather(*(one(f) for f in feeds))
    order = {f.id: i for i, f in enumerate(feeds)}
    return sorted(results, key=lambda r: order[r.feed.id])
