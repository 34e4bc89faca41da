"""The default, offline extractor: entity analysis, then rule-based facts over the parse."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from graph.model import Article, GraphBatch
from ingest.extract.allegations import find_allegations
from ingest.extract.batch import build_batch
from ingest.extract.dates import reference_date
from ingest.extract.links import find_links
from ingest.extract.market import find_market_events
from ingest.extract.records import Extraction
from ingest.extract.roles import find_roles
from ingest.extract.syntax import DocView, unique_actors
from ingest.extract.types import AnalyzedDoc

Analyzer = Callable[[Sequence[Article]], list[AnalyzedDoc]]


def extract_facts(analyzed: AnalyzedDoc) -> Extraction:
    """Allegations, market events, roles and links of one analysed article."""
    view = DocView(analyzed)
    article = analyzed.article
    ref = reference_date(article.published, article.published_is_fetch_time)
    return Extraction(
        article=article,
        lang=analyzed.lang,
        actors=unique_actors(analyzed.mentions),
        allegations=find_allegations(view, ref),
        market_events=find_market_events(view, ref),
        roles=find_roles(view),
        links=find_links(view),
    )


def _default_analyzer() -> Analyzer:
    # Imported late: loading spaCy models is slow and only needed when extraction runs.
    from ingest.extract.analyze import analyze  # noqa: PLC0415

    return analyze


class RuleExtractor:
    """The offline default: spaCy analysis and rules; no network, deterministic."""

    name = "riskgraph-rules"
    version = "1"

    def __init__(self, analyzer: Analyzer | None = None) -> None:
        self._analyzer = analyzer

    def extract_many(self, articles: Sequence[Article]) -> list[GraphBatch]:
        analyzer = self._analyzer or _default_analyzer()
        return [
            build_batch(extract_facts(doc), extractor=self.name, version=self.version)
            for doc in analyzer(articles)
        ]
