"""Input types and their checks: bad input is refused with a message naming the argument."""

from __future__ import annotations

import re
from enum import Enum

import strawberry

from api.graphql.enums import ActorKind, RelType
from api.graphql.errors import InputError

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]00:00)?)?$")


def iso(value: str | None, name: str) -> str | None:
    """A date or UTC datetime, as stored (ISO-8601, "Z"); anything else is refused."""
    if value is None:
        return None
    if not _ISO.match(value):
        raise InputError(f"{name} must be an ISO-8601 date or UTC datetime (got {value!r})")
    return value.replace("+00:00", "Z")


@strawberry.enum
class EntityOrder(Enum):
    NAME = "name"
    RECENT = "recent"
    ID = "id"


@strawberry.enum
class Direction(Enum):
    UP = "up"
    DOWN = "down"
    FLAT = "flat"


@strawberry.input
class EntityFilterInput:
    kinds: list[ActorKind] | None = None
    name_contains: str | None = None
    country: str | None = None
    seen_since: str | None = None
    seen_until: str | None = None


@strawberry.input
class AllegationFilter:
    claimant_id: strawberry.ID | None = None
    accused_id: strawberry.ID | None = None
    act: str | None = None
    since: str | None = None
    until: str | None = None


@strawberry.input
class MarketEventFilter:
    subject_id: strawberry.ID | None = None
    direction: Direction | None = None
    min_amount_usd: float | None = None
    since: str | None = None
    until: str | None = None


@strawberry.input
class ArticleFilterInput:
    feed_id: strawberry.ID | None = None
    lang: str | None = None
    since: str | None = None
    until: str | None = None
    mentions: strawberry.ID | None = strawberry.field(
        default=None, description="Only articles mentioning this entity or fact."
    )


def actor_kinds(kinds: list[ActorKind] | None) -> list[ActorKind] | None:
    return [ActorKind(k) for k in kinds] if kinds else None


def rel_types(types: list[RelType] | None) -> list[RelType] | None:
    return [RelType(t) for t in types] if types else None
