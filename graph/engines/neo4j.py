"""Neo4j 5 engine through the official async driver, with managed (retrying) transactions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import neo4j
from neo4j import AsyncGraphDatabase, RoutingControl
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable, SessionExpired

from graph.cypher.dialect import NEO4J, Dialect
from graph.cypher.queries import Statement
from graph.engines.base import Row
from graph.errors import QueryFailed, StoreUnavailable


class Neo4jEngine:
    """One database on a Neo4j server. Constructing it does no I/O."""

    dialect: Dialect = NEO4J

    def __init__(
        self, *, uri: str, user: str, password: str, database: str, timeout_s: float
    ) -> None:
        self._driver = AsyncGraphDatabase.driver(uri, auth=(user, password))
        self._database = database
        self._timeout_s = timeout_s

    async def run(self, statement: Statement, params: Mapping[str, Any]) -> list[Row]:
        routing = RoutingControl.WRITE if statement.write else RoutingControl.READ
        query = neo4j.Query(statement.text, timeout=self._timeout_s)
        try:
            records, _, _ = await self._driver.execute_query(
                query, dict(params), database_=self._database, routing_=routing
            )
        except (ServiceUnavailable, SessionExpired, OSError) as exc:
            raise StoreUnavailable(f"Neo4j is not reachable: {exc}") from exc
        except AuthError as exc:
            raise StoreUnavailable(
                "Neo4j refused the credentials (NEO4J_USER/NEO4J_PASSWORD)"
            ) from exc
        except Neo4jError as exc:
            # Driver errors are mapped by their code, never by message text.
            raise QueryFailed(statement.name, f"{exc.code}: {exc.message}") from exc
        return [record.data() for record in records]

    async def close(self) -> None:
        await self._driver.close()
