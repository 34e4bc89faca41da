"""What entity analysis hands to fact extraction (the seam between the two halves)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from graph.model import Actor, Article


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # character offsets in article.text
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A span of the text resolved to a canonical actor."""

    text: str
    start: int
    end: int
    sentence: int  # index into AnalyzedDoc.sentences
    actor: Actor  # canonical name and corrected kind
    source: Literal["kb", "ner", "rule", "coref"]
    confidence: float


@dataclass
class AnalyzedDoc:
    """An article after NLP: language, sentences, resolved mentions, and the spaCy Doc."""

    article: Article
    lang: str
    sentences: list[Sentence]
    mentions: list[Mention]
    doc: Any = field(default=None, repr=False)  # spaCy Doc (dependency parse, tokens)
