"""Prometheus metrics of one app: GraphQL operations by name and outcome, and their latency.

Each app has its own registry, so several apps in one process (tests) never collide.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from strawberry.extensions import SchemaExtension

# Operation names come from clients: their length and number are bounded so that label
# cardinality stays sane; names beyond the first MAX_NAMES are counted as "other".
_NAME_LIMIT = 64
MAX_NAMES = 200


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self._names: set[str] = set()
        self.operations = Counter(
            "riskgraph_graphql_operations",
            "GraphQL operations by name, type and outcome.",
            ["operation", "type", "outcome"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "riskgraph_graphql_operation_seconds",
            "Time to answer a GraphQL operation.",
            ["operation"],
            registry=self.registry,
        )
        self.http = Counter(
            "riskgraph_http_requests",
            "HTTP requests by route and status code.",
            ["route", "status"],
            registry=self.registry,
        )

    def operation_label(self, name: str | None) -> str:
        label = (name or "anonymous")[:_NAME_LIMIT]
        if label not in self._names and len(self._names) >= MAX_NAMES:
            return "other"
        self._names.add(label)
        return label

    def render(self) -> bytes:
        return generate_latest(self.registry)

    def extension(self) -> Callable[[], SchemaExtension]:
        """A factory of per-request extensions that record into these metrics."""
        metrics = self

        class MetricsExtension(SchemaExtension):
            def on_operation(self) -> Iterator[None]:
                started = time.perf_counter()
                yield
                context = self.execution_context
                name = metrics.operation_label(context.operation_name)
                try:
                    kind = context.operation_type.value
                except RuntimeError:  # the document did not parse
                    kind = "unknown"
                result = context.result
                outcome = "error" if result is None or result.errors else "ok"
                metrics.operations.labels(name, kind, outcome).inc()
                metrics.latency.labels(name).observe(time.perf_counter() - started)

        return MetricsExtension
