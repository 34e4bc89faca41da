"""Throughput of entity analysis (timing lives here, never in tests).

Run: PYTHONPATH=. python bench/bench_entities.py [TEXT_DIR_OR_JSONL] [--repeat N]
Defaults to the seed articles in /work/shared/seeds.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from graph.model import Article, utc_now
from ingest.extract import nlp
from ingest.extract.analyze import analyze


def load_texts(source: Path) -> list[tuple[str, str | None]]:
    if source.is_dir():
        return [(p.read_text(encoding="utf-8"), None) for p in sorted(source.glob("*.txt"))]
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line]
    return [(row["text"], row.get("lang")) for row in rows]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("source", nargs="?", default="/work/shared/seeds", type=Path)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    texts = load_texts(args.source) * args.repeat
    now = utc_now()
    articles = [
        Article(
            guid=f"bench-{i}",
            lang=lang,
            text=text,
            published=now,
            fetched_at=now,
            content_hash=str(i),
        )
        for i, (text, lang) in enumerate(texts)
    ]
    started = time.perf_counter()
    for lang in nlp.PIPELINES:
        nlp.pipeline(lang)
    loaded = time.perf_counter()
    docs = analyze(articles)
    done = time.perf_counter()
    chars = sum(len(a.text) for a in articles)
    mentions = sum(len(d.mentions) for d in docs)
    print(f"models loaded in {loaded - started:.1f}s")
    print(
        f"{len(docs)} articles, {chars} chars, {mentions} mentions in {done - loaded:.2f}s: "
        f"{len(docs) / (done - loaded):.1f} articles/s, {chars / (done - loaded):.0f} chars/s"
    )


if __name__ == "__main__":
    main()
