"""DataLoaders make one batched store call per relation field, whatever the number of parents."""

from __future__ import annotations

from collections import Counter
from typing import Any

from api.graphql.build import build_schema
from api.graphql.context import Context
from api.security import ANONYMOUS
from api.settings import ApiSettings
from graph.cypher.store import CypherGraphStore
from tests.graph.story import ACTORS, load_story


class CountingStore:
    """The real store, counting which methods are called (no behaviour is replaced)."""

    def __init__(self, store: CypherGraphStore) -> None:
        self._store = store
        self.calls: Counter[str] = Counter()

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._store, name)

        async def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls[name] += 1
            return await method(*args, **kwargs)

        return counted


async def test_one_store_call_per_relation_field(store: CypherGraphStore) -> None:
    await load_story(store)
    counting = CountingStore(store)
    settings = ApiSettings(max_query_cost=100_000)
    context = Context(
        store=counting,
        principal=ANONYMOUS,
        settings=settings,
        ingest_now=None,
    )
    query = """{ entities(first: 50) { nodes { name
        relations { evidence { sentence } source { name } }
        facts { label evidence { sentence } } } } }"""
    result = await build_schema(settings).execute(query, context_value=context)
    assert result.errors is None
    assert len(result.data["entities"]["nodes"]) == len(ACTORS)  # type: ignore[index]
    # relations and facts share the edges loader; evidence of relations and of facts are two
    # rounds (different depths), source/target and fact nodes one round each.
    assert counting.calls["list_entities"] == 1
    assert counting.calls["edges_of"] == 1
    assert counting.calls["evidence_for"] <= 2
    assert counting.calls["get_nodes"] <= 2
