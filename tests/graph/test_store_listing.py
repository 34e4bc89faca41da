"""Contract tests of the listing reads: filters, keyset pages, timelines, corrections."""

from __future__ import annotations

import pytest

from graph.cypher.store import CypherGraphStore
from graph.errors import InvalidIdentifier, NotFound
from graph.model import Actor, ActorKind, FactKind, GraphBatch, RelType
from graph.store import ArticleFilter, EntityFilter, EntityOrder, FactFilter, TimeWindow
from graph.views import NodePage
from tests.graph.builders import DEEPSEEK, NVIDIA, OPENAI, SACKS, article
from tests.graph.story import (
    ALLEGATION,
    ARTICLES,
    COMPARE,
    DEEPSEEK_CASE,
    FEED_EN,
    MARKET,
    NASDAQ_DROP,
    NVIDIA_DROP,
    SACKS_FR,
    TIKTOK_CASE,
    load_story,
)


async def all_pages(fetch: object, size: int) -> list[str]:
    seen: list[str] = []
    after = None
    while True:
        page: NodePage = await fetch(size, after)  # type: ignore[operator]
        seen += [n.id for n in page.items]
        if page.next_cursor is None:
            return seen
        after = page.next_cursor


@pytest.mark.parametrize("order", ["name", "recent", "id"])
async def test_entities_page_without_gaps_or_repeats(
    store: CypherGraphStore, order: EntityOrder
) -> None:
    art = article("many", "2025-01-28T00:00:00Z")
    companies = [Actor(kind=ActorKind.COMPANY, name=f"Firm {i:02d}") for i in range(23)]
    await store.upsert(GraphBatch(articles=(art,), actors=(*companies, SACKS)))

    async def fetch(size: int, after: str | None) -> NodePage:
        return await store.list_entities(
            EntityFilter(kinds=[ActorKind.COMPANY]), order=order, limit=size, after=after
        )

    seen = await all_pages(fetch, 5)
    assert len(seen) == len(set(seen)) == 23
    first = await fetch(5, None)
    resumed = await fetch(5, first.cursors[2])  # every item's cursor resumes right after it
    assert [n.id for n in resumed.items] == seen[3:8]
    assert set(seen) == {c.id for c in companies}
    if order == "name":
        assert seen == [c.id for c in companies]


async def test_entity_filters(store: CypherGraphStore) -> None:
    await load_story(store)
    page = await store.list_entities(EntityFilter(name_contains="CHINE"))
    assert [n.name for n in page.items] == ["China"]  # accent- and case-free, via an alias
    chinese = await store.list_entities(EntityFilter(country="china", kinds=[ActorKind.COMPANY]))
    assert {n.name for n in chinese.items} == {"DeepSeek", "TikTok", "ByteDance"}
    seen_late = await store.list_entities(EntityFilter(seen_since="2025-01-29"))
    names = {n.name for n in seen_late.items}
    assert {"TikTok", "DeepSeek"} <= names
    assert "Nvidia" not in names  # only reported on the 27th
    seen_early = await store.list_entities(EntityFilter(seen_until="2025-01-27"))
    assert {"Nvidia", "Nasdaq Composite", "DeepSeek"} <= {n.name for n in seen_early.items}
    assert "TikTok" not in {n.name for n in seen_early.items}
    with pytest.raises(InvalidIdentifier):
        await store.list_entities(EntityFilter(), limit=0)
    with pytest.raises(InvalidIdentifier):
        await store.list_entities(EntityFilter(), after="not a cursor")


async def test_facts_by_participants_and_values(store: CypherGraphStore) -> None:
    await load_story(store)
    against = await store.list_facts(
        FactFilter(
            kind=FactKind.ALLEGATION,
            participants=[(RelType.MAKES, SACKS.id), (RelType.AGAINST, DEEPSEEK.id)],
        )
    )
    assert [f.id for f in against.items] == [ALLEGATION.id]
    assert against.items[0].props["act"] == "distillation"
    wrong_side = await store.list_facts(
        FactFilter(kind=FactKind.ALLEGATION, participants=[(RelType.AGAINST, OPENAI.id)])
    )
    assert wrong_side.items == ()
    by_act = await store.list_facts(FactFilter(kind=FactKind.ALLEGATION, act="Distill"))
    assert [f.id for f in by_act.items] == [ALLEGATION.id]
    falls = await store.list_facts(
        FactFilter(kind=FactKind.MARKET_EVENT, direction="down", since="2025-01-27")
    )
    assert {f.id for f in falls.items} == {NVIDIA_DROP.id, NASDAQ_DROP.id}
    big = await store.list_facts(FactFilter(kind=FactKind.MARKET_EVENT, min_amount_usd=7e11))
    assert [f.id for f in big.items] == [NASDAQ_DROP.id]
    of_nvidia = await store.list_facts(
        FactFilter(kind=FactKind.MARKET_EVENT, participants=[(RelType.AFFECTS, NVIDIA.id)])
    )
    assert [f.id for f in of_nvidia.items] == [NVIDIA_DROP.id]
    before = await store.list_facts(FactFilter(kind=FactKind.MARKET_EVENT, until="2025-01-26"))
    assert before.items == ()
    cases = await store.list_facts(FactFilter(kind=FactKind.CASE), limit=1)
    assert [c.id for c in cases.items] == [DEEPSEEK_CASE.id]  # newest first
    assert cases.next_cursor is not None
    rest = await store.list_facts(FactFilter(kind=FactKind.CASE), after=cases.next_cursor)
    assert [c.id for c in rest.items] == [TIKTOK_CASE.id]
    assert rest.next_cursor is None


async def test_timeline_is_in_date_order(store: CypherGraphStore) -> None:
    await load_story(store)
    deepseek = await store.timeline(DEEPSEEK.id)
    assert [f.id for f in deepseek] == [DEEPSEEK_CASE.id, NVIDIA_DROP.id, ALLEGATION.id]
    windowed = await store.timeline(DEEPSEEK.id, window=TimeWindow(since="2025-01-28"))
    assert [f.id for f in windowed] == [ALLEGATION.id]
    case = await store.timeline(DEEPSEEK_CASE.id)
    assert [f.id for f in case] == [TIKTOK_CASE.id, ALLEGATION.id]
    with pytest.raises(NotFound):
        await store.timeline("company:nobody")


async def test_articles_listing_and_their_facts(store: CypherGraphStore) -> None:
    await load_story(store)
    newest_first = await store.list_articles(ArticleFilter())
    assert [a.id for a in newest_first.items] == [COMPARE.id, SACKS_FR.id, MARKET.id]

    async def fetch(size: int, after: str | None) -> NodePage:
        return await store.list_articles(ArticleFilter(), limit=size, after=after)

    assert await all_pages(fetch, 1) == [COMPARE.id, SACKS_FR.id, MARKET.id]
    english = await store.list_articles(ArticleFilter(feed_id=FEED_EN.id, lang="en"))
    assert [a.id for a in english.items] == [COMPARE.id, MARKET.id]
    on_day = await store.list_articles(ArticleFilter(since="2025-01-28", until="2025-01-28"))
    assert [a.id for a in on_day.items] == [SACKS_FR.id]
    about_nvidia = await store.list_articles(ArticleFilter(mentions=NVIDIA.id))
    assert [a.id for a in about_nvidia.items] == [MARKET.id]
    facts = await store.facts_of_articles([a.id for a in ARTICLES])
    assert {f.id for f in facts[MARKET.id]} == {NVIDIA_DROP.id, NASDAQ_DROP.id}
    assert {f.id for f in facts[SACKS_FR.id]} == {ALLEGATION.id, DEEPSEEK_CASE.id}
    assert await store.facts_of_articles([]) == {}


async def test_correct_entity_keeps_id_edges_and_finds_old_name(store: CypherGraphStore) -> None:
    await load_story(store)
    before = await store.edges_of([DEEPSEEK.id])
    fixed = await store.correct_entity(DEEPSEEK.id, name="DeepSeek AI", kind=ActorKind.COMPANY)
    assert (fixed.id, fixed.name, fixed.kind) == (DEEPSEEK.id, "DeepSeek AI", "Company")
    assert "DeepSeek" in fixed.props["aliases"]
    assert await store.edges_of([DEEPSEEK.id]) == before
    assert (await store.search("deepseek ai"))[0].node.id == DEEPSEEK.id
    assert (await store.search("deepseek"))[0].node.id == DEEPSEEK.id
    rekinded = await store.correct_entity(SACKS.id, kind=ActorKind.PERSON, aliases=["D. Sacks"])
    assert (rekinded.kind, rekinded.props["aliases"]) == ("Person", ["D. Sacks"])
    people = await store.list_entities(EntityFilter(kinds=[ActorKind.PERSON]))
    assert SACKS.id in {n.id for n in people.items}
    officials = await store.list_entities(EntityFilter(kinds=[ActorKind.OFFICIAL]))
    assert SACKS.id not in {n.id for n in officials.items}
    assert (await store.counts()).get("Official") is None
    assert (await store.search("d sacks"))[0].node.id == SACKS.id
    with pytest.raises(NotFound):
        await store.correct_entity("company:nobody", name="X")
    with pytest.raises(NotFound):
        await store.correct_entity(ALLEGATION.id, name="X")
