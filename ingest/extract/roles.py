"""Roles: person -> title -> organisation ('David Sacks, responsable de l'IA à la Maison Blanche',
'Acme CEO Jane Roe', 'Canada's Minister of Industry, Jean Tremblay').

The title sits in the words right before the person (up to a verb) or in the apposition right
after it; the organisation is a mention in the same phrase, a demonym of a country the article
names ('le Premier ministre taïwanais'), or the antecedent of 'son'/'its'. A title owned by a
person ('Trump's AI czar'), or former/incoming titles, are not roles of the organisation.
"""

from __future__ import annotations

import re
from collections import Counter

from graph.ids import normalize_name
from graph.model import ActorKind
from ingest.extract.cues import (
    BODY_NOUNS,
    FIRM_NOUNS,
    NOT_CURRENT,
    STATE_TITLES,
    TITLE_WORDS,
    TITLES,
    VERBATIM_TITLES,
)
from ingest.extract.records import RoleRecord
from ingest.extract.role_phrases import phrase_roles
from ingest.extract.syntax import ORGS, PEOPLE, DocView, Token, lemma
from ingest.extract.types import Mention

DEMONYMS = {
    "américain": "United States",
    "américaine": "United States",
    "us": "United States",
    "u.s.": "United States",
    "american": "United States",
    "chinois": "China",
    "chinoise": "China",
    "chinese": "China",
    "taïwanais": "Taiwan",
    "taïwanaise": "Taiwan",
    "taiwanese": "Taiwan",
    "français": "France",
    "française": "France",
    "french": "France",
    "britannique": "United Kingdom",
    "british": "United Kingdom",
    "australien": "Australia",
    "australienne": "Australia",
    "australian": "Australia",
    "italien": "Italy",
    "italienne": "Italy",
    "italian": "Italy",
    "japonais": "Japan",
    "japanese": "Japan",
    "russe": "Russia",
    "russian": "Russia",
    "allemand": "Germany",
    "allemande": "Germany",
    "german": "Germany",
    "coréen": "South Korea",
    "sud-coréen": "South Korea",
    "south korean": "South Korea",
    "indien": "India",
    "indian": "India",
    "canadien": "Canada",
    "canadian": "Canada",
}
_POSSESSIVE = re.compile(r"\b(son|sa|ses|its|their|leur)\b", re.IGNORECASE)
_STOP_POS = frozenset({"VERB", "AUX", "SCONJ"})
_FIRM = frozenset({ActorKind.COMPANY})
_STATES = frozenset({ActorKind.COUNTRY, ActorKind.GOVERNMENT_BODY})
_BODY = frozenset({ActorKind.GOVERNMENT_BODY, ActorKind.ORGANIZATION})
# Prepositions inside a title ("head of", "analyste chez", "secrétaire au Commerce"); any
# other one starts another phrase ("in Tokyo on Wednesday after the group's chief").
_TITLE_LINKS = frozenset(
    {"of", "at", "for", "de", "d'", "d’", "du", "des", "à", "au", "aux", "chez", "pour", "en"}
)


def _before(view: DocView, first: Token, start: int) -> list[Token]:
    """Words before the person, back to a verb or the sentence start; one comma allowed right
    before the person ('Canada's Minister of Industry, Jean Tremblay')."""
    window: list[Token] = []
    index = first.i - 1
    while index >= 0 and len(window) < 12:
        token = view.doc[index]
        if (
            token.idx < start
            or token.pos_ in _STOP_POS
            or (token.pos_ == "ADP" and str(token.text).lower() not in _TITLE_LINKS)
            or str(token.text) in {".", ";", ":", "«", "“", '"', "»", "”"}
        ):
            break
        if str(token.text) == "," and window:
            break
        window.insert(0, token)
        index -= 1
    return window


def _after(view: DocView, last: Token, end: int) -> list[Token]:
    """The apposition after the person: ', le PDG d'OpenAI,'."""
    if last.i + 1 >= len(view.doc) or str(view.doc[last.i + 1].text) != ",":
        return []
    window: list[Token] = []
    index = last.i + 2
    while index < len(view.doc) and len(window) < 14:
        token = view.doc[index]
        participle = "Part" in token.morph.get("VerbForm")  # "chercheur associé à"
        stop = token.pos_ in _STOP_POS and not participle
        if token.idx >= end or str(token.text) in {",", ".", ";", ":"} or stop:
            break
        window.append(token)
        index += 1
    if window and window[0].pos_ == "ADP":
        return []  # "Sam Altman, au directeur général de Google, X": not an apposition
    return window


def _title(text: str) -> tuple[str, str] | None:
    """(label, kind of title): verbatim titles keep their words, in English."""
    for pattern, label in TITLES:
        match = pattern.search(text)
        if match:
            if label in VERBATIM_TITLES:
                words = match.group(0).strip(" ,").split()
                if len(words) > 1 and words[-1].lower() in {"associé", "associée"}:
                    words = ["associate", *words[:-1]]  # "chercheur associé"
                return " ".join(TITLE_WORDS.get(w.lower(), w) for w in words), label
            return label, label
    return None


def _country(view: DocView, words: str, countries: list[Mention]) -> Mention | None:
    for word in re.findall(r"[\w.\-]+", words.lower()):
        name = DEMONYMS.get(word)
        if name is None:
            continue
        for mention in countries:
            names = {mention.actor.name, *mention.actor.aliases}
            if normalize_name(name) in {normalize_name(n) for n in names}:
                return mention
    return None


def _president_country(view: DocView, person: Mention, countries: list[Mention]) -> Mention | None:
    """'President X' is president of the country the text names: X's own country if named,
    else the country named most often."""
    home = person.actor.country
    for mention in countries:
        if home and normalize_name(home) in {
            normalize_name(n) for n in (mention.actor.name, *mention.actor.aliases)
        }:
            return mention
    if home or not countries:
        return None  # a known president of a country the text does not name
    counts = Counter(m.actor.id for m in countries)
    best = counts.most_common(1)[0][0]
    return next(m for m in countries if m.actor.id == best)


def find_roles(view: DocView) -> list[RoleRecord]:
    """Roles stated in the article, one per person, organisation and title."""
    countries = [m for m in view.analyzed.mentions if m.actor.kind == ActorKind.COUNTRY]
    found: dict[tuple[str, str], RoleRecord] = {}
    for sentence in view.sentences:
        for stated in phrase_roles(view, sentence):
            found.setdefault((stated.person.id, stated.org.id), stated)
        for person in view.sentence_mentions(sentence.index):
            if person.actor.kind not in PEOPLE:
                continue
            tokens = list(view.tokens_in(person.start, person.end))
            if not tokens:
                continue
            for window in (
                _before(view, tokens[0], sentence.start),
                _after(view, tokens[-1], sentence.end),
            ):
                record = _role(view, person, window, countries, sentence.text)
                if record is not None:
                    found.setdefault((person.actor.id, record.org.id), record.__class__(
                        person=record.person, title=record.title, org=record.org,
                        quote=view.quote(sentence), confidence=record.confidence,
                    ))  # fmt: skip
    return list(found.values())


def _role(
    view: DocView, person: Mention, window: list[Token], countries: list[Mention], sentence: str
) -> RoleRecord | None:
    if not window:
        return None
    text = view.text_of(window)
    found = _title(text)
    # The word just before the window may be what makes it past or future ("incoming").
    context = str(view.doc.text[max(0, window[0].idx - 20) : window[-1].idx + len(window[-1])])
    if found is None or NOT_CURRENT.search(context):
        return None
    title, kind = found
    inside = view.mentions_in(window)
    if any(m.actor.kind in PEOPLE and m.actor.id != person.actor.id for m in inside):
        return None  # "Trump's AI czar": a person's aide, not a role in an organisation
    orgs = [m for m in inside if m.actor.kind in ORGS]
    # "a spokeswoman for China's Ministry of Foreign Affairs" speaks for the ministry;
    # "Australia's Minister for Home Affairs" is a member of the country's government.
    state = kind in STATE_TITLES
    if kind in {"Minister", "Premier"}:  # a minister serves a state, never a firm
        orgs = [m for m in orgs if m.actor.kind in _STATES]
    preferred = [m for m in orgs if (m.actor.kind == ActorKind.COUNTRY) == state]
    org: Mention | None = (preferred or orgs)[0] if orgs else None
    confidence = 0.8
    firm = next(  # "la Commission" is a name of its own; only "la commission" refers back
        (
            t
            for t in window
            if lemma(t) in FIRM_NOUNS or (lemma(t) in BODY_NOUNS and str(t.text).islower())
        ),
        None,
    )
    if org is None and firm is not None:
        # "the group's chief executive", "le président de la commission": the firm or the
        # body just named
        kinds = _FIRM if lemma(firm) in FIRM_NOUNS else _BODY
        org = view.antecedent(firm, kinds)
        confidence = 0.6
    named_nation = any(w in DEMONYMS for w in re.findall(r"[\w.\-]+", text.lower()))
    if org is None and named_nation:
        org = _country(view, text, countries)
        if org is None:
            return None  # "le président américain" in a text that never names the country
    if org is None and _POSSESSIVE.search(text):
        pronoun = next(t for t in window if _POSSESSIVE.fullmatch(str(t.text)))
        org = view.antecedent(pronoun, ORGS - {ActorKind.COUNTRY})  # "son directeur"
        confidence = 0.6
    if org is None and firm is None and kind in STATE_TITLES:
        org = _president_country(view, person, countries)
        confidence = 0.6
    if org is None:
        return None
    return RoleRecord(
        person=person.actor,
        title=title,
        org=org.actor,
        quote=view.quote(view.sentence_at(person.start)),
        confidence=confidence,
    )
