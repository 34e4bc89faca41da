"""Throughput of the whole offline extraction (entities + facts), models loaded once.

    python bench/extract_bench.py [--repeat 10] [--batch 8]

Texts: the two seed articles of the bundled sample feed and the 48 long news-style articles of
tests/data/realistic-dev.jsonl (the project's own texts, so it runs anywhere). Model loading is
timed apart.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import feedparser

from graph.model import Article, utc_now
from ingest.extract.pipeline import RuleExtractor
from ingest.feeds import sample_feed_path

ROOT = Path(__file__).resolve().parent.parent


def corpus() -> list[tuple[str, str]]:
    texts = [(e.content[0].value, "fr") for e in feedparser.parse(str(sample_feed_path())).entries]
    for line in (ROOT / "tests" / "data" / "realistic-dev.jsonl").read_text().splitlines():
        row = json.loads(line)
        texts.append((row["text"], row["lang"]))
    return texts


def articles(texts: list[tuple[str, str]], repeat: int) -> list[Article]:
    now = utc_now()
    return [
        Article(
            guid=f"bench-{r}-{i}",
            title=f"bench {i}",
            lang=lang,
            published=now,
            fetched_at=now,
            content_hash=f"{r}-{i}",
            text=text,
        )
        for r in range(repeat)
        for i, (text, lang) in enumerate(texts)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--batch", type=int, default=8)
    args = parser.parse_args()
    texts = corpus()
    extractor = RuleExtractor()
    start = time.perf_counter()
    extractor.extract_many(articles(texts, 1))  # loads both spaCy pipelines and the KB
    warmup = time.perf_counter() - start
    batch = articles(texts, args.repeat)
    chars = sum(len(a.text) for a in batch)
    start = time.perf_counter()
    for i in range(0, len(batch), args.batch):
        extractor.extract_many(batch[i : i + args.batch])
    elapsed = time.perf_counter() - start
    print(f"first call (models + KB load, {len(texts)} articles): {warmup:.1f} s")
    print(
        f"{len(batch)} articles ({chars / len(batch):.0f} chars avg), batches of {args.batch}: "
        f"{len(batch) / elapsed:.1f} articles/s, {chars / elapsed / 1000:.1f} k chars/s"
    )


if __name__ == "__main__":
    main()
