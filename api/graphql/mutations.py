"""Mutations: each needs an API key with the write role, checked before anything is read."""

from __future__ import annotations

import strawberry

from api.graphql.context import Info
from api.graphql.enums import ActorKind
from api.graphql.errors import Unavailable
from api.graphql.fields import mutation
from api.graphql.pages import Feed
from api.graphql.types import Actor, wrap_actor
from graph.errors import NotFound
from graph.model import Feed as FeedModel


@strawberry.type
class MergeResult:
    id: strawberry.ID
    keep_id: strawberry.ID
    drop_id: strawberry.ID
    at: str
    edges_moved: int
    entity: Actor


@strawberry.type
class DeleteResult:
    article_id: strawberry.ID
    evidence_removed: int
    facts_removed: int
    relations_removed: int


async def _feed(info: Info, feed_id: str) -> FeedModel:
    for feed in await info.context.store.list_feeds():
        if feed.id == feed_id:
            return feed
    raise NotFound("Feed", feed_id)


@strawberry.type
class Mutation:
    @mutation("Add a feed, or update its title, language and interval.")
    async def add_feed(
        self,
        info: Info,
        url: str,
        title: str = "",
        lang: str | None = None,
        interval_minutes: int = 15,
    ) -> Feed:
        info.context.require_write()
        feed = FeedModel(url=url, title=title, lang=lang, interval_minutes=interval_minutes)
        await info.context.store.upsert_feeds([feed])
        return Feed.from_domain(await _feed(info, feed.id))

    @mutation("Remove a feed; its articles stay.")
    async def remove_feed(self, info: Info, id: strawberry.ID) -> strawberry.ID:
        info.context.require_write()
        await info.context.store.remove_feed(str(id))
        return id

    @mutation("Fetch and ingest one feed now; returns its new status.")
    async def ingest_now(self, info: Info, feed_id: strawberry.ID) -> Feed:
        info.context.require_write()
        if info.context.ingest_now is None:
            raise Unavailable("ingestion is not available on this server")
        await _feed(info, str(feed_id))
        await info.context.ingest_now(info.context.store, str(feed_id))
        return Feed.from_domain(await _feed(info, str(feed_id)))

    @mutation("Fold dropId into keepId (names, edges and evidence kept).")
    async def merge_entities(
        self, info: Info, keep_id: strawberry.ID, drop_id: strawberry.ID
    ) -> MergeResult:
        info.context.require_write()
        record = await info.context.store.merge_entities(str(keep_id), str(drop_id))
        kept = await info.context.store.get_node(record.keep_id)
        return MergeResult(
            id=strawberry.ID(record.id),
            keep_id=strawberry.ID(record.keep_id),
            drop_id=strawberry.ID(record.drop_id),
            at=record.at,
            edges_moved=record.edges_moved,
            entity=wrap_actor(kept),
        )

    @mutation(
        "Fix an entity's name, kind or aliases; its id, edges and evidence stay. "
        "A replaced name becomes an alias unless aliases are given."
    )
    async def correct_entity(
        self,
        info: Info,
        id: strawberry.ID,
        name: str | None = None,
        kind: ActorKind | None = None,
        aliases: list[str] | None = None,
    ) -> Actor:
        info.context.require_write()
        fixed = await info.context.store.correct_entity(
            str(id), name=name, kind=ActorKind(kind) if kind else None, aliases=aliases
        )
        return wrap_actor(fixed)

    @mutation("Delete an article and what only it supported.")
    async def delete_article(self, info: Info, id: strawberry.ID) -> DeleteResult:
        info.context.require_write()
        summary = await info.context.store.delete_article(str(id))
        return DeleteResult(
            article_id=strawberry.ID(summary.article_id),
            evidence_removed=summary.evidence_removed,
            facts_removed=summary.facts_removed,
            relations_removed=summary.relations_removed,
        )
