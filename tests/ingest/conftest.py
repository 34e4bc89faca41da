"""Fixtures for ingestion: a local HTTP server and a Fetcher allowed to reach only 127.0.0.1."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from graph.cypher.store import CypherGraphStore
from ingest.fetch import Fetcher
from ingest.jobs import IngestContext, JobOptions
from ingest.settings import IngestSettings
from tests.ingest.server import FeedServer


@pytest.fixture
def server() -> Iterator[FeedServer]:
    feed_server = FeedServer().start()
    yield feed_server
    feed_server.stop()


def test_settings() -> IngestSettings:
    # No retry backoff: a 500 is answered at once, so the tests stay quick.
    return IngestSettings(allow_private=["127.0.0.1"], fetch_retries=0)


@pytest.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    async with Fetcher(test_settings()) as opened:
        yield opened


@pytest.fixture
def ctx(store: CypherGraphStore, fetcher: Fetcher) -> IngestContext:
    return IngestContext(store=store, fetcher=fetcher, options=JobOptions(batch_size=3))
