"""Corrections that rewrite the graph: merging entities, undoing a merge, deleting an article.

Each one first reads what it will change, then writes, and records enough to be undone or
audited. Relation ids are recomputed in Python (Cypher cannot hash), which is why this is not a
single statement.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from graph.cypher import queries
from graph.cypher.batch_rows import name_norms
from graph.cypher.records import dump_json, load_json
from graph.errors import Conflict, NotFound
from graph.ids import digest, relation_id
from graph.model import RelType, utc_now
from graph.views import DeleteSummary, EdgeView, MergeRecord

if TYPE_CHECKING:
    from graph.cypher.store import CypherGraphStore


def _names(props: dict[str, Any]) -> tuple[list[str], list[str]]:
    return list(props.get("aliases") or []), list(props.get("norms") or [])


def _edge_row(edge: EdgeView, source: str, target: str, new_id: str) -> dict[str, Any]:
    return {
        "id": new_id,
        "source_id": source,
        "target_id": target,
        "props": edge.props | {"id": new_id},
    }


async def _write_edges(store: CypherGraphStore, rows: list[tuple[str, dict[str, Any]]]) -> None:
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rel_type, row in rows:
        by_type[rel_type].append(row)
    for rel_type, typed in by_type.items():
        await store.engine.run(queries.create_relations(RelType(rel_type)), {"rows": typed})


async def _delete_edges(store: CypherGraphStore, edges: list[tuple[str, str]]) -> int:
    by_type: dict[str, list[str]] = defaultdict(list)
    for rel_type, edge_id in edges:
        by_type[rel_type].append(edge_id)
    deleted = 0
    for rel_type, ids in by_type.items():
        rows = await store.engine.run(queries.delete_relations(RelType(rel_type)), {"ids": ids})
        deleted += int(rows[0]["deleted"]) if rows else 0
    return deleted


def _widened(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
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


async def merge(store: CypherGraphStore, keep_id: str, drop_id: str) -> MergeRecord:
    if keep_id == drop_id:
        raise Conflict("cannot merge an entity into itself")
    keep = await store.get_node(keep_id)
    drop = await store.get_node(drop_id)
    if keep.id == drop.id:
        raise Conflict(f"{drop_id!r} was already merged into {keep.id!r}")
    if keep.group != "Entity" or drop.group != "Entity":
        raise Conflict("only entities (actors) can be merged")
    now = utc_now()
    drop_edges = await store.edges_of([drop.id])
    evidence_rows = await store.engine.run(
        queries.EVIDENCE_IDS_FOR, {"ids": [e.id for e in drop_edges]}
    )
    evidence_by_edge: dict[str, list[str]] = defaultdict(list)
    for row in evidence_rows:
        evidence_by_edge[row["target_id"]].append(row["id"])

    # Where each edge of `drop` goes: to `keep`, joining an identical edge of keep's if any.
    plans = []
    for edge in drop_edges:
        source = keep.id if edge.source_id == drop.id else edge.source_id
        target = keep.id if edge.target_id == drop.id else edge.target_id
        new_id = relation_id(edge.type, source, target, edge.props.get("qualifier") or "")
        plans.append((edge, source, target, new_id))
    existing = {e.id: e for e in await store.edges_of([keep.id])}
    new_edges: list[tuple[str, dict[str, Any]]] = []
    retargets: list[dict[str, str]] = []
    moved: list[dict[str, Any]] = []
    for edge, source, target, new_id in plans:
        if source == target == keep.id:
            moved.append(
                {"edge": edge.model_dump(), "new_id": None, "joined": None, "evidence": []}
            )
            continue  # an edge between the two becomes a loop: recorded, not re-created
        joined = existing.get(new_id)
        props = _widened(joined.props, edge.props) if joined else edge.props
        new_edges.append(
            (edge.type, _edge_row(edge.model_copy(update={"props": props}), source, target, new_id))
        )
        retargets += [{"id": ev, "target_id": new_id} for ev in evidence_by_edge[edge.id]]
        moved.append(
            {
                "edge": edge.model_dump(),
                "new_id": new_id,
                "joined": joined.model_dump() if joined else None,
                "evidence": evidence_by_edge[edge.id],
            }
        )

    aliases, norms = _names(keep.props)
    drop_aliases, drop_norms = _names(drop.props)
    merged_aliases = list(dict.fromkeys([*aliases, drop.name, *drop_aliases]))
    merged_norms = name_norms([*norms, drop.name, *drop_norms])
    record_id = "merge:" + digest(keep.id, drop.id, now)
    await store.engine.run(
        queries.CREATE_MERGE_RECORD,
        {
            "id": record_id,
            "props": {
                "keep_id": keep.id,
                "drop_id": drop.id,
                "at": now,
                "undone": False,
                "edges_moved": len(plans),
                "drop_kind": drop.kind,
                "drop_props": dump_json(drop.props),
                "keep_names": dump_json([aliases, norms]),
                "moved": dump_json(moved),
            },
        },
    )
    await _write_edges(store, new_edges)
    if retargets:
        await store.engine.run(queries.RETARGET_EVIDENCE, {"rows": retargets})
    await store.engine.run(
        queries.SET_ENTITY_NAMES,
        {
            "id": keep.id,
            "aliases": merged_aliases,
            "norms": merged_norms,
            "now": now,
        },
    )
    await store.engine.run(queries.DELETE_NODES, {"ids": [drop.id]})
    return MergeRecord(
        id=record_id, keep_id=keep.id, drop_id=drop.id, at=now, edges_moved=len(plans)
    )


async def undo(store: CypherGraphStore, merge_id: str) -> MergeRecord:
    rows = await store.engine.run(queries.GET_MERGE_RECORD, {"id": merge_id})
    if not rows:
        raise NotFound("MergeRecord", merge_id)
    record = rows[0]["props"]
    if record.get("undone"):
        raise Conflict(f"merge {merge_id!r} was already undone")
    drop_props: dict[str, Any] = load_json(record["drop_props"])
    aliases, norms = load_json(record["keep_names"])
    moved: list[dict[str, Any]] = load_json(record["moved"])
    now = utc_now()
    await store.engine.run(
        queries.restore_entity(record["drop_kind"]), {"id": record["drop_id"], "props": drop_props}
    )
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
    await _delete_edges(store, stale)
    await _write_edges(store, restored + rejoined)
    if retargets:
        await store.engine.run(queries.RETARGET_EVIDENCE, {"rows": retargets})
    await store.engine.run(
        queries.SET_ENTITY_NAMES,
        {
            "id": record["keep_id"],
            "aliases": aliases,
            "norms": norms,
            "now": now,
        },
    )
    rows = await store.engine.run(queries.MARK_MERGE_UNDONE, {"id": merge_id, "now": now})
    props = rows[0]["props"]
    return MergeRecord(
        id=merge_id,
        keep_id=props["keep_id"],
        drop_id=props["drop_id"],
        at=props["at"],
        edges_moved=int(props["edges_moved"]),
        undone=True,
    )


async def delete_article(store: CypherGraphStore, article_id: str) -> DeleteSummary:
    article = await store.get_node(article_id)
    if article.group != "Article":
        raise NotFound("Article", article_id)
    rows = await store.engine.run(queries.EVIDENCE_OF_ARTICLE, {"id": article.id})
    targets: dict[str, str] = {r["target_id"]: r["target_type"] for r in rows}
    await store.engine.run(queries.DELETE_EVIDENCE, {"ids": [r["id"] for r in rows]})
    summary_rows = await store.engine.run(queries.EVIDENCE_SUMMARY, {"ids": sorted(targets)})
    orphan_facts: list[tuple[str, str]] = []
    orphan_edges: list[tuple[str, str]] = []
    facts_left: list[dict[str, Any]] = []
    edges_left: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in summary_rows:
        target, kind = row["target"], targets[row["target"]]
        reported = {
            "id": target,
            "first": row["first"],
            "last": row["last"],
            "confidence": row["confidence"],
        }
        if int(row["remaining"]) == 0:
            (orphan_facts if kind == "Fact" else orphan_edges).append((kind, target))
        elif kind == "Fact":
            facts_left.append(reported)
        else:
            edges_left[kind].append(reported)
    if facts_left:
        await store.engine.run(queries.SET_NODE_REPORTED, {"rows": facts_left})
    for rel_type, rel_rows in edges_left.items():
        await store.engine.run(queries.set_relation_reported(RelType(rel_type)), {"rows": rel_rows})
    relations_removed = await _delete_edges(store, orphan_edges)
    await store.engine.run(
        queries.DELETE_NODES, {"ids": [article.id, *(t for _, t in orphan_facts)]}
    )
    return DeleteSummary(
        article_id=article.id,
        evidence_removed=len(rows),
        facts_removed=len(orphan_facts),
        relations_removed=relations_removed,
    )
