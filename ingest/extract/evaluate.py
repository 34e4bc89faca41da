"""Scoring extraction against a gold set: precision, recall and F1 per fact type and language.

Gold (JSONL, one article per line) names things by a canonical name with aliases; a prediction
matches when its actor's name or aliases meet the gold entity's. Allegations match on claimant
and accused, market events on subject and direction (and amount within 10% when both give one),
roles on person and organisation, links on the pair in either direction, entities on name and
kind. Each gold item is matched at most once (a maximum one-to-one matching per article).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from graph.ids import digest, normalize_name
from graph.model import Actor, Article, FactKind, GraphBatch, RelType, utc_now
from ingest.extract.amounts import parse_amount, within

P = TypeVar("P")
G = TypeVar("G")
T = TypeVar("T")

CATEGORIES = ("entities", "allegations", "market_events", "roles", "links")
LINK_TYPES = frozenset({RelType.LINKED_TO, RelType.DEVELOPS, RelType.OWNS})


class GoldError(ValueError):
    """The gold file is missing or a line does not follow the gold schema."""


class _Gold(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class GoldEntity(_Gold):
    name: str
    type: str
    aliases: list[str] = []


class GoldAllegation(_Gold):
    claimant: str
    accused: str
    victim: str | None = None
    act: str | None = None


class GoldMarketEvent(_Gold):
    subject: str
    measure: str | None = None
    direction: str | None = None
    amount: str | None = None


class GoldRole(_Gold):
    person: str
    role: str | None = None
    org: str


class GoldLink(_Gold):
    a: str
    b: str
    why: str | None = None


class GoldArticle(_Gold):
    id: str
    lang: str
    title: str = ""
    url: str | None = None
    published: str | None = None
    text: str
    entities: list[GoldEntity] = []
    allegations: list[GoldAllegation] = []
    market_events: list[GoldMarketEvent] = []
    roles: list[GoldRole] = []
    links: list[GoldLink] = []

    def to_article(self) -> Article:
        """The article as ingestion would store it; an undated item is flagged as such."""
        published = self.published
        return Article(
            url=self.url or None,
            guid=None if self.url else f"gold:{self.id}",
            title=self.title,
            lang=self.lang,
            published=f"{published[:10]}T00:00:00Z" if published else utc_now(),
            published_is_fetch_time=not published,
            fetched_at=utc_now(),
            content_hash=digest(self.text),
            text=self.text,
        )


def load_gold(path: Path) -> list[GoldArticle]:
    """Gold articles from a JSONL file; raises GoldError naming the bad line."""
    if not path.is_file():
        raise GoldError(f"gold file not found: {path}")
    articles: dict[str, GoldArticle] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            article = GoldArticle.model_validate_json(line)
        except ValidationError as err:
            raise GoldError(f"{path}:{number}: not a gold article: {err}") from err
        if article.id in articles:
            raise GoldError(f"{path}:{number}: article id {article.id!r} is used twice")
        articles[article.id] = article
    return list(articles.values())


# --- matching ---------------------------------------------------------------------------------
Names = frozenset[str]


def _names(*values: str) -> Names:
    return frozenset(n for n in (normalize_name(v) for v in values) if n)


def actor_names(actor: Actor) -> Names:
    return _names(actor.name, *actor.aliases)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    # What was missed and what was extracted wrongly, described for `riskgraph eval --errors`.
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.missed.extend(other.missed)
        self.spurious.extend(other.spurious)

    def as_dict(self) -> dict[str, float | int]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else float(self.fn == 0)
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else float(self.fp == 0)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def _match(preds: Sequence[P], golds: Sequence[G], ok: Callable[[P, G], bool]) -> dict[int, int]:
    """A maximum one-to-one matching, gold index -> prediction index (augmenting paths)."""
    owner: dict[int, int] = {}

    def place(p: int, seen: set[int]) -> bool:
        for g, gold in enumerate(golds):
            if g in seen or not ok(preds[p], gold):
                continue
            seen.add(g)
            if g not in owner or place(owner[g], seen):
                owner[g] = p
                return True
        return False

    for p in range(len(preds)):
        place(p, set())
    return owner


def _score(
    preds: Sequence[P],
    golds: Sequence[G],
    ok: Callable[[P, G], bool],
    describe: tuple[Callable[[P], str], Callable[[G], str]],
) -> Score:
    owner = _match(preds, golds, ok)
    matched = set(owner.values())
    return Score(
        tp=len(owner),
        fp=len(preds) - len(owner),
        fn=len(golds) - len(owner),
        missed=[describe[1](g) for i, g in enumerate(golds) if i not in owner],
        spurious=[describe[0](p) for i, p in enumerate(preds) if i not in matched],
    )


def _shown(names: Names) -> str:
    """One readable name of a predicted actor: its longest form."""
    return max(sorted(names), key=len, default="?")


@dataclass(frozen=True)
class Predicted:
    """What one batch asserts, reduced to what the gold annotates."""

    entities: list[tuple[Names, str]] = field(default_factory=list)
    allegations: list[tuple[Names, Names]] = field(default_factory=list)
    market_events: list[tuple[Names, str | None, float | None, str | None]] = field(
        default_factory=list
    )
    roles: list[tuple[Names, Names]] = field(default_factory=list)
    links: list[tuple[Names, Names]] = field(default_factory=list)


def predicted(batch: GraphBatch) -> Predicted:
    """Reduce a batch to the annotated items, one per distinct participant set."""
    actors = {a.id: a for a in batch.actors}
    facts = {f.id: f for f in batch.facts}

    def names(node_id: str) -> Names | None:
        actor = actors.get(node_id)
        return actor_names(actor) if actor else None

    out = Predicted(entities=[(actor_names(a), a.kind.value) for a in batch.actors])
    makes: dict[str, list[str]] = {}
    against: dict[str, list[str]] = {}
    affects: dict[str, list[str]] = {}
    pairs: dict[str, set[tuple[str, ...]]] = {"roles": set(), "links": set()}
    for rel in batch.relations:
        if rel.type == RelType.MAKES:
            makes.setdefault(rel.target_id, []).append(rel.source_id)
        elif rel.type == RelType.AGAINST:
            against.setdefault(rel.source_id, []).append(rel.target_id)
        elif rel.type == RelType.AFFECTS:
            affects.setdefault(rel.source_id, []).append(rel.target_id)
        elif rel.type == RelType.HOLDS_ROLE and rel.source_id in actors and rel.target_id in actors:
            pairs["roles"].add((rel.source_id, rel.target_id))
        elif rel.type in LINK_TYPES and rel.source_id in actors and rel.target_id in actors:
            pairs["links"].add(tuple(sorted((rel.source_id, rel.target_id))))
    seen: set[tuple[str, str]] = set()
    for fact_id, claimants in makes.items():
        fact = facts.get(fact_id)
        if fact is not None and fact.stance == "denies":
            continue  # a denial is kept in the graph but is nobody's allegation
        for claimant in claimants:
            for accused in against.get(fact_id, []):
                if (claimant, accused) not in seen:
                    seen.add((claimant, accused))
                    out.allegations.append(
                        (names(claimant) or _names(claimant), names(accused) or _names(accused))
                    )
    for fact_id, subjects in affects.items():
        fact = facts.get(fact_id)
        if fact is None or fact.kind != FactKind.MARKET_EVENT:
            continue
        for subject in subjects:
            out.market_events.append(
                (names(subject) or _names(subject), fact.direction, fact.amount, fact.unit)
            )
    out.roles.extend(
        (names(a) or _names(a), names(b) or _names(b)) for a, b in sorted(pairs["roles"])
    )
    out.links.extend(
        (names(a) or _names(a), names(b) or _names(b)) for a, b in sorted(pairs["links"])
    )
    return out


def score_article(gold: GoldArticle, pred: Predicted) -> dict[str, Score]:
    """Per-category counts for one article."""
    aliases: dict[str, Names] = {}
    for entity in gold.entities:
        aliases[normalize_name(entity.name)] = _names(entity.name, *entity.aliases)

    def known(name: str) -> Names:
        return aliases.get(normalize_name(name), _names(name))

    def amount_ok(value: float | None, unit: str | None, gold_amount: str | None) -> bool:
        if value is None or not gold_amount:
            return True
        parsed = parse_amount(gold_amount, "en")
        if parsed is None:
            return True
        return (unit or "") == parsed.unit and within(value, parsed.value)

    gold_entities = {(normalize_name(e.name), e.type): e for e in gold.entities}
    return {
        "entities": _score(
            pred.entities,
            list(gold_entities.values()),
            lambda p, g: p[1] == g.type and bool(p[0] & _names(g.name, *g.aliases)),
            (lambda p: f"{_shown(p[0])} ({p[1]})", lambda g: f"{g.name} ({g.type})"),
        ),
        "allegations": _score(
            pred.allegations,
            _unique(gold.allegations, lambda g: (known(g.claimant), known(g.accused))),
            lambda p, g: bool(p[0] & known(g.claimant)) and bool(p[1] & known(g.accused)),
            (_pair(" accuses "), lambda g: f"{g.claimant} accuses {g.accused}"),
        ),
        "market_events": _score(
            pred.market_events,
            gold.market_events,
            lambda p, g: (
                bool(p[0] & known(g.subject))
                and p[1] == g.direction
                and amount_ok(p[2], p[3], g.amount)
            ),
            (
                lambda p: f"{_shown(p[0])} {p[1]} {p[2] if p[2] is not None else ''} {p[3] or ''}",
                lambda g: f"{g.subject} {g.direction} {g.amount or ''} ({g.measure})",
            ),
        ),
        "roles": _score(
            pred.roles,
            _unique(gold.roles, lambda g: (known(g.person), known(g.org))),
            lambda p, g: bool(p[0] & known(g.person)) and bool(p[1] & known(g.org)),
            (_pair(" of "), lambda g: f"{g.person}, {g.role}, of {g.org}"),
        ),
        "links": _score(
            pred.links,
            _unique(gold.links, lambda g: frozenset((known(g.a), known(g.b)))),
            lambda p, g: (
                (bool(p[0] & known(g.a)) and bool(p[1] & known(g.b)))
                or (bool(p[0] & known(g.b)) and bool(p[1] & known(g.a)))
            ),
            (_pair(" -- "), lambda g: f"{g.a} -- {g.b} ({g.why})"),
        ),
    }


def _pair(joint: str) -> Callable[[tuple[Names, Names]], str]:
    return lambda p: f"{_shown(p[0])}{joint}{_shown(p[1])}"


def _unique(items: Sequence[T], key: Callable[[T], object]) -> list[T]:
    """Gold items that differ only in what is not scored (the act, the title) count once."""
    seen: dict[object, T] = {}
    for item in items:
        seen.setdefault(key(item), item)
    return list(seen.values())


@dataclass
class Report:
    overall: dict[str, Score] = field(default_factory=lambda: {c: Score() for c in CATEGORIES})
    by_lang: dict[str, dict[str, Score]] = field(default_factory=dict)
    by_article: dict[str, dict[str, Score]] = field(default_factory=dict)

    @property
    def articles(self) -> int:
        return len(self.by_article)

    def add(self, article_id: str, lang: str, scores: dict[str, Score]) -> None:
        self.by_article[article_id] = scores
        per_lang = self.by_lang.setdefault(lang, {c: Score() for c in CATEGORIES})
        for category, score in scores.items():
            self.overall[category].add(score)
            per_lang[category].add(score)

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {c: self.overall[c].as_dict() for c in CATEGORIES}
        out["by_lang"] = {
            lang: {c: scores[c].as_dict() for c in CATEGORIES}
            for lang, scores in sorted(self.by_lang.items())
        }
        out["articles"] = self.articles
        return out

    def errors(self) -> dict[str, dict[str, dict[str, list[str]]]]:
        """Per article and category, what was missed and what was extracted wrongly."""
        return {
            article: {
                category: {"missed": score.missed, "spurious": score.spurious}
                for category, score in scores.items()
                if score.missed or score.spurious
            }
            for article, scores in self.by_article.items()
        }


def evaluate(
    gold: Sequence[GoldArticle], extract: Callable[[Sequence[Article]], list[GraphBatch]]
) -> Report:
    """Run an extractor over the gold articles and score what it returns."""
    batches = extract([g.to_article() for g in gold])
    if len(batches) != len(gold):
        raise ValueError(f"the extractor returned {len(batches)} batches for {len(gold)} articles")
    report = Report()
    for item, batch in zip(gold, batches, strict=True):
        report.add(item.id, item.lang, score_article(item, predicted(batch)))
    return report


def dumps(report: Report) -> str:
    return json.dumps(report.as_dict(), ensure_ascii=False, indent=2)
