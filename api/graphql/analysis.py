"""Root fields over graph analytics: ranked evidence paths and centrality.

The analytics themselves (graph/paths.py, graph/analytics.py) are pure graph code; here they are
only called and shaped. Centrality runs networkx in a thread so it never blocks the event loop.
"""

from __future__ import annotations

import asyncio

import strawberry

from api.graphql.context import Info
from api.graphql.enums import ActorKind
from api.graphql.inputs import iso
from api.graphql.limits import check_page
from api.graphql.types import Evidence, GraphNode, Relation, wrap
from graph.analytics import CentralNode, centrality, to_networkx
from graph.paths import PathWithEvidence, find_paths
from graph.store import TimeWindow
from graph.views import Subgraph

CENTRALITY_BUDGET = 20_000  # nodes read for centrality; the rest is reported as truncated


@strawberry.type(description="One hop of a path, in the path's direction, with its evidence.")
class PathStep:
    source: GraphNode = strawberry.field(name="from")
    target: GraphNode = strawberry.field(name="to")
    relation: Relation
    evidence: list[Evidence]
    evidence_from: str = strawberry.field(
        description="edge: the relation's own evidence; fact: the evidence of the fact it "
        "attaches to (participant edges); none: no evidence stored."
    )


@strawberry.type(description="A ranked path between two nodes; score 1.0 is the best path.")
class Path:
    score: float
    cost: float
    nodes: list[GraphNode]
    steps: list[PathStep]


@strawberry.type
class CentralEntity:
    node: GraphNode
    betweenness: float
    degree: float


@strawberry.type
class Centrality:
    truncated: bool = strawberry.field(
        description="The graph was larger than the node budget: scores are over a sample."
    )
    entities: list[CentralEntity]


def _path(found: PathWithEvidence) -> Path:
    nodes = [wrap(n) for n in found.nodes]
    steps = [
        PathStep(
            source=nodes[i],
            target=nodes[i + 1],
            relation=Relation(view=hop.edge),
            evidence=[Evidence(view=e) for e in hop.evidence],
            evidence_from=hop.evidence_from,
        )
        for i, hop in enumerate(found.edges)
    ]
    return Path(score=found.score, cost=found.cost, nodes=nodes, steps=steps)


async def resolve_paths(  # noqa: PLR0917  (GraphQL arguments, passed by name)
    info: Info,
    from_id: strawberry.ID,
    to_id: strawberry.ID,
    max_hops: int = 4,
    k: int = 3,
    exclude_ids: list[strawberry.ID] | None = None,
    exclude_kinds: list[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    as_of: str | None = None,
) -> list[Path]:
    window = TimeWindow(
        since=iso(since, "since"), until=iso(until, "until"), as_of=iso(as_of, "asOf")
    )
    found = await find_paths(
        info.context.store,
        str(from_id),
        str(to_id),
        k=k,
        max_hops=max_hops,
        window=window,
        exclude_ids=[str(i) for i in exclude_ids or []],
        exclude_kinds=exclude_kinds or [],
    )
    return [_path(p) for p in found]


def _central(subgraph: Subgraph, kinds: set[str] | None, limit: int) -> list[CentralNode]:
    return centrality(to_networkx(subgraph), kinds=kinds, limit=limit)


async def resolve_central(
    info: Info, kind: list[ActorKind] | None = None, limit: int = 20
) -> Centrality:
    check_page(limit, info.context.settings.max_page_size, "limit")
    subgraph = await info.context.store.subgraph(max_nodes=CENTRALITY_BUDGET)
    kinds = {ActorKind(k).value for k in kind} if kind else None
    ranked = await asyncio.to_thread(_central, subgraph, kinds, limit)
    nodes = {n.id: n for n in subgraph.nodes}
    return Centrality(
        truncated=subgraph.truncated,
        entities=[
            CentralEntity(node=wrap(nodes[c.node_id]), betweenness=c.betweenness, degree=c.degree)
            for c in ranked
        ],
    )
