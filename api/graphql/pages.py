"""Relay-style connections, and the small result types of the root fields."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

import strawberry

from api.graphql.fields import field
from api.graphql.types import GraphNode, Relation
from graph.model import Feed as FeedModel

T = TypeVar("T")
V = TypeVar("V")


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type(description="A page of results; pass pageInfo.endCursor as `after` for the next.")
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo

    @field("The nodes of the edges, when cursors are not needed.")
    def nodes(self) -> list[T]:
        return [e.node for e in self.edges]


def connection(
    items: Sequence[V],
    cursors: Sequence[str],
    next_cursor: str | None,
    make: Callable[[V], T],
) -> Connection[T]:
    edges = [Edge(cursor=c, node=make(v)) for v, c in zip(items, cursors, strict=True)]
    end = edges[-1].cursor if edges else None
    return Connection(
        edges=edges, page_info=PageInfo(has_next_page=next_cursor is not None, end_cursor=end)
    )


@strawberry.type
class SearchHit:
    score: float
    node: GraphNode


@strawberry.type(description="A node reached from the start, and the last edge on the way.")
class Neighbor:
    node: GraphNode
    depth: int
    via: Relation


@strawberry.type
class KindCount:
    kind: str
    count: int


@strawberry.type
class Stats:
    total: int
    by_kind: list[KindCount]


@strawberry.type
class FeedStatus:
    last_attempt: str | None
    last_success: str | None
    http_status: int | None
    error: str | None
    items_new: int
    items_seen: int


@strawberry.type(description="An RSS/Atom source and the outcome of its last fetch.")
class Feed:
    id: strawberry.ID
    url: str
    title: str
    lang: str | None
    interval_minutes: int
    added_at: str
    status: FeedStatus

    @classmethod
    def from_domain(cls, feed: FeedModel) -> Feed:
        s = feed.status
        return cls(
            id=strawberry.ID(feed.id),
            url=feed.url,
            title=feed.title,
            lang=feed.lang,
            interval_minutes=feed.interval_minutes,
            added_at=feed.added_at,
            status=FeedStatus(
                last_attempt=s.last_attempt,
                last_success=s.last_success,
                http_status=s.http_status,
                error=s.error,
                items_new=s.items_new,
                items_seen=s.items_seen,
            ),
        )
