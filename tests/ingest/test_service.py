"""ingest_feed_now: the API's on-demand ingestion, sharing the scheduler's per-feed lock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.cypher.store import CypherGraphStore
from graph.errors import Conflict, NotFound
from graph.settings import get_settings
from ingest.extract.base import ArticleOnlyExtractor
from ingest.feeds import sample_feed
from ingest.locks import feed_lock
from ingest.runtime import lock_dir
from ingest.service import ingest_feed_now


@pytest.fixture
def data_dir_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("RISKGRAPH_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    yield tmp_path / "data"
    get_settings.cache_clear()


async def test_ingest_now_stores_the_feed_once(store: CypherGraphStore, data_dir_env: Path) -> None:
    feed = sample_feed()
    await store.upsert_feeds([feed])
    first = await ingest_feed_now(store, feed.id, extractor=ArticleOnlyExtractor())
    assert (first.items_new, first.items_failed) == (2, 0)
    again = await ingest_feed_now(store, feed.id, extractor=ArticleOnlyExtractor())
    assert again.items_new == 0
    assert (await store.counts())["Article"] == 2
    (stored,) = await store.list_feeds()
    assert stored.status.last_success is not None


async def test_unknown_and_busy_feeds(store: CypherGraphStore, data_dir_env: Path) -> None:
    with pytest.raises(NotFound):
        await ingest_feed_now(store, "feed:nope")
    feed = sample_feed()
    await store.upsert_feeds([feed])
    with feed_lock(lock_dir(), feed.id) as held:
        assert held
        with pytest.raises(Conflict, match="another process"):
            await ingest_feed_now(store, feed.id, extractor=ArticleOnlyExtractor())
    assert "Article" not in await store.counts()
