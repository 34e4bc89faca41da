"""Bodies named again by their type: 'the commission said', "l'autorité italienne estime".

Once a story has named an agency, a committee or a ministry, it calls it "the agency", "the
committee", "le ministère". Such a definite noun phrase refers back to the latest named body
whose own name holds the same word ('the commission' -> Personal Information Protection
Commission, 'le ministère' -> ministère des Affaires numériques, 'the regulator' -> State
Administration for Market Regulation). When two bodies named so far fit, only one named in
the noun's sentence or the one before is chosen (none if both are), and a word the name does
not use is resolved only for a regulator ('the watchdog', 'le régulateur irlandais': the one
regulator named before, of the country an adjective gives). Nor are an indefinite ('a
commission'), an owned noun ("China's regulator", 'sa commission'), a noun followed by its own
name or complement ('the commission of inquiry', 'the agency CISA'), or an object ('sued the
department'): only where a body speaks or acts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from graph.ids import normalize_name
from graph.model import Actor, ActorKind
from ingest.extract.passes import Found, Intervals
from ingest.extract.role_orgs import DEMONYM_ALTERNATION, DEMONYMS

Token = Any  # spaCy Token

_BODIES = frozenset({ActorKind.GOVERNMENT_BODY, ActorKind.ORGANIZATION})
# A type word and the words a body's name may use for it in either language.
_NAMED_AS: dict[str, tuple[str, ...]] = {
    "agency": ("agency", "agence"),
    "agence": ("agence", "agency"),
    "authority": ("authority", "autorite"),
    "autorite": ("autorite", "authority"),
    "commission": ("commission", "commissioner", "commissaire"),
    "committee": ("committee", "commission"),
    "comite": ("comite", "committee"),
    "bureau": ("bureau",),
    "department": ("department", "departement", "ministry", "ministere"),
    "departement": ("departement", "department", "ministere", "ministry"),
    "ministry": ("ministry", "ministere", "department"),
    "ministere": ("ministere", "ministry", "department", "departement"),
    "court": ("court", "cour", "tribunal"),
    "cour": ("cour", "court"),
    "tribunal": ("tribunal", "court"),
    "parquet": ("parquet", "prosecutor", "prosecutors"),
    "office": ("office",),
    "institute": ("institute", "institut"),
    "institut": ("institut", "institute"),
    "union": ("union", "syndicat"),
    "syndicat": ("syndicat", "union"),
    "association": ("association",),
    "alliance": ("alliance",),
    "foundation": ("foundation", "fondation"),
    "fondation": ("fondation", "foundation"),
    "centre": ("centre", "center"),
    "center": ("center", "centre"),
    "council": ("council", "conseil"),
    "conseil": ("conseil", "council"),
    "regulator": ("regulator", "regulation", "regulatory"),
    "regulateur": ("regulateur", "regulation"),
    "watchdog": (),
    "gendarme": (),
}
# Words news uses for a regulator whatever its name ('the watchdog' for the Garante, 'le
# régulateur irlandais' for the Data Protection Commission): when no body named before uses
# the word, they stand for the one regulator named before, of the country an adjective gives.
_WATCHDOGS = frozenset({"regulator", "regulateur", "watchdog", "gendarme"})
# Words of a regulator's name (a ministry, a government or a court is no watchdog).
_REGULATOR_NAMES = frozenset(
    {"authority", "autorite", "autorita", "commission", "commissioner", "commissaire", "agency",
     "agence", "administration", "garante", "regulation", "regulatory", "regulator",
     "regulateur", "supervisor", "protection"}
)  # fmt: skip
# A capital's adjective stands for its country's regulator: 'le gendarme romain' (the Garante),
# 'le régulateur pékinois'.
_CAPITALS = {
    "romain": "Italy", "romaine": "Italy", "roman": "Italy",
    "pékinois": "China", "pékinoise": "China",
    "londonien": "United Kingdom", "londonienne": "United Kingdom",
    "berlinois": "Germany", "berlinoise": "Germany",
    "madrilène": "Spain", "tokyoïte": "Japan", "séoulite": "South Korea",
}  # fmt: skip
_COUNTRY_WORDS = {**DEMONYMS, **_CAPITALS}
_DEMONYM = re.compile(
    rf"(?<![\w-])(?P<demonym>{DEMONYM_ALTERNATION}|{'|'.join(_CAPITALS)})(?![\w-])"
)
_CREDITS = frozenset({"par", "selon", "après", "d'après", "d’après"})
_DEFINITE = frozenset({"the", "le", "la", "l'", "l’"})
_MODIFIERS = frozenset({"ADJ", "NOUN", "PROPN"})
_MAX_MODIFIERS = 3  # 'the internet watchdog', 'the South Korean data regulator'
_OWN_NAME = re.compile(r"\s*(?:,\s*)?(?:\(|[A-Z]{2,})")  # 'the agency (CISA)', 'the agency CISA'
_COMPLEMENT = frozenset({"of", "for", "on", "de", "du", "des", "d'", "d’", "pour", "sur", "chargé"})


def _key(word: str) -> str:
    lowered = word.lower()
    return lowered if lowered in {"l'", "l’", "d'", "d’"} else normalize_name(word)


def body_descriptors(doc: Any, text: str, found: list[Found], taken: Intervals) -> Iterator[Found]:
    """Descriptor mentions of bodies the text named before them."""
    named = sorted((f for f in found if f.actor.kind in _BODIES), key=lambda f: f.start)
    if not named:
        return
    for token in doc:
        word = _key(str(token.text))
        if word not in _NAMED_AS or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        start, end = int(token.idx), int(token.idx + len(token.text))
        if (
            taken.overlaps(start, end)
            or not _speaks(token)
            or not _definite(token)
            or _has_own_name(token, text, end)
        ):
            continue
        before = [f for f in named if f.end <= start]
        fits = _named_with(text, word, before)
        if not fits and word in _WATCHDOGS:
            fits = _regulators(before, _nationality(token, text))
        actor = _one(fits, previous_sentence_start(token))
        if actor is not None:
            yield Found(start, end, actor, "coref", 0.6)


def _speaks(token: Token) -> bool:
    """Where a body acts or is credited: the subject ('the agency said'), the agent ('par le
    ministère'), the source ('selon le régulateur', 'according to the agency'), or the owner
    of what speaks ("the committee's report"). An object ('sued the department') is left
    alone: which body it is matters less than who acts on it."""
    role = str(token.dep_).lower()
    if role.startswith("nsubj") and "pass" not in role:
        return True
    if role in {"poss", "nmod:poss", "agent", "obl:agent"}:
        return True
    markers = {str(c.text).lower() for c in token.children if str(c.dep_) == "case"}
    if markers & _CREDITS:
        return True
    head = token.head
    if role == "pobj" and str(head.text).lower() == "by":
        return True
    return role == "pobj" and str(head.text).lower() == "to" and str(head.head.text) == "according"


def _definite(token: Token) -> bool:
    """'the (Italian data) authority', "l'autorité": a definite article before the noun and
    only modifiers in between; never a noun that has an owner ("China's regulator")."""
    if any(c.dep_ in {"poss", "nmod:poss"} for c in token.children):
        return False
    index = token.i - 1
    for _ in range(_MAX_MODIFIERS + 1):
        if index < 0:
            return False
        before = token.doc[index]
        if _key(str(before.text)) in _DEFINITE:
            return True
        if before.pos_ not in _MODIFIERS or str(before.text).endswith(("'s", "’s")):
            return False
        index -= 1
    return False


def _has_own_name(token: Token, text: str, end: int) -> bool:
    """'the commission of inquiry', 'the agency (CISA)': a body introduced here, not named
    again."""
    if token.i + 1 < len(token.doc):
        after = token.doc[token.i + 1]
        if _key(str(after.text)) in _COMPLEMENT and after.i + 1 < len(token.doc):
            following = str(token.doc[after.i + 1].text)
            return following[:1].isupper() or after.text.lower() in {"of", "for", "pour"}
    return bool(_OWN_NAME.match(text, end))


def _words(text: str, found: Found) -> set[str]:
    """The words of a body's name, aliases and text as written."""
    names = (found.actor.name, *found.actor.aliases, text[found.start : found.end])
    return {w for n in names for w in normalize_name(n).split()}


def _named_with(text: str, word: str, before: list[Found]) -> list[Found]:
    """The bodies before the noun whose names use the noun's word."""
    forms = set(_NAMED_AS[word])
    return [c for c in before if forms & _words(text, c)]


def _one(fits: list[Found], recent: int) -> Actor | None:
    """The one body that fits; of several, the one alone in play (named in this sentence or
    the one before): 'the bureau' after both the FBI and BIS needs more than words."""
    actors = {f.actor.id: f.actor for f in fits}
    if len(actors) > 1:
        actors = {f.actor.id: f.actor for f in fits if f.start >= recent}
    return next(iter(actors.values())) if len(actors) == 1 else None


def previous_sentence_start(token: Token) -> int:
    """Where the sentence before the noun's own starts (its own, for the first)."""
    sentence = token.sent
    if sentence.start == 0:
        return int(sentence.start_char)
    return int(token.doc[sentence.start - 1].sent.start_char)


def _nationality(token: Token, text: str) -> str | None:
    """The country of 'the Irish regulator', 'le régulateur irlandais', 'le gendarme
    sud-coréen': an adjective between the article and the noun or right after it."""
    doc = token.doc
    first = max(0, token.i - _MAX_MODIFIERS)
    last = token.i + 1 if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "ADJ" else token.i
    if last + 1 < len(doc) and str(doc[last].text) == "sud" and str(doc[last + 1].text) == "-":
        last += 2  # 'sud-coréen' may be cut in three
    window = text[int(doc[first].idx) : int(doc[last].idx + len(doc[last].text))].lower()
    match = _DEMONYM.search(window)
    return _COUNTRY_WORDS[match.group("demonym")] if match else None


def _regulators(before: list[Found], country: str | None) -> list[Found]:
    """The regulators named before (of that country, if one is given)."""
    return [
        f
        for f in before
        if f.actor.kind == ActorKind.GOVERNMENT_BODY
        and _REGULATOR_NAMES
        & {w for n in (f.actor.name, *f.actor.aliases) for w in normalize_name(n).split()}
        and (country is None or f.actor.country == country)
    ]
