"""Listings and timelines: keyset-paged reads with filters, and in-place entity corrections.

Pages resume after the last row's (sort key, id), so concurrent writes never make a page skip or
repeat what an earlier page showed.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from graph.cypher import queries
from graph.cypher.batch_rows import name_norms, search_text
from graph.cypher.records import node_view
from graph.cypher.traversal import DEFAULT_TRAVERSAL
from graph.errors import InvalidIdentifier, NotFound
from graph.ids import normalize_name
from graph.model import Actor, ActorKind, utc_now
from graph.store import (
    MAX_PAGE,
    ArticleFilter,
    EntityFilter,
    EntityOrder,
    FactFilter,
    TimeWindow,
)
from graph.views import NodePage, NodeView

if TYPE_CHECKING:
    from graph.cypher.store import CypherGraphStore


def encode_key(sort_key: Any, node_id: str) -> str:
    return base64.urlsafe_b64encode(json.dumps([sort_key, node_id]).encode()).decode()


def decode_key(cursor: str | None) -> tuple[Any, str | None]:
    if cursor is None:
        return None, None
    try:
        sort_key, node_id = json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (ValueError, TypeError) as exc:
        raise InvalidIdentifier("malformed cursor") from exc
    if not isinstance(node_id, str) or not isinstance(sort_key, str | int | float):
        raise InvalidIdentifier("malformed cursor")
    return sort_key, node_id


def _check_limit(limit: int) -> None:
    if not 1 <= limit <= MAX_PAGE:
        raise InvalidIdentifier(f"page size must be between 1 and {MAX_PAGE}")


def _day(value: str | None) -> str | None:
    return value[:10] if value else None


async def _page(
    store: CypherGraphStore, statement: queries.Statement, params: dict[str, Any], limit: int
) -> NodePage:
    """Run a keyset statement asking one row more than the page, to know if there is more."""
    _check_limit(limit)
    after_key, after_id = decode_key(params.pop("after"))
    rows = await store.engine.run(
        statement, {**params, "after_key": after_key, "after_id": after_id, "limit": limit + 1}
    )
    items = [node_view(r["props"]) for r in rows[:limit]]
    cursors = [encode_key(r["sort_key"], n.id) for r, n in zip(rows, items, strict=False)]
    more = len(rows) > limit
    return NodePage(
        items=tuple(items), next_cursor=cursors[-1] if more else None, cursors=tuple(cursors)
    )


def _bound(value: str | None, *, end: bool) -> str | None:
    """A bare date as the first (or last) second of that day, to compare with stored times."""
    if value is None or len(value) != 10:
        return value
    return value + ("T23:59:59Z" if end else "T00:00:00Z")


async def list_entities(
    store: CypherGraphStore,
    entity_filter: EntityFilter,
    *,
    order: EntityOrder,
    limit: int,
    after: str | None,
) -> NodePage:
    text = normalize_name(entity_filter.name_contains) if entity_filter.name_contains else None
    params = {
        "kinds": [ActorKind(k).value for k in entity_filter.kinds] if entity_filter.kinds else None,
        "text": text or None,
        "country": entity_filter.country.lower() if entity_filter.country else None,
        "since": _bound(entity_filter.seen_since, end=False),
        "until": _bound(entity_filter.seen_until, end=True),
        "after": after,
    }
    return await _page(store, queries.list_entities(order), params, limit)


async def list_facts(
    store: CypherGraphStore, fact_filter: FactFilter, *, limit: int, after: str | None
) -> NodePage:
    participants = []
    for rel_type, node_id in fact_filter.participants:
        # Merged-away ids still find the facts of the entity they joined.
        node = await store.get_node(node_id)
        participants.append(f"{rel_type.value} {node.id}")
    params = {
        "roles": participants,
        "act": fact_filter.act.lower() if fact_filter.act else None,
        "direction": fact_filter.direction,
        "min_usd": fact_filter.min_amount_usd,
        "since": _day(fact_filter.since),
        "until": _day(fact_filter.until),
        "after": after,
    }
    return await _page(store, queries.list_facts(fact_filter.kind.value), params, limit)


async def timeline(
    store: CypherGraphStore, node_id: str, *, window: TimeWindow | None, limit: int
) -> list[NodeView]:
    _check_limit(limit)
    node = await store.get_node(node_id)
    window = window or TimeWindow()
    rows = await store.engine.run(
        queries.TIMELINE,
        {
            "id": node.id,
            "types": list(DEFAULT_TRAVERSAL),
            "since": _day(window.since),
            "until": _day(window.until),
            "limit": limit,
        },
    )
    return [node_view(r["props"]) for r in rows]


async def list_articles(
    store: CypherGraphStore, article_filter: ArticleFilter, *, limit: int, after: str | None
) -> NodePage:
    params = {
        "feed_id": article_filter.feed_id,
        "lang": article_filter.lang,
        "since": _bound(article_filter.since, end=False),
        "until": _bound(article_filter.until, end=True),
        "mentions": article_filter.mentions,
        "after": after,
    }
    return await _page(store, queries.LIST_ARTICLES, params, limit)


async def facts_of_articles(
    store: CypherGraphStore, article_ids: Sequence[str]
) -> dict[str, list[NodeView]]:
    found: dict[str, list[NodeView]] = {a: [] for a in article_ids}
    if not article_ids:
        return found
    rows = await store.engine.run(queries.FACTS_OF_ARTICLES, {"ids": list(article_ids)})
    for row in sorted(rows, key=lambda r: (r["article_id"], r["props"]["id"])):
        found.setdefault(row["article_id"], []).append(node_view(row["props"]))
    return found


async def correct_entity(
    store: CypherGraphStore,
    entity_id: str,
    *,
    name: str | None,
    kind: ActorKind | None,
    aliases: Sequence[str] | None,
) -> NodeView:
    node = await store.get_node(entity_id)
    if node.group != "Entity":
        raise NotFound("Entity", entity_id)
    new_name = name.strip() if name is not None else node.name
    old_aliases = [str(a) for a in node.props.get("aliases") or []]
    if aliases is None:
        aliases = [*old_aliases, node.name] if new_name != node.name else old_aliases
    # Validated like any written actor: a bad kind or empty name fails here, not in the store.
    actor = Actor(
        kind=kind or ActorKind(node.kind), name=new_name, aliases=tuple(a for a in aliases)
    )
    names = [a for a in actor.aliases if a != actor.name]
    norms = name_norms([actor.name, *names])
    rows = await store.engine.run(
        queries.correct_entity(actor.kind.value),
        {
            "id": node.id,
            "name": actor.name,
            "kind": actor.kind.value,
            "aliases": names,
            "norms": norms,
            "search_text": search_text(norms),
            "now": utc_now(),
        },
    )
    return node_view(rows[0]["props"])
