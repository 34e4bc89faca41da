"""The one table from domain errors to GraphQL errors: a code and a message, never a trace.

Resolvers raise graph errors (or the API's own `InputError`, `Forbidden`); this extension
rewrites each error of a response once, at the edge. Anything not in the table is masked as an
internal error (the server log keeps the details).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pydantic
from graphql import GraphQLError
from strawberry.extensions import SchemaExtension

from graph.errors import Conflict, InvalidIdentifier, NotFound, QueryFailed, StoreUnavailable


class InputError(Exception):
    """An argument the API refuses (page too large, malformed date...): says which and why."""


class Forbidden(Exception):
    """The caller's key lacks the role this operation needs."""


class Unavailable(Exception):
    """A feature this server was started without (e.g. ingestion)."""


class RequestTimeout(Exception):
    """The whole operation took longer than the configured request timeout."""


def _validation_message(exc: Exception) -> str:
    assert isinstance(exc, pydantic.ValidationError)
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "input"
    return f"invalid {where}: {first['msg']}"


# Order matters only for subclasses; the first matching row wins.
ERROR_TABLE: tuple[tuple[type[Exception], str, Callable[[Exception], str]], ...] = (
    (NotFound, "NOT_FOUND", str),
    (Conflict, "CONFLICT", str),
    (InvalidIdentifier, "BAD_REQUEST", str),
    (InputError, "BAD_REQUEST", str),
    (pydantic.ValidationError, "BAD_REQUEST", _validation_message),
    (Forbidden, "FORBIDDEN", str),
    (Unavailable, "NOT_AVAILABLE", str),
    (RequestTimeout, "TIMEOUT", str),
    (
        StoreUnavailable,
        "STORE_UNAVAILABLE",
        lambda _: "the graph store is unavailable; try again later",
    ),
    (QueryFailed, "STORE_ERROR", lambda _: "the graph store could not answer this request"),
)
INTERNAL_MESSAGE = "internal error"


# Failures of the caller's making: answered, not logged as server errors.
_EXPECTED = tuple(kind for kind, _, _ in ERROR_TABLE if kind not in (StoreUnavailable, QueryFailed))


def is_expected(error: GraphQLError) -> bool:
    original = error.original_error
    if isinstance(original, GraphQLError):
        return is_expected(original)
    return original is None or isinstance(original, _EXPECTED)


def to_client_error(error: GraphQLError) -> GraphQLError:
    original = error.original_error
    if original is None:
        # Syntax, validation and limit errors from graphql-core: their message is the answer.
        code = (error.extensions or {}).get("code", "BAD_REQUEST")
        return _with(error, error.message, str(code))
    if isinstance(original, GraphQLError):
        return to_client_error(original)
    for kind, code, message in ERROR_TABLE:
        if isinstance(original, kind):
            return _with(error, message(original), code)
    return _with(error, INTERNAL_MESSAGE, "INTERNAL")


def _with(error: GraphQLError, message: str, code: str) -> GraphQLError:
    return GraphQLError(
        message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        original_error=None,
        extensions={"code": code},
    )


class ErrorTable(SchemaExtension):
    """Rewrites every error of the response through ERROR_TABLE."""

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result is not None and result.errors:
            result.errors = [to_client_error(e) for e in result.errors]
