"""Analytics on subgraphs pulled from the store: ranked paths, centrality, communities.

Pure functions over networkx; the store is never touched here (see graph/paths.py for the
async wrapper that loads a subgraph and attaches evidence).
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from itertools import islice, pairwise
from typing import Any

import networkx as nx

from graph.model import ActorKind
from graph.views import EdgeView, Subgraph

# Going *through* a node costs more the more connected it is, so paths through hubs (a country
# every actor is based in) rank below paths through specific facts. Generic kinds pay extra.
HUB_WEIGHT = 0.75
GENERIC_KIND_PENALTY: dict[str, float] = {
    ActorKind.COUNTRY: 2.0,
    ActorKind.GOVERNMENT_BODY: 1.0,  # "the US government" links too much to explain anything
    ActorKind.ORGANIZATION: 0.5,
}
# Candidate paths examined per requested path: bounds the cost of k-shortest enumeration.
CANDIDATES_PER_PATH = 25


@dataclass(frozen=True)
class RankedPath:
    """A path as node ids and the edge id of each hop, best first."""

    node_ids: tuple[str, ...]
    edge_ids: tuple[str, ...]
    cost: float
    score: float  # 1.0 for the best path, lower for costlier ones


@dataclass(frozen=True)
class CentralNode:
    node_id: str
    name: str
    kind: str
    degree: float  # normalised degree centrality
    betweenness: float  # normalised betweenness centrality


def _scalar(value: Any) -> Any:
    # GraphML/GEXF attributes must be scalars; nested values travel as JSON text.
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def to_networkx(subgraph: Subgraph) -> nx.MultiDiGraph:
    """The subgraph as a directed multigraph keyed by edge id; attributes are scalars."""
    graph = nx.MultiDiGraph()
    for node in sorted(subgraph.nodes, key=lambda n: n.id):
        attrs = {k: _scalar(v) for k, v in node.props.items() if v is not None}
        attrs.update(group=node.group, kind=node.kind, name=node.name)
        graph.add_node(node.id, **attrs)
    for edge in sorted(subgraph.edges, key=lambda e: e.id):
        if edge.source_id in graph and edge.target_id in graph:
            attrs = {k: _scalar(v) for k, v in edge.props.items() if v is not None}
            attrs.update(type=edge.type, id=edge.id)
            graph.add_edge(edge.source_id, edge.target_id, key=edge.id, **attrs)
    return graph


def _node_cost(graph: nx.Graph, node: str) -> float:
    kind = graph.nodes[node].get("kind", "")
    return HUB_WEIGHT * math.log1p(graph.degree(node)) + GENERIC_KIND_PENALTY.get(kind, 0.0)


def _edge_rank(attrs: dict[str, Any]) -> tuple[float, str]:
    # Among parallel edges, the most confident one stands for the hop (ties: by id).
    return (-float(attrs.get("confidence") or 0.0), str(attrs.get("id", "")))


def _weighted_view(
    graph: nx.MultiDiGraph, keep: Collection[str], exclude: Collection[str]
) -> nx.Graph:
    """Undirected simple graph; each hop weighs 1 plus half the cost of each end."""
    simple = nx.Graph()
    for node in graph.nodes:
        if node in keep or node not in exclude:
            simple.add_node(node, **graph.nodes[node])
    for source, target, attrs in sorted(graph.edges(data=True), key=lambda e: _edge_rank(e[2])):
        if source in simple and target in simple and not simple.has_edge(source, target):
            simple.add_edge(source, target, edge_id=attrs["id"])
    costs = {node: _node_cost(simple, node) for node in simple.nodes}
    for source, target, attrs in simple.edges(data=True):
        attrs["weight"] = 1.0 + (costs[source] + costs[target]) / 2
    return simple


def ranked_paths(
    graph: nx.MultiDiGraph,
    source_id: str,
    target_id: str,
    *,
    k: int = 5,
    max_hops: int = 4,
    exclude_ids: Collection[str] = (),
    exclude_kinds: Collection[str] = (),
) -> list[RankedPath]:
    """Up to k simple paths of at most max_hops hops, cheapest (most informative) first."""
    if source_id not in graph or target_id not in graph or source_id == target_id:
        return []
    excluded = set(exclude_ids) | {
        n for n, kind in graph.nodes(data="kind") if kind in set(exclude_kinds)
    }
    view = _weighted_view(graph, keep={source_id, target_id}, exclude=excluded)
    candidates: Iterator[list[str]] = nx.shortest_simple_paths(
        view, source_id, target_id, weight="weight"
    )
    found: list[tuple[float, list[str]]] = []
    try:
        for path in islice(candidates, k * CANDIDATES_PER_PATH):
            if len(path) - 1 > max_hops:
                continue
            cost = nx.path_weight(view, path, weight="weight")
            found.append((cost, path))
            if len(found) == k:
                break
    except nx.NetworkXNoPath:
        return []
    if not found:
        return []
    # Equal costs: order by node ids, so the ranking never depends on enumeration details.
    found.sort(key=lambda item: (round(item[0], 6), item[1]))
    best = found[0][0]
    return [
        RankedPath(
            node_ids=tuple(path),
            edge_ids=tuple(view.edges[a, b]["edge_id"] for a, b in pairwise(path)),
            cost=round(cost, 6),
            score=round(best / cost, 6),
        )
        for cost, path in found
    ]


def centrality(
    graph: nx.MultiDiGraph, *, kinds: Collection[str] | None = None, limit: int = 20
) -> list[CentralNode]:
    """Most central nodes by betweenness, then degree (exact up to 2,000 nodes, sampled above)."""
    simple = nx.Graph(graph.to_undirected())
    if simple.number_of_nodes() == 0:
        return []
    degree = nx.degree_centrality(simple)
    sample = None if simple.number_of_nodes() <= 2000 else 500
    betweenness = nx.betweenness_centrality(simple, k=sample, seed=7)
    ranked = sorted(simple.nodes, key=lambda n: (-betweenness[n], -degree[n], n))
    chosen = [n for n in ranked if not kinds or simple.nodes[n].get("kind") in kinds]
    return [
        CentralNode(
            node_id=n,
            name=str(simple.nodes[n].get("name", n)),
            kind=str(simple.nodes[n].get("kind", "")),
            degree=round(degree[n], 6),
            betweenness=round(betweenness[n], 6),
        )
        for n in chosen[:limit]
    ]


def communities(graph: nx.MultiDiGraph) -> list[frozenset[str]]:
    """Communities by greedy modularity, largest first, deterministic."""
    simple = nx.Graph(graph.to_undirected())
    if simple.number_of_edges() == 0:
        return [frozenset({n}) for n in sorted(simple.nodes)]
    found = nx.community.greedy_modularity_communities(simple)
    return sorted((frozenset(c) for c in found), key=lambda c: (-len(c), min(c)))


def edge_of(subgraph: Subgraph) -> dict[str, EdgeView]:
    """Edges of a subgraph by id (to turn a RankedPath back into edge views)."""
    return {edge.id: edge for edge in subgraph.edges}
