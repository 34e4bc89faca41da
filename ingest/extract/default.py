"""The extractor used when none is named: the offline rule-based one, built once per process."""

from __future__ import annotations

from functools import lru_cache

from ingest.extract.base import ArticleOnlyExtractor, Extractor


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    return ArticleOnlyExtractor()
