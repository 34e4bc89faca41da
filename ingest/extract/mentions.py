"""Mentions of actors in one analysed text: KB gazetteer first, then NER spans, then short forms.

Order matters: the KB is the most reliable source, so its hits claim their characters first and
give known actors their true kind whatever spaCy said; NER spans that do not overlap them are
resolved (KB exact, in-article short form, KB fuzzy, else a new actor of the best kind); new
actors get one kind per article (the best supported); last, words that repeat a new actor's
name or are the short form of an actor named in full in the same article ("Sacks") are linked.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from graph.ids import normalize_name
from graph.model import Actor, ActorKind
from ingest.extract.coref import Coreferencer
from ingest.extract.embassies import Embassies
from ingest.extract.extend import extend_span
from ingest.extract.gazetteer import Gazetteer, Hit, Word, words
from ingest.extract.kinds import (
    PLACE_LABELS,
    best_kind,
    has_evidence,
    is_exchange,
    looks_like_name,
    org_kind,
)
from ingest.extract.lexicon import wordset
from ingest.extract.mention_context import (
    TextView,
    adjective_ai,
    city_as_place,
    describes_location,
    is_dateline,
    located_at,
    lower_case,
    not_a_name_here,
    proper_noun,
    serves_public_body,
)
from ingest.extract.passes import (
    Found,
    Intervals,
    Source,
    one_kind_per_name,
    repeats,
    to_mentions,
)
from ingest.extract.people import honorific_names
from ingest.extract.places import is_known_place
from ingest.extract.resolve import ArticleContext, Resolver, new_actor
from ingest.extract.spans import NameSpan, acronym_after, clean_name, is_generic, ner_spans
from ingest.extract.threat_groups import threat_groups
from ingest.extract.titles import heads_private_body
from ingest.extract.types import Mention, Sentence
from ingest.extract.untagged import french_courts, introduced_names, untagged_products

_CONTEXT_CHARS = 100
_OWNER_PREFIX = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s ")
# "the Michigan Republican": a state describing a politician, not an actor.
_PARTY_MEMBERS = frozenset({"Republican", "Republicans", "Democrat", "Democrats"})
_LEADING_WORDS = frozenset({"the", "le", "la", "les", "l"})
_TITLE_WORDS = wordset(
    """ceo pdg president presidente minister ministre secretary senator sen rep governor
    chairman chair director founder mr mrs ms dr"""
)


# Sectors an index family splits into ("Stoxx Europe 600 Banks", "the S&P 500 Energy index",
# "l'indice Stoxx 600 Banques").
_SECTORS = (
    r"(?:Technology|Tech|Banks|Banking|Telecommunications|Telecoms?|Health ?[Cc]are|Utilities|"
    r"Energy|Insurance|Media|Retail|Autos?|Chemicals|Real Estate|Financials?|Industrials|"
    r"Semiconductors?|Oil (?:&|and) Gas|Basic Resources|Travel (?:&|and) Leisure|"
    r"Télécommunications|Télécoms|Technologies|Banques|Santé|Énergie|Assurances?|Médias)"
)
_SECTOR_INDEX = re.compile(rf"\s+(?:{_SECTORS}(?:\s+[Ii]ndex)?|(?i:{_SECTORS})\s+index)\b")


def _sector_index(text: str, hit: Hit) -> tuple[Hit, Actor]:
    """A KB hit and its actor, grown to a sector index when a known index is followed by a
    sector word: "Stoxx Europe 600 Technology" is the sector index, not the broad one."""
    actor = hit.entries[0].actor()
    match = _SECTOR_INDEX.match(text, hit.end) if actor.kind is ActorKind.ASSET else None
    if match is None:
        return hit, actor
    return replace(hit, end=match.end()), new_actor(text[hit.start : match.end()], ActorKind.ASSET)


class MentionFinder:
    """Finds and resolves the mentions of one text; holds no state between texts."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        resolver: Resolver,
        coref: Coreferencer | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.resolver = resolver
        self.coref = coref
        self.embassies = Embassies(resolver.kb)

    def find(self, doc: Any, text: str, sentences: list[Sentence]) -> list[Mention]:
        ws = words(text)
        context = ArticleContext()
        found: list[Found] = []
        taken = Intervals(len(text))
        kb_at: dict[int, Found] = {}

        view = TextView.of(doc, text, ws, sentences)
        for gazetteer_hit in self.gazetteer.find(text, ws):
            hit, actor = _sector_index(text, gazetteer_hit)
            if self._keep_hit(hit, view):
                kb_at[hit.start] = Found(hit.start, hit.end, actor, "kb", 0.95)
                if actor.kind is ActorKind.GOVERNMENT_BODY:
                    view.public_bodies.append((hit.start, hit.end))
                found.append(kb_at[hit.start])
                taken.add(hit.start, hit.end)
                context.add(actor, text[hit.start : hit.end])
                _define_acronym(text, hit.end, text[hit.start : hit.end], actor, context)
                found += self._owner_inside(text, hit)

        found = self._embassies(text, _subsidiaries(found, text), taken, context)
        found += self._untagged(doc, text, sentences, taken, context)

        deferred: list[NameSpan] = []
        for span in map(lambda s: extend_span(doc, text, s), ner_spans(doc, text)):
            if taken.overlaps(span.start, span.end):
                if not _absorbs_country(span, kb_at, taken):
                    continue
                found = [f for f in found if not span.start <= f.start < span.end]
                taken.remove(span.start, span.end)
            resolved = self._resolve(span, view, context)
            if resolved is None:
                deferred.append(span)
                continue
            actor, source, confidence = resolved
            found.append(Found(span.start, span.end, actor, source, confidence))
            taken.add(span.start, span.end)
            context.add(actor, span.name)
            _define_acronym(text, span.end, span.name, actor, context)

        for start, end in view.rejected:
            taken.add(start, end)
        for start, end, name, kind in untagged_products(doc, text, taken):
            actor = context.short_form(name) or new_actor(name, kind)
            found.append(Found(start, end, actor, "rule", 0.6))
            context.add(actor, name)
        found = one_kind_per_name(found, context)
        for span in deferred:
            short = context.short_form(span.name) or context.containing(span.name)
            if short is not None and not taken.overlaps(span.start, span.end):
                found.append(Found(span.start, span.end, short, "coref", 0.7))
                taken.add(span.start, span.end)
        found += repeats(found, ws, taken, context)
        found += _honorifics(text, taken, context)
        found += self._proper_noun_typos(view, taken)
        if self.coref is not None:
            found += self.coref.find(doc, text, found, taken)
        return to_mentions(found, text, sentences)

    def _untagged(
        self,
        doc: Any,
        text: str,
        sentences: list[Sentence],
        taken: Intervals,
        context: ArticleContext,
    ) -> list[Found]:
        """Names their shape or context types before NER: hacking groups, French courts,
        firms a cue word or a suffix introduces."""
        untagged = (
            threat_groups(text, sentences, taken)
            + french_courts(text, taken)
            + introduced_names(doc, text, taken)
        )
        out: list[Found] = []
        for start, end, name, kind in untagged:
            entry = self.resolver.exact(name)
            actor = entry.actor() if entry else context.short_form(name) or new_actor(name, kind)
            out.append(Found(start, end, actor, "rule", 0.7))
            context.add(actor, name)
        return out

    def _embassies(
        self, text: str, found: list[Found], taken: Intervals, context: ArticleContext
    ) -> list[Found]:
        """Embassies around the countries named inside them ("ambassade de Chine"), which
        keep their own nested mention, as in "South Korea's Ministry of Trade"."""
        countries = [(f.start, f.end) for f in found if f.actor.kind is ActorKind.COUNTRY]
        for embassy in self.embassies.find(text, taken, countries):
            found.append(Found(embassy.start, embassy.end, embassy.actor, "rule", 0.7))
            context.add(embassy.actor, text[embassy.start : embassy.end])
        return found

    def _keep_hit(self, hit: Hit, view: TextView) -> bool:
        text, ws = view.text, view.words
        if is_dateline(text, hit):
            return False
        if (
            describes_location(text[hit.end : hit.end + 10])
            and hit.entries[0].kind is not ActorKind.COUNTRY
        ):
            return False  # "the Nasdaq-listed PDD" (but "PRC-based companies" names China)
        if city_as_place(
            text[hit.start : hit.end], text[max(0, hit.start - _CONTEXT_CHARS) : hit.start]
        ):
            return False
        next_word = ws[hit.last_word + 1].text if hit.last_word + 1 < len(ws) else ""
        if next_word in _PARTY_MEMBERS and hit.entries[0].kind is ActorKind.GOVERNMENT_BODY:
            return False
        if hit.first_word != hit.last_word:
            return True
        if self._tail_of_longer_name(hit, view):
            return False
        if hit.entries[0].kind not in (ActorKind.PERSON, ActorKind.OFFICIAL):
            # "Claude Malhuret" is a person, not Anthropic's model: a person span that starts
            # with the alias and goes on with more capitalised names wins.
            # Likewise "George Washington" is not the United States.
            following = ws[hit.last_word + 1] if hit.last_word + 1 < len(ws) else None
            if (
                following is not None
                and view.person_ends.get(hit.start, 0) >= following.end
                and self._plain_name_word(following)
            ):
                return False
            previous = ws[hit.first_word - 1] if hit.first_word > 0 else None
            if (
                previous is not None
                and view.in_person[previous.start]
                and view.in_person[hit.start]
                and self._plain_name_word(previous)
            ):
                return False
        if hit.start in view.sentence_starts and any(f.capitalised for f in hit.forms):
            # A capitalised common word opening a sentence ("Threads of...") is not a name
            # unless the tagger or the recogniser says it is one.
            span = view.doc.char_span(hit.start, hit.end, alignment_mode="expand")
            if span is not None and len(span) and span[0].pos_ not in ("PROPN", "X", ""):
                return bool(view.in_entity[hit.start])
        return True

    def _owner_inside(self, text: str, hit: Hit) -> list[Found]:
        """ "South Korea's Ministry of Trade" is a KB alias of the ministry that also names
        the country: the country gets its own (nested) mention."""
        match = _OWNER_PREFIX.match(text, hit.start, hit.end)
        entry = self.resolver.exact(match.group(1)) if match is not None else None
        if match is None or entry is None or entry.kind is not ActorKind.COUNTRY:
            return []
        return [Found(hit.start, match.end(1), entry.actor(), "kb", 0.9)]

    def _tail_of_longer_name(self, hit: Hit, view: TextView) -> bool:
        """ "Pacific Ledger" is not Ledger: a one-word KB name that ends a longer organisation
        name, whose other words are capitalised and name nothing known, is that name's tail
        ("Huawei Technologies", where the known name comes first, stays Huawei)."""
        if hit.first_word != hit.last_word:
            return False
        start = view.org_starts.get(hit.end)
        if start is None or start >= hit.start:
            return False
        head = view.text[start : hit.start]
        words_before = head.split()
        return (
            0 < len(words_before) <= 3
            and all(w[:1].isupper() for w in words_before)
            and normalize_name(words_before[0]) not in _LEADING_WORDS
            and not self.gazetteer.find(head)
        )

    def _plain_name_word(self, word: Word) -> bool:
        """A capitalised word that is neither a title nor a known name ("Malhuret")."""
        return (
            word.text[0].isupper()
            and word.key not in _TITLE_WORDS
            and not self.gazetteer.find(word.text)
        )

    def _known_kind(self, name: str, context: ArticleContext) -> ActorKind | None:
        """The kind of a name the KB or this article already knows."""
        name = clean_name(name)
        entry = self.resolver.exact(name)
        if entry is not None:
            return entry.kind
        actor = context.short_form(name) or context.actors.get(normalize_name(name))
        return actor.kind if actor is not None else None

    def _proper_noun_typos(self, view: TextView, taken: Intervals) -> list[Found]:
        """Proper nouns nothing claimed that are a KB name misspelt or in the plural
        ("Geminis", "Antrhopic"); a common word never is (it must be tagged PROPN)."""
        out: list[Found] = []
        for word in view.words:
            if (
                len(word.key) < 6
                or not word.text[0].isupper()
                or taken.overlaps(word.start, word.end)
            ):
                continue
            span = view.doc.char_span(word.start, word.end, alignment_mode="expand")
            if span is None or len(span) != 1 or span[0].pos_ != "PROPN":
                continue
            entry = self.resolver.exact(word.text[:-1]) if word.key.endswith("s") else None
            score = 1.0
            if entry is None:
                fuzzy = self.resolver.fuzzy(word.text)
                entry, score = fuzzy if fuzzy is not None else (None, 0.0)
            if entry is not None and entry.kind not in (ActorKind.PERSON, ActorKind.OFFICIAL):
                confidence = round(0.7 * score, 3)
                out.append(Found(word.start, word.end, entry.actor(), "ner", confidence))
                taken.add(word.start, word.end)
        return out

    def _resolve(
        self, span: NameSpan, view: TextView, context: ArticleContext
    ) -> tuple[Actor, Source, float] | None:
        text = view.text
        entry = self.resolver.exact(span.name)
        country = entry is not None and entry.kind is ActorKind.COUNTRY
        if text[span.end : span.end + 12].split()[:1] in ([m] for m in _PARTY_MEMBERS) or (
            describes_location(text[span.end : span.end + 10]) and not country
        ):
            view.rejected.append((span.start, span.end))
            return None  # "the Michigan Republican", "the Nasdaq-listed group"
        left = text[max(0, span.start - _CONTEXT_CHARS) : span.start]
        if country and city_as_place(span.name, left):
            view.rejected.append((span.start, span.end))
            return None  # "an analyst in Tokyo"
        if entry is not None:
            return entry.actor(), "ner", 0.9
        short = context.short_form(span.name) or context.containing(span.name)
        if short is not None:
            return short, "coref", 0.7
        if span.label not in PLACE_LABELS:  # places never match fuzzily ("Italien")
            fuzzy = self.resolver.fuzzy(span.name)
            if fuzzy is not None:
                return fuzzy[0].actor(), "ner", round(0.8 * fuzzy[1], 3)
        right = text[span.end : span.end + _CONTEXT_CHARS]
        if (
            not_a_name_here(left, right)
            or lower_case(span.name)
            or adjective_ai(view.doc, span)
            or is_known_place(span.name)
        ):
            view.rejected.append((span.start, span.end))  # no later pass may take it back
            return None
        if is_exchange(span.name):
            # "à la Bourse de Paris" is where shares trade; "La Bourse de Shanghai a salué..."
            # speaks as an institution.
            if located_at(left) or not span.name[:1].isupper():
                view.rejected.append((span.start, span.end))
                return None
            return new_actor(span.name, ActorKind.ORGANIZATION), "rule", 0.7
        kind = best_kind(span.label, span.name, left, right)
        if kind is ActorKind.PERSON and serves_public_body(view, span):
            kind = ActorKind.OFFICIAL
        elif kind is ActorKind.OFFICIAL and heads_private_body(
            left, right, lambda org: self._known_kind(org, context)
        ):
            kind = ActorKind.PERSON  # "the president of Valcor Systems, Anna Ruiz"
        if kind is None:
            return None
        if len(span.name.split()) < 2:
            if kind in (ActorKind.PERSON, ActorKind.OFFICIAL):
                return None  # a lone surname: only a short form of someone named in full
            # A plain word opening a sentence is capitalised anyway: it must at least be
            # tagged a proper noun ("Threads of evidence...").
            # Products must always be tagged so ("Made in China 2025" is not a product).
            if (
                not looks_like_name(span.name)
                and (span.start in view.sentence_starts or kind is ActorKind.PRODUCT)
                and not proper_noun(view.doc, span)
            ):
                return None
        confidence = 0.7 if has_evidence(span.name, left, right) else 0.5
        return new_actor(span.name, kind), "rule", confidence


def _honorifics(text: str, taken: Intervals, context: ArticleContext) -> list[Found]:
    """ "Mr Zhang" after "Zhang Xuezheng": a family name written first is no short form by
    itself, but after an honorific it names the person."""
    out: list[Found] = []
    for start, end, word in honorific_names(text):
        person = context.person_named(word)
        if person is not None and not taken.overlaps(start, end):
            out.append(Found(start, end, person, "coref", 0.7))
            taken.add(start, end)
    return out


def _subsidiaries(found: list[Found], text: str) -> list[Found]:
    """ "Hikvision Canada", "Nexperia China": a known firm followed by a country's name is
    that firm's local subsidiary, a company of its own."""
    out: list[Found] = []
    for f in found:
        previous = out[-1] if out else None
        country = text[f.start : f.end]
        if (
            previous is not None
            and previous.actor.kind is ActorKind.COMPANY
            and f.actor.kind is ActorKind.COUNTRY
            and text[previous.end : f.start] == " "
            and country[:1].isupper()
            and not country.isupper()  # "Nvidia US sales": a qualifier
        ):
            name = text[previous.start : f.end]
            out[-1] = Found(previous.start, f.end, new_actor(name, ActorKind.COMPANY), "rule", 0.7)
            continue
        out.append(f)
    return out


def _absorbs_country(span: NameSpan, kb_at: dict[int, Found], taken: Intervals) -> bool:
    """An organisation span that starts with a country alias and goes on with more name:
    "US Department of Commerce", "Kyiv Independent" (not "US government")."""
    first = kb_at.get(span.start)
    if span.label != "ORG" or first is None or first.end >= span.end:
        return False
    return (
        first.actor.kind is ActorKind.COUNTRY
        and not taken.overlaps(first.end, span.end)
        and org_kind(span.name, "", "") is not None
        and not is_generic(span.name[first.end - span.start :])  # "US government"
    )


def _define_acronym(text: str, end: int, name: str, actor: Actor, context: ArticleContext) -> None:
    acronym = acronym_after(text, end, name)
    if acronym is not None:
        context.alias(acronym[2], actor)
