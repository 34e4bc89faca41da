"""Coreference by descriptor: noun phrases that name a known actor without its name.

News rarely repeats a firm's name; it says "the ChatGPT maker", "le créateur de ChatGPT",
"la maison mère de TikTok", "la firme de Redmond", "the Santa Clara-based chipmaker", or puts a
description in apposition: "Moonshot AI, la start-up pékinoise qui développe Kimi, a...". Facts
whose subject is such a phrase belong to the actor, so the phrase's head noun becomes a
mention of it (source "coref"). Three conservative sources, all data-driven:

- makers and parents of known products and firms, from the KB's developer/parent fields;
- headquarters cities (kb/descriptors.yaml): a city shared by several firms resolves only to
  the one of them the article names;
- an apposition right after a mention whose head noun fits the mention's kind.
- a body named again by its type ("the commission", "le ministère"): see coref_bodies.py;
- a firm named again by its nationality ("le groupe sud-coréen"), its region, its backer
  ('the Amazon-backed lab') or a demonstrative ('ce groupe'): see coref_firms.py;
- an app named again by its type ("blocked the app"): see coref_apps.py.
A bare "the company" is resolved only as an object, to the one firm of the sentence before
(coref_firms.object_company); 'ce groupe', 'this company' to the one of the sentence before.
"""

from __future__ import annotations

import re
from typing import Any

from graph.model import Actor, ActorKind
from ingest.extract.coref_apps import app_descriptors
from ingest.extract.coref_bodies import body_descriptors, previous_sentence_start
from ingest.extract.coref_firms import (
    CALIFORNIA,
    DESCRIBING,
    backed_firms,
    demonstrative_firms,
    named_next,
    national_firms,
    object_company,
)
from ingest.extract.kb import Descriptors, KBEntry, KnowledgeBase
from ingest.extract.lexicon import wordset
from ingest.extract.passes import Found, Intervals

_CONFIDENCE = 0.6
_MAKERS = (
    r"maker|developer|creator|cr[ée]ateur|cr[ée]atrice|concepteur|conceptrice|d[ée]veloppeur"
    r"|[ée]diteur"
)
_PARENTS = (
    r"parent(?:\s+company)?|owner|propri[ée]taire|maison[\s-]m[èe]re|soci[ée]t[ée][\s-]m[èe]re"
)
_HEAD = rf"(?P<head>{_MAKERS}|{_PARENTS})"
_DET_END = re.compile(r"(?:^|\s)(?:the|The|a|A)\s+$")
# After the anchor: "the ChatGPT maker", "ChatGPT's parent".
_HEAD_AFTER = re.compile(rf"(?:['’]s)?\s+{_HEAD}\b", re.IGNORECASE)
# Before the anchor: "the maker of ChatGPT", "la maison mère de TikTok", "the company behind X".
_HEAD_BEFORE = re.compile(
    rf"\b(?:the|le|la|l['’])\s*(?:{_HEAD}\s+(?:of|de|du|d['’])|(?P<behind>company|firm|group"
    rf"|start-?up)\s+behind)\s*$",
    re.IGNORECASE,
)
# Roles that make a firm someone's: "le groupe de Mark Zuckerberg", "Musk's company".
_LEADER_ROLES = frozenset({"CEO", "Co-CEO", "Founder", "Co-founder", "Chairman"})
_FIRM_WORDS = r"company|firm|group|groupe|soci[ée]t[ée]|entreprise|empire|start-?up"
_LED_BEFORE = re.compile(
    rf"\b(?:the|le|la|l['’])\s*(?P<head>{_FIRM_WORDS})\s+(?:of|de|d['’])\s*$", re.IGNORECASE
)
_LED_AFTER = re.compile(rf"['’]s?\s+(?P<head>{_FIRM_WORDS})\b", re.IGNORECASE)
_PARENT_WORDS = re.compile(_PARENTS, re.IGNORECASE)
_FIRM_HEADS_EN = (
    r"company|firm|group|giant|tech giant|chipmaker|maker|manufacturer|start-?up|conglomerate"
    r"|lab"
)
_FIRM_HEADS_FR = r"firme|soci[ée]t[ée]|entreprise|groupe|g[ée]ant|fabricant|start-up|constructeur"
_REGION_EN = r"Californian|California-based"
_REGION_FR = r"californien(?:ne)?"

# Head nouns an apposition may use for each kind ("DeepSeek, a Chinese start-up, ...").
_APPOSITION_HEADS: dict[ActorKind, frozenset[str]] = {
    ActorKind.COMPANY: wordset(
        """startup start-up company firm firme societe société entreprise groupe group fabricant
        maker chipmaker automaker carmaker giant geant géant laboratoire lab editeur éditeur
        developer rival concurrent conglomerate subsidiary filiale pousse"""
    ),
    ActorKind.ORGANIZATION: wordset(
        """organisation organization association ong ngo group institute institut foundation
        fondation alliance coalition nonprofit watchdog"""
    ),
    ActorKind.GOVERNMENT_BODY: wordset(
        """agency agence regulator régulateur regulateur authority autorité autorite ministry
        ministère ministere department watchdog gendarme"""
    ),
    ActorKind.PRODUCT: wordset(
        """chatbot assistant model modèle modele app application platform plateforme chip puce"""
    ),
}
_APPOSITION_OPEN = re.compile(r"\s*,\s*(?:the|a|an|le|la|l['’]|un|une)\b\s*", re.IGNORECASE)
_APPOSITION_SKIP = frozenset({"ADJ", "NOUN", "PROPN", "ADV", "PART", "NUM"})
_APPOSITION_MAX = 5  # tokens before the head: "the world's most valuable chipmaker"


class Coreferencer:
    """Finds descriptor mentions of actors in one text; holds no state between texts."""

    def __init__(self, kb: KnowledgeBase, descriptors: Descriptors) -> None:
        self.kb = kb
        self.cities = descriptors.cities()
        names = "|".join(sorted(map(re.escape, self.cities), key=len, reverse=True))
        self._city_patterns: list[re.Pattern[str]] = []
        if names:
            self._city_patterns = [
                re.compile(
                    rf"\b(?:[Tt]he|[Aa])\s+(?P<city>{names})(?:,\s+[A-Z][a-z]+)?[-\s]based\s+"
                    rf"{DESCRIBING}(?P<head>{_FIRM_HEADS_EN})\b"
                ),
                re.compile(rf"\b[Tt]he\s+(?P<city>{names})\s+(?P<head>{_FIRM_HEADS_EN})\b"),
                re.compile(
                    rf"\b(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?P<head>{_FIRM_HEADS_FR})(?:\s+[a-zé]+)?\s+"
                    rf"(?:de|d['’]|bas[ée]e?\s+à|install[ée]e?\s+à)\s*(?P<city>{names})\b"
                ),
            ]
        # 'le géant californien': the firms whose headquarters city is in California.
        self._california = tuple(a for city in CALIFORNIA for a in self.cities.get(city, ()))
        self._region_patterns = [
            re.compile(
                rf"\b[Tt]he\s+(?P<region>{_REGION_EN})\s+(?:[a-z]+\s+)?(?P<head>{_FIRM_HEADS_EN})\b"
            ),
            re.compile(
                rf"\b(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?P<head>{_FIRM_HEADS_FR})\s+(?P<region>{_REGION_FR})\b"
            ),
        ]

    def find(self, doc: Any, text: str, found: list[Found], taken: Intervals) -> list[Found]:
        out: list[Found] = []
        for start, end, actor in (
            *self._makers(text, found),
            *self._headquarters(doc, text, found),
            *self._appositions(doc, text, found),
            *self._led_by(doc, text, found),
            *national_firms(text, found),
            *object_company(doc, text, found),
            *demonstrative_firms(doc, text, found),
            *backed_firms(doc, text, found),
            *app_descriptors(doc, text, found),
            *((f.start, f.end, f.actor) for f in body_descriptors(doc, text, found, taken)),
        ):
            if not taken.overlaps(start, end):
                out.append(Found(start, end, actor, "coref", _CONFIDENCE))
                taken.add(start, end)
        return out

    def _owner(self, entry: KBEntry, parent_word: bool) -> Actor | None:
        first, second = (
            (entry.parent, entry.developer) if parent_word else (entry.developer, entry.parent)
        )
        owner = self.kb.get(first or second or "")
        return owner.actor() if owner is not None else None

    def _makers(self, text: str, found: list[Found]) -> list[tuple[int, int, Actor]]:
        """ "the ChatGPT maker", "le créateur de ChatGPT", "la maison mère de TikTok"."""
        out: list[tuple[int, int, Actor]] = []
        for f in found:
            entry = self.kb.get(f.actor.name) if f.source in ("kb", "ner") else None
            if entry is None or not (entry.developer or entry.parent):
                continue
            after = _HEAD_AFTER.match(text, f.end)
            if after is not None and (
                _DET_END.search(text[max(0, f.start - 6) : f.start])
                or "'" in after.group(0)
                or "’" in after.group(0)
            ):
                head = after.span("head")
            else:
                before = _HEAD_BEFORE.search(text, max(0, f.start - 40), f.start)
                if before is None:
                    continue
                head = before.span("head") if before.group("head") else before.span("behind")
            word = text[head[0] : head[1]]
            owner = self._owner(entry, bool(_PARENT_WORDS.fullmatch(word)))
            if owner is not None and not named_next(text, head[1]):
                out.append((head[0], head[1], owner))
        return out

    def _led_by(self, doc: Any, text: str, found: list[Found]) -> list[tuple[int, int, Actor]]:
        """ "le groupe de Mark Zuckerberg", "Elon Musk's company": the firm the KB says the
        person runs or founded. Not as a subject: that would make it the antecedent of the
        next 'son'/'its' ('Elle estime que l'entreprise de M. Z pille... son président')."""
        out: list[tuple[int, int, Actor]] = []
        starts = {int(t.idx): t for t in doc}
        for f in found:
            entry = self.kb.get(f.actor.name) if f.source == "kb" else None
            if entry is None or entry.org is None or entry.role not in _LEADER_ROLES:
                continue
            firm = self.kb.get(entry.org)
            if firm is None or firm.kind != ActorKind.COMPANY:
                continue
            before = _LED_BEFORE.search(text, max(0, f.start - 30), f.start)
            after = _LED_AFTER.match(text, f.end)
            if before is not None:
                head = before.span("head")
            elif after is not None and not named_next(text, after.end("head")):
                head = after.span("head")
            else:
                continue
            token = starts.get(head[0])
            if token is not None and not str(token.dep_).startswith("nsubj"):
                out.append((head[0], head[1], firm.actor()))
        return out

    def _headquarters(
        self, doc: Any, text: str, found: list[Found]
    ) -> list[tuple[int, int, Actor]]:
        """ "la firme de Redmond", "the Santa Clara-based chipmaker": of several firms of the
        city the article names, the one alone in play (named in this sentence or the last)."""
        out: list[tuple[int, int, Actor]] = []
        starts = {int(t.idx): t for t in doc}
        matches = [
            (m, self.cities[m.group("city")], len(text))
            for p in self._city_patterns
            for m in p.finditer(text)
        ]
        # A region holds many firms: only one named before the phrase can be meant.
        matches += [
            (m, self._california, m.start())
            for p in self._region_patterns
            for m in p.finditer(text)
        ]
        for match, candidates, until in matches:
            here = {f.actor.name for f in found if f.actor.name in candidates and f.start < until}
            if len(here) > 1 and (head := starts.get(match.start("head"))) is not None:
                recent = previous_sentence_start(head)
                here = {
                    f.actor.name
                    for f in found
                    if f.actor.name in here and recent <= f.start < match.start()
                }
            unique = tuple(here) if len(here) == 1 else candidates if len(candidates) == 1 else ()
            entry = self.kb.get(unique[0]) if unique else None
            start, end = match.span("head")
            if entry is not None and not named_next(text, end):
                out.append((start, end, entry.actor()))
        return out

    def _appositions(self, doc: Any, text: str, found: list[Found]) -> list[tuple[int, int, Actor]]:
        """ "Moonshot AI, la start-up pékinoise qui...": the head noun of the apposition."""
        out: list[tuple[int, int, Actor]] = []
        starts = {int(t.idx): t for t in doc}
        for f in found:
            heads = _APPOSITION_HEADS.get(f.actor.kind)
            opening = _APPOSITION_OPEN.match(text, f.end) if heads else None
            if heads is None or opening is None:
                continue
            token = starts.get(opening.end())
            for _ in range(_APPOSITION_MAX):
                if token is None:
                    break
                word = str(token.text).lower()
                end = int(token.idx + len(token.text))
                if word == "start" and text[end : end + 3] == "-up":
                    word, end = "start-up", end + 3  # English splits "start-up" in three
                if word in heads:
                    if text[end : end + 2] not in ("'s", "’s"):  # "the company's rival"
                        out.append((int(token.idx), end, f.actor))
                    break
                if token.pos_ not in _APPOSITION_SKIP or token.i + 1 >= len(doc):
                    break
                token = token.nbor(1)
        return out
