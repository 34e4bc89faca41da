"""The entity half of extraction: articles in, AnalyzedDocs (sentences + resolved mentions) out.

Articles are grouped by language and each group goes through its spaCy pipeline with
`nlp.pipe`, so models load once and texts are processed in batches; results come back in the
order of the input.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graph.model import Article
from ingest.extract import nlp
from ingest.extract.coref import Coreferencer
from ingest.extract.gazetteer import gazetteer_for
from ingest.extract.kb import KnowledgeBase, default_kb, descriptors_for
from ingest.extract.mentions import MentionFinder
from ingest.extract.resolve import Resolver
from ingest.extract.types import AnalyzedDoc, Sentence

BATCH_SIZE = 16
MAX_SENTENCE = 2000  # characters; Evidence.sentence allows 4000


def analyze(
    articles: Sequence[Article], *, kb: KnowledgeBase | None = None, batch_size: int = BATCH_SIZE
) -> list[AnalyzedDoc]:
    """One AnalyzedDoc per article, in order."""
    kb = kb or default_kb()
    finder = MentionFinder(gazetteer_for(kb), Resolver(kb), Coreferencer(kb, descriptors_for(kb)))
    texts = [nlp.clean_text(a.text) for a in articles]
    langs = [nlp.route(a.lang, t) for a, t in zip(articles, texts, strict=True)]
    results: list[AnalyzedDoc | None] = [None] * len(articles)
    for lang in dict.fromkeys(langs):
        indexes = [i for i, code in enumerate(langs) if code == lang]
        pipeline = nlp.pipeline(lang)
        docs = pipeline.pipe((texts[i] for i in indexes), batch_size=batch_size)
        for i, doc in zip(indexes, docs, strict=True):
            article = articles[i]
            sentences = split_sentences(doc, article.text)
            mentions = finder.find(doc, texts[i], sentences)
            results[i] = AnalyzedDoc(article, lang, sentences, mentions, doc)
    return [r for r in results if r is not None]


def split_sentences(doc: Any, text: str) -> list[Sentence]:
    """spaCy's sentences (line breaks always split) trimmed of whitespace, offsets into text."""
    out: list[Sentence] = []
    for sent in doc.sents:
        start, end = sent.start_char, min(sent.end_char, len(text))
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        for piece_start, piece_end in _pieces(text, start, end):
            out.append(
                Sentence(
                    index=len(out),
                    start=piece_start,
                    end=piece_end,
                    text=text[piece_start:piece_end],
                )
            )
    return out


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run-on "sentence" (tables, junk without punctuation) cut at spaces into pieces of at
    most MAX_SENTENCE characters, so evidence quotes stay short."""
    pieces: list[tuple[int, int]] = []
    while start < end:
        stop = end
        if stop - start > MAX_SENTENCE:
            cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            stop = cut if cut > start else start + MAX_SENTENCE
        piece_end = stop
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > start:
            pieces.append((start, piece_end))
        start = stop
        while start < end and text[start].isspace():
            start += 1
    return pieces
