"""Corrections that rewrite the graph: merging entities, undoing a merge, deleting an article.

Each one first reads what it will change, then writes, and records enough to be undone or
audited. Relation ids are recomputed in Python (Cypher cannot hash), which is why this is not a
single statement.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from graph.cypher import queries
from graph.cypher.batch_rows import name_norms, search_text
from graph.cypher.edge_moves import apply_move, delete_edges, plan_move, revert_move
from graph.cypher.fact_folding import fold_facts, unfold_facts
from graph.cypher.records import dump_json, load_json
from graph.errors import Conflict, NotFound
from graph.ids import digest
from graph.model import RelType, utc_now
from graph.views import DeleteSummary, MergeRecord

if TYPE_CHECKING:
    from graph.cypher.store import CypherGraphStore


def _names(props: dict[str, Any]) -> tuple[list[str], list[str]]:
    return list(props.get("aliases") or []), list(props.get("norms") or [])


async def _set_names(
    store: CypherGraphStore, entity_id: str, aliases: list[str], norms: list[str], now: str
) -> None:
    params = {
        "id": entity_id,
        "aliases": aliases,
        "norms": norms,
        "search_text": search_text(norms),
        "now": now,
    }
    await store.engine.run(queries.SET_ENTITY_NAMES, params)


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
    move = await plan_move(store, keep.id, drop.id)

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
                "edges_moved": len(move.moved),
                "drop_kind": drop.kind,
                "drop_props": dump_json(drop.props),
                "keep_names": dump_json([aliases, norms]),
                "moved": dump_json(move.moved),
            },
        },
    )
    await apply_move(store, move)
    await _set_names(store, keep.id, merged_aliases, merged_norms, now)
    await store.engine.run(queries.DELETE_NODES, {"ids": [drop.id]})
    folds = await fold_facts(store, keep.id, drop.id)
    await store.engine.run(queries.SET_MERGE_FOLDS, {"id": record_id, "folds": dump_json(folds)})
    return MergeRecord(
        id=record_id, keep_id=keep.id, drop_id=drop.id, at=now, edges_moved=len(move.moved)
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
        queries.restore_node("Entity", record["drop_kind"]),
        {"id": record["drop_id"], "props": drop_props},
    )
    await unfold_facts(store, load_json(record.get("folds") or "[]"))
    await revert_move(store, moved)
    await _set_names(store, record["keep_id"], aliases, norms, now)
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
    relations_removed = await delete_edges(store, orphan_edges)
    await store.engine.run(
        queries.DELETE_NODES, {"ids": [article.id, *(t for _, t in orphan_facts)]}
    )
    return DeleteSummary(
        article_id=article.id,
        evidence_removed=len(rows),
        facts_removed=len(orphan_facts),
        relations_removed=relations_removed,
    )
