"""Store benchmark on the embedded engine: write throughput and read latencies.

    python bench/store_bench.py [--articles 300] [--data-dir /tmp/riskgraph-bench]

Synthetic but shaped like extraction output: each article brings ~8 actors drawn from a pool of
400 (so entities recur across articles, as in news), 2 allegations, 1 market event, their
participant relations, mentions and evidence. Prints one table; numbers go in the README.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import statistics
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from graph.factory import open_store
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
)
from graph.settings import Settings
from graph.store import GraphStore, NeighborQuery

KINDS = [ActorKind.COMPANY, ActorKind.OFFICIAL, ActorKind.GOVERNMENT_BODY, ActorKind.PRODUCT]


def synthetic_batch(index: int, pool: list[Actor], rng: random.Random) -> GraphBatch:
    article = Article(
        url=f"https://bench.example.org/{index}",
        title=f"Article {index}",
        lang="en",
        published=f"2025-{1 + index % 12:02d}-{1 + index % 28:02d}T12:00:00Z",
        fetched_at="2025-12-31T00:00:00Z",
        content_hash=str(index),
        text="x" * 2000,
    )
    actors = rng.sample(pool, 8)

    def ev(sentence: str) -> Evidence:
        return Evidence(
            article_id=article.id,
            sentence=sentence,
            start=0,
            extractor="bench",
            extractor_version="1",
            confidence=0.7,
        )

    facts, relations = [], []
    for claimant, accused in ((actors[0], actors[1]), (actors[2], actors[3])):
        fact = Fact(
            kind=FactKind.ALLEGATION,
            key=(claimant.id, accused.id, "ip-theft"),
            label=f"{claimant.name} accuses {accused.name}",
            act="ip-theft",
            evidence=(ev(f"{claimant.name} accused {accused.name} in article {index}."),),
        )
        facts.append(fact)
        relations += [
            Relation(type=RelType.MAKES, source_id=claimant.id, target_id=fact.id),
            Relation(type=RelType.AGAINST, source_id=fact.id, target_id=accused.id),
        ]
    market = Fact(
        kind=FactKind.MARKET_EVENT,
        key=(actors[4].id, "market value", "down", str(index % 30)),
        label=f"{actors[4].name} fell",
        measure="market value",
        direction="down",
        amount=1e9 * (index % 7 + 1),
        unit="USD",
        amount_usd=1e9 * (index % 7 + 1),
        evidence=(ev(f"{actors[4].name} lost value."),),
    )
    facts.append(market)
    relations.append(Relation(type=RelType.AFFECTS, source_id=market.id, target_id=actors[4].id))
    relations += [
        Relation(type=RelType.MENTIONS, source_id=article.id, target_id=a.id) for a in actors
    ]
    relations.append(
        Relation(
            type=RelType.LINKED_TO,
            source_id=actors[5].id,
            target_id=actors[6].id,
            qualifier="partners",
            reason="partners",
            evidence=(ev("They partner."),),
        )
    )
    return GraphBatch(
        articles=(article,), actors=tuple(actors), facts=tuple(facts), relations=tuple(relations)
    )


async def timed(label: str, runs: int, action: Callable[[], Awaitable[object]]) -> list[str]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        await action()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    p95 = samples[max(0, int(len(samples) * 0.95) - 1)]
    return [label, f"{statistics.median(samples):.1f} ms", f"{p95:.1f} ms"]


async def run(articles: int, data_dir: Path) -> None:
    rng = random.Random(7)
    pool = [Actor(kind=KINDS[i % len(KINDS)], name=f"Actor {i:03d}") for i in range(400)]
    batches = [synthetic_batch(i, pool, rng) for i in range(articles)]
    shutil.rmtree(data_dir, ignore_errors=True)
    async with open_store(Settings(data_dir=data_dir, graph_name="bench")) as store:
        start = time.perf_counter()
        for batch in batches:
            await store.upsert(batch)
        write_s = time.perf_counter() - start
        start = time.perf_counter()
        for batch in batches[:50]:
            await store.upsert(batch)  # unchanged re-ingestion: idempotent MERGE path
        rewrite_s = time.perf_counter() - start
        rows = [
            ["upsert (new article batches)", f"{articles / write_s:.0f} articles/s", ""],
            ["upsert (seen again, no change)", f"{50 / rewrite_s:.0f} articles/s", ""],
            *await reads(store, pool),
        ]
    width = max(len(r[0]) for r in rows)
    print(f"{articles} articles, counts after: see `riskgraph store stats`")
    print(f"{'operation':<{width}}  median      p95")
    for label, median, p95 in rows:
        print(f"{label:<{width}}  {median:<10}  {p95}")


async def reads(store: GraphStore, pool: list[Actor]) -> list[list[str]]:
    hub = pool[0].id
    return [
        await timed("search('actor 12')", 50, lambda: store.search("actor 12")),
        await timed(
            "neighbors depth 1, page 50",
            50,
            lambda: store.neighbors(NeighborQuery(node_id=hub, depth=1)),
        ),
        await timed(
            "neighbors depth 2, page 50",
            20,
            lambda: store.neighbors(NeighborQuery(node_id=hub, depth=2)),
        ),
        await timed(
            "subgraph around 2 seeds, depth 2",
            10,
            lambda: store.subgraph(seed_ids=[hub, pool[1].id], depth=2),
        ),
        await timed("counts by kind", 50, store.counts),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/riskgraph-bench"))
    args = parser.parse_args()
    asyncio.run(run(args.articles, args.data_dir))


if __name__ == "__main__":
    main()
