"""How are two entities linked, and on what evidence? Ranked paths with every edge's evidence.

Evidence rule: an edge carries its own evidence when it states something (a role, a link). An
edge that only attaches a participant to a reified fact (MAKES, AGAINST, CONCERNS, AFFECTS...)
has none of its own; it then shows the evidence of the fact it touches, which is what supports it.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from graph.analytics import edge_of, ranked_paths, to_networkx
from graph.errors import InvalidIdentifier, NotFound
from graph.store import MAX_DEPTH, GraphStore, TimeWindow
from graph.views import EdgeView, EvidenceView, NodeView

MAX_HOPS = 2 * MAX_DEPTH  # both ends are expanded MAX_DEPTH hops at most
MAX_K = 20


@dataclass(frozen=True)
class PathEdge:
    """One hop of a path: the edge, its evidence, and whether that evidence is the edge's own or
    that of the Fact node the edge attaches (participant edges carry no evidence themselves)."""

    edge: EdgeView
    evidence: tuple[EvidenceView, ...]
    evidence_from: Literal["edge", "fact", "none"]


@dataclass(frozen=True)
class PathWithEvidence:
    """A ranked path: its nodes in order, one PathEdge per hop, its cost and a 0..1 score."""

    nodes: tuple[NodeView, ...]
    edges: tuple[PathEdge, ...]
    cost: float
    score: float


def _edge_evidence(
    edge: EdgeView, nodes: dict[str, NodeView], found: dict[str, list[EvidenceView]]
) -> PathEdge:
    if found.get(edge.id):
        return PathEdge(edge, tuple(found[edge.id]), "edge")
    for end in (edge.source_id, edge.target_id):
        if nodes[end].group == "Fact" and found.get(end):
            return PathEdge(edge, tuple(found[end]), "fact")
    return PathEdge(edge, (), "none")


async def find_paths(
    store: GraphStore,
    from_id: str,
    to_id: str,
    *,
    k: int = 5,
    max_hops: int = 4,
    window: TimeWindow | None = None,
    exclude_ids: Collection[str] = (),
    exclude_kinds: Collection[str] = (),
    max_nodes: int = 5000,
) -> list[PathWithEvidence]:
    """Up to k ranked paths between two nodes, best first, each edge with its evidence.

    Loads the subgraph within ceil(max_hops / 2) hops of both ends (at most max_nodes nodes, facts
    filtered by `window`), ranks paths with `analytics.ranked_paths` (hubs and generic kinds cost
    more; `exclude_ids`/`exclude_kinds` are never passed through), then fetches evidence for every
    edge and Fact node on the paths in one `store.evidence_for` call. Evidence rule: an edge shows
    its own evidence; an edge without any that touches a Fact node (MAKES, AGAINST, PART_OF...)
    shows the fact's evidence (`evidence_from="fact"`); otherwise none.

    Raises NotFound for an unknown endpoint, InvalidIdentifier for k or max_hops out of range.
    """
    if not 1 <= max_hops <= MAX_HOPS:
        raise InvalidIdentifier(f"maxHops must be between 1 and {MAX_HOPS}")
    if not 1 <= k <= MAX_K:
        raise InvalidIdentifier(f"k must be between 1 and {MAX_K}")
    ends = await store.get_nodes([from_id, to_id])
    for wanted, node in zip((from_id, to_id), ends, strict=True):
        if node is None:
            raise NotFound("node", wanted)
    start, end = (node.id for node in ends if node is not None)
    subgraph = await store.subgraph(
        seed_ids=[start, end], depth=math.ceil(max_hops / 2), max_nodes=max_nodes, window=window
    )
    ranked = ranked_paths(
        to_networkx(subgraph),
        start,
        end,
        k=k,
        max_hops=max_hops,
        exclude_ids=exclude_ids,
        exclude_kinds=exclude_kinds,
    )
    nodes = {node.id: node for node in subgraph.nodes}
    edges = edge_of(subgraph)
    facts_on_paths = {n for path in ranked for n in path.node_ids if nodes[n].group == "Fact"}
    edges_on_paths = {e for path in ranked for e in path.edge_ids}
    found = await store.evidence_for(sorted(edges_on_paths | facts_on_paths))
    return [
        PathWithEvidence(
            nodes=tuple(nodes[n] for n in path.node_ids),
            edges=tuple(_edge_evidence(edges[e], nodes, found) for e in path.edge_ids),
            cost=path.cost,
            score=path.score,
        )
        for path in ranked
    ]
