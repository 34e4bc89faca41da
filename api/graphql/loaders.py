"""Per-request DataLoaders: each relation field costs one batched store call per request."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from strawberry.dataloader import DataLoader

from graph.model import PROVENANCE_RELATIONS, RelType
from graph.store import GraphStore
from graph.views import EdgeView, EvidenceView, NodeView

STRUCTURAL = tuple(r for r in RelType if r not in PROVENANCE_RELATIONS)


@dataclass(frozen=True)
class Loaders:
    nodes: DataLoader[str, NodeView | None]
    edges: DataLoader[str, list[EdgeView]]  # non-provenance relations touching a node
    mentions: DataLoader[str, list[EdgeView]]  # MENTIONS edges touching a node
    evidence: DataLoader[str, list[EvidenceView]]
    article_facts: DataLoader[str, list[NodeView]]


def _by_endpoint(keys: list[str], edges: list[EdgeView]) -> list[list[EdgeView]]:
    found: dict[str, list[EdgeView]] = defaultdict(list)
    for edge in edges:
        found[edge.source_id].append(edge)
        if edge.target_id != edge.source_id:
            found[edge.target_id].append(edge)
    return [found.get(k, []) for k in keys]


def make_loaders(store: GraphStore) -> Loaders:
    async def nodes(keys: list[str]) -> list[NodeView | None]:
        return await store.get_nodes(keys)

    async def edges(keys: list[str]) -> list[list[EdgeView]]:
        return _by_endpoint(keys, await store.edges_of(keys, rel_types=STRUCTURAL))

    async def mentions(keys: list[str]) -> list[list[EdgeView]]:
        return _by_endpoint(keys, await store.edges_of(keys, rel_types=[RelType.MENTIONS]))

    async def evidence(keys: list[str]) -> list[list[EvidenceView]]:
        found = await store.evidence_for(keys)
        return [found.get(k, []) for k in keys]

    async def article_facts(keys: list[str]) -> list[list[NodeView]]:
        found = await store.facts_of_articles(keys)
        return [found.get(k, []) for k in keys]

    return Loaders(
        nodes=DataLoader(load_fn=nodes),
        edges=DataLoader(load_fn=edges),
        mentions=DataLoader(load_fn=mentions),
        evidence=DataLoader(load_fn=evidence),
        article_facts=DataLoader(load_fn=article_facts),
    )
