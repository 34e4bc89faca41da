"""Turn a GraphBatch into the parameter rows of the upsert statements (pure functions)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from graph.cypher.records import compact
from graph.ids import normalize_name, relation_id
from graph.model import (
    PROVENANCE_RELATIONS,
    Actor,
    Article,
    Evidence,
    Fact,
    GraphBatch,
    Relation,
    RelType,
)


@dataclass
class BatchRows:
    """Rows grouped the way the statements take them (labels and types are per statement)."""

    articles: list[dict[str, Any]] = field(default_factory=list)
    actors: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    facts: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    relations: dict[RelType, list[dict[str, Any]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    evidence: list[dict[str, Any]] = field(default_factory=list)
    redirected_actors: list[dict[str, Any]] = field(default_factory=list)
    mentioned: list[dict[str, Any]] = field(default_factory=list)


def evidence_article_ids(batch: GraphBatch) -> set[str]:
    found = {ev.article_id for fact in batch.facts for ev in fact.evidence}
    found |= {ev.article_id for rel in batch.relations for ev in rel.evidence}
    return found


def redirect_batch(batch: GraphBatch, redirects: Mapping[str, str]) -> GraphBatch:
    """Point the batch at the entities merged-away ids now live under.

    Facts are re-keyed too (their id derives from their participants' ids), so that a fact
    written after a merge joins the one the merge kept instead of starting a duplicate.
    """
    if not redirects:
        return batch
    facts = []
    fact_ids: dict[str, str] = {}
    for fact in batch.facts:
        key = tuple(redirects.get(part, part) for part in fact.key)
        moved = fact.model_copy(update={"key": key}) if key != fact.key else fact
        fact_ids[fact.id] = moved.id
        facts.append(moved)
    ids = {**redirects, **fact_ids}
    relations = []
    for rel in batch.relations:
        source = ids.get(rel.source_id, rel.source_id)
        target = ids.get(rel.target_id, rel.target_id)
        relations.append(rel.model_copy(update={"source_id": source, "target_id": target}))
    return batch.model_copy(update={"facts": tuple(facts), "relations": tuple(relations)})


def _reported(
    evidence: Iterable[Evidence], dates: Mapping[str, str]
) -> tuple[str | None, str | None]:
    seen = sorted(d for d in (ev.reported_at or dates.get(ev.article_id) for ev in evidence) if d)
    return (seen[0], seen[-1]) if seen else (None, None)


def name_norms(names: Iterable[str]) -> list[str]:
    """The normalised forms search matches against, each once, in the order given."""
    return list(dict.fromkeys(n for n in (normalize_name(x) for x in names) if n))


def search_text(norms: Iterable[str]) -> str:
    """What the full-text index holds: every normalised name, space-separated."""
    return "".join(" " + n for n in norms)


def _actor_row(actor: Actor) -> dict[str, Any]:
    norms = name_norms([actor.name, *actor.aliases])
    return {
        "id": actor.id,
        "name": actor.name,
        "kind": actor.kind.value,
        "aliases": list(actor.aliases),
        "norms": norms,
        "country": actor.country,
        "wikidata": actor.wikidata,
        "description": actor.description,
    }


def _article_row(article: Article) -> dict[str, Any]:
    props = article.model_dump(exclude={"id"})
    props["name"] = article.title or article.url or article.guid
    return {"id": article.id, "props": compact(props)}


def _fact_row(fact: Fact, dates: Mapping[str, str]) -> dict[str, Any]:
    first, last = _reported(fact.evidence, dates)
    props = fact.model_dump(exclude={"id", "evidence", "occurred", "key", "confidence"})
    props["kind"] = fact.kind.value
    props["name"] = fact.name or fact.label
    props["key"] = list(fact.key)
    if fact.occurred:
        props["occurred"] = fact.occurred.date
        props["occurred_precision"] = fact.occurred.precision
    return {
        "id": fact.id,
        "props": compact(props),
        "confidence": fact.confidence,
        "reported_first": first,
        "reported_last": last,
    }


def _relation_row(rel: Relation, dates: Mapping[str, str]) -> dict[str, Any]:
    first, last = _reported(rel.evidence, dates)
    if first is None and rel.type in PROVENANCE_RELATIONS:
        # An article's own links are reported when the article is.
        first = last = dates.get(rel.source_id)
    return {
        "id": relation_id(rel.type.value, rel.source_id, rel.target_id, rel.qualifier),
        "source_id": rel.source_id,
        "target_id": rel.target_id,
        "qualifier": rel.qualifier,
        "title": rel.title,
        "reason": rel.reason,
        "confidence": rel.confidence,
        "occurred": rel.occurred.date if rel.occurred else None,
        "occurred_precision": rel.occurred.precision if rel.occurred else None,
        "reported_first": first,
        "reported_last": last,
    }


def _evidence_rows(
    target_id: str, target_type: str, evidence: Iterable[Evidence], dates: Mapping[str, str]
) -> list[dict[str, Any]]:
    rows = []
    for ev in evidence:
        props = ev.model_dump()
        props["reported_at"] = ev.reported_at or dates.get(ev.article_id)
        props["target_id"] = target_id
        props["target_type"] = target_type
        props["id"] = ev.id_for(target_id)
        props["fingerprint"] = ev.fingerprint()
        rows.append(
            {
                "target_id": target_id,
                "fingerprint": props["fingerprint"],
                "props": compact(props),
            }
        )
    return rows


def batch_rows(
    batch: GraphBatch, article_dates: Mapping[str, str], redirects: Mapping[str, str]
) -> BatchRows:
    """All rows of a batch.

    `article_dates` maps article ids to their publication time; `redirects` maps merged-away
    entity ids to the entity they joined.
    """
    rows = BatchRows()
    dates = {**article_dates, **{a.id: a.published for a in batch.articles}}
    rows.articles = [_article_row(a) for a in batch.articles]
    for actor in batch.actors:
        row = _actor_row(actor)
        if actor.id in redirects:
            rows.redirected_actors.append(row | {"id": redirects[actor.id]})
        else:
            rows.actors[actor.kind.value].append(row)
    for fact in batch.facts:
        rows.facts[fact.kind.value].append(_fact_row(fact, dates))
        rows.evidence += _evidence_rows(fact.id, "Fact", fact.evidence, dates)
    for rel in batch.relations:
        row = _relation_row(rel, dates)
        rows.relations[rel.type].append(row)
        rows.evidence += _evidence_rows(row["id"], rel.type.value, rel.evidence, dates)
        if rel.type is RelType.MENTIONS and row["reported_first"]:
            rows.mentioned.append(
                {
                    "id": rel.target_id,
                    "reported_first": row["reported_first"],
                    "reported_last": row["reported_last"],
                }
            )
    return rows
