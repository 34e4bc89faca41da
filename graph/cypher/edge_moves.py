"""Moving every edge of one node onto another, and putting them back.

Merging two entities, and folding the facts a merge makes identical, both need this: each edge
of the dropped node is re-created on the kept one (joining an identical edge already there),
its evidence follows it, and enough is recorded to undo the move exactly. Relation ids are
recomputed in Python because Cypher cannot hash.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from graph.cypher import queries
from graph.ids import relation_id
from graph.model import RelType
from graph.views import EdgeView

if TYPE_CHECKING:
    from graph.cypher.store import CypherGraphStore


@dataclass
class EdgeMove:
    """What moving one node's edges will write, and the record that undoes it."""

    new_edges: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    retargets: list[dict[str, str]] = field(default_factory=list)
    moved: list[dict[str, Any]] = field(default_factory=list)


def _edge_row(edge: EdgeView, source: str, target: str, new_id: str) -> dict[str, Any]:
    return {
        "id": new_id,
        "source_id": source,
        "target_id": target,
        "props": edge.props | {"id": new_id},
    }


def widened(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Two records of one thing become one: earliest first report, latest last, best confidence."""
    merged = old | {k: v for k, v in new.items() if k not in old}
    firsts = [p["reported_first"] for p in (old, new) if p.get("reported_first")]
    lasts = [p["reported_last"] for p in (old, new) if p.get("reported_last")]
    confidences = [p["confidence"] for p in (old, new) if p.get("confidence") is not None]
    if firsts:
        merged["reported_first"] = min(firsts)
    if lasts:
        merged["reported_last"] = max(lasts)
    if confidences:
        merged["confidence"] = max(confidences)
    return merged


async def write_edges(store: CypherGraphStore, rows: list[tuple[str, dict[str, Any]]]) -> None:
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rel_type, row in rows:
        by_type[rel_type].append(row)
    for rel_type, typed in by_type.items():
        await store.engine.run(queries.create_relations(RelType(rel_type)), {"rows": typed})


async def delete_edges(store: CypherGraphStore, edges: list[tuple[str, str]]) -> int:
    by_type: dict[str, list[str]] = defaultdict(list)
    for rel_type, edge_id in edges:
        by_type[rel_type].append(edge_id)
    deleted = 0
    for rel_type, ids in by_type.items():
        rows = await store.engine.run(queries.delete_relations(RelType(rel_type)), {"ids": ids})
        deleted += int(rows[0]["deleted"]) if rows else 0
    return deleted


async def plan_move(store: CypherGraphStore, keep_id: str, drop_id: str) -> EdgeMove:
    """Where each edge of `drop_id` goes: to `keep_id`, joining an identical edge if any."""
    drop_edges = await store.edges_of([drop_id])
    evidence_rows = await store.engine.run(
        queries.EVIDENCE_IDS_FOR, {"ids": [e.id for e in drop_edges]}
    )
    evidence_by_edge: dict[str, list[str]] = defaultdict(list)
    for row in evidence_rows:
        evidence_by_edge[row["target_id"]].append(row["id"])
    existing = {e.id: e for e in await store.edges_of([keep_id])}
    move = EdgeMove()
    for edge in drop_edges:
        source = keep_id if edge.source_id == drop_id else edge.source_id
        target = keep_id if edge.target_id == drop_id else edge.target_id
        if source == target == keep_id:
            # An edge between the two would become a loop: recorded, not re-created.
            move.moved.append(
                {"edge": edge.model_dump(), "new_id": None, "joined": None, "evidence": []}
            )
            continue
        new_id = relation_id(edge.type, source, target, edge.props.get("qualifier") or "")
        joined = existing.get(new_id)
        props = widened(joined.props, edge.props) if joined else edge.props
        moved_edge = edge.model_copy(update={"props": props})
        move.new_edges.append((edge.type, _edge_row(moved_edge, source, target, new_id)))
        move.retargets += [{"id": ev, "target_id": new_id} for ev in evidence_by_edge[edge.id]]
        move.moved.append(
            {
                "edge": edge.model_dump(),
                "new_id": new_id,
                "joined": joined.model_dump() if joined else None,
                "evidence": evidence_by_edge[edge.id],
            }
        )
    return move


async def apply_move(store: CypherGraphStore, move: EdgeMove) -> None:
    await write_edges(store, move.new_edges)
    if move.retargets:
        await store.engine.run(queries.RETARGET_EVIDENCE, {"rows": move.retargets})


async def revert_move(store: CypherGraphStore, moved: list[dict[str, Any]]) -> None:
    """Re-create the original edges (the dropped node must exist again) and undo the joins."""
    restored, stale, rejoined, retargets = [], [], [], []
    for item in moved:
        edge = EdgeView(**item["edge"])
        restored.append((edge.type, _edge_row(edge, edge.source_id, edge.target_id, edge.id)))
        retargets += [{"id": ev, "target_id": edge.id} for ev in item["evidence"]]
        if item["new_id"] is None:
            continue
        if item["joined"]:
            joined = EdgeView(**item["joined"])
            rejoined.append(
                (joined.type, _edge_row(joined, joined.source_id, joined.target_id, joined.id))
            )
        else:
            stale.append((edge.type, item["new_id"]))
    await delete_edges(store, stale)
    await write_edges(store, restored + rejoined)
    if retargets:
        await store.engine.run(queries.RETARGET_EVIDENCE, {"rows": retargets})
