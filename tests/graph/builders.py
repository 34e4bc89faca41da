"""Small, readable graph batches for the store tests (the seed story in miniature)."""

from __future__ import annotations

from graph.cypher.store import CypherGraphStore
from graph.model import (
    Actor,
    ActorKind,
    Article,
    Evidence,
    Fact,
    FactKind,
    GraphBatch,
    Relation,
    RelType,
    When,
)

SACKS = Actor(kind=ActorKind.OFFICIAL, name="David Sacks", aliases=("Sacks",))
DEEPSEEK = Actor(kind=ActorKind.COMPANY, name="DeepSeek", aliases=("Deepseek",), country="China")
OPENAI = Actor(kind=ActorKind.COMPANY, name="OpenAI")
WHITE_HOUSE = Actor(
    kind=ActorKind.GOVERNMENT_BODY, name="White House", aliases=("Maison Blanche", "Maison-Blanche")
)
USA = Actor(kind=ActorKind.COUNTRY, name="United States", aliases=("États-Unis",))
NVIDIA = Actor(kind=ActorKind.COMPANY, name="Nvidia", aliases=("NVIDIA",))


def article(slug: str, published: str, lang: str = "fr") -> Article:
    return Article(
        url=f"https://news.example.org/{slug}?utm_source=feed",
        title=f"Article {slug}",
        lang=lang,
        published=published,
        fetched_at="2025-01-29T00:00:00Z",
        content_hash=slug,
        text=f"Text of {slug}.",
    )


def evidence(art: Article, sentence: str, confidence: float = 0.8, start: int = 0) -> Evidence:
    return Evidence(
        article_id=art.id,
        sentence=sentence,
        start=start,
        end=start + len(sentence),
        lang=art.lang,
        extractor="test",
        extractor_version="1",
        confidence=confidence,
    )


def allegation(art: Article, sentence: str, confidence: float = 0.8) -> Fact:
    return Fact(
        kind=FactKind.ALLEGATION,
        key=(SACKS.id, DEEPSEEK.id, "distillation"),
        label="David Sacks alleges DeepSeek distilled OpenAI's models",
        act="distillation",
        stance="alleges",
        occurred=When.day("2025-01-28"),
        confidence=confidence,
        evidence=(evidence(art, sentence, confidence),),
    )


def seed_batch(
    art: Article, sentence: str = "Sacks affirme des preuves substantielles."
) -> GraphBatch:
    """One article reporting the allegation, with its participants and a role."""
    fact = allegation(art, sentence)
    return GraphBatch(
        articles=(art,),
        actors=(SACKS, DEEPSEEK, OPENAI, WHITE_HOUSE),
        facts=(fact,),
        relations=(
            Relation(type=RelType.MAKES, source_id=SACKS.id, target_id=fact.id),
            Relation(type=RelType.AGAINST, source_id=fact.id, target_id=DEEPSEEK.id),
            Relation(type=RelType.CONCERNS, source_id=fact.id, target_id=OPENAI.id),
            Relation(
                type=RelType.HOLDS_ROLE,
                source_id=SACKS.id,
                target_id=WHITE_HOUSE.id,
                qualifier="AI czar",
                title="AI czar",
                confidence=0.9,
                evidence=(
                    evidence(art, "David Sacks, responsable de l’IA à la Maison Blanche", 0.9),
                ),
            ),
            Relation(type=RelType.MENTIONS, source_id=art.id, target_id=DEEPSEEK.id),
            Relation(type=RelType.MENTIONS, source_id=art.id, target_id=SACKS.id),
        ),
    )


async def snapshot(
    store: CypherGraphStore,
) -> tuple[dict[str, int], list[tuple[str, str, str, str]], int]:
    """What an undo must restore exactly: node counts, every edge with its id, evidence count."""
    sub = await store.subgraph(include_articles=True, max_nodes=10_000)
    edges = sorted((e.type, e.source_id, e.target_id, e.id) for e in sub.edges)
    evidence = await store.evidence_for([e.id for e in sub.edges] + [n.id for n in sub.nodes])
    return await store.counts(), edges, sum(len(v) for v in evidence.values())
