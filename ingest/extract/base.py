"""The one interface between ingestion and extraction.

Ingestion hands over stored-ready Articles and writes back whatever batch the extractor returns
(which must include the article itself). Extractors are synchronous and CPU-bound: callers run
them in a worker thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from graph.model import Article, GraphBatch


class Extractor(Protocol):
    """Turns articles into graph batches: the article, actors, facts, relations, evidence."""

    name: str
    version: str

    def extract_many(self, articles: Sequence[Article]) -> list[GraphBatch]:
        """One batch per article, in order; batching lets NLP models process texts together."""


class ArticleOnlyExtractor:
    """Stores the article and nothing else (used until, or instead of, real extraction)."""

    name = "article-only"
    version = "1"

    def extract_many(self, articles: Sequence[Article]) -> list[GraphBatch]:
        return [GraphBatch(articles=(article,)) for article in articles]
