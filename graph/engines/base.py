"""What the Cypher store needs from an engine: run one named statement, return plain rows."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from graph.cypher.dialect import Dialect
from graph.cypher.queries import Statement

Row = dict[str, Any]


class CypherEngine(Protocol):
    """A connection to one graph. Rows hold only plain values (str, numbers, lists, dicts)."""

    dialect: Dialect

    async def run(self, statement: Statement, params: Mapping[str, Any]) -> list[Row]:
        """Run a statement; raises QueryFailed or StoreUnavailable, never a driver error."""

    async def close(self) -> None:
        """Release connections."""
