"""Mention text -> canonical Actor: KB aliases, fuzzy matching, in-article short forms, new actors.

Resolution across articles and languages comes from canonical names: every surface form of a
known actor resolves to its KB entry, and an unknown actor gets a cleaned name whose id
(graph.ids.actor_id) is the same wherever it is seen. Short forms ("Sacks" for "David Sacks",
"Commission" for "Commission européenne") are resolved only inside the article that spells the
full name: a surname alone is never a global alias.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from graph.model import Actor, ActorKind
from ingest.extract.kb import KBEntry, KnowledgeBase, alias_key
from ingest.extract.lexicon import wordset
from ingest.extract.spans import is_generic

FUZZY_THRESHOLD = 88.0  # rapidfuzz ratio (0-100) on normalised names
FUZZY_MIN_LENGTH = 5  # shorter names are too easy to confuse ("Meta" / "Beta")


@dataclass
class ArticleContext:
    """Actors already resolved in one article, for short forms and partial names."""

    short_forms: dict[str, Actor] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)  # normalised name -> actor

    def add(self, actor: Actor, surface: str) -> None:
        self.actors[alias_key(actor.name)] = actor
        for form in {actor.name, surface}:
            for short in _short_forms(actor, form):
                self.short_forms.setdefault(short, actor)

    def alias(self, text: str, actor: Actor) -> None:
        """A name defined in this article only, e.g. an acronym in parentheses."""
        self.short_forms.setdefault(alias_key(text), actor)

    def retype(self, replacements: dict[str, Actor]) -> None:
        """Swap actors (by id) for their re-typed versions."""
        if not replacements:
            return
        for table in (self.short_forms, self.actors):
            for key, actor in table.items():
                table[key] = replacements.get(actor.id, actor)

    def short_form(self, text: str) -> Actor | None:
        return self.short_forms.get(alias_key(text))

    def person_named(self, word: str) -> Actor | None:
        """The one person of the article whose first or last name is this word: after an
        honorific ("Mr Zhang" for Zhang Xuezheng, "Mme Kamp" for Meike Kamp)."""
        key = alias_key(word)
        found = {
            a.id: a
            for a in self.actors.values()
            if a.kind in (ActorKind.PERSON, ActorKind.OFFICIAL)
            and len(tokens := alias_key(a.name).split()) > 1
            and key in (tokens[0], tokens[-1])
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def containing(self, text: str) -> Actor | None:
        """An in-article actor whose name contains these words ("Home Affairs")."""
        key = alias_key(text)
        if " " not in key or is_generic(text):
            return None  # one word is a short form only when declared (surname, acronym)
        padded = f" {key} "
        found = [a for k, a in self.actors.items() if padded in f" {k} " and k != key]
        return found[0] if len(found) == 1 else None


_HEAD_BLOCKLIST = wordset(
    """white united national federal european american chinese new department ministry
    ministere office bureau house state council central supreme general royal the le la les
    us financial international world global first"""
)
_INSTITUTION_TAILS = frozenset({"commission", "parliament", "committee", "congress", "senate"})


def _short_forms(actor: Actor, form: str) -> list[str]:
    tokens = alias_key(form).split()
    if len(tokens) < 2:
        return []
    if actor.kind in (ActorKind.PERSON, ActorKind.OFFICIAL):
        return [tokens[-1]] if len(tokens[-1]) > 2 else []
    if actor.kind not in (ActorKind.GOVERNMENT_BODY, ActorKind.ORGANIZATION, ActorKind.COMPANY):
        return []
    out = []
    if tokens[0] not in _HEAD_BLOCKLIST and len(tokens[0]) > 3 and not tokens[0].isdigit():
        out.append(tokens[0])
    if tokens[-1] in _INSTITUTION_TAILS:
        out.append(tokens[-1])
    return out


class Resolver:
    """Resolves cleaned names against the KB (exact, then fuzzy)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        # Countries and states are left out: their names are short and stable, and near
        # misses are demonyms ("American", "Italien") or common words ("la Marine" is not Maine).
        self._keys_by_initial: dict[str, list[str]] = {}
        for k in kb.alias_keys():
            if len(k) >= FUZZY_MIN_LENGTH and not any(_place_named(e, k) for e in kb.lookup(k)):
                self._keys_by_initial.setdefault(k[0], []).append(k)

    def exact(self, name: str) -> KBEntry | None:
        entries = self.kb.lookup(name)
        return entries[0] if entries else None

    def fuzzy(self, name: str) -> tuple[KBEntry, float] | None:
        """The closest KB alias above the threshold, sharing the first letter (typos)."""
        key = alias_key(name)
        if len(key) < FUZZY_MIN_LENGTH:
            return None
        candidates = self._keys_by_initial.get(key[0], [])
        best = process.extractOne(key, candidates, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
        if best is None:
            return None
        if _short_tokens(best[0]) != _short_tokens(key):
            return None  # "US government" is not "UK government": short words must agree
        entries = self.kb.lookup(best[0])
        return (entries[0], float(best[1]) / 100.0) if entries else None


def _place_named(entry: KBEntry, key: str) -> bool:
    """A country, or a US state: the KB's only one-word US bodies not written in capitals
    ("Maine", "Virginia")."""
    if entry.kind is ActorKind.COUNTRY:
        return True
    return (
        entry.kind is ActorKind.GOVERNMENT_BODY
        and entry.country == "United States"
        and " " not in alias_key(entry.name)
        and alias_key(entry.name) == key
        and not entry.name.isupper()
    )


def _short_tokens(key: str) -> set[str]:
    return {token for token in key.split() if len(token) <= 3}


def new_actor(name: str, kind: ActorKind) -> Actor:
    """An actor the KB does not know, under its cleaned name (all-caps names title-cased)."""
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) > 4 and all(ch.isupper() for ch in letters) and " " in name:
        name = name.title()
    return Actor(kind=kind, name=name[:300])
