"""Mention text -> canonical Actor: KB aliases, fuzzy matching, in-article short forms, new actors.

Resolution across articles and languages comes from canonical names: every surface form of a
known actor resolves to its KB entry, and an unknown actor gets a cleaned name whose id
(graph.ids.actor_id) is the same wherever it is seen. Short forms ("Sacks" for "David Sacks",
"Commission" for "Commission européenne") are resolved only inside the article that spells the
full name: a surname alone is never a global alias.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from graph.ids import normalize_name
from graph.model import Actor, ActorKind
from ingest.extract.kb import KBEntry, KnowledgeBase, alias_key
from ingest.extract.lexicon import wordset

FUZZY_THRESHOLD = 88.0  # rapidfuzz ratio (0-100) on normalised names
FUZZY_MIN_LENGTH = 5  # shorter names are too easy to confuse ("Meta" / "Beta")

# Words stripped from the start of a name span: determiners, elisions, titles.
_LEADING = wordset(
    """the a an le la les l d de du des un une mr mrs ms dr prof sir m mme mlle
    president presidente vice prime premier premiere minister ministre secretary secretaire
    senator sen senateur senatrice rep representative congressman congresswoman depute deputee
    governor gouverneur chancellor chancelier chanceliere commissioner commissaire ambassador
    ambassadeur judge juge justice general gen admiral king queen czar tsar ceo pdg cto cfo coo
    chief executive chairman chairwoman chair founder cofounder co fondateur fondatrice
    director directeur directrice spokesman spokeswoman spokesperson porte parole patron
    patronne boss head chef responsable leader analyst analyste investor investisseur
    billionaire milliardaire elect former ancien ancienne incoming outgoing us u s"""
)
# Title words after which (or in apposition to which) a person is an Official.
OFFICIAL_TITLES = wordset(
    """president presidente minister ministre secretary secretaire senator sen senateur
    senatrice rep representative congressman congresswoman lawmaker legislator depute deputee
    governor gouverneur chancellor chancelier chanceliere commissioner commissaire ambassador
    ambassadeur czar tsar premier mayor maire official officiel prime vice attorney
    procureur spokesperson"""
)
_GENERIC = wordset(
    """ai ia api apis ceo pdg gpu gpus cpu llm llms ipo et and or the le la les un une resume
    summary update breaking news internet web cloud tech data big"""
)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def clean_name(text: str) -> str:
    """A span reduced to the name: leading determiners/titles and trailing possessives removed."""
    text = " ".join(text.split()).strip(" \t\"'“”«»()[],.;:!?-–—")
    text = _POSSESSIVE.sub("", text).strip()
    parts = text.split(" ")
    while parts:
        head = parts[0]
        # French elisions glued to the name: "d'OpenAI", "l’Élysée".
        elided = re.match(r"^(?:[dDlL]|qu|Qu)['’](.+)$", head)
        if elided:
            parts[0] = elided.group(1)
            continue
        if normalize_name(head) in _LEADING and len(parts) > 1:
            parts.pop(0)
            continue
        break
    return " ".join(parts).strip(" -–—'’")


def is_generic(name: str) -> bool:
    """Acronyms and words that spaCy tags as entities but name nothing ("AI", "API")."""
    key = normalize_name(name)
    return not key or key in _GENERIC or all(w in _GENERIC for w in key.split())


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

    def short_form(self, text: str) -> Actor | None:
        return self.short_forms.get(alias_key(text))

    def containing(self, text: str) -> Actor | None:
        """An in-article actor whose name contains this text as whole words ("Home Affairs")."""
        key = alias_key(text)
        if not key or key in _GENERIC:
            return None
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
        self._keys = [k for k in kb.alias_keys() if len(k) >= FUZZY_MIN_LENGTH]

    def exact(self, name: str) -> KBEntry | None:
        entries = self.kb.lookup(name)
        return entries[0] if entries else None

    def fuzzy(self, name: str) -> tuple[KBEntry, float] | None:
        """The closest KB alias above the threshold, sharing the first letter (typos)."""
        key = alias_key(name)
        if len(key) < FUZZY_MIN_LENGTH:
            return None
        candidates = [k for k in self._keys if k[0] == key[0]]
        best = process.extractOne(key, candidates, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
        if best is None:
            return None
        entries = self.kb.lookup(best[0])
        return (entries[0], float(best[1]) / 100.0) if entries else None

    def known(self, name: str) -> tuple[KBEntry, float] | None:
        entry = self.exact(name)
        if entry is not None:
            return entry, 1.0
        return self.fuzzy(name)


def new_actor(name: str, kind: ActorKind) -> Actor:
    """An actor the KB does not know, under its cleaned name (all-caps names title-cased)."""
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) > 4 and all(ch.isupper() for ch in letters) and " " in name:
        name = name.title()
    return Actor(kind=kind, name=name[:300])
