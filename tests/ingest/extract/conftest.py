"""Fixtures for entity analysis: spaCy pipelines are loaded once per test session (slow)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from graph.model import Article
from ingest.extract import nlp
from ingest.extract.analyze import analyze
from ingest.extract.kb import KnowledgeBase, default_kb
from ingest.extract.types import AnalyzedDoc


def make_article(text: str, lang: str | None = "en", slug: str = "a") -> Article:
    return Article(
        url=f"https://news.example.org/{slug}",
        lang=lang,
        text=text,
        published="2025-01-28T13:02:00Z",
        fetched_at="2025-01-28T14:00:00Z",
        content_hash=slug,
    )


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return default_kb()


@pytest.fixture(scope="session")
def pipelines() -> dict[str, object]:
    """Both spaCy pipelines, loaded once; analyze() reuses the same cached objects."""
    return {lang: nlp.pipeline(lang) for lang in nlp.PIPELINES}


Analyze = Callable[..., list[AnalyzedDoc]]


@pytest.fixture(scope="session")
def run(pipelines: dict[str, object]) -> Analyze:
    def _run(*texts: str | tuple[str, str | None]) -> list[AnalyzedDoc]:
        articles: Sequence[Article] = [
            make_article(t, "en", f"a{i}")
            if isinstance(t, str)
            else make_article(t[0], t[1], f"a{i}")
            for i, t in enumerate(texts)
        ]
        return analyze(articles)

    return _run
