"""FalkorDB engine: runs statements on one graph of a FalkorDB server over a unix socket."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import redis
from falkordb.asyncio import FalkorDB
from redis.asyncio import BlockingConnectionPool, UnixDomainSocketConnection

from graph.cypher.dialect import FALKORDB, Dialect
from graph.cypher.queries import Statement
from graph.engines.base import Row
from graph.errors import QueryFailed, StoreUnavailable


def _plain(value: Any) -> Any:
    # The client returns OrderedDicts for maps; the store wants plain dicts and lists.
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _param(value: Any) -> Any:
    # The client sends parameters as text in a `CYPHER k=v` header that the server reads as a C
    # string, so a NUL would cut the query short; it becomes U+FFFD, the replacement character.
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd")
    if isinstance(value, Mapping):
        return {k: _param(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_param(v) for v in value]
    return value


class FalkorDBEngine:
    """One graph on a FalkorDB server. Constructing it does no I/O."""

    dialect: Dialect = FALKORDB

    def __init__(
        self, *, socket_path: str, graph_name: str, timeout_s: float, max_connections: int = 16
    ) -> None:
        self._pool = BlockingConnectionPool(
            connection_class=UnixDomainSocketConnection,
            path=socket_path,
            max_connections=max_connections,
            timeout=timeout_s,
            decode_responses=True,
        )
        self._graph = FalkorDB(connection_pool=self._pool).select_graph(graph_name)
        self._timeout_ms = int(timeout_s * 1000)

    async def run(self, statement: Statement, params: Mapping[str, Any]) -> list[Row]:
        call = self._graph.query if statement.write else self._graph.ro_query
        try:
            result = await call(statement.text, _param(params), timeout=self._timeout_ms)
        except (redis.ConnectionError, redis.TimeoutError, OSError) as exc:
            raise StoreUnavailable(f"FalkorDB is not reachable: {exc}") from exc
        except redis.ResponseError as exc:
            raise QueryFailed(statement.name, str(exc)) from exc
        header = [column[1] for column in result.header]
        return [dict(zip(header, map(_plain, row), strict=True)) for row in result.result_set]

    async def drop_graph(self) -> None:
        """Delete the whole graph (tests and `riskgraph store reset`)."""
        try:
            await self._graph.delete()
        except redis.ResponseError as exc:
            if "empty key" not in str(exc) and "Invalid graph" not in str(exc):
                raise QueryFailed("drop_graph", str(exc)) from exc

    async def close(self) -> None:
        await self._pool.disconnect()
