"""A stand-in for entity analysis in tests: a real spaCy parse plus mentions found by name.

Fact rules are tested on real parses; which spans are entities is given here, so a failing
test points at the fact rules and not at entity recognition.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graph.ids import digest
from graph.model import Actor, Article
from ingest.extract import nlp
from ingest.extract.analyze import split_sentences
from ingest.extract.pipeline import extract_facts, kb_maker
from ingest.extract.records import Extraction
from ingest.extract.types import AnalyzedDoc, Mention


def sentence_article(text: str, lang: str, published: str = "2025-01-29T10:00:00Z") -> Article:
    """A one-off article around an invented test sentence."""
    return Article(
        url=f"https://news.example.org/{digest(text)}",
        title="t",
        lang=lang,
        published=published,
        fetched_at=published,
        content_hash=digest(text),
        text=text,
    )


def analyze_with(article: Article, actors: Sequence[Actor]) -> AnalyzedDoc:
    """Parse the article and mark every occurrence of each actor's name or aliases."""
    lang = article.lang or "en"
    doc = nlp.pipeline(lang)(article.text)  # the same pipelines analyze() uses, loaded once
    sentences = split_sentences(doc, article.text)
    surfaces = sorted(
        ((name, actor) for actor in actors for name in {actor.name, *actor.aliases}),
        key=lambda pair: -len(pair[0]),
    )
    taken: list[tuple[int, int]] = []
    mentions: list[Mention] = []
    for surface, actor in surfaces:
        pattern = re.compile(rf"(?<![\w-]){re.escape(surface)}(?![\w-])")
        for match in pattern.finditer(article.text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            index = next(s.index for s in sentences if s.start <= start < s.end)
            mentions.append(
                Mention(
                    text=surface,
                    start=start,
                    end=end,
                    sentence=index,
                    actor=actor,
                    source="kb",
                    confidence=0.9,
                )
            )
    mentions.sort(key=lambda m: m.start)
    return AnalyzedDoc(article=article, lang=lang, sentences=sentences, mentions=mentions, doc=doc)


def facts_with(text: str, lang: str, actors: Sequence[Actor]) -> Extraction:
    """The facts the rules find in one invented sentence whose named actors are `actors`."""
    return extract_facts(analyze_with(sentence_article(text, lang), actors), kb_maker())


def claim_pairs(text: str, lang: str, actors: Sequence[Actor]) -> set[tuple[str, str]]:
    """Claimant and accused of each allegation made (denials left out)."""
    return {
        (a.claimant.name, a.accused.name)
        for a in facts_with(text, lang, actors).allegations
        if a.stance != "denies"
    }
