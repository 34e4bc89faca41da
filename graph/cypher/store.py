"""GraphStore over any CypherEngine: the shared query layer both engines run."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graph.cypher import merging, queries, reads
from graph.cypher.batch_rows import batch_rows, evidence_article_ids, redirect_batch
from graph.cypher.records import (
    edge_view,
    evidence_view,
    feed_from_props,
    feed_row,
    feed_status_props,
    node_view,
)
from graph.cypher.traversal import (
    ALL_GROUPS,
    encode_cursor,
    expand,
    node_list,
    page,
    rel_type_values,
)
from graph.engines.base import CypherEngine
from graph.errors import InvalidIdentifier, NotFound, QueryFailed
from graph.ids import normalize_name
from graph.model import ActorKind, Feed, FeedStatus, GraphBatch, RelType, utc_now
from graph.store import (
    MAX_DEPTH,
    MAX_PAGE,
    ArticleFilter,
    EntityFilter,
    EntityOrder,
    FactFilter,
    NeighborQuery,
    TimeWindow,
)
from graph.views import (
    DeleteSummary,
    EdgeView,
    EvidenceView,
    KnownArticles,
    MergeRecord,
    NeighborPage,
    NodePage,
    NodeView,
    SearchHit,
    Subgraph,
    WriteSummary,
)

UNWIND_CHUNK = 500


def window_params(window: TimeWindow | None) -> dict[str, Any]:
    """Dates widen to whole days: `as_of 2025-01-28` includes everything reported that day."""
    window = window or TimeWindow()

    def bound(value: str | None, *, end: bool) -> str | None:
        if value is None or len(value) != 10:
            return value
        return value + ("T23:59:59Z" if end else "T00:00:00Z")

    return {
        "since": bound(window.since, end=False),
        "until": bound(window.until, end=True),
        "as_of": bound(window.as_of, end=True),
    }


class CypherGraphStore:
    """The GraphStore implementation; engine differences live in the engine's Dialect."""

    def __init__(self, engine: CypherEngine) -> None:
        self.engine = engine

    # -- schema -----------------------------------------------------------------------------

    async def ensure_schema(self) -> None:
        markers = self.engine.dialect.already_exists_markers
        for index, text in enumerate(self.engine.dialect.schema_statements):
            try:
                await self.engine.run(queries.Statement(f"schema[{index}]", text, write=True), {})
            except QueryFailed as exc:
                if not any(marker in str(exc) for marker in markers):
                    raise

    # -- writes -----------------------------------------------------------------------------

    async def upsert(self, batch: GraphBatch) -> WriteSummary:
        redirects = await self._redirects(self._batch_ids(batch))
        batch = redirect_batch(batch, redirects)
        await self._check_endpoints(batch)
        known = {a.id for a in batch.articles}
        missing = sorted(evidence_article_ids(batch) - known)
        dates = await self._article_dates(missing)
        absent = [a for a in missing if a not in dates]
        if absent:
            raise NotFound("Article", absent[0])
        rows = batch_rows(batch, dates, redirects)
        now = utc_now()
        # Order matters: nodes before the relations and evidence that point at them.
        await self._unwind(queries.UPSERT_ARTICLES, rows.articles, now)
        for kind, actor_rows in rows.actors.items():
            await self._unwind(queries.upsert_actors(kind), actor_rows, now)
        await self._unwind(queries.ADD_NAMES, rows.redirected_actors, now)
        for kind, fact_rows in rows.facts.items():
            await self._unwind(queries.upsert_facts(kind), fact_rows, now)
        for rel, rel_rows in rows.relations.items():
            await self._unwind(queries.upsert_relations(rel), rel_rows, now)
        await self._unwind(queries.UPSERT_EVIDENCE, rows.evidence, now)
        await self._unwind(queries.TOUCH_MENTIONED, rows.mentioned, now)
        return WriteSummary(
            articles=len(rows.articles),
            actors=sum(len(r) for r in rows.actors.values()),
            facts=sum(len(r) for r in rows.facts.values()),
            relations=sum(len(r) for r in rows.relations.values()),
            evidence=len(rows.evidence),
        )

    async def _unwind(
        self, statement: queries.Statement, rows: list[dict[str, Any]], now: str
    ) -> None:
        """Send rows in bounded chunks: every write is idempotent, so a retry is always safe."""
        for start in range(0, len(rows), UNWIND_CHUNK):
            await self.engine.run(
                statement, {"rows": rows[start : start + UNWIND_CHUNK], "now": now}
            )

    @staticmethod
    def _batch_ids(batch: GraphBatch) -> list[str]:
        endpoints = {r.source_id for r in batch.relations} | {r.target_id for r in batch.relations}
        return sorted(endpoints | {a.id for a in batch.actors})

    async def _redirects(self, node_ids: list[str]) -> dict[str, str]:
        """Merged-away ids and the id they now live under (following chains of merges)."""
        redirects: dict[str, str] = {}
        pending = node_ids
        while pending:
            rows = await self.engine.run(queries.RESOLVE_MERGED, {"ids": pending})
            step = {r["drop_id"]: r["keep_id"] for r in rows if r["drop_id"] not in redirects}
            redirects.update(step)
            pending = sorted(set(step.values()) - set(redirects))
        for drop in list(redirects):
            seen = {drop}
            while redirects[drop] in redirects and redirects[drop] not in seen:
                seen.add(redirects[drop])
                redirects[drop] = redirects[redirects[drop]]
        return redirects

    async def _check_endpoints(self, batch: GraphBatch) -> None:
        in_batch = (
            {a.id for a in batch.actors}
            | {f.id for f in batch.facts}
            | {a.id for a in batch.articles}
        )
        wanted = sorted(
            ({r.source_id for r in batch.relations} | {r.target_id for r in batch.relations})
            - in_batch
        )
        if not wanted:
            return
        found = await self.get_nodes(wanted)
        for node_id, node in zip(wanted, found, strict=True):
            if node is None:
                raise NotFound("node", node_id)

    async def _article_dates(self, article_ids: list[str]) -> dict[str, str]:
        if not article_ids:
            return {}
        rows = await self.engine.run(queries.ARTICLE_DATES, {"ids": article_ids})
        return {r["id"]: r["published"] for r in rows}

    # -- reads ------------------------------------------------------------------------------

    async def get_nodes(self, node_ids: Sequence[str]) -> list[NodeView | None]:
        if not node_ids:
            return []
        redirects = await self._redirects(list(dict.fromkeys(node_ids)))
        wanted = sorted({redirects.get(i, i) for i in node_ids})
        rows = await self.engine.run(queries.GET_NODES, {"ids": wanted})
        by_id = {r["props"]["id"]: node_view(r["props"]) for r in rows}
        return [by_id.get(redirects.get(i, i)) for i in node_ids]

    async def get_node(self, node_id: str) -> NodeView:
        (node,) = await self.get_nodes([node_id])
        if node is None:
            raise NotFound("node", node_id)
        return node

    async def search(
        self, text: str, *, kinds: Sequence[str] | None = None, limit: int = 20
    ) -> list[SearchHit]:
        normalized = normalize_name(text)
        if not normalized:
            return []
        limit = max(1, min(limit, MAX_PAGE))
        params = {"kinds": list(kinds) if kinds else None, "limit": limit * 3}
        hits: dict[str, SearchHit] = {}
        fulltext = self.engine.dialect.fulltext_query(normalized)
        rows = await self.engine.run(
            queries.search(self.engine.dialect), {**params, "query": fulltext}
        )
        rows += await self.engine.run(queries.SEARCH_CONTAINS, {**params, "text": normalized})
        for row in rows:
            node = node_view(row["props"])
            score = _rank(node, normalized, float(row["score"]))
            if node.id not in hits or hits[node.id].score < score:
                hits[node.id] = SearchHit(node=node, score=score)
        return sorted(hits.values(), key=lambda h: (-h.score, h.node.name, h.node.id))[:limit]

    async def neighbors(self, query: NeighborQuery) -> NeighborPage:
        if not 1 <= query.depth <= MAX_DEPTH:
            raise InvalidIdentifier(f"depth must be between 1 and {MAX_DEPTH}")
        if not 1 <= query.limit <= MAX_PAGE:
            raise InvalidIdentifier(f"page size must be between 1 and {MAX_PAGE}")
        start = await self.get_node(query.node_id)
        expansion = await expand(
            self.engine,
            [start.id],
            depth=query.depth,
            rel_types=rel_type_values(query.rel_types),
            window=window_params(query.window),
        )
        items = [
            n for n in expansion.reached.values() if not query.kinds or n.node.kind in query.kinds
        ]
        chosen, more = page(items, after=query.after, limit=query.limit)
        cursors = tuple(encode_cursor(n) for n in chosen)
        return NeighborPage(
            items=tuple(chosen),
            next_cursor=cursors[-1] if more and chosen else None,
            cursors=cursors,
        )

    async def edges_of(
        self, node_ids: Sequence[str], *, rel_types: Sequence[RelType] | None = None
    ) -> list[EdgeView]:
        if not node_ids:
            return []
        types = [RelType(r).value for r in rel_types] if rel_types else [r.value for r in RelType]
        rows = await self.engine.run(queries.EDGES_OF, {"ids": list(node_ids), "types": types})
        return sorted((edge_view(r) for r in rows), key=lambda e: e.id)

    async def evidence_for(self, target_ids: Sequence[str]) -> dict[str, list[EvidenceView]]:
        found: dict[str, list[EvidenceView]] = {t: [] for t in target_ids}
        if not target_ids:
            return found
        rows = await self.engine.run(queries.EVIDENCE_FOR, {"ids": list(target_ids)})
        for row in rows:
            view = evidence_view(row)
            found.setdefault(view.target_id, []).append(view)
        return found

    async def subgraph(
        self,
        *,
        seed_ids: Sequence[str] | None = None,
        depth: int = 2,
        max_nodes: int = 2000,
        window: TimeWindow | None = None,
        include_articles: bool = False,
    ) -> Subgraph:
        groups = ALL_GROUPS if include_articles else ("Entity", "Fact")
        types = [r.value for r in RelType] if include_articles else rel_type_values(None)
        params = window_params(window)
        if seed_ids:
            seeds = [n for n in await self.get_nodes(seed_ids) if n is not None]
            expansion = await expand(
                self.engine,
                [s.id for s in seeds],
                depth=min(depth, MAX_DEPTH),
                rel_types=types,
                window=params,
                groups=groups,
                budget=max_nodes,
            )
            nodes = node_list(expansion, seeds)
            truncated = expansion.truncated
        else:
            rows = await self.engine.run(
                queries.ALL_NODES, {"groups": list(groups), "limit": max_nodes + 1}
            )
            nodes = [node_view(r["props"]) for r in rows[:max_nodes]]
            truncated = len(rows) > max_nodes
        ids = [n.id for n in nodes]
        edge_rows = await self.engine.run(
            queries.EDGES_AMONG, {"ids": ids, "types": types, **params}
        )
        edges = sorted((edge_view(r) for r in edge_rows), key=lambda e: e.id)
        return Subgraph(nodes=tuple(nodes), edges=tuple(edges), truncated=truncated)

    async def list_entities(
        self,
        entity_filter: EntityFilter,
        *,
        order: EntityOrder = "name",
        limit: int = 50,
        after: str | None = None,
    ) -> NodePage:
        return await reads.list_entities(self, entity_filter, order=order, limit=limit, after=after)

    async def list_facts(
        self, fact_filter: FactFilter, *, limit: int = 50, after: str | None = None
    ) -> NodePage:
        return await reads.list_facts(self, fact_filter, limit=limit, after=after)

    async def timeline(
        self, node_id: str, *, window: TimeWindow | None = None, limit: int = MAX_PAGE
    ) -> list[NodeView]:
        return await reads.timeline(self, node_id, window=window, limit=limit)

    async def list_articles(
        self, article_filter: ArticleFilter, *, limit: int = 50, after: str | None = None
    ) -> NodePage:
        return await reads.list_articles(self, article_filter, limit=limit, after=after)

    async def facts_of_articles(self, article_ids: Sequence[str]) -> dict[str, list[NodeView]]:
        return await reads.facts_of_articles(self, article_ids)

    async def counts(self) -> dict[str, int]:
        rows = await self.engine.run(queries.COUNTS, {})
        return {str(r["kind"]): int(r["count"]) for r in rows if r["kind"] is not None}

    # -- corrections --------------------------------------------------------------------------

    async def merge_entities(self, keep_id: str, drop_id: str) -> MergeRecord:
        return await merging.merge(self, keep_id, drop_id)

    async def undo_merge(self, merge_id: str) -> MergeRecord:
        return await merging.undo(self, merge_id)

    async def correct_entity(
        self,
        entity_id: str,
        *,
        name: str | None = None,
        kind: ActorKind | None = None,
        aliases: Sequence[str] | None = None,
    ) -> NodeView:
        return await reads.correct_entity(self, entity_id, name=name, kind=kind, aliases=aliases)

    async def delete_article(self, article_id: str) -> DeleteSummary:
        return await merging.delete_article(self, article_id)

    # -- ingestion bookkeeping ----------------------------------------------------------------

    async def known_articles(
        self,
        *,
        ids: Sequence[str] = (),
        guids: Sequence[str] = (),
        content_hashes: Sequence[str] = (),
    ) -> KnownArticles:
        # One statement per key so each lookup uses its own index.
        async def found(statement: queries.Statement, values: Sequence[str]) -> frozenset[str]:
            if not values:
                return frozenset()
            rows = await self.engine.run(statement, {"values": sorted(set(values))})
            return frozenset(str(r["value"]) for r in rows)

        return KnownArticles(
            ids=await found(queries.KNOWN_ARTICLE_IDS, ids),
            guids=await found(queries.KNOWN_ARTICLE_GUIDS, guids),
            content_hashes=await found(queries.KNOWN_ARTICLE_HASHES, content_hashes),
        )

    async def mark_articles_processed(
        self, article_ids: Sequence[str], *, processed_by: str
    ) -> int:
        if not article_ids:
            return 0
        rows = await self.engine.run(
            queries.MARK_ARTICLES_PROCESSED,
            {"ids": sorted(set(article_ids)), "now": utc_now(), "processed_by": processed_by},
        )
        return int(rows[0]["written"]) if rows else 0

    # -- feeds --------------------------------------------------------------------------------

    async def upsert_feeds(self, feeds: Sequence[Feed]) -> None:
        if feeds:
            await self.engine.run(queries.UPSERT_FEEDS, {"rows": [feed_row(f) for f in feeds]})

    async def list_feeds(self) -> list[Feed]:
        rows = await self.engine.run(queries.LIST_FEEDS, {})
        return [feed_from_props(r["props"]) for r in rows]

    async def remove_feed(self, feed_id: str) -> None:
        rows = await self.engine.run(queries.REMOVE_FEED, {"id": feed_id})
        if not rows or not rows[0]["deleted"]:
            raise NotFound("Feed", feed_id)

    async def record_feed_status(self, feed_id: str, status: FeedStatus) -> None:
        rows = await self.engine.run(
            queries.RECORD_FEED_STATUS, {"id": feed_id, "props": feed_status_props(status)}
        )
        if not rows or not rows[0]["written"]:
            raise NotFound("Feed", feed_id)

    async def close(self) -> None:
        await self.engine.close()


def _rank(node: NodeView, normalized: str, engine_score: float) -> float:
    """Exact name or alias first, then prefixes, then the engine's own relevance."""
    norms: list[str] = node.props.get("norms") or []
    if normalize_name(node.name) == normalized:
        return 3.0 + engine_score / 100
    if normalized in norms:
        return 2.5 + engine_score / 100
    if any(n.startswith(normalized) for n in norms):
        return 2.0 + engine_score / 100
    return 1.0 + engine_score / 100
