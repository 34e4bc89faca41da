"""What fact extractors find in one article, before it becomes graph facts and relations.

Both extractors (offline rules and the optional LLM) produce an `Extraction`; one builder
(`batch.py`) turns it into the GraphBatch, so the two cannot drift apart in how they write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from graph.model import Actor, Article, When
from ingest.extract.cues import Stance

Direction = Literal["up", "down", "flat"]
LinkKind = Literal["compared", "develops", "owns", "partner", "bans", "investigates", "related"]


@dataclass(frozen=True)
class Quote:
    """The sentence a fact was read from, in the article's language, with its offsets."""

    sentence: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class AllegationRecord:
    claimant: Actor
    accused: Actor
    act: str
    stance: Stance
    quote: Quote
    victim: Actor | None = None
    relays: tuple[Actor, ...] = ()  # outlets that reported the claim
    occurred: When | None = None
    confidence: float = 0.6


@dataclass(frozen=True)
class MarketRecord:
    subject: Actor
    measure: str
    direction: Direction
    quote: Quote
    amount: float | None = None
    unit: str | None = None
    occurred: When | None = None
    trigger: Actor | None = None
    confidence: float = 0.6

    @property
    def amount_usd(self) -> float | None:
        return self.amount if self.unit == "USD" else None


@dataclass(frozen=True)
class RoleRecord:
    person: Actor
    title: str
    org: Actor
    quote: Quote
    confidence: float = 0.7


@dataclass(frozen=True)
class LinkRecord:
    a: Actor
    b: Actor
    kind: LinkKind
    reason: str
    quote: Quote
    confidence: float = 0.6


@dataclass
class Extraction:
    """Everything found in one article; `actors` are every entity mentioned in it."""

    article: Article
    lang: str
    actors: list[Actor] = field(default_factory=list)
    allegations: list[AllegationRecord] = field(default_factory=list)
    market_events: list[MarketRecord] = field(default_factory=list)
    roles: list[RoleRecord] = field(default_factory=list)
    links: list[LinkRecord] = field(default_factory=list)
