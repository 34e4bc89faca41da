"""API fixtures: the seed story in a real embedded graph, served over real HTTP."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from api.app import create_app
from api.graphql.context import IngestNow
from api.settings import ApiSettings
from graph.cypher.store import CypherGraphStore
from graph.engines.embedded import ServerInfo
from graph.engines.falkordb import FalkorDBEngine
from graph.settings import Settings
from tests.api.live import KEYS, GraphQLClient, live_server
from tests.graph.story import load_story


@asynccontextmanager
async def story_graph(info: ServerInfo) -> AsyncIterator[tuple[str, CypherGraphStore]]:
    """A fresh graph holding the seed story; dropped afterwards."""
    name = f"api_{uuid.uuid4().hex[:12]}"
    engine = FalkorDBEngine(socket_path=info.socket, graph_name=name, timeout_s=30)
    store = CypherGraphStore(engine)
    await store.ensure_schema()
    await load_story(store)
    try:
        yield name, store
    finally:
        await engine.drop_graph()
        await store.close()


def make_app(
    data_dir: Path, graph_name: str, *, ingest_now: IngestNow | None = None, **overrides: Any
) -> Any:
    settings = ApiSettings(api_keys=KEYS, **overrides)
    return create_app(
        settings,
        store_settings=Settings(data_dir=data_dir, graph_name=graph_name),
        ingest_now=ingest_now,
    )


@pytest.fixture(scope="session")
async def story_name(embedded_server: ServerInfo) -> AsyncIterator[str]:
    """One read-only story graph shared by the query tests (they never write)."""
    async with story_graph(embedded_server) as (name, _):
        yield name


@pytest.fixture(scope="session")
def api(story_name: str, engine_data_dir: Path) -> Iterator[GraphQLClient]:
    with live_server(make_app(engine_data_dir, story_name)) as url:
        client = GraphQLClient(url)
        yield client
        client.close()


@pytest.fixture
async def fresh_store(embedded_server: ServerInfo) -> AsyncIterator[tuple[str, CypherGraphStore]]:
    """A story graph of this test's own, for tests that write."""
    async with story_graph(embedded_server) as found:
        yield found
