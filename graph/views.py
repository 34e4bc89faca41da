"""What reads return: stored nodes, edges and evidence as typed, read-only views."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from graph.model import NodeGroup


class _View(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class NodeView(_View):
    """A stored node: its group (Entity, Fact, Article, Feed), its kind label and properties."""

    id: str
    group: NodeGroup
    kind: str
    name: str
    props: dict[str, Any] = Field(default_factory=dict)

    def prop(self, key: str, default: Any = None) -> Any:
        return self.props.get(key, default)


class EdgeView(_View):
    """A stored relation with its properties (first/last reported, confidence, title, reason)."""

    id: str
    type: str
    source_id: str
    target_id: str
    props: dict[str, Any] = Field(default_factory=dict)


class EvidenceView(_View):
    """One supporting sentence with the article it comes from."""

    id: str
    target_id: str
    article_id: str
    sentence: str
    start: int | None = None
    end: int | None = None
    lang: str | None = None
    extractor: str
    extractor_version: str
    confidence: float
    relay: str | None = None
    reported_at: str | None = None
    article_title: str | None = None
    article_url: str | None = None


class Neighbor(_View):
    node: NodeView
    depth: int
    via: EdgeView  # the last edge on a shortest path from the start node


class NeighborPage(_View):
    items: tuple[Neighbor, ...]
    next_cursor: str | None  # opaque; pass back as `after` for the next page
    cursors: tuple[str, ...] = ()  # one per item: resuming after that item


class NodePage(_View):
    """One page of a keyset-paged listing."""

    items: tuple[NodeView, ...]
    next_cursor: str | None  # opaque; pass back as `after` for the next page
    cursors: tuple[str, ...] = ()  # one per item: resuming after that item


class SearchHit(_View):
    node: NodeView
    score: float


class Subgraph(_View):
    nodes: tuple[NodeView, ...]
    edges: tuple[EdgeView, ...]
    truncated: bool  # the node budget was reached: the subgraph is a bounded sample


class WriteSummary(_View):
    articles: int = 0
    actors: int = 0
    facts: int = 0
    relations: int = 0
    evidence: int = 0


class MergeRecord(_View):
    id: str
    keep_id: str
    drop_id: str
    at: str
    edges_moved: int
    undone: bool = False


class DeleteSummary(_View):
    article_id: str
    evidence_removed: int
    facts_removed: int
    relations_removed: int


class KnownArticles(_View):
    """Which of the asked-for article keys belong to completely ingested articles."""

    ids: frozenset[str] = frozenset()
    guids: frozenset[str] = frozenset()
    content_hashes: frozenset[str] = frozenset()
