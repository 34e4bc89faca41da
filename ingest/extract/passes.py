"""Article-level passes over the mentions found so far: one kind per new name, repeated
names and short forms, and the final ordered Mention list.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from typing import Literal

from graph.ids import normalize_name
from graph.model import Actor, ActorKind
from ingest.extract.gazetteer import Word, words
from ingest.extract.resolve import ArticleContext, new_actor
from ingest.extract.types import Mention, Sentence

Source = Literal["kb", "ner", "rule", "coref"]
# When one new name gets different kinds in one article, ties go to the first listed.
_KIND_ORDER = (
    ActorKind.OFFICIAL,
    ActorKind.GOVERNMENT_BODY,
    ActorKind.ORGANIZATION,
    ActorKind.COMPANY,
    ActorKind.PRODUCT,
    ActorKind.ASSET,
    ActorKind.PERSON,
    ActorKind.COUNTRY,
)


@dataclass(frozen=True)
class Found:
    """A resolved span, before sentence indexes are attached."""

    start: int
    end: int
    actor: Actor
    source: Source
    confidence: float


class Intervals:
    """Characters already claimed by a mention (a flag per character: texts are bounded)."""

    def __init__(self, length: int) -> None:
        self.flags = bytearray(length)

    def add(self, start: int, end: int) -> None:
        self.flags[start:end] = b"\x01" * (end - start)

    def remove(self, start: int, end: int) -> None:
        self.flags[start:end] = bytes(end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return any(self.flags[start:end])


def one_kind_per_name(found: list[Found], context: ArticleContext) -> list[Found]:
    """New actors named alike in one article get one kind: the best supported (mentions
    typed from context count more than defaults). Short forms already linked to a new actor
    follow it, and so does the article context used for the passes after this one."""
    votes: dict[str, Counter[ActorKind]] = {}
    new_ids: set[str] = set()
    for f in found:
        if f.source == "rule":
            weight = 3 if f.confidence >= 0.7 else 1
            votes.setdefault(normalize_name(f.actor.name), Counter())[f.actor.kind] += weight
            new_ids.add(f.actor.id)
    best = {
        key: max(counter, key=lambda k: (counter[k], -_KIND_ORDER.index(k)))
        for key, counter in votes.items()
    }
    retyped: dict[str, Actor] = {}
    for f in found:
        kind = best.get(normalize_name(f.actor.name))
        if f.actor.id in new_ids and kind is not None and kind is not f.actor.kind:
            retyped[f.actor.id] = new_actor(f.actor.name, kind)
    context.retype(retyped)
    return [replace(f, actor=retyped[f.actor.id]) if f.actor.id in retyped else f for f in found]


def repeats(
    found: list[Found], ws: list[Word], taken: Intervals, context: ArticleContext
) -> list[Found]:
    """Other occurrences of new actors' names, and capitalised short forms ("Sacks")."""
    new_names: dict[str, dict[tuple[str, ...], Actor]] = {}
    for f in found:
        key = tuple(w.key for w in words(f.actor.name))
        if f.source == "rule" and key:
            new_names.setdefault(key[0], {}).setdefault(key, f.actor)
    out: list[Found] = []
    for i, word in enumerate(ws):
        if not word.text[0].isupper() or taken.overlaps(word.start, word.end):
            continue
        for key, actor in new_names.get(word.key, {}).items():
            last = i + len(key) - 1
            if last < len(ws) and tuple(w.key for w in ws[i : last + 1]) == key:
                if not taken.overlaps(word.start, ws[last].end):
                    out.append(Found(word.start, ws[last].end, actor, "rule", 0.6))
                    taken.add(word.start, ws[last].end)
                break
        else:
            short = context.short_form(word.text)
            if short is not None:
                out.append(Found(word.start, word.end, short, "coref", 0.7))
                taken.add(word.start, word.end)
    return out


def to_mentions(found: list[Found], text: str, sentences: list[Sentence]) -> list[Mention]:
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
