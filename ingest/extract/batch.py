"""One Extraction -> one GraphBatch: facts, cases, relations and evidence, the same for every
extractor.

Allegations join a Case per accused and act ('DeepSeek: distillation'); comparisons between
entities also link their cases, so 'how are the TikTok and DeepSeek cases linked, and on what
evidence?' is one LINKED_TO edge with its reason and sentence.
"""

from __future__ import annotations

from graph.model import (
    Actor,
    Evidence,
    Fact,
    FactKind,
    GraphBatch,
    Relation,
    RelType,
)
from ingest.extract.records import (
    AllegationRecord,
    Extraction,
    LinkRecord,
    MarketRecord,
    Quote,
    RoleRecord,
)


class _Builder:
    def __init__(self, extraction: Extraction, extractor: str, version: str) -> None:
        self.x = extraction
        self.extractor = extractor
        self.version = version
        self.actors: dict[str, Actor] = {a.id: a for a in extraction.actors}
        self.facts: dict[str, Fact] = {}
        self.relations: dict[str, Relation] = {}

    def evidence(self, quote: Quote, confidence: float, relay: str | None = None) -> Evidence:
        start, end = quote.start, quote.end
        if start is not None and end is not None and end < start:
            start = end = None
        return Evidence(
            article_id=self.x.article.id,
            sentence=quote.sentence[:4000],
            start=start,
            end=end,
            lang=self.x.lang,
            extractor=self.extractor,
            extractor_version=self.version,
            confidence=confidence,
            relay=relay,
        )

    def actor(self, actor: Actor) -> str:
        self.actors.setdefault(actor.id, actor)
        return actor.id

    def fact(self, fact: Fact) -> str:
        known = self.facts.get(fact.id)
        if known is not None:  # the same fact in another sentence: one node, more evidence
            evidence = tuple(dict.fromkeys((*known.evidence, *fact.evidence)))
            fact = known.model_copy(
                update={"evidence": evidence, "confidence": max(known.confidence, fact.confidence)}
            )
        self.facts[fact.id] = fact
        return fact.id

    def relate(self, rel: Relation) -> None:
        known = self.relations.get(rel.id)
        if known is not None:
            evidence = tuple(dict.fromkeys((*known.evidence, *rel.evidence)))
            rel = known.model_copy(update={"evidence": evidence})
        self.relations[rel.id] = rel

    def edge(
        self,
        rel_type: RelType,
        source: str,
        target: str,
        evidence: Evidence | None = None,
        **extra: str | float | None,
    ) -> None:
        self.relate(
            Relation(
                type=rel_type,
                source_id=source,
                target_id=target,
                evidence=(evidence,) if evidence and rel_type not in {RelType.MENTIONS} else (),
                **extra,
            )
        )

    # --- facts ---------------------------------------------------------------------------------
    def case(self, subject: Actor, topic: str, evidence: Evidence) -> str:
        name = f"{subject.name}: {topic}" if topic else f"{subject.name} case"
        case = Fact(
            kind=FactKind.CASE,
            key=(subject.id, topic or "case"),
            label=name,
            name=name,
            confidence=evidence.confidence,
            evidence=(evidence,),
        )
        case_id = self.fact(case)
        self.edge(RelType.PART_OF, self.actor(subject), case_id, evidence)
        return case_id

    def allegation(self, rec: AllegationRecord) -> None:
        relay = ", ".join(r.name for r in rec.relays) or None
        ev = self.evidence(rec.quote, rec.confidence, relay)
        label = f"{rec.claimant.name} {rec.stance} {rec.accused.name}: {rec.act}"
        fact_id = self.fact(
            Fact(
                kind=FactKind.ALLEGATION,
                key=(rec.claimant.id, rec.accused.id, rec.act),
                label=label[:500],
                act=rec.act,
                stance=rec.stance,
                occurred=rec.occurred,
                confidence=rec.confidence,
                evidence=(ev,),
            )
        )
        self.edge(RelType.MAKES, self.actor(rec.claimant), fact_id, ev)
        self.edge(RelType.AGAINST, fact_id, self.actor(rec.accused), ev)
        if rec.victim is not None:
            self.edge(RelType.CONCERNS, fact_id, self.actor(rec.victim), ev)
        for outlet in rec.relays:
            self.edge(RelType.RELAYED_BY, fact_id, self.actor(outlet), ev)
        self.edge(RelType.PART_OF, fact_id, self.case(rec.accused, rec.act, ev), ev)

    def market(self, rec: MarketRecord) -> None:
        ev = self.evidence(rec.quote, rec.confidence)
        amount = "" if rec.amount is None else f"{rec.amount:g}"
        when = rec.occurred.date if rec.occurred else ""
        shown = f" {amount} {rec.unit}" if rec.amount is not None else ""
        fact_id = self.fact(
            Fact(
                kind=FactKind.MARKET_EVENT,
                key=(rec.subject.id, rec.measure, rec.direction, amount, rec.unit or "", when),
                label=f"{rec.subject.name} {rec.measure} {rec.direction}{shown}"[:500],
                measure=rec.measure,
                direction=rec.direction,
                amount=rec.amount,
                unit=rec.unit,
                amount_usd=rec.amount_usd,
                occurred=rec.occurred,
                confidence=rec.confidence,
                evidence=(ev,),
            )
        )
        self.edge(RelType.AFFECTS, fact_id, self.actor(rec.subject), ev)
        if rec.trigger is not None and rec.trigger.id != rec.subject.id:
            self.edge(RelType.TRIGGERED_BY, fact_id, self.actor(rec.trigger), ev)

    def role(self, rec: RoleRecord) -> None:
        ev = self.evidence(rec.quote, rec.confidence)
        self.edge(
            RelType.HOLDS_ROLE,
            self.actor(rec.person),
            self.actor(rec.org),
            ev,
            qualifier=rec.title,
            title=rec.title,
            confidence=rec.confidence,
        )

    def link(self, rec: LinkRecord) -> None:
        ev = self.evidence(rec.quote, rec.confidence)
        a, b = self.actor(rec.a), self.actor(rec.b)
        if rec.kind == "develops":
            self.edge(RelType.DEVELOPS, a, b, ev, confidence=rec.confidence)
            return
        self.edge(
            RelType.LINKED_TO,
            a,
            b,
            ev,
            qualifier=rec.kind,
            reason=rec.reason,
            confidence=rec.confidence,
        )
        if rec.kind == "compared":
            # The cases themselves are linked too: each side's allegation cases, or its own case.
            sides = [self._cases_of(rec.a, ev), self._cases_of(rec.b, ev)]
            for case_a in sides[0]:
                for case_b in sides[1]:
                    self.edge(
                        RelType.LINKED_TO,
                        case_a,
                        case_b,
                        ev,
                        qualifier="compared",
                        reason=rec.reason,
                        confidence=rec.confidence,
                    )

    def _cases_of(self, actor: Actor, ev: Evidence) -> list[str]:
        own = [
            f.id
            for f in self.facts.values()
            if f.kind == FactKind.CASE and f.key[0] == actor.id and f.key[1] != "case"
        ]
        return own or [self.case(actor, "", ev)]

    def build(self) -> GraphBatch:
        article = self.x.article
        for actor_id in list(self.actors):
            self.edge(RelType.MENTIONS, article.id, actor_id)
        return GraphBatch(
            articles=(article,),
            actors=tuple(self.actors.values()),
            facts=tuple(self.facts.values()),
            relations=tuple(self.relations.values()),
        )


def build_batch(extraction: Extraction, *, extractor: str, version: str) -> GraphBatch:
    """The graph batch of one article's extraction (article, actors, facts, relations)."""
    builder = _Builder(extraction, extractor, version)
    for allegation in extraction.allegations:
        builder.allegation(allegation)
    for event in extraction.market_events:
        builder.market(event)
    for role in extraction.roles:
        builder.role(role)
    for link in extraction.links:
        builder.link(link)
    return builder.build()
