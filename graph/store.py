"""The one storage interface the rest of RiskGraph uses, whatever the engine behind it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from graph.model import ActorKind, FactKind, Feed, FeedStatus, GraphBatch, RelType
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

MAX_PAGE = 500
MAX_DEPTH = 3


@dataclass(frozen=True)
class TimeWindow:
    """Filters on when facts were reported (since/until) and what was known at a date (as_of).

    All values are ISO-8601 strings (a date or a UTC datetime); None means unbounded.
    """

    since: str | None = None
    until: str | None = None
    as_of: str | None = None


@dataclass(frozen=True)
class NeighborQuery:
    """Which neighbours of `node_id` to list, and which page of them."""

    node_id: str
    depth: int = 1
    rel_types: Sequence[RelType] | None = None
    kinds: Sequence[str] | None = None  # ActorKind/FactKind values, "Article", "Feed"
    window: TimeWindow = field(default_factory=TimeWindow)
    limit: int = 50
    after: str | None = None


EntityOrder = Literal["name", "recent", "id"]


@dataclass(frozen=True)
class EntityFilter:
    """Which entities to list; every condition given must hold (None: no condition).

    `name_contains` ignores case and accents and also matches aliases; `seen_since`/`seen_until`
    keep entities reported (mentioned or involved) within that window.
    """

    kinds: Sequence[ActorKind] | None = None
    name_contains: str | None = None
    country: str | None = None
    seen_since: str | None = None
    seen_until: str | None = None


@dataclass(frozen=True)
class FactFilter:
    """Which facts of one kind to list.

    `participants` are (relation, entity id) pairs the fact must all have, e.g.
    (MAKES, claimant) and (AGAINST, accused) for allegations, (AFFECTS, subject) for market
    events. since/until bound the day the fact occurred (or was first reported).
    """

    kind: FactKind
    participants: Sequence[tuple[RelType, str]] = ()
    act: str | None = None
    direction: Literal["up", "down", "flat"] | None = None
    min_amount_usd: float | None = None
    since: str | None = None
    until: str | None = None


@dataclass(frozen=True)
class ArticleFilter:
    """Which articles to list (newest first); `mentions` is an entity or fact id."""

    feed_id: str | None = None
    lang: str | None = None
    since: str | None = None
    until: str | None = None
    mentions: str | None = None


class GraphStore(Protocol):
    """Async access to the graph. Implementations must be safe to share within one process."""

    async def ensure_schema(self) -> None:
        """Create constraints and indexes if missing; safe to call at every start."""

    async def upsert(self, batch: GraphBatch) -> WriteSummary:
        """Write articles, actors, facts and relations with their evidence, idempotently.

        Seeing the same fact again adds evidence and widens its reported window; it never
        creates a second node or edge.
        """

    async def get_nodes(self, node_ids: Sequence[str]) -> list[NodeView | None]:
        """Nodes by id, in the order asked, None where absent; merged-away ids resolve."""

    async def get_node(self, node_id: str) -> NodeView:
        """One node by id; raises NotFound."""

    async def search(
        self, text: str, *, kinds: Sequence[str] | None = None, limit: int = 20
    ) -> list[SearchHit]:
        """Full-text search over entity names and aliases, accent- and case-insensitive."""

    async def neighbors(self, query: NeighborQuery) -> NeighborPage:
        """Nodes within `depth` hops, nearest first, paged by an opaque cursor."""

    async def edges_of(
        self, node_ids: Sequence[str], *, rel_types: Sequence[RelType] | None = None
    ) -> list[EdgeView]:
        """Every relation touching the given nodes (batched, for loaders and fact views)."""

    async def evidence_for(self, target_ids: Sequence[str]) -> dict[str, list[EvidenceView]]:
        """Evidence of facts and relations, keyed by target id, newest first."""

    async def subgraph(
        self,
        *,
        seed_ids: Sequence[str] | None = None,
        depth: int = 2,
        max_nodes: int = 2000,
        window: TimeWindow | None = None,
        include_articles: bool = False,
    ) -> Subgraph:
        """A bounded subgraph around seeds (or of the whole graph) for analytics and export."""

    async def list_entities(
        self,
        entity_filter: EntityFilter,
        *,
        order: EntityOrder = "name",
        limit: int = 50,
        after: str | None = None,
    ) -> NodePage:
        """Entities matching the filter, keyset-paged: no gaps or repeats across pages."""

    async def list_facts(
        self, fact_filter: FactFilter, *, limit: int = 50, after: str | None = None
    ) -> NodePage:
        """Facts of one kind matching the filter, newest first, keyset-paged."""

    async def timeline(
        self, node_id: str, *, window: TimeWindow | None = None, limit: int = MAX_PAGE
    ) -> list[NodeView]:
        """Dated facts the node takes part in, oldest first; raises NotFound."""

    async def list_articles(
        self, article_filter: ArticleFilter, *, limit: int = 50, after: str | None = None
    ) -> NodePage:
        """Articles matching the filter, newest first, keyset-paged."""

    async def facts_of_articles(self, article_ids: Sequence[str]) -> dict[str, list[NodeView]]:
        """Facts each article gives evidence for, keyed by article id (batched, for loaders)."""

    async def counts(self) -> dict[str, int]:
        """Number of nodes of each kind (entity and fact kinds, Article, Feed)."""

    async def merge_entities(self, keep_id: str, drop_id: str) -> MergeRecord:
        """Fold `drop` into `keep`: aliases kept, edges re-pointed, evidence kept, recorded."""

    async def undo_merge(self, merge_id: str) -> MergeRecord:
        """Restore the dropped entity and its edges exactly as recorded by the merge."""

    async def correct_entity(
        self,
        entity_id: str,
        *,
        name: str | None = None,
        kind: ActorKind | None = None,
        aliases: Sequence[str] | None = None,
    ) -> NodeView:
        """Fix an entity's name, kind or aliases in place; its id, edges and evidence stay.

        A replaced name is kept as an alias unless `aliases` is given, which then replaces the
        aliases exactly. Raises NotFound.
        """

    async def delete_article(self, article_id: str) -> DeleteSummary:
        """Remove an article, its evidence, and facts/relations that only it supported."""

    async def known_articles(
        self,
        *,
        ids: Sequence[str] = (),
        guids: Sequence[str] = (),
        content_hashes: Sequence[str] = (),
    ) -> KnownArticles:
        """Which of these article ids, GUIDs and content hashes are already fully ingested.

        Only articles marked by `mark_articles_processed` count: one whose writes were cut
        short is unknown, so ingestion redoes it (writes are idempotent).
        """

    async def mark_articles_processed(
        self, article_ids: Sequence[str], *, processed_by: str
    ) -> int:
        """Mark articles as completely ingested (after their whole batch is written).

        Returns how many of them exist; unknown ids are ignored.
        """

    async def upsert_feeds(self, feeds: Sequence[Feed]) -> None:
        """Add feeds or update their settings; their fetch status is kept."""

    async def list_feeds(self) -> list[Feed]:
        """All feeds with their status."""

    async def remove_feed(self, feed_id: str) -> None:
        """Remove a feed (its articles stay); raises NotFound."""

    async def record_feed_status(self, feed_id: str, status: FeedStatus) -> None:
        """Store the outcome of one fetch of a feed."""

    async def close(self) -> None:
        """Release connections; the engine itself is stopped by whoever opened it."""
