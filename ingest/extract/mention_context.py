"""What surrounds a candidate mention: the text view that mention finding reads, and the
context rules that decide whether a span names an actor here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from graph.ids import normalize_name
from ingest.extract.gazetteer import Hit, Word
from ingest.extract.kinds import PERSON_LABELS
from ingest.extract.lexicon import wordset
from ingest.extract.spans import NameSpan
from ingest.extract.types import Sentence

# "the Nijmegen-based company", "the Nasdaq-listed group": a place, a market.
_BASED = re.compile(r"-(?:based|listed)\b", re.IGNORECASE)  # "X based its..." is a verb
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:à|a|au|sur|on|at|in|en|from|de)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?$", re.IGNORECASE
)
_TITLE_AFTER = re.compile(r"\s+(?:Secretary|Minister|secretary|minister)\b")
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:ministre|minister|secr[ée]taire d['’][ée]tat)(?:\s+[a-zéèêç]+)?"
    r"(?:\s+d[ée]l[ée]gu[ée]e?)?(?:\s+charg[ée]e?)?\s+(?:des|du|de la|de l['’]|d['’]|of|for)\s*$"
    # "Assistant Attorney General for National Security", "Special Envoy for Cyber Affairs"
    r"|\b(?:general|secretary|commissioner|advis[eo]r|envoy|czar|tsar|director)\s+for\s*$",
    re.IGNORECASE,
)


def describes_location(right: str) -> bool:
    """The name qualifies a noun as a place or market: "Nijmegen-based", "Nasdaq-listed"."""
    return bool(_BASED.match(right))


def located_at(left: str) -> bool:
    """The name follows a locative preposition: "à la Bourse de Paris", "on the Exchange"."""
    return bool(_LOCATIVE_BEFORE.search(left))


# Capitals (and the city-regions) that news uses both as a place and for a government: "in
# Tokyo", "s'est rendu à Pékin" is the city, which the conventions leave out; "Pékin a répliqué"
# is China.
_CITIES = frozenset(
    normalize_name(name)
    for name in (
        "Washington", "Beijing", "Pékin", "Pekin", "Tokyo", "London", "Londres", "Paris",
        "Brussels", "Bruxelles", "Moscow", "Moscou", "Taipei", "Seoul", "Séoul", "New Delhi",
        "Berlin", "Ottawa", "Canberra", "The Hague", "La Haye", "Hong Kong", "Macau", "Macao",
        "Kyiv", "Kiev", "Tehran", "Téhéran", "Riyadh", "Riyad", "Ankara", "Rome", "Madrid",
    )
)  # fmt: skip


def city_as_place(name: str, left: str) -> bool:
    """A capital named as where something happens, not as the state that acts."""
    return normalize_name(name) in _CITIES and located_at(left)


def not_a_name_here(left: str, right: str) -> bool:
    """ "the Nijmegen-based company": a place; "Treasury Secretary X", "ministre des Affaires
    économiques", "Attorney General for National Security": part of a title, not a named
    body."""
    return bool(_BASED.match(right) or _TITLE_AFTER.match(right) or _PORTFOLIO_BEFORE.search(left))


def lower_case(name: str) -> bool:
    """ "the Santa Clara-based chipmaker": a span without a capital letter or a digit is a
    common noun the recogniser took for a name (known lower-case names resolve before)."""
    return not any(ch.isupper() or ch.isdigit() for ch in name)


@dataclass(frozen=True)
class TextView:
    doc: Any
    text: str
    words: list[Word]
    sentence_starts: frozenset[int]
    person_ends: dict[int, int]  # start -> end of PERSON/PER entity spans
    in_entity: bytearray  # 1 for characters inside any entity span
    in_person: bytearray  # 1 for characters inside person entity spans
    public_bodies: list[tuple[int, int]]  # known government bodies, in text order
    rejected: list[tuple[int, int]]  # spans context rules say name no actor
    org_starts: dict[int, int]  # end -> start of ORG entity spans (spaCy's never overlap)

    @classmethod
    def of(cls, doc: Any, text: str, ws: list[Word], sentences: list[Sentence]) -> TextView:
        person_ends: dict[int, int] = {}
        org_starts: dict[int, int] = {}
        in_entity = bytearray(len(text))
        in_person = bytearray(len(text))
        for ent in doc.ents:
            if ent.end_char > len(text):
                continue
            in_entity[ent.start_char : ent.end_char] = b"\x01" * (ent.end_char - ent.start_char)
            if ent.label_ == "ORG":
                org_starts[ent.end_char] = ent.start_char
            if ent.label_ in PERSON_LABELS:
                person_ends[ent.start_char] = max(ent.end_char, person_ends.get(ent.start_char, 0))
                in_person[ent.start_char : ent.end_char] = in_entity[ent.start_char : ent.end_char]
        starts = frozenset(s.start for s in sentences)
        return cls(doc, text, ws, starts, person_ends, in_entity, in_person, [], [], org_starts)


_LEADERSHIP = wordset(
    """chair chairman chairwoman head director directeur directrice chef patron patronne
    spokesman spokeswoman spokesperson porte parole administrator commissioner secretary
    minister ministre president presidente governor adviser advisor conseiller conseillere"""
)


def serves_public_body(view: TextView, span: NameSpan) -> bool:
    """ "The SEC's new chairman, Paul Atkins", "X, porte-parole du ministère...": a person
    titled as a leader of a government body named right next to them is an Official."""
    bodies = view.public_bodies
    i = bisect_right(bodies, (span.start, span.start)) - 1
    if i >= 0 and 0 <= span.start - bodies[i][1] <= 40:
        between = view.text[bodies[i][1] : span.start]
        if (
            "." not in between
            and not any(view.in_person[bodies[i][1] : span.start])  # no one else in between
            and _LEADERSHIP & set(normalize_name(between).split())
        ):
            return True
    j = bisect_right(bodies, (span.end, span.end))
    if j < len(bodies) and view.text[span.end : span.end + 2].lstrip().startswith(","):
        between = view.text[span.end : bodies[j][0]]
        if (
            len(between) <= 60
            and "." not in between
            and not any(view.in_entity[span.end : bodies[j][0]])
        ):
            return bool(_LEADERSHIP & set(normalize_name(between).split()))
    return False


def adjective_ai(doc: Any, span: NameSpan) -> bool:
    """ "American AI", "Generative AI": an adjective and a common noun, not a firm."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    return (
        tokens is not None
        and len(tokens) == 2
        and tokens[0].pos_ == "ADJ"
        and normalize_name(str(tokens[1].text)) in ("ai", "ia", "tech")
    )


def proper_noun(doc: Any, span: NameSpan) -> bool:
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    return tokens is not None and any(t.pos_ == "PROPN" for t in tokens)


def is_dateline(text: str, hit: Hit) -> bool:
    """An all-caps place opening the text before a comma: "TAIPEI, 3 février (Reuters)"."""
    surface = text[hit.start : hit.end]
    return (
        not text[: hit.start].strip()
        and surface.isupper()
        and len(surface) > 3
        and text[hit.end : hit.end + 1] == ","
    )
