"""Merging entities folds the facts the merge makes identical, and undo splits them again."""

from __future__ import annotations

from graph.cypher.store import CypherGraphStore
from graph.model import Actor, ActorKind, Fact, FactKind, GraphBatch, Relation, RelType
from tests.graph.builders import (
    DEEPSEEK,
    SACKS,
    allegation,
    article,
    evidence,
    seed_batch,
    snapshot,
)

DUP = Actor(kind=ActorKind.COMPANY, name="DeepSeek AI")


def dup_allegation_batch(slug: str, sentence: str) -> tuple[GraphBatch, Fact]:
    """A second article making the same allegation against the duplicate name."""
    art = article(slug, "2025-01-30T09:00:00Z", lang="en")
    fact = Fact(
        kind=FactKind.ALLEGATION,
        key=(SACKS.id, DUP.id, "distillation"),
        label="David Sacks alleges DeepSeek AI distilled OpenAI's models",
        act="distillation",
        stance="alleges",
        confidence=0.9,
        evidence=(evidence(art, sentence, 0.9),),
    )
    batch = GraphBatch(
        articles=(art,),
        actors=(SACKS, DUP),
        facts=(fact,),
        relations=(
            Relation(type=RelType.MAKES, source_id=SACKS.id, target_id=fact.id),
            Relation(type=RelType.AGAINST, source_id=fact.id, target_id=DUP.id),
        ),
    )
    return batch, fact


async def test_merge_folds_the_same_allegation_into_one(store: CypherGraphStore) -> None:
    first = article("a1", "2025-01-28T13:02:00Z")
    await store.upsert(seed_batch(first))
    batch, dup_fact = dup_allegation_batch("a2", "Sacks says DeepSeek AI distilled the models.")
    await store.upsert(batch)
    assert (await store.counts())["Allegation"] == 2
    before = await snapshot(store)

    kept = allegation(first, "x")
    record = await store.merge_entities(DEEPSEEK.id, DUP.id)
    assert (await store.counts())["Allegation"] == 1
    fact = await store.get_node(kept.id)
    assert fact.props["reported_first"] == "2025-01-28T13:02:00Z"
    assert fact.props["reported_last"] == "2025-01-30T09:00:00Z"
    assert fact.props["confidence"] == 0.9
    sentences = {e.sentence for e in (await store.evidence_for([kept.id]))[kept.id]}
    assert sentences == {
        "Sacks affirme des preuves substantielles.",
        "Sacks says DeepSeek AI distilled the models.",
    }
    makes = await store.edges_of([kept.id], rel_types=[RelType.MAKES])
    assert [(e.source_id, e.target_id) for e in makes] == [(SACKS.id, kept.id)]

    await store.undo_merge(record.id)
    assert await snapshot(store) == before
    assert (await store.get_node(dup_fact.id)).props["key"] == list(dup_fact.key)


async def test_a_fact_written_after_a_merge_joins_the_kept_one(store: CypherGraphStore) -> None:
    first = article("a1", "2025-01-28T13:02:00Z")
    await store.upsert(seed_batch(first))
    await store.upsert(GraphBatch(actors=(DUP,)))
    kept = allegation(first, "x")
    await store.merge_entities(DEEPSEEK.id, DUP.id)
    batch, _ = dup_allegation_batch("a3", "DeepSeek AI distilled the models, Sacks says.")
    await store.upsert(batch)
    assert (await store.counts())["Allegation"] == 1
    assert len((await store.evidence_for([kept.id]))[kept.id]) == 2


async def test_a_fact_only_the_dropped_entity_had_is_rekeyed(store: CypherGraphStore) -> None:
    await store.upsert(GraphBatch(actors=(DEEPSEEK,)))
    batch, dup_fact = dup_allegation_batch("a2", "Sacks says DeepSeek AI distilled the models.")
    await store.upsert(batch)
    before = await snapshot(store)
    record = await store.merge_entities(DEEPSEEK.id, DUP.id)
    rekeyed = dup_fact.model_copy(update={"key": (SACKS.id, DEEPSEEK.id, "distillation")})
    node = await store.get_node(rekeyed.id)
    assert node.props["key"] == [SACKS.id, DEEPSEEK.id, "distillation"]
    against = await store.edges_of([rekeyed.id], rel_types=[RelType.AGAINST])
    assert [e.target_id for e in against] == [DEEPSEEK.id]
    assert (await store.counts())["Allegation"] == 1
    await store.undo_merge(record.id)
    assert await snapshot(store) == before
