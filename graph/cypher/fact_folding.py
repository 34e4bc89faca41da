"""Facts that a merge makes identical become one.

A fact's id is derived from its key, and the key holds the ids of its participants. When
"DeepSeek AI" is merged into "DeepSeek", the allegation "Sacks alleges DeepSeek AI distilled"
is the same fact as "Sacks alleges DeepSeek distilled": it is re-keyed under the kept entity's
id and, if that fact already exists, folded into it (edges joined, evidence moved). Each step is
recorded so that undoing the merge restores both facts exactly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graph.cypher import queries
from graph.cypher.edge_moves import apply_move, plan_move, revert_move, widened
from graph.ids import fact_id

if TYPE_CHECKING:
    from graph.cypher.store import CypherGraphStore

_REPORTED = ("reported_first", "reported_last", "confidence")


def _reported_row(node_id: str, props: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": node_id,
        "first": props.get("reported_first"),
        "last": props.get("reported_last"),
        "confidence": props.get("confidence"),
    }


async def _node_props(store: CypherGraphStore, node_id: str) -> dict[str, Any] | None:
    rows = await store.engine.run(queries.GET_NODES, {"ids": [node_id]})
    return dict(rows[0]["props"]) if rows else None


async def _fold_one(
    store: CypherGraphStore, old: dict[str, Any], keep_id: str, drop_id: str
) -> dict[str, Any]:
    key = [keep_id if part == drop_id else part for part in old["key"]]
    new_id = fact_id(old["kind"], *key)
    existing = await _node_props(store, new_id)
    if existing is None:
        await store.engine.run(
            queries.restore_node("Fact", old["kind"]),
            {"id": new_id, "props": old | {"id": new_id, "key": key}},
        )
    else:
        both = widened(existing, {k: old[k] for k in _REPORTED if k in old})
        await store.engine.run(queries.SET_NODE_REPORTED, {"rows": [_reported_row(new_id, both)]})
    move = await plan_move(store, new_id, old["id"])
    await apply_move(store, move)
    own_evidence = await store.engine.run(queries.EVIDENCE_IDS_FOR, {"ids": [old["id"]]})
    evidence = [row["id"] for row in own_evidence]
    if evidence:
        await store.engine.run(
            queries.RETARGET_EVIDENCE, {"rows": [{"id": e, "target_id": new_id} for e in evidence]}
        )
    await store.engine.run(queries.DELETE_NODES, {"ids": [old["id"]]})
    return {
        "fact": old,
        "new_id": new_id,
        "existing": existing,
        "evidence": evidence,
        "moved": move.moved,
    }


async def fold_facts(store: CypherGraphStore, keep_id: str, drop_id: str) -> list[dict[str, Any]]:
    """Re-key every fact naming `drop_id` under `keep_id`; the records undo it, in reverse."""
    folds = []
    for row in await store.engine.run(queries.FACTS_KEYED_BY, {"id": drop_id}):
        folds.append(await _fold_one(store, dict(row["props"]), keep_id, drop_id))
    return folds


async def unfold_facts(store: CypherGraphStore, folds: list[dict[str, Any]]) -> None:
    """Undo `fold_facts`: restore each original fact, its edges and evidence, last fold first."""
    for fold in reversed(folds):
        old = fold["fact"]
        await store.engine.run(
            queries.restore_node("Fact", old["kind"]), {"id": old["id"], "props": old}
        )
        await revert_move(store, fold["moved"])
        if fold["evidence"]:
            rows = [{"id": e, "target_id": old["id"]} for e in fold["evidence"]]
            await store.engine.run(queries.RETARGET_EVIDENCE, {"rows": rows})
        if fold["existing"] is None:
            await store.engine.run(queries.DELETE_NODES, {"ids": [fold["new_id"]]})
        else:
            row = _reported_row(fold["new_id"], fold["existing"])
            await store.engine.run(queries.SET_NODE_REPORTED, {"rows": [row]})
