"""Fact types: the reified, evidence-backed facts and the parts their participants play."""

from __future__ import annotations

import strawberry

from api.graphql.context import Info
from api.graphql.enums import FactKind, RelType
from api.graphql.fields import field
from api.graphql.types import (
    FACT_TYPES,
    Evidence,
    GraphNode,
    Relation,
    ends_of,
    opt_float,
    opt_str,
    relations_of,
    wrap,
)
from graph.views import NodeView


@strawberry.type(description="A node's part in a fact: the relation and the node at its end.")
class Participant:
    role: RelType
    outgoing: bool = strawberry.field(description="True when the edge leaves the fact.")
    node: GraphNode


@strawberry.interface(description="A reified, evidence-backed fact: allegation, market event...")
class Fact(GraphNode):
    @strawberry.field
    def label(self) -> str:
        return str(self.view.props.get("label") or self.view.name)

    @field("Best confidence of any single piece of evidence.")
    def confidence(self) -> float | None:
        return opt_float(self.view.props, "confidence")

    @field("When it happened: YYYY, YYYY-MM or YYYY-MM-DD.")
    def occurred(self) -> str | None:
        return opt_str(self.view.props, "occurred")

    @strawberry.field
    def occurred_precision(self) -> str | None:
        return opt_str(self.view.props, "occurred_precision")

    @strawberry.field
    async def evidence(self, info: Info) -> list[Evidence]:
        return [Evidence(view=e) for e in await info.context.loaders.evidence.load(self.view.id)]

    @strawberry.field
    async def participants(self, info: Info) -> list[Participant]:
        edges = await info.context.loaders.edges.load(self.view.id)
        ends = [(e, e.source_id == self.view.id) for e in edges]
        nodes = await info.context.loaders.nodes.load_many(
            [e.target_id if out else e.source_id for e, out in ends]
        )
        return [
            Participant(role=RelType(e.type), outgoing=out, node=wrap(n))
            for (e, out), n in zip(ends, nodes, strict=True)
            if n is not None
        ]

    @strawberry.field
    async def relations(
        self, info: Info, types: list[RelType] | None = None, first: int = 50
    ) -> list[Relation]:
        return await relations_of(info, self.view.id, types, first)


@strawberry.type
class Allegation(Fact):
    @field("What is alleged, e.g. distillation.")
    def act(self) -> str | None:
        return opt_str(self.view.props, "act")

    @field("alleges, denies, confirms or investigates.")
    def stance(self) -> str | None:
        return opt_str(self.view.props, "stance")

    @strawberry.field
    async def claimants(self, info: Info) -> list[GraphNode]:
        edges = await info.context.loaders.edges.load(self.view.id)
        ids = [
            e.source_id for e in edges if e.type == RelType.MAKES and e.target_id == self.view.id
        ]
        return [wrap(n) for n in await info.context.loaders.nodes.load_many(ids) if n]

    @strawberry.field
    async def accused(self, info: Info) -> list[GraphNode]:
        return await ends_of(info, self.view.id, RelType.AGAINST, outgoing=True)

    @strawberry.field
    async def concerns(self, info: Info) -> list[GraphNode]:
        return await ends_of(info, self.view.id, RelType.CONCERNS, outgoing=True)

    @field("Outlets that reported the claim (not claimants).")
    async def relayed_by(self, info: Info) -> list[GraphNode]:
        return await ends_of(info, self.view.id, RelType.RELAYED_BY, outgoing=True)


@strawberry.type
class MarketEvent(Fact):
    @strawberry.field
    def measure(self) -> str | None:
        return opt_str(self.view.props, "measure")

    @field("up, down or flat.")
    def direction(self) -> str | None:
        return opt_str(self.view.props, "direction")

    @strawberry.field
    def amount(self) -> float | None:
        return opt_float(self.view.props, "amount")

    @strawberry.field
    def unit(self) -> str | None:
        return opt_str(self.view.props, "unit")

    @strawberry.field
    def amount_usd(self) -> float | None:
        return opt_float(self.view.props, "amount_usd")

    @field("Companies or assets affected.")
    async def subjects(self, info: Info) -> list[GraphNode]:
        return await ends_of(info, self.view.id, RelType.AFFECTS, outgoing=True)

    @strawberry.field
    async def triggered_by(self, info: Info) -> list[GraphNode]:
        return await ends_of(info, self.view.id, RelType.TRIGGERED_BY, outgoing=True)


@strawberry.type
class Case(Fact):
    @field("Facts and actors that are part of this case.")
    async def parts(self, info: Info) -> list[GraphNode]:
        return await ends_of(info, self.view.id, RelType.PART_OF, outgoing=False)

    @field("Links to other cases, each with its reason and evidence.")
    async def links(self, info: Info) -> list[Relation]:
        limit = info.context.settings.max_page_size
        return await relations_of(info, self.view.id, [RelType.LINKED_TO], limit)


@strawberry.type
class Policy(Fact):
    @strawberry.field
    def policy_type(self) -> str | None:
        return opt_str(self.view.props, "policy_type")


FACT_TYPES.update(
    {
        FactKind.ALLEGATION.value: Allegation,
        FactKind.MARKET_EVENT.value: MarketEvent,
        FactKind.CASE.value: Case,
        FactKind.POLICY.value: Policy,
    }
)


def wrap_fact(view: NodeView) -> Fact:
    node = wrap(view)
    assert isinstance(node, Fact)
    return node
