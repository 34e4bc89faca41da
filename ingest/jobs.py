"""One ingestion run of one feed: fetch, parse, skip what is known, build, extract, store.

At-least-once and idempotent: an article counts as stored only once its whole batch is written
and it is marked processed, and every write is a MERGE by id. A run killed at any point is
simply run again: finished articles are skipped, unfinished ones are redone without duplicates.
The feed's ETag/Last-Modified are kept only when every item made it, so a 304 can never hide an
item that failed or was cut short.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from graph.errors import NotFound
from graph.model import Article, Feed, FeedStatus, utc_now
from graph.store import GraphStore
from ingest.articles import ArticleOptions, SourceFetcher, build_article
from ingest.dedupe import SeenSet
from ingest.extract.base import ArticleOnlyExtractor, Extractor
from ingest.parse import FeedItem, FeedParseError, parse_feed

log = logging.getLogger("ingest.jobs")


@dataclass(frozen=True)
class JobOptions:
    articles: ArticleOptions = field(default_factory=ArticleOptions)
    batch_size: int = 8  # articles extracted and written together
    max_items: int = 500  # per fetch: a runaway feed cannot flood one run


@dataclass(frozen=True)
class FeedRunResult:
    """What one run of one feed did (also stored, as FeedStatus, on the feed)."""

    feed: Feed
    status: FeedStatus
    items_new: int = 0
    items_seen: int = 0
    items_failed: int = 0
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def ok(self) -> bool:
        return self.status.error is None


# Called with (feed id, items to process) once, then (feed id, None) after each item.
ProgressHook = Callable[[str, int | None], None]


@dataclass
class IngestContext:
    """What every feed job shares within one process."""

    store: GraphStore
    fetcher: SourceFetcher
    extractor: Extractor = field(default_factory=ArticleOnlyExtractor)
    options: JobOptions = field(default_factory=JobOptions)
    seen: SeenSet = field(default_factory=SeenSet)
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    progress: ProgressHook | None = None

    @property
    def processed_by(self) -> str:
        return f"{self.extractor.name}/{self.extractor.version}"


@dataclass
class _Tally:
    new: int = 0
    seen: int = 0
    failed: int = 0
    interrupted: bool = False
    pending: list[Article] = field(default_factory=list)


async def run_feed(ctx: IngestContext, feed: Feed) -> FeedRunResult:
    """Fetch and ingest one feed once, record its status, and report what happened."""
    started = time.monotonic()
    attempt = utc_now()
    extra = {"feed_id": feed.id, "feed_url": feed.url}
    previous = feed.status
    base = FeedStatus(
        last_attempt=attempt,
        last_success=previous.last_success,
        etag=previous.etag,
        last_modified=previous.last_modified,
    )
    try:
        fetched = await ctx.fetcher.fetch(
            feed.url,
            etag=previous.etag,
            last_modified=previous.last_modified,
            allow_local=True,  # feeds are added by the user; links inside them never are
        )
    except Exception as exc:
        status = base.model_copy(
            update={"error": f"fetch failed: {exc}", "http_status": getattr(exc, "status", None)}
        )
        log.warning("feed fetch failed: %s", exc, extra=extra)
        return await _finish(ctx, feed, status, _Tally(), started)
    if fetched.not_modified:
        status = base.model_copy(update={"last_success": attempt, "http_status": fetched.status})
        log.info("feed not modified", extra=extra)
        return await _finish(ctx, feed, status, _Tally(), started)
    try:
        content_type = fetched.content_type
        if content_type and fetched.charset:
            # The charset from HTTP matters when the document does not declare its own.
            content_type = f"{content_type}; charset={fetched.charset}"
        parsed = parse_feed(fetched.body, content_type=content_type, base_url=fetched.url)
    except FeedParseError as exc:
        status = base.model_copy(update={"http_status": fetched.status, "error": str(exc)})
        log.warning("feed unreadable: %s", exc, extra=extra)
        return await _finish(ctx, feed, status, _Tally(), started)
    if parsed.problem:
        log.warning(
            "feed malformed, read %d items: %s", len(parsed.items), parsed.problem, extra=extra
        )
    await _learn_feed_details(ctx, feed, parsed.title, parsed.lang)

    tally = _Tally()
    fresh, tally.seen = await ctx.seen.unseen_items(
        ctx.store, parsed.items[: ctx.options.max_items], feed.id
    )
    if ctx.progress:
        ctx.progress(feed.id, len(fresh))
    await _process_items(
        ctx, feed, items=fresh, feed_lang=parsed.lang, fetched_at=attempt, tally=tally
    )

    complete = tally.failed == 0 and not tally.interrupted
    errors = [p for p in (parsed.problem and f"malformed feed: {parsed.problem}",) if p]
    if tally.failed:
        errors.append(f"{tally.failed} item(s) failed, retried next run")
    status = base.model_copy(
        update={
            "last_success": attempt,
            "http_status": fetched.status,
            "error": "; ".join(errors) or None,
            # Validators only when everything is stored, so a 304 never hides a missed item.
            "etag": fetched.etag if complete else previous.etag,
            "last_modified": fetched.last_modified if complete else previous.last_modified,
        }
    )
    return await _finish(ctx, feed, status, tally, started)


async def _process_items(
    ctx: IngestContext,
    feed: Feed,
    *,
    items: Sequence[FeedItem],
    feed_lang: str | None,
    fetched_at: str,
    tally: _Tally,
) -> None:
    for item in items:
        if ctx.stop.is_set():
            tally.interrupted = True  # the rest is picked up by the next run
            break
        extra = {"feed_id": feed.id, "guid": item.guid or "", "url": item.link or ""}
        try:
            article = await build_article(
                item,
                feed=feed,
                fetched_at=fetched_at,
                fetcher=ctx.fetcher,
                options=ctx.options.articles,
                feed_lang=feed_lang,
            )
        except Exception:
            tally.failed += 1
            log.exception("item failed", extra=extra)
            _tick(ctx, feed)
            continue
        assert article.guid is not None
        if await ctx.seen.claim(ctx.store, article.id, article.guid, article.content_hash):
            tally.pending.append(article)
        else:
            tally.seen += 1
            log.info("item already stored (same text)", extra=extra | {"item_id": article.id})
            _tick(ctx, feed)
        if len(tally.pending) >= ctx.options.batch_size:
            await _flush(ctx, feed, tally)
    await _flush(ctx, feed, tally)


async def _flush(ctx: IngestContext, feed: Feed, tally: _Tally) -> None:
    articles, tally.pending = tally.pending, []
    if not articles:
        return
    try:
        # Extractors are CPU-bound and synchronous: keep the event loop free.
        batches = await asyncio.to_thread(ctx.extractor.extract_many, articles)
        for batch in batches:
            await ctx.store.upsert(batch)
        # Marked only after every batch is written: a kill before this point redoes them.
        await ctx.store.mark_articles_processed(
            [a.id for a in articles], processed_by=ctx.processed_by
        )
    except Exception:
        tally.failed += len(articles)
        for article in articles:
            assert article.guid is not None
            await ctx.seen.release(article.id, article.guid, article.content_hash)
        log.exception("storing %d article(s) failed", len(articles), extra={"feed_id": feed.id})
    else:
        tally.new += len(articles)
        for article in articles:
            # The store now knows it: the claim only had to cover the time until it did.
            assert article.guid is not None
            await ctx.seen.release(article.id, article.guid, article.content_hash)
            log.info(
                "article stored",
                extra={
                    "feed_id": feed.id,
                    "item_id": article.id,
                    "lang": article.lang or "",
                    "text_source": article.text_source or "",
                },
            )
    for _ in articles:
        _tick(ctx, feed)


def _tick(ctx: IngestContext, feed: Feed) -> None:
    if ctx.progress:
        ctx.progress(feed.id, None)


async def _learn_feed_details(ctx: IngestContext, feed: Feed, title: str, lang: str | None) -> None:
    """Fill in a feed's title and language from the feed itself when the user gave none."""
    update: dict[str, str] = {}
    if not feed.title and title:
        update["title"] = title
    if not feed.lang and lang:
        update["lang"] = lang
    if update:
        await ctx.store.upsert_feeds([feed.model_copy(update=update)])


async def _finish(
    ctx: IngestContext, feed: Feed, status: FeedStatus, tally: _Tally, started: float
) -> FeedRunResult:
    status = status.model_copy(update={"items_new": tally.new, "items_seen": tally.seen})
    try:
        await ctx.store.record_feed_status(feed.id, status)
    except NotFound:
        log.warning("feed was removed during its run", extra={"feed_id": feed.id})
    result = FeedRunResult(
        feed=feed,
        status=status,
        items_new=tally.new,
        items_seen=tally.seen,
        items_failed=tally.failed,
        seconds=time.monotonic() - started,
        interrupted=tally.interrupted,
    )
    log.info(
        "feed done: %d new, %d seen, %d failed",
        tally.new,
        tally.seen,
        tally.failed,
        extra={"feed_id": feed.id, "error": status.error or ""},
    )
    return result
