"""The model's enums exposed to GraphQL as they are: registering them here, once, on import."""

from __future__ import annotations

import strawberry

from graph.model import ActorKind, FactKind, RelType

strawberry.enum(RelType, name="RelationType")
strawberry.enum(ActorKind, name="ActorKind")
strawberry.enum(FactKind, name="FactKind")

__all__ = ["ActorKind", "FactKind", "RelType"]
