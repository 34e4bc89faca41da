"""The seed story as a whole graph: allegation, market events, two linked cases, roles, feeds.

Used by the listing tests and the API tests; every fact and link carries evidence sentences.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.model import (
    Actor,
    ActorKind,
    Article,
    Fact,
    FactKind,
    Feed,
    FeedStatus,
    GraphBatch,
    Relation,
    RelType,
    When,
)
from graph.store import GraphStore
from tests.graph.builders import (
    DEEPSEEK,
    NVIDIA,
    OPENAI,
    SACKS,
    USA,
    WHITE_HOUSE,
    evidence,
)

NASDAQ = Actor(kind=ActorKind.ASSET, name="Nasdaq Composite", aliases=("Nasdaq",))
TIKTOK = Actor(kind=ActorKind.COMPANY, name="TikTok", country="China")
BYTEDANCE = Actor(kind=ActorKind.COMPANY, name="ByteDance", country="China")
CHINA = Actor(kind=ActorKind.COUNTRY, name="China", aliases=("Chine",))
LIANG = Actor(kind=ActorKind.PERSON, name="Liang Wenfeng", country="China")
ACTORS = (
    SACKS,
    DEEPSEEK,
    OPENAI,
    WHITE_HOUSE,
    USA,
    NVIDIA,
    NASDAQ,
    TIKTOK,
    BYTEDANCE,
    CHINA,
    LIANG,
)

FEED_FR = Feed(url="https://fr.example.org/rss.xml", title="Exemple FR", lang="fr")
FEED_EN = Feed(url="https://en.example.org/feed.atom", title="Example EN", lang="en")


def _article(slug: str, published: str, lang: str, feed: Feed, title: str) -> Article:
    return Article(
        url=f"https://{lang}.example.org/{slug}",
        title=title,
        lang=lang,
        published=published,
        fetched_at="2025-01-30T00:00:00Z",
        content_hash=slug,
        text=f"Text of {slug}.",
        feed_id=feed.id,
    )


MARKET = _article("market", "2025-01-27T22:00:00Z", "en", FEED_EN, "Nvidia loses $600bn")
SACKS_FR = _article("sacks", "2025-01-28T13:02:00Z", "fr", FEED_FR, "Sacks accuse DeepSeek")
COMPARE = _article("tiktok", "2025-01-29T09:00:00Z", "en", FEED_EN, "DeepSeek is the new TikTok")
ARTICLES = (MARKET, SACKS_FR, COMPARE)

ALLEGATION_SENTENCE = (
    "Selon David Sacks, il existe des preuves substantielles que DeepSeek a distillé "
    "les modèles d'OpenAI."
)
ALLEGATION_SENTENCE_EN = "Sacks said there is substantial evidence DeepSeek distilled OpenAI."
NVIDIA_SENTENCE = "Nvidia lost nearly $600 billion in market value on Monday."
NASDAQ_SENTENCE = "The Nasdaq shed more than $1 trillion."
LINK_SENTENCE = "Lawmakers compare DeepSeek to TikTok as a national security risk."
LINK_REASON = "national security risk of a Chinese tech company"
TIKTOK_PART_SENTENCE = "TikTok, owned by ByteDance, faces a ban in the United States."
DEEPSEEK_PART_SENTENCE = "The DeepSeek case is now a matter for the White House."

ALLEGATION = Fact(
    kind=FactKind.ALLEGATION,
    key=(SACKS.id, DEEPSEEK.id, "distillation"),
    label="David Sacks alleges DeepSeek distilled OpenAI's models",
    act="distillation",
    stance="alleges",
    occurred=When.day("2025-01-28"),
    confidence=0.85,
    evidence=(
        evidence(SACKS_FR, ALLEGATION_SENTENCE, 0.85),
        evidence(COMPARE, ALLEGATION_SENTENCE_EN, 0.8),
    ),
)
NVIDIA_DROP = Fact(
    kind=FactKind.MARKET_EVENT,
    key=(NVIDIA.id, "market value", "2025-01-27"),
    label="Nvidia loses ~$600bn of market value",
    measure="market value",
    direction="down",
    amount=600e9,
    unit="USD",
    amount_usd=600e9,
    occurred=When.day("2025-01-27"),
    confidence=0.9,
    evidence=(evidence(MARKET, NVIDIA_SENTENCE, 0.9),),
)
NASDAQ_DROP = Fact(
    kind=FactKind.MARKET_EVENT,
    key=(NASDAQ.id, "market value", "2025-01-27"),
    label="Nasdaq loses over $1tn",
    measure="market value",
    direction="down",
    amount=1e12,
    unit="USD",
    amount_usd=1e12,
    occurred=When.day("2025-01-27"),
    confidence=0.8,
    evidence=(evidence(MARKET, NASDAQ_SENTENCE, 0.8, start=100),),
)
DEEPSEEK_CASE = Fact(
    kind=FactKind.CASE,
    key=("deepseek case",),
    label="DeepSeek case",
    name="DeepSeek case",
    occurred=When.day("2025-01-20"),
    evidence=(evidence(SACKS_FR, DEEPSEEK_PART_SENTENCE, 0.7, start=300),),
)
TIKTOK_CASE = Fact(
    kind=FactKind.CASE,
    key=("tiktok case",),
    label="TikTok case",
    name="TikTok case",
    occurred=When.day("2024-04-24"),
    evidence=(evidence(COMPARE, TIKTOK_PART_SENTENCE, 0.75, start=200),),
)
FACTS = (ALLEGATION, NVIDIA_DROP, NASDAQ_DROP, DEEPSEEK_CASE, TIKTOK_CASE)


def _rel(
    rel: RelType,
    source: str,
    target: str,
    *,
    sentence: str | None = None,
    art: Article = COMPARE,
    **extra: str,
) -> Relation:
    evidences = (evidence(art, sentence, 0.8, start=500),) if sentence else ()
    return Relation(type=rel, source_id=source, target_id=target, evidence=evidences, **extra)


CASE_LINK = _rel(
    RelType.LINKED_TO,
    DEEPSEEK_CASE.id,
    TIKTOK_CASE.id,
    sentence=LINK_SENTENCE,
    qualifier="compared",
    reason=LINK_REASON,
)
RELATIONS = (
    _rel(RelType.MAKES, SACKS.id, ALLEGATION.id),
    _rel(RelType.AGAINST, ALLEGATION.id, DEEPSEEK.id),
    _rel(RelType.CONCERNS, ALLEGATION.id, OPENAI.id),
    _rel(RelType.PART_OF, ALLEGATION.id, DEEPSEEK_CASE.id, sentence=DEEPSEEK_PART_SENTENCE),
    _rel(
        RelType.HOLDS_ROLE,
        SACKS.id,
        WHITE_HOUSE.id,
        sentence="David Sacks, responsable de l'IA à la Maison Blanche.",
        art=SACKS_FR,
        qualifier="AI czar",
        title="AI czar",
    ),
    _rel(RelType.LEADS, LIANG.id, DEEPSEEK.id, sentence="DeepSeek, founded by Liang Wenfeng."),
    _rel(RelType.BASED_IN, DEEPSEEK.id, CHINA.id, sentence="DeepSeek, a Chinese start-up."),
    _rel(RelType.BASED_IN, BYTEDANCE.id, CHINA.id, sentence="ByteDance, based in Beijing."),
    _rel(RelType.OWNS, BYTEDANCE.id, TIKTOK.id, sentence=TIKTOK_PART_SENTENCE),
    _rel(RelType.AFFECTS, NVIDIA_DROP.id, NVIDIA.id),
    _rel(RelType.TRIGGERED_BY, NVIDIA_DROP.id, DEEPSEEK.id, sentence=NVIDIA_SENTENCE, art=MARKET),
    _rel(RelType.AFFECTS, NASDAQ_DROP.id, NASDAQ.id),
    _rel(RelType.PART_OF, DEEPSEEK.id, DEEPSEEK_CASE.id, sentence=DEEPSEEK_PART_SENTENCE),
    _rel(RelType.PART_OF, TIKTOK.id, TIKTOK_CASE.id, sentence=TIKTOK_PART_SENTENCE),
    CASE_LINK,
    *(
        _rel(RelType.MENTIONS, art.id, actor.id)
        for art, mentioned in (
            (MARKET, (NVIDIA, NASDAQ, DEEPSEEK)),
            (SACKS_FR, (SACKS, DEEPSEEK, OPENAI, WHITE_HOUSE)),
            (COMPARE, (DEEPSEEK, TIKTOK, BYTEDANCE)),
        )
        for actor in mentioned
    ),
)


@dataclass(frozen=True)
class Story:
    batch: GraphBatch
    feeds: tuple[Feed, ...]


STORY = Story(
    batch=GraphBatch(articles=ARTICLES, actors=ACTORS, facts=FACTS, relations=RELATIONS),
    feeds=(FEED_FR, FEED_EN),
)


async def load_story(store: GraphStore) -> None:
    """Write the whole story, with feeds and their last fetch status."""
    await store.upsert_feeds(STORY.feeds)
    await store.upsert(STORY.batch)
    await store.record_feed_status(
        FEED_FR.id, FeedStatus(last_success="2025-01-29T10:00:00Z", http_status=200, items_new=1)
    )
    await store.record_feed_status(
        FEED_EN.id, FeedStatus(last_attempt="2025-01-29T10:00:00Z", http_status=503, error="down")
    )
