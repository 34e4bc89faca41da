"""Open the configured store: the embedded FalkorDB server by default, or a Neo4j server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from graph.cypher.store import CypherGraphStore
from graph.engines.embedded import EmbeddedServer
from graph.engines.falkordb import FalkorDBEngine
from graph.engines.neo4j import Neo4jEngine
from graph.errors import StoreUnavailable
from graph.settings import Settings


@asynccontextmanager
async def open_store(settings: Settings) -> AsyncIterator[CypherGraphStore]:
    """A ready store (schema ensured) for the life of the context; engines stop cleanly after."""
    server: EmbeddedServer | None = None
    if settings.store == "neo4j":
        if not settings.neo4j_uri:
            raise StoreUnavailable(
                "RISKGRAPH_STORE=neo4j needs NEO4J_URI (e.g. bolt://localhost:7687)"
            )
        engine: FalkorDBEngine | Neo4jEngine = Neo4jEngine(
            uri=settings.neo4j_uri,
            user=settings.neo4j_user,
            password=settings.neo4j_password.get_secret_value(),
            database=settings.neo4j_database,
            timeout_s=settings.query_timeout_s,
        )
    else:
        server = EmbeddedServer(settings.data_dir, start_timeout_s=settings.engine_start_timeout_s)
        info = await asyncio.to_thread(server.start)
        engine = FalkorDBEngine(
            socket_path=info.socket,
            graph_name=settings.graph_name,
            timeout_s=settings.query_timeout_s,
        )
    store = CypherGraphStore(engine)
    try:
        await store.ensure_schema()
        yield store
    finally:
        await store.close()
        if server is not None:
            await asyncio.to_thread(server.stop)
