"""The storage contract: every engine must pass these (FalkorDB always, Neo4j with NEO4J_URI)."""

from __future__ import annotations

import pytest

from graph.cypher.store import CypherGraphStore
from graph.errors import Conflict, NotFound
from graph.model import Actor, ActorKind, Feed, FeedStatus, GraphBatch, Relation, RelType
from graph.store import NeighborQuery, TimeWindow
from tests.graph.builders import (
    DEEPSEEK,
    NVIDIA,
    OPENAI,
    SACKS,
    USA,
    WHITE_HOUSE,
    allegation,
    article,
    evidence,
    seed_batch,
    snapshot,
)


async def test_upsert_and_read_back(store: CypherGraphStore) -> None:
    art = article("a1", "2025-01-28T13:02:00Z")
    summary = await store.upsert(seed_batch(art))
    assert (summary.articles, summary.actors, summary.facts) == (1, 4, 1)
    sacks = await store.get_node(SACKS.id)
    assert (sacks.group, sacks.kind, sacks.name) == ("Entity", "Official", "David Sacks")
    assert sacks.props["aliases"] == ["Sacks"]
    assert sacks.props["reported_first"] == "2025-01-28T13:02:00Z"
    fact_id = allegation(art, "x").id
    fact = await store.get_node(fact_id)
    assert (fact.group, fact.kind, fact.props["act"]) == ("Fact", "Allegation", "distillation")
    assert fact.props["occurred"] == "2025-01-28"
    assert fact.props["occurred_precision"] == "day"
    found = await store.evidence_for([fact_id])
    (ev,) = found[fact_id]
    assert ev.sentence == "Sacks affirme des preuves substantielles."
    assert (ev.article_id, ev.article_title, ev.lang) == (art.id, "Article a1", "fr")
    assert ev.reported_at == "2025-01-28T13:02:00Z"
    counts = await store.counts()
    assert counts == {
        "Official": 1,
        "Company": 2,
        "GovernmentBody": 1,
        "Allegation": 1,
        "Article": 1,
    }


async def test_same_batch_twice_gives_the_same_graph(store: CypherGraphStore) -> None:
    batch = seed_batch(article("a1", "2025-01-28T13:02:00Z"))
    await store.upsert(batch)
    first = await snapshot(store)
    await store.upsert(batch)
    assert await snapshot(store) == first


async def test_fact_seen_again_gains_evidence_not_a_duplicate(store: CypherGraphStore) -> None:
    early = article("early", "2025-01-28T10:00:00Z")
    late = article("late", "2025-01-30T09:00:00Z", lang="en")
    await store.upsert(seed_batch(early))
    await store.upsert(seed_batch(late, "Sacks said there is substantial evidence."))
    fact_id = allegation(early, "x").id
    assert (await store.counts())["Allegation"] == 1
    fact = await store.get_node(fact_id)
    assert (fact.props["reported_first"], fact.props["reported_last"]) == (
        "2025-01-28T10:00:00Z",
        "2025-01-30T09:00:00Z",
    )
    sentences = {ev.sentence for ev in (await store.evidence_for([fact_id]))[fact_id]}
    assert sentences == {
        "Sacks affirme des preuves substantielles.",
        "Sacks said there is substantial evidence.",
    }


HOSTILE = [
    "O'Brien\" }) DETACH DELETE n //",
    "$rows}) MATCH (x) SET x.pwned = true RETURN 1 //",
    "Robert'); CALL db.labels() //",
    "北京字节跳动 \U0001f600 Ωmega\n\t\\x00",
    "`backtick` {brace} [bracket]",
]


@pytest.mark.parametrize("name", HOSTILE)
async def test_hostile_strings_are_plain_data(store: CypherGraphStore, name: str) -> None:
    art = article("hostile", "2025-02-01T00:00:00Z")
    actor = Actor(kind=ActorKind.COMPANY, name=name, aliases=(name + " alias",))
    rel = Relation(
        type=RelType.LINKED_TO,
        source_id=actor.id,
        target_id=DEEPSEEK.id,
        qualifier=name,
        reason=name,
        evidence=(evidence(art, name),),
    )
    await store.upsert(GraphBatch(articles=(art,), actors=(actor, DEEPSEEK), relations=(rel,)))
    stored = await store.get_node(actor.id)
    assert stored.name == name
    assert stored.props["aliases"] == [name + " alias"]
    (edge,) = await store.edges_of([actor.id])
    assert edge.props["reason"] == name
    assert (await store.evidence_for([edge.id]))[edge.id][0].sentence == name
    await store.search(name)  # must not raise whatever the text
    assert set(await store.counts()) == {"Company", "Article"}


async def test_search_ignores_case_and_accents_and_uses_aliases(store: CypherGraphStore) -> None:
    art = article("a1", "2025-01-28T13:02:00Z")
    await store.upsert(
        seed_batch(art).model_copy(update={"actors": (SACKS, DEEPSEEK, OPENAI, WHITE_HOUSE, USA)})
    )
    assert (await store.search("etats-unis"))[0].node.id == USA.id
    assert (await store.search("ÉTATS UNIS"))[0].node.id == USA.id
    assert (await store.search("maison blanche"))[0].node.id == WHITE_HOUSE.id
    assert (await store.search("deeps"))[0].node.id == DEEPSEEK.id
    only_companies = await store.search("o", kinds=["Official"])
    assert all(hit.node.kind == "Official" for hit in only_companies)
    assert await store.search("   ") == []


async def test_neighbors_page_without_gaps_or_repeats(store: CypherGraphStore) -> None:
    art = article("hub", "2025-01-28T00:00:00Z")
    others = [Actor(kind=ActorKind.COMPANY, name=f"Supplier {i:03d}") for i in range(120)]
    relations = tuple(
        Relation(
            type=RelType.LINKED_TO,
            source_id=NVIDIA.id,
            target_id=o.id,
            qualifier="supplies",
            evidence=(evidence(art, f"Nvidia buys from supplier {i}.", start=i),),
        )
        for i, o in enumerate(others)
    )
    await store.upsert(GraphBatch(articles=(art,), actors=(NVIDIA, *others), relations=relations))
    seen: list[str] = []
    after = None
    while True:
        page = await store.neighbors(NeighborQuery(node_id=NVIDIA.id, limit=50, after=after))
        seen += [n.node.id for n in page.items]
        if page.next_cursor is None:
            break
        after = page.next_cursor
    assert len(seen) == len(set(seen)) == 120
    assert set(seen) == {o.id for o in others}


async def test_neighbors_depth_kinds_and_as_of(store: CypherGraphStore) -> None:
    early = article("early", "2025-01-28T10:00:00Z")
    late = article("late", "2025-02-05T10:00:00Z")
    await store.upsert(seed_batch(early))
    link = Relation(
        type=RelType.LINKED_TO,
        source_id=DEEPSEEK.id,
        target_id=NVIDIA.id,
        qualifier="sell-off",
        reason="sell-off",
        evidence=(evidence(late, "DeepSeek hit Nvidia."),),
    )
    await store.upsert(GraphBatch(articles=(late,), actors=(NVIDIA,), relations=(link,)))
    one_hop = await store.neighbors(NeighborQuery(node_id=SACKS.id, depth=1))
    assert {n.node.kind for n in one_hop.items} == {"Allegation", "GovernmentBody"}
    two_hops = await store.neighbors(NeighborQuery(node_id=SACKS.id, depth=3, kinds=["Company"]))
    assert {n.node.id for n in two_hops.items} == {DEEPSEEK.id, OPENAI.id, NVIDIA.id}
    assert {n.depth for n in two_hops.items if n.node.id == NVIDIA.id} == {3}
    before_link = await store.neighbors(
        NeighborQuery(
            node_id=SACKS.id, depth=3, kinds=["Company"], window=TimeWindow(as_of="2025-01-30")
        )
    )
    assert NVIDIA.id not in {n.node.id for n in before_link.items}
    with pytest.raises(NotFound):
        await store.neighbors(NeighborQuery(node_id="company:nope"))


async def test_relation_to_unknown_node_is_refused_and_nothing_written(
    store: CypherGraphStore,
) -> None:
    art = article("a1", "2025-01-28T00:00:00Z")
    bad = Relation(type=RelType.OWNS, source_id=DEEPSEEK.id, target_id="company:ghost")
    with pytest.raises(NotFound, match="company:ghost"):
        await store.upsert(GraphBatch(articles=(art,), actors=(DEEPSEEK,), relations=(bad,)))
    assert await store.counts() == {}


async def test_merge_keeps_everything_and_undo_restores_it(store: CypherGraphStore) -> None:
    art = article("a1", "2025-01-28T13:02:00Z")
    await store.upsert(seed_batch(art))
    dup = Actor(kind=ActorKind.COMPANY, name="DeepSeek AI", aliases=("Hangzhou DeepSeek",))
    link = Relation(
        type=RelType.LINKED_TO,
        source_id=dup.id,
        target_id=OPENAI.id,
        qualifier="rivals",
        reason="rivals",
        evidence=(evidence(art, "DeepSeek AI rivals OpenAI."),),
    )
    await store.upsert(GraphBatch(actors=(dup,), relations=(link,)))
    before = await snapshot(store)
    record = await store.merge_entities(DEEPSEEK.id, dup.id)
    assert record.edges_moved == 1
    merged = await store.get_node(DEEPSEEK.id)
    assert {"DeepSeek AI", "Hangzhou DeepSeek", "Deepseek"} <= set(merged.props["aliases"])
    assert (await store.get_node(dup.id)).id == DEEPSEEK.id  # the old id resolves
    assert (await store.search("hangzhou deepseek"))[0].node.id == DEEPSEEK.id
    edges = await store.edges_of([DEEPSEEK.id], rel_types=[RelType.LINKED_TO])
    (moved,) = edges
    assert (moved.source_id, moved.target_id, moved.props["reason"]) == (
        DEEPSEEK.id,
        OPENAI.id,
        "rivals",
    )
    assert [e.sentence for e in (await store.evidence_for([moved.id]))[moved.id]] == [
        "DeepSeek AI rivals OpenAI."
    ]
    # Later writes about the merged-away entity land on the entity it joined.
    await store.upsert(GraphBatch(actors=(dup,), relations=(link,)))
    assert (await store.counts())["Company"] == 2
    with pytest.raises(Conflict):
        await store.merge_entities(DEEPSEEK.id, DEEPSEEK.id)
    await store.undo_merge(record.id)
    assert await snapshot(store) == before
    assert (await store.get_node(dup.id)).name == "DeepSeek AI"
    with pytest.raises(Conflict):
        await store.undo_merge(record.id)


async def test_delete_article_removes_only_what_it_alone_supported(store: CypherGraphStore) -> None:
    first = article("first", "2025-01-28T10:00:00Z")
    second = article("second", "2025-01-30T10:00:00Z")
    await store.upsert(seed_batch(first))
    only_second = Relation(
        type=RelType.LINKED_TO,
        source_id=DEEPSEEK.id,
        target_id=NVIDIA.id,
        qualifier="x",
        evidence=(evidence(second, "DeepSeek and Nvidia."),),
    )
    await store.upsert(seed_batch(second, "Sacks again."))
    await store.upsert(GraphBatch(actors=(NVIDIA,), relations=(only_second,)))
    summary = await store.delete_article(second.id)
    assert (summary.facts_removed, summary.relations_removed) == (0, 1)
    assert summary.evidence_removed == 3
    fact_id = allegation(first, "x").id
    fact = await store.get_node(fact_id)
    assert fact.props["reported_last"] == "2025-01-28T10:00:00Z"
    assert await store.edges_of([NVIDIA.id]) == []
    summary = await store.delete_article(first.id)
    assert summary.facts_removed == 1
    assert "Allegation" not in await store.counts()
    assert "Article" not in await store.counts()
    with pytest.raises(NotFound):
        await store.delete_article(first.id)


async def test_subgraph_is_bounded(store: CypherGraphStore) -> None:
    await store.upsert(seed_batch(article("a1", "2025-01-28T13:02:00Z")))
    whole = await store.subgraph()
    assert not whole.truncated
    assert {n.group for n in whole.nodes} == {"Entity", "Fact"}
    small = await store.subgraph(max_nodes=2)
    assert small.truncated
    assert len(small.nodes) == 2
    around = await store.subgraph(seed_ids=[WHITE_HOUSE.id], depth=1)
    assert {n.id for n in around.nodes} == {WHITE_HOUSE.id, SACKS.id}
    assert [e.type for e in around.edges] == ["HOLDS_ROLE"]


async def test_feeds_with_status(store: CypherGraphStore) -> None:
    feed = Feed(url="https://news.example.org/rss.xml", title="Example", lang="en")
    await store.upsert_feeds([feed])
    await store.record_feed_status(feed.id, FeedStatus(http_status=500, error="boom"))
    await store.upsert_feeds([feed.model_copy(update={"interval_minutes": 30})])
    (stored,) = await store.list_feeds()
    assert (stored.id, stored.interval_minutes) == (feed.id, 30)
    assert (stored.status.http_status, stored.status.error) == (500, "boom")
    await store.record_feed_status(feed.id, FeedStatus(http_status=200, items_new=2))
    (stored,) = await store.list_feeds()
    assert (stored.status.error, stored.status.items_new) == (None, 2)
    await store.remove_feed(feed.id)
    assert await store.list_feeds() == []
    with pytest.raises(NotFound):
        await store.remove_feed(feed.id)


async def test_a_batch_larger_than_one_statement_is_written_whole(store: CypherGraphStore) -> None:
    art = article("big", "2025-03-01T00:00:00Z")
    actors = [Actor(kind=ActorKind.PRODUCT, name=f"Model {i:04d}") for i in range(1201)]
    mentions = tuple(
        Relation(type=RelType.MENTIONS, source_id=art.id, target_id=a.id) for a in actors
    )
    summary = await store.upsert(
        GraphBatch(articles=(art,), actors=tuple(actors), relations=mentions)
    )
    assert (summary.actors, summary.relations) == (1201, 1201)
    assert (await store.counts())["Product"] == 1201
    last = await store.get_node(actors[-1].id)
    assert last.props["reported_first"] == "2025-03-01T00:00:00Z"
