"""The graph layer's errors: one root, mapped to user-facing errors at the API edge."""

from __future__ import annotations


class GraphError(Exception):
    """Root of every error the graph layer raises on purpose."""


class NotFound(GraphError):
    """No node with this id (of this kind) is in the store."""

    def __init__(self, kind: str, node_id: str) -> None:
        super().__init__(f"no {kind} with id {node_id!r}")
        self.kind = kind
        self.node_id = node_id


class Conflict(GraphError):
    """The request contradicts what the store holds (e.g. merging an entity into itself)."""


class InvalidIdentifier(GraphError):
    """A label, relation type or id that is not in the model's closed lists or is malformed."""


class StoreUnavailable(GraphError):
    """The engine cannot be reached or started; the message says what to do."""


class QueryFailed(GraphError):
    """The engine rejected or failed a statement; carries the statement's name, never user data."""

    def __init__(self, statement: str, reason: str) -> None:
        super().__init__(f"statement {statement!r} failed: {reason}")
        self.statement = statement
