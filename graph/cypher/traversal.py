"""Breadth-first expansion, one query per level, shared by neighbours and subgraphs.

Expanding level by level (instead of variable-length patterns) keeps the cost proportional to
what is returned, works identically on both engines, and lets a hub with thousands of
neighbours be paged.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from graph.cypher import queries
from graph.cypher.records import edge_view, node_view
from graph.engines.base import CypherEngine
from graph.errors import InvalidIdentifier
from graph.model import PROVENANCE_RELATIONS, RelType
from graph.views import EdgeView, Neighbor, NodeView

MAX_EXPANSION = 20_000  # nodes visited by one traversal, whatever the depth
ALL_GROUPS = ("Entity", "Fact", "Article", "Feed")
DEFAULT_TRAVERSAL = tuple(r.value for r in RelType if r not in PROVENANCE_RELATIONS)


@dataclass
class Expansion:
    """Nodes reached from the seeds, each with its depth and the edge it was reached by."""

    reached: dict[str, Neighbor] = field(default_factory=dict)
    edges: dict[str, EdgeView] = field(default_factory=dict)
    truncated: bool = False


def rel_type_values(rel_types: Sequence[RelType] | None) -> list[str]:
    return [RelType(r).value for r in rel_types] if rel_types else list(DEFAULT_TRAVERSAL)


async def expand(
    engine: CypherEngine,
    seeds: Sequence[str],
    *,
    depth: int,
    rel_types: list[str],
    window: dict[str, Any],
    groups: Sequence[str] = ALL_GROUPS,
    budget: int = MAX_EXPANSION,
) -> Expansion:
    result = Expansion()
    visited = set(seeds)
    frontier = list(seeds)
    for level in range(1, depth + 1):
        if not frontier:
            break
        rows = await engine.run(
            queries.EXPAND,
            {
                "frontier": frontier,
                "types": rel_types,
                "groups": list(groups),
                "cap": budget + 1,
                **window,
            },
        )
        next_frontier: list[str] = []
        result.truncated = result.truncated or len(rows) > budget
        for row in sorted(rows, key=lambda r: (r["id"], r["node"]["id"])):
            edge = edge_view(row)
            result.edges[edge.id] = edge
            node = node_view(row["node"])
            if node.id in visited:
                continue
            if len(visited) >= budget:
                result.truncated = True
                break
            visited.add(node.id)
            result.reached[node.id] = Neighbor(node=node, depth=level, via=edge)
            next_frontier.append(node.id)
        frontier = next_frontier
        if result.truncated:
            break
    return result


def encode_cursor(item: Neighbor) -> str:
    raw = f"{item.depth}\x1f{item.node.id}".encode()
    return base64.urlsafe_b64encode(raw).decode()


def decode_cursor(cursor: str) -> tuple[int, str]:
    try:
        depth_text, node_id = base64.urlsafe_b64decode(cursor.encode()).decode().split("\x1f", 1)
        return int(depth_text), node_id
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidIdentifier("malformed cursor") from exc


def page(items: list[Neighbor], *, after: str | None, limit: int) -> tuple[list[Neighbor], bool]:
    """Keyset page over (depth, id): stable even if earlier pages changed meanwhile."""
    ordered = sorted(items, key=lambda n: (n.depth, n.node.id))
    if after:
        key = decode_cursor(after)
        ordered = [n for n in ordered if (n.depth, n.node.id) > key]
    return ordered[:limit], len(ordered) > limit


def node_list(expansion: Expansion, seeds: list[NodeView]) -> list[NodeView]:
    return [*seeds, *(n.node for n in expansion.reached.values())]
