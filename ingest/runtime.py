"""Wiring for the CLI: settings into job and schedule options, the fetcher, the lock folder."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from graph.settings import get_settings
from ingest.articles import ArticleOptions, SourceFetcher
from ingest.fetch import Fetcher
from ingest.jobs import JobOptions
from ingest.scheduler import ScheduleOptions
from ingest.settings import IngestSettings, get_ingest_settings


def ingest_settings() -> IngestSettings:
    return get_ingest_settings()


def job_options() -> JobOptions:
    s = ingest_settings()
    return JobOptions(
        articles=ArticleOptions(fetch_pages=s.fetch_article_pages),
        batch_size=s.extract_batch_size,
        max_items=s.max_items_per_feed,
    )


def schedule_options() -> ScheduleOptions:
    s = ingest_settings()
    return ScheduleOptions(max_concurrent=s.max_concurrent_feeds, jitter_s=s.schedule_jitter_s)


def lock_dir() -> Path:
    return get_settings().data_dir / "ingest-locks"


@asynccontextmanager
async def open_fetcher() -> AsyncIterator[SourceFetcher]:
    async with Fetcher(ingest_settings()) as fetcher:
        yield fetcher
