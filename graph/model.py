"""RiskGraph's domain model: actors, facts (reified as nodes), provenance, relations, evidence.

Labels and relation types come only from the closed enums below; storage code checks them before
they reach a Cypher template, so user input can never become a label.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, field_validator

from graph import ids


class ActorKind(StrEnum):
    COMPANY = "Company"
    OFFICIAL = "Official"
    PERSON = "Person"
    GOVERNMENT_BODY = "GovernmentBody"
    COUNTRY = "Country"
    ORGANIZATION = "Organization"
    PRODUCT = "Product"
    ASSET = "Asset"


class FactKind(StrEnum):
    ALLEGATION = "Allegation"
    MARKET_EVENT = "MarketEvent"
    CASE = "Case"
    POLICY = "Policy"


class RelType(StrEnum):
    HOLDS_ROLE = "HOLDS_ROLE"  # person -> organisation/country, {title}
    LEADS = "LEADS"
    BASED_IN = "BASED_IN"
    OWNS = "OWNS"
    DEVELOPS = "DEVELOPS"
    MAKES = "MAKES"  # claimant -> Allegation
    AGAINST = "AGAINST"  # Allegation -> accused
    CONCERNS = "CONCERNS"  # Allegation -> victim or object
    RELAYED_BY = "RELAYED_BY"  # Allegation -> outlet that reported the claim (not a claimant)
    AFFECTS = "AFFECTS"  # MarketEvent -> Company/Asset
    TRIGGERED_BY = "TRIGGERED_BY"  # MarketEvent -> what set it off
    PART_OF = "PART_OF"  # fact or actor -> Case
    LINKED_TO = "LINKED_TO"  # between cases or entities, {reason}
    MENTIONS = "MENTIONS"  # Article -> anything
    PUBLISHED_IN = "PUBLISHED_IN"  # Article -> Feed


# Relations that are provenance themselves and so carry no Evidence nodes.
PROVENANCE_RELATIONS = frozenset({RelType.MENTIONS, RelType.PUBLISHED_IN})

Precision = Literal["day", "month", "year"]
NodeGroup = Literal["Entity", "Fact", "Article", "Feed"]


def utc_now() -> str:
    """Now as the ISO-8601 UTC string of every stored time (sorts alike in both engines)."""
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def to_utc_iso(moment: datetime) -> str:
    """A datetime as the stored ISO-8601 UTC form; naive datetimes are taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)


class Evidence(_Model):
    """One sentence of one article that supports a fact or a relation."""

    article_id: str
    sentence: str = Field(max_length=4000)
    start: int | None = Field(default=None, ge=0)  # character offsets in the article text
    end: int | None = Field(default=None, ge=0)
    lang: str | None = None
    extractor: str
    extractor_version: str
    confidence: float = Field(ge=0.0, le=1.0)
    relay: str | None = None  # the outlet cited ("according to the Financial Times")
    reported_at: str | None = None  # the article's publication time, filled in by the writer

    def id_for(self, target_id: str) -> str:
        return ids.evidence_id(target_id, self.article_id, self.sentence, self.start)

    def fingerprint(self) -> str:
        """The same sentence at the same place in the same article, whatever it supports."""
        return ids.evidence_id("", self.article_id, self.sentence, self.start)


class When(_Model):
    """When a fact was true or happened, with the precision the source gives."""

    date: str = Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    precision: Precision

    @classmethod
    def day(cls, value: str) -> When:
        return cls(date=value[:10], precision="day")


class Actor(_Model):
    """A company, official, person, body, country, organisation, product or asset."""

    kind: ActorKind
    name: str = Field(min_length=1, max_length=300)
    aliases: tuple[str, ...] = ()
    country: str | None = None
    wikidata: str | None = Field(default=None, pattern=r"^Q\d+$")
    description: str | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def id(self) -> str:
        return ids.actor_id(self.kind.value, self.name)

    @field_validator("aliases")
    @classmethod
    def _unique_aliases(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a.strip() for a in value if a.strip()))


class Fact(_Model):
    """A reified fact: its participants are relations, its key decides its id."""

    kind: FactKind
    key: tuple[str, ...] = Field(min_length=1)  # participants' ids and qualifiers
    label: str = Field(min_length=1, max_length=500)
    # Allegation
    act: str | None = None
    stance: Literal["alleges", "denies", "confirms", "investigates"] | None = None
    # MarketEvent
    measure: str | None = None
    direction: Literal["up", "down", "flat"] | None = None
    amount: float | None = None
    unit: str | None = None  # "USD", "%", "EUR"...
    amount_usd: float | None = None
    # Case / Policy
    name: str | None = None
    policy_type: str | None = None
    occurred: When | None = None
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    evidence: tuple[Evidence, ...] = ()

    @computed_field  # type: ignore[prop-decorator]
    @property
    def id(self) -> str:
        return ids.fact_id(self.kind.value, *self.key)


class Relation(_Model):
    """A typed edge; facts about edges (roles, links) carry their own evidence."""

    type: RelType
    source_id: str
    target_id: str
    qualifier: str = ""  # part of the identity, e.g. the role title
    title: str | None = None  # HOLDS_ROLE
    reason: str | None = None  # LINKED_TO
    occurred: When | None = None
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    evidence: tuple[Evidence, ...] = ()

    @computed_field  # type: ignore[prop-decorator]
    @property
    def id(self) -> str:
        return ids.relation_id(self.type.value, self.source_id, self.target_id, self.qualifier)


class Article(_Model):
    """A news item; its id comes from its canonical URL or GUID."""

    url: str | None = None
    guid: str | None = None
    title: str = ""
    lang: str | None = None
    published: str  # ISO-8601 UTC
    published_is_fetch_time: bool = False  # the feed gave no date
    fetched_at: str
    content_hash: str
    text: str = ""
    summary: str = ""
    feed_id: str | None = None
    author: str | None = None
    # Where `text` came from: the feed's full content, the fetched page, or the feed summary.
    text_source: Literal["content", "page", "summary"] | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def id(self) -> str:
        return ids.article_id(url=self.url, guid=self.guid)


class FeedStatus(_Model):
    """What happened the last time a feed was fetched."""

    last_attempt: str | None = None
    last_success: str | None = None
    http_status: int | None = None
    error: str | None = None
    items_new: int = 0
    items_seen: int = 0
    etag: str | None = None
    last_modified: str | None = None


class Feed(_Model):
    """An RSS/Atom source, stored in the graph so every process sees the same list."""

    url: str
    title: str = ""
    lang: str | None = None
    interval_minutes: int = Field(default=15, ge=1, le=7 * 24 * 60)
    added_at: str = Field(default_factory=utc_now)
    status: FeedStatus = FeedStatus()

    @computed_field  # type: ignore[prop-decorator]
    @property
    def id(self) -> str:
        return ids.feed_id(self.url)


class GraphBatch(_Model):
    """Everything one article (or one import) contributes, written together and idempotently."""

    articles: tuple[Article, ...] = ()
    actors: tuple[Actor, ...] = ()
    facts: tuple[Fact, ...] = ()
    relations: tuple[Relation, ...] = ()
