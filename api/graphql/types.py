"""GraphQL types built from the store's views; the view itself stays private on each object.

Every field that follows a relation goes through the request's DataLoaders, so a page of 50
entities asking for their relations costs one store call, not 50.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, cast

import strawberry

from api.graphql.context import Info
from api.graphql.enums import ActorKind, FactKind, RelType
from api.graphql.fields import field
from api.graphql.limits import check_page
from graph.views import EdgeView, EvidenceView, NodeView

if TYPE_CHECKING:
    from api.graphql.facts import Fact


def opt_str(props: dict[str, Any], key: str) -> str | None:
    value = props.get(key)
    return None if value is None else str(value)


def opt_float(props: dict[str, Any], key: str) -> float | None:
    value = props.get(key)
    return None if value is None else float(value)


@strawberry.interface(description="Anything stored in the graph: an actor, a fact, an article.")
class GraphNode:
    view: strawberry.Private[NodeView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(self.view.id)

    @strawberry.field
    def name(self) -> str:
        return self.view.name

    @field("Actor or fact kind (Company, Allegation...), or Article.")
    def kind(self) -> str:
        return self.view.kind

    @field("When the node was first reported by an article (UTC).")
    def reported_first(self) -> str | None:
        return opt_str(self.view.props, "reported_first")

    @field("When the node was last reported by an article (UTC).")
    def reported_last(self) -> str | None:
        return opt_str(self.view.props, "reported_last")


def _newest_first(edges: list[EdgeView]) -> list[EdgeView]:
    return sorted(
        edges, key=lambda e: (str(e.props.get("reported_last") or ""), e.id), reverse=True
    )


async def relations_of(
    info: Info, node_id: str, types: list[RelType] | None, first: int
) -> list[Relation]:
    """The node's relations, most recently reported first, at most `first` of them."""
    check_page(first, info.context.settings.max_page_size)
    edges = await info.context.loaders.edges.load(node_id)
    chosen = [e for e in _newest_first(edges) if not types or RelType(e.type) in types]
    return [Relation(view=e) for e in chosen[:first]]


async def ends_of(info: Info, node_id: str, rel: RelType, *, outgoing: bool) -> list[GraphNode]:
    """The nodes at the other end of `rel` edges leaving (or entering) the node."""
    edges = await info.context.loaders.edges.load(node_id)
    ids = [
        e.target_id if outgoing else e.source_id
        for e in edges
        if e.type == rel.value and (e.source_id if outgoing else e.target_id) == node_id
    ]
    nodes = await info.context.loaders.nodes.load_many(ids)
    return [wrap(n) for n in nodes if n is not None]


@strawberry.interface(description="A company, official, person, body, country, organisation...")
class Actor(GraphNode):
    @strawberry.field
    def aliases(self) -> list[str]:
        return [str(a) for a in self.view.props.get("aliases") or []]

    @strawberry.field
    def country(self) -> str | None:
        return opt_str(self.view.props, "country")

    @strawberry.field
    def wikidata(self) -> str | None:
        return opt_str(self.view.props, "wikidata")

    @strawberry.field
    def description(self) -> str | None:
        return opt_str(self.view.props, "description")

    @field("Relations to other actors and facts, with their evidence.")
    async def relations(
        self, info: Info, types: list[RelType] | None = None, first: int = 50
    ) -> list[Relation]:
        return await relations_of(info, self.view.id, types, first)

    @field("Facts this actor takes part in, most recently reported first.")
    async def facts(
        self, info: Info, kinds: list[FactKind] | None = None, first: int = 50
    ) -> list[Annotated[Fact, strawberry.lazy("api.graphql.facts")]]:
        check_page(first, info.context.settings.max_page_size)
        edges = await info.context.loaders.edges.load(self.view.id)
        ids = [e.source_id if e.target_id == self.view.id else e.target_id for e in edges]
        nodes = await info.context.loaders.nodes.load_many(list(dict.fromkeys(ids)))
        found = [
            n
            for n in nodes
            if n is not None and n.group == "Fact" and (not kinds or n.kind in kinds)
        ]
        found.sort(key=lambda n: (str(n.props.get("reported_last") or ""), n.id), reverse=True)
        return [cast("Fact", wrap(n)) for n in found[:first]]

    @field("Articles that mention this actor, newest first.")
    async def mentioned_in(self, info: Info, first: int = 20) -> list[Article]:
        check_page(first, info.context.settings.max_page_size)
        # A mention is reported when its article is published: the newest need no node reads.
        edges = _newest_first(await info.context.loaders.mentions.load(self.view.id))[:first]
        nodes = await info.context.loaders.nodes.load_many([e.source_id for e in edges])
        return [Article(view=n) for n in nodes if n is not None and n.group == "Article"]


@strawberry.type
class Company(Actor):
    pass


@strawberry.type
class Official(Actor):
    pass


@strawberry.type
class Person(Actor):
    pass


@strawberry.type
class GovernmentBody(Actor):
    pass


@strawberry.type
class Country(Actor):
    pass


@strawberry.type
class Organization(Actor):
    pass


@strawberry.type
class Product(Actor):
    pass


@strawberry.type
class Asset(Actor):
    pass


@strawberry.type
class Article(GraphNode):
    @classmethod
    def from_view(cls, view: NodeView) -> Article:
        return cls(view=view)

    @strawberry.field
    def title(self) -> str:
        return str(self.view.props.get("title") or "")

    @strawberry.field
    def url(self) -> str | None:
        return opt_str(self.view.props, "url")

    @strawberry.field
    def lang(self) -> str | None:
        return opt_str(self.view.props, "lang")

    @field("Publication time (UTC).")
    def published(self) -> str | None:
        return opt_str(self.view.props, "published")

    @strawberry.field
    def author(self) -> str | None:
        return opt_str(self.view.props, "author")

    @strawberry.field
    def summary(self) -> str | None:
        return opt_str(self.view.props, "summary")

    @strawberry.field
    def feed_id(self) -> str | None:
        return opt_str(self.view.props, "feed_id")

    @field("Facts this article gives evidence for.")
    async def facts(
        self, info: Info
    ) -> list[Annotated[Fact, strawberry.lazy("api.graphql.facts")]]:
        found = await info.context.loaders.article_facts.load(self.view.id)
        return [cast("Fact", wrap(n)) for n in found if n.kind in FACT_TYPES]

    @field("Actors and facts the article mentions.")
    async def mentions(self, info: Info) -> list[GraphNode]:
        edges = await info.context.loaders.mentions.load(self.view.id)
        ids = [e.target_id for e in edges if e.source_id == self.view.id]
        return [wrap(n) for n in await info.context.loaders.nodes.load_many(ids) if n]


@strawberry.type(description="Any other stored node (e.g. a feed reached by a traversal).")
class OtherNode(GraphNode):
    pass


@strawberry.type(description="One sentence of one article supporting a fact or a relation.")
class Evidence:
    view: strawberry.Private[EvidenceView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(self.view.id)

    @strawberry.field
    def sentence(self) -> str:
        return self.view.sentence

    @strawberry.field
    def confidence(self) -> float:
        return self.view.confidence

    @strawberry.field
    def lang(self) -> str | None:
        return self.view.lang

    @strawberry.field
    def extractor(self) -> str:
        return f"{self.view.extractor}/{self.view.extractor_version}"

    @field("The outlet the article cites, if any.")
    def relay(self) -> str | None:
        return self.view.relay

    @field("The article's publication time (UTC).")
    def published(self) -> str | None:
        return self.view.reported_at

    @strawberry.field
    def article_id(self) -> strawberry.ID:
        return strawberry.ID(self.view.article_id)

    @strawberry.field
    def article_title(self) -> str | None:
        return self.view.article_title

    @strawberry.field
    def article_url(self) -> str | None:
        return self.view.article_url

    @strawberry.field
    async def article(self, info: Info) -> Article | None:
        node = await info.context.loaders.nodes.load(self.view.article_id)
        return Article(view=node) if node is not None else None


@strawberry.type(description="A typed edge, with its reported window and evidence.")
class Relation:
    view: strawberry.Private[EdgeView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(self.view.id)

    @strawberry.field
    def type(self) -> RelType:
        return RelType(self.view.type)

    @field("Role title (HOLDS_ROLE).")
    def title(self) -> str | None:
        return opt_str(self.view.props, "title")

    @field("Why two cases or entities are linked (LINKED_TO).")
    def reason(self) -> str | None:
        return opt_str(self.view.props, "reason")

    @strawberry.field
    def confidence(self) -> float | None:
        return opt_float(self.view.props, "confidence")

    @strawberry.field
    def occurred(self) -> str | None:
        return opt_str(self.view.props, "occurred")

    @strawberry.field
    def reported_first(self) -> str | None:
        return opt_str(self.view.props, "reported_first")

    @strawberry.field
    def reported_last(self) -> str | None:
        return opt_str(self.view.props, "reported_last")

    @strawberry.field
    def source_id(self) -> strawberry.ID:
        return strawberry.ID(self.view.source_id)

    @strawberry.field
    def target_id(self) -> strawberry.ID:
        return strawberry.ID(self.view.target_id)

    @strawberry.field
    async def source(self, info: Info) -> GraphNode | None:
        node = await info.context.loaders.nodes.load(self.view.source_id)
        return wrap(node) if node is not None else None

    @strawberry.field
    async def target(self, info: Info) -> GraphNode | None:
        node = await info.context.loaders.nodes.load(self.view.target_id)
        return wrap(node) if node is not None else None

    @strawberry.field
    async def evidence(self, info: Info) -> list[Evidence]:
        return [Evidence(view=e) for e in await info.context.loaders.evidence.load(self.view.id)]


ACTOR_TYPES: dict[str, type[Actor]] = {
    ActorKind.COMPANY.value: Company,
    ActorKind.OFFICIAL.value: Official,
    ActorKind.PERSON.value: Person,
    ActorKind.GOVERNMENT_BODY.value: GovernmentBody,
    ActorKind.COUNTRY.value: Country,
    ActorKind.ORGANIZATION.value: Organization,
    ActorKind.PRODUCT.value: Product,
    ActorKind.ASSET.value: Asset,
}
# Fact types register themselves here (api/graphql/facts.py), which keeps imports one way.
FACT_TYPES: dict[str, type[GraphNode]] = {}


def wrap(view: NodeView) -> GraphNode:
    """The GraphQL object for a stored node, by its group and kind."""
    if view.group == "Entity" and view.kind in ACTOR_TYPES:
        return ACTOR_TYPES[view.kind](view=view)
    if view.group == "Fact" and view.kind in FACT_TYPES:
        return FACT_TYPES[view.kind](view=view)
    if view.group == "Article":
        return Article(view=view)
    return OtherNode(view=view)


def wrap_actor(view: NodeView) -> Actor:
    node = wrap(view)
    assert isinstance(node, Actor)
    return node
