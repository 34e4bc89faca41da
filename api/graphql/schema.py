"""The root Query: reads over the GraphStore, paged and limited; mutations live in mutations.py."""

from __future__ import annotations

import strawberry

from api.graphql.analysis import Centrality, Path, resolve_central, resolve_paths
from api.graphql.context import Info
from api.graphql.enums import ActorKind, FactKind, RelType
from api.graphql.errors import InputError
from api.graphql.facts import Allegation, Case, Fact, MarketEvent, wrap_fact
from api.graphql.fields import field
from api.graphql.inputs import (
    AllegationFilter,
    ArticleFilterInput,
    EntityFilterInput,
    EntityOrder,
    MarketEventFilter,
    actor_kinds,
    iso,
    rel_types,
)
from api.graphql.limits import check_page
from api.graphql.pages import (
    Connection,
    Feed,
    KindCount,
    Neighbor,
    SearchHit,
    Stats,
    connection,
)
from api.graphql.types import Actor, Article, GraphNode, Relation, wrap, wrap_actor
from graph.store import ArticleFilter, EntityFilter, FactFilter, NeighborQuery, TimeWindow
from graph.views import NodeView

MAX_SEARCH_TEXT = 200


def _allegation(view: NodeView) -> Allegation:
    node = wrap_fact(view)
    assert isinstance(node, Allegation)
    return node


def _market_event(view: NodeView) -> MarketEvent:
    node = wrap_fact(view)
    assert isinstance(node, MarketEvent)
    return node


def _case(view: NodeView) -> Case:
    node = wrap_fact(view)
    assert isinstance(node, Case)
    return node


@strawberry.type
class Query:
    @field("Any node by id (merged-away ids resolve); null if absent.")
    async def entity(self, info: Info, id: strawberry.ID) -> GraphNode | None:
        node = await info.context.loaders.nodes.load(str(id))
        return wrap(node) if node is not None else None

    @field("Actors, filtered and paged.")
    async def entities(
        self,
        info: Info,
        filter: EntityFilterInput | None = None,
        first: int = 20,
        after: str | None = None,
        order_by: EntityOrder = EntityOrder.NAME,
    ) -> Connection[Actor]:
        check_page(first, info.context.settings.max_page_size)
        f = filter or EntityFilterInput()
        page = await info.context.store.list_entities(
            EntityFilter(
                kinds=actor_kinds(f.kinds),
                name_contains=f.name_contains,
                country=f.country,
                seen_since=iso(f.seen_since, "seenSince"),
                seen_until=iso(f.seen_until, "seenUntil"),
            ),
            order=order_by.value,
            limit=first,
            after=after,
        )
        return connection(page.items, page.cursors, page.next_cursor, wrap_actor)

    @field("Names and aliases, ranked; ignores case and accents.")
    async def search(
        self,
        info: Info,
        text: str,
        kinds: list[ActorKind] | None = None,
        limit: int = 20,
    ) -> list[SearchHit]:
        check_page(limit, info.context.settings.max_page_size, "limit")
        if len(text) > MAX_SEARCH_TEXT:
            raise InputError(f"text must be at most {MAX_SEARCH_TEXT} characters")
        kind_values = [k.value for k in actor_kinds(kinds) or []] or None
        hits = await info.context.store.search(text, kinds=kind_values, limit=limit)
        return [SearchHit(score=h.score, node=wrap(h.node)) for h in hits]

    @field("Nodes within `depth` hops (at most 3), nearest first.")
    async def neighbors(  # noqa: PLR0917  (GraphQL arguments, passed by name)
        self,
        info: Info,
        id: strawberry.ID,
        depth: int = 1,
        relation_types: list[RelType] | None = None,
        kinds: list[str] | None = None,
        since: str | None = None,
        until: str | None = None,
        as_of: str | None = None,
        first: int = 20,
        after: str | None = None,
    ) -> Connection[Neighbor]:
        check_page(first, info.context.settings.max_page_size)
        if not 1 <= depth <= 3:
            raise InputError(f"depth must be between 1 and 3 (got {depth})")
        page = await info.context.store.neighbors(
            NeighborQuery(
                node_id=str(id),
                depth=depth,
                rel_types=rel_types(relation_types),
                kinds=kinds or None,
                window=TimeWindow(
                    since=iso(since, "since"), until=iso(until, "until"), as_of=iso(as_of, "asOf")
                ),
                limit=first,
                after=after,
            )
        )
        return connection(
            page.items,
            page.cursors,
            page.next_cursor,
            lambda n: Neighbor(node=wrap(n.node), depth=n.depth, via=Relation(view=n.via)),
        )

    @field("Allegations, newest first: who accuses whom of what.")
    async def allegations(
        self,
        info: Info,
        filter: AllegationFilter | None = None,
        first: int = 20,
        after: str | None = None,
    ) -> Connection[Allegation]:
        check_page(first, info.context.settings.max_page_size)
        f = filter or AllegationFilter()
        participants = [
            (rel, str(node_id))
            for rel, node_id in ((RelType.MAKES, f.claimant_id), (RelType.AGAINST, f.accused_id))
            if node_id
        ]
        page = await info.context.store.list_facts(
            FactFilter(
                kind=FactKind.ALLEGATION,
                participants=participants,
                act=f.act,
                since=iso(f.since, "since"),
                until=iso(f.until, "until"),
            ),
            limit=first,
            after=after,
        )
        return connection(page.items, page.cursors, page.next_cursor, _allegation)

    @field("Market moves, newest first, with amounts in USD.")
    async def market_events(
        self,
        info: Info,
        filter: MarketEventFilter | None = None,
        first: int = 20,
        after: str | None = None,
    ) -> Connection[MarketEvent]:
        check_page(first, info.context.settings.max_page_size)
        f = filter or MarketEventFilter()
        page = await info.context.store.list_facts(
            FactFilter(
                kind=FactKind.MARKET_EVENT,
                participants=[(RelType.AFFECTS, str(f.subject_id))] if f.subject_id else [],
                direction=f.direction.value if f.direction else None,
                min_amount_usd=f.min_amount_usd,
                since=iso(f.since, "since"),
                until=iso(f.until, "until"),
            ),
            limit=first,
            after=after,
        )
        return connection(page.items, page.cursors, page.next_cursor, _market_event)

    @field("Cases (e.g. the DeepSeek case), newest first.")
    async def cases(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> Connection[Case]:
        check_page(first, info.context.settings.max_page_size)
        page = await info.context.store.list_facts(
            FactFilter(kind=FactKind.CASE), limit=first, after=after
        )
        return connection(page.items, page.cursors, page.next_cursor, _case)

    paths: list[Path] = strawberry.field(
        resolver=resolve_paths,
        description="How two nodes are linked: up to k ranked paths (maxHops at most 6), each "
        "step with the evidence behind it (sentence, article, date, confidence).",
    )

    central: Centrality = strawberry.field(
        resolver=resolve_central,
        description="The most central entities (betweenness, then degree), optionally by kind.",
    )

    @field("Dated facts an entity or case takes part in, oldest first.")
    async def timeline(
        self,
        info: Info,
        entity_id: strawberry.ID,
        since: str | None = None,
        until: str | None = None,
        limit: int = 100,
    ) -> list[Fact]:
        check_page(limit, info.context.settings.max_page_size, "limit")
        facts = await info.context.store.timeline(
            str(entity_id),
            window=TimeWindow(since=iso(since, "since"), until=iso(until, "until")),
            limit=limit,
        )
        return [wrap_fact(f) for f in facts]

    @field("Articles, newest first.")
    async def articles(
        self,
        info: Info,
        filter: ArticleFilterInput | None = None,
        first: int = 20,
        after: str | None = None,
    ) -> Connection[Article]:
        check_page(first, info.context.settings.max_page_size)
        f = filter or ArticleFilterInput()
        page = await info.context.store.list_articles(
            ArticleFilter(
                feed_id=str(f.feed_id) if f.feed_id else None,
                lang=f.lang,
                since=iso(f.since, "since"),
                until=iso(f.until, "until"),
                mentions=str(f.mentions) if f.mentions else None,
            ),
            limit=first,
            after=after,
        )
        return connection(page.items, page.cursors, page.next_cursor, Article.from_view)

    @field("One article with the facts extracted from it; null if absent.")
    async def article(self, info: Info, id: strawberry.ID) -> Article | None:
        node = await info.context.loaders.nodes.load(str(id))
        return Article(view=node) if node is not None and node.group == "Article" else None

    @field("Every feed with the outcome of its last fetch.")
    async def feeds(self, info: Info) -> list[Feed]:
        return [Feed.from_domain(f) for f in await info.context.store.list_feeds()]

    @field("How many nodes of each kind the graph holds.")
    async def stats(self, info: Info) -> Stats:
        counts = await info.context.store.counts()
        return Stats(
            total=sum(counts.values()),
            by_kind=[KindCount(kind=k, count=c) for k, c in sorted(counts.items())],
        )
