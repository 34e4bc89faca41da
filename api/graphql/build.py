"""The assembled schema: types, limits, metrics, the error table and a request timeout."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.extensions import (
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
    SchemaExtension,
)
from strawberry.types import ExecutionContext, ExecutionResult

from api.graphql.errors import ErrorTable, is_expected
from api.graphql.facts import Fact
from api.graphql.limits import cost_limiter
from api.graphql.mutations import Mutation
from api.graphql.schema import Query
from api.graphql.types import ACTOR_TYPES, FACT_TYPES, OtherNode
from api.metrics import Metrics
from api.settings import ApiSettings


class RiskGraphSchema(strawberry.Schema):
    """A schema whose every operation is cut off after `timeout_s` with a clear error."""

    timeout_s: float | None = None

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        # Only unexpected errors reach the log with their traceback; a NotFound is an answer.
        super().process_errors([e for e in errors if not is_expected(e)], execution_context)

    async def execute(self, *args: Any, **kwargs: Any) -> ExecutionResult:
        if self.timeout_s is None:
            return await super().execute(*args, **kwargs)
        # A separate task, not asyncio.timeout(): the redis client under FalkorDB can swallow
        # a cancellation, and the caller must get its answer on time regardless.
        task = asyncio.ensure_future(super().execute(*args, **kwargs))
        done, _ = await asyncio.wait({task}, timeout=self.timeout_s)
        if task in done:
            return task.result()
        task.cancel()
        task.add_done_callback(_discard)
        error = GraphQLError(
            f"request timed out after {self.timeout_s:g}s; narrow the query",
            extensions={"code": "TIMEOUT"},
        )
        return ExecutionResult(data=None, errors=[error])


def _discard(task: asyncio.Future[ExecutionResult]) -> None:
    # Retrieve the late outcome so asyncio does not log it as never retrieved.
    if not task.cancelled():
        task.exception()


# Concrete types reached only through interfaces must be named to the schema.
CONCRETE_TYPES: list[type] = [*ACTOR_TYPES.values(), *FACT_TYPES.values(), OtherNode, Fact]


def build_schema(settings: ApiSettings, metrics: Metrics | None = None) -> RiskGraphSchema:
    extensions: list[Callable[[], SchemaExtension]] = [
        lambda: MaxTokensLimiter(max_token_count=settings.max_query_tokens),
        lambda: QueryDepthLimiter(max_depth=settings.max_query_depth),
        lambda: MaxAliasesLimiter(max_alias_count=settings.max_aliases),
        cost_limiter(settings.max_query_cost, settings.max_page_size),
        ErrorTable,
    ]
    if metrics is not None:
        extensions.append(metrics.extension())
    schema = RiskGraphSchema(
        query=Query, mutation=Mutation, types=CONCRETE_TYPES, extensions=extensions
    )
    schema.timeout_s = settings.request_timeout_s
    return schema


def schema_sdl() -> str:
    """The schema in SDL, as exported to api/schema.graphql."""
    schema = strawberry.Schema(query=Query, mutation=Mutation, types=CONCRETE_TYPES)
    return schema.as_str() + "\n"
