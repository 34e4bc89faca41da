"""Shared fixtures: one real embedded FalkorDB server per test session, a fresh graph per test.

Tests that need Neo4j carry the `neo4j` marker and are skipped, with the reason shown, when
NEO4J_URI is not set. Nothing here fakes a database.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from graph.cypher.queries import Statement
from graph.cypher.store import CypherGraphStore
from graph.engines.embedded import EmbeddedServer, ServerInfo
from graph.engines.falkordb import FalkorDBEngine
from graph.engines.neo4j import Neo4jEngine
from graph.settings import Settings

NEO4J_SKIP_REASON = "NEO4J_URI is not set: the Neo4j half of the contract suite needs a server"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("NEO4J_URI"):
        return
    skip = pytest.mark.skip(reason=NEO4J_SKIP_REASON)
    for item in items:
        if "neo4j" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def engine_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The data directory of the session's embedded server (apps under test attach to it)."""
    return tmp_path_factory.mktemp("engine") / "data"


@pytest.fixture(scope="session")
def embedded_server(engine_data_dir: Path) -> Iterator[ServerInfo]:
    server = EmbeddedServer(engine_data_dir)
    info = server.start()
    yield info
    server.stop(force=True)


def new_falkordb_store(info: ServerInfo) -> tuple[CypherGraphStore, FalkorDBEngine]:
    engine = FalkorDBEngine(
        socket_path=info.socket, graph_name=f"test_{uuid.uuid4().hex[:12]}", timeout_s=30
    )
    return CypherGraphStore(engine), engine


async def _neo4j_store() -> CypherGraphStore:
    settings = Settings(store="neo4j")
    assert settings.neo4j_uri
    engine = Neo4jEngine(
        uri=settings.neo4j_uri,
        user=settings.neo4j_user,
        password=settings.neo4j_password.get_secret_value(),
        database=settings.neo4j_database,
        timeout_s=60,
    )
    store = CypherGraphStore(engine)
    await _wipe_neo4j(store)
    return store


async def _wipe_neo4j(store: CypherGraphStore) -> None:
    # The Neo4j database given to the tests must be disposable: each test starts from empty.
    await store.engine.run(Statement("test_wipe", "MATCH (n) DETACH DELETE n", write=True), {})


@pytest.fixture(params=["falkordb", pytest.param("neo4j", marks=pytest.mark.neo4j)])
async def store(
    request: pytest.FixtureRequest, embedded_server: ServerInfo
) -> AsyncIterator[CypherGraphStore]:
    if request.param == "falkordb":
        falkordb_store, engine = new_falkordb_store(embedded_server)
        await falkordb_store.ensure_schema()
        yield falkordb_store
        await engine.drop_graph()
        await falkordb_store.close()
    else:
        neo4j_store = await _neo4j_store()
        await neo4j_store.ensure_schema()
        yield neo4j_store
        await _wipe_neo4j(neo4j_store)
        await neo4j_store.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"
