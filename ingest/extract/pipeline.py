"""The default, offline extractor: entity analysis, then rule-based facts over the parse."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from graph.ids import normalize_name
from graph.model import Actor, Article, GraphBatch
from ingest.extract.allegations import Maker, find_allegations
from ingest.extract.batch import build_batch
from ingest.extract.dates import reference_date
from ingest.extract.kb import KnowledgeBase, default_kb
from ingest.extract.links import find_links
from ingest.extract.market import find_market_events
from ingest.extract.records import Extraction
from ingest.extract.roles import find_roles
from ingest.extract.syntax import DocView, unique_actors
from ingest.extract.types import AnalyzedDoc, Mention

Analyzer = Callable[[Sequence[Article]], list[AnalyzedDoc]]


def kb_maker(kb: KnowledgeBase | None = None) -> Maker:
    """The maker of a product, from the knowledge base, when the mention itself names it."""
    known = kb or default_kb()

    def maker(mention: Mention) -> Actor | None:
        entry = known.get(mention.actor.name)
        company = known.get(entry.developer) if entry and entry.developer else None
        if company is None:
            return None
        said = normalize_name(mention.text)
        forms = (company.name, *company.aliases)
        named = any(f" {normalize_name(f)} " in f" {said} " for f in forms if normalize_name(f))
        return company.actor() if named else None

    return maker


def kb_developer(kb: KnowledgeBase | None = None) -> Maker:
    """The company behind a product, from the knowledge base ('the ChatGPT maker')."""
    known = kb or default_kb()

    def developer(mention: Mention) -> Actor | None:
        entry = known.get(mention.actor.name)
        company = known.get(entry.developer) if entry and entry.developer else None
        return company.actor() if company is not None else None

    return developer


def extract_facts(
    analyzed: AnalyzedDoc, maker: Maker | None = None, developer: Maker | None = None
) -> Extraction:
    """Allegations, market events, roles and links of one analysed article."""
    view = DocView(analyzed)
    article = analyzed.article
    ref = reference_date(article.published, article.published_is_fetch_time)
    return Extraction(
        article=article,
        lang=analyzed.lang,
        actors=unique_actors(analyzed.mentions),
        allegations=find_allegations(view, ref, maker, developer or kb_developer()),
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

    def __init__(self, analyzer: Analyzer | None = None, maker: Maker | None = None) -> None:
        self._analyzer = analyzer
        self._maker = maker

    def extract_many(self, articles: Sequence[Article]) -> list[GraphBatch]:
        analyzer = self._analyzer or _default_analyzer()
        maker = self._maker or kb_maker()
        return [
            build_batch(extract_facts(doc, maker), extractor=self.name, version=self.version)
            for doc in analyzer(articles)
        ]
