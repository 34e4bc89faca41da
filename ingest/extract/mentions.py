"""Mentions of actors in one analysed text: KB gazetteer first, then NER spans, then short forms.

Order matters: the KB is the most reliable source, so its hits claim their characters first and
give known actors their true kind whatever spaCy said; NER spans that do not overlap them are
resolved (KB exact or fuzzy, else a new actor of the best kind); last, single capitalised words
that are the short form of an actor named in full in the same article ("Sacks") are linked.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any, Literal

from graph.model import Actor, ActorKind
from ingest.extract.gazetteer import Gazetteer, Hit, Word, words
from ingest.extract.kinds import PERSON_LABELS, best_kind
from ingest.extract.resolve import (
    ArticleContext,
    Resolver,
    clean_name,
    is_generic,
    new_actor,
)
from ingest.extract.types import Mention, Sentence

Source = Literal["kb", "ner", "rule", "coref"]
_CONTEXT_CHARS = 60
_TITLE_WORDS = frozenset({"ceo", "pdg", "president", "minister", "ministre", "secretary"})


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    actor: Actor
    source: Source
    confidence: float


class MentionFinder:
    """Finds and resolves the mentions of one text; stateless between texts."""

    def __init__(self, gazetteer: Gazetteer, resolver: Resolver) -> None:
        self.gazetteer = gazetteer
        self.resolver = resolver

    def find(self, doc: Any, text: str, sentences: list[Sentence]) -> list[Mention]:
        ws = words(text)
        starts = {s.start for s in sentences}
        ents = [e for e in doc.ents if e.end_char <= len(text)]
        context = ArticleContext()
        found: list[_Found] = []

        for hit in self.gazetteer.find(text, ws):
            if self._keep_hit(hit, ws, doc, ents, starts):
                actor = hit.entries[0].actor()
                found.append(_Found(hit.start, hit.end, actor, "kb", 0.95))
                context.add(actor, text[hit.start : hit.end])

        taken = _Intervals([(f.start, f.end) for f in found])
        deferred: list[tuple[int, int, str]] = []
        for ent in ents:
            if taken.overlaps(ent.start_char, ent.end_char):
                continue
            span = _cleaned_span(text, ent.start_char, ent.end_char)
            if span is None:
                continue
            start, end, name = span
            resolved = self._resolve_ner(
                name, ent.label_, text=text, span=(start, end), context=context
            )
            if resolved is None:
                deferred.append(span)
                continue
            actor, source, confidence = resolved
            found.append(_Found(start, end, actor, source, confidence))
            taken.add(start, end)
            context.add(actor, name)

        for start, end, name in deferred:
            short = context.short_form(name) or context.containing(name)
            if short is not None and not taken.overlaps(start, end):
                found.append(_Found(start, end, short, "coref", 0.7))
                taken.add(start, end)

        for word in ws:
            if not word.text[0].isupper() or taken.overlaps(word.start, word.end):
                continue
            short = context.short_form(word.text)
            if short is not None:
                found.append(_Found(word.start, word.end, short, "coref", 0.7))
                taken.add(word.start, word.end)

        return _to_mentions(found, text, sentences)

    def _keep_hit(
        self, hit: Hit, ws: list[Word], doc: Any, ents: list[Any], sentence_starts: set[int]
    ) -> bool:
        if hit.first_word != hit.last_word:
            return True
        kind = hit.entries[0].kind
        if kind not in (ActorKind.PERSON, ActorKind.OFFICIAL):
            # "Claude Malhuret" is a person, not Anthropic's model: a person span that starts
            # with the alias and goes on with more capitalised names wins.
            for ent in ents:
                if (
                    ent.label_ in PERSON_LABELS
                    and ent.start_char == hit.start
                    and ent.end_char > hit.end
                    and hit.last_word + 1 < len(ws)
                    and ws[hit.last_word + 1].text[0].isupper()
                    and ws[hit.last_word + 1].key not in _TITLE_WORDS
                    and not self.gazetteer.find(ws[hit.last_word + 1].text)
                ):
                    return False
        if hit.start in sentence_starts and any(f.capitalised for f in hit.forms):
            # A capitalised common word opening a sentence ("Threads of...") is not a name
            # unless the tagger says it is a proper noun.
            span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
            if span is not None and len(span) and span[0].pos_ not in ("PROPN", "X", ""):
                return any(e.start_char <= hit.start < e.end_char for e in ents)
        return True

    def _resolve_ner(
        self, name: str, label: str, *, text: str, span: tuple[int, int], context: ArticleContext
    ) -> tuple[Actor, Source, float] | None:
        start, end = span
        known = self.resolver.known(name)
        if known is not None:
            entry, score = known
            return entry.actor(), "ner", round(0.9 * score, 3)
        in_article = context.containing(name)
        if in_article is not None:
            return in_article, "coref", 0.7
        left = text[max(0, start - _CONTEXT_CHARS) : start]
        right = text[end : end + _CONTEXT_CHARS]
        kind = best_kind(label, name, left, right)
        if kind is None:
            return None
        if kind in (ActorKind.PERSON, ActorKind.OFFICIAL) and len(name.split()) < 2:
            return None  # a lone surname: only a short form of someone named in full
        return new_actor(name, kind), "rule", 0.6


def _cleaned_span(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The span trimmed to the name inside it, with offsets; None when nothing is left."""
    raw = text[start:end]
    name = clean_name(raw)
    if not name or is_generic(name):
        return None
    offset = raw.find(name)
    if offset < 0:
        return start, end, name
    return start + offset, start + offset + len(name), name


class _Intervals:
    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = list(spans)

    def add(self, start: int, end: int) -> None:
        self.spans.append((start, end))

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.spans)


def _to_mentions(found: list[_Found], text: str, sentences: list[Sentence]) -> list[Mention]:
    sentence_starts = [s.start for s in sentences]
    mentions = []
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        index = max(0, bisect_right(sentence_starts, f.start) - 1) if sentences else 0
        mentions.append(
            Mention(
                text=text[f.start : f.end],
                start=f.start,
                end=f.end,
                sentence=index,
                actor=f.actor,
                source=f.source,
                confidence=f.confidence,
            )
        )
    return mentions
