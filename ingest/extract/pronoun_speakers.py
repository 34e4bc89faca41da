"""Who a pronoun speaker is: 'she said', '« ... », a-t-il ajouté', 'we believe'.

Gender, the quotation a tag credits and the other parties of the verb narrow the antecedent;
first and second persons speak for themselves and are never a named party.
"""

from __future__ import annotations

from graph.model import ActorKind
from ingest.extract.accused import PARTY_KINDS
from ingest.extract.gender import person_gender, pronoun_gender
from ingest.extract.quotes import reported_before
from ingest.extract.syntax import PEOPLE, DocView, Token, dep, lemma
from ingest.extract.types import Mention

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "lui"})


_THING_PRONOUNS = frozenset({"it"})


def speaker_kinds(subject: Token) -> frozenset[ActorKind]:
    """The parties a subject can stand for: 'he'/'she' are people, 'it' is no person."""
    word = str(subject.text).lower()
    if subject.pos_ != "PRON" and not word.startswith("-"):
        return PARTY_KINDS
    if word in _PERSON_PRONOUNS:
        return PARTY_KINDS & PEOPLE
    if word in _THING_PRONOUNS:
        return PARTY_KINDS - PEOPLE
    return PARTY_KINDS


_SPEAKING = frozenset({"i", "we", "you", "je", "j'", "j’", "nous", "vous", "tu", "on", "-on"})


def speaking_person(subject: Token) -> bool:
    """'Nous le dénonçons', 'we believe': the speaker of a quotation, never the party named
    before it; 'a-t-on appris' is the newsroom."""
    return subject.pos_ == "PRON" and str(subject.text).lower() in _SPEAKING


def _is_pronoun(subject: Token) -> bool:
    return subject.pos_ == "PRON" or str(subject.text).startswith("-")  # '-il', mis-tagged


def resolved_as_pronoun(view: DocView, subject: Token, trigger: Token) -> bool:
    """A pronoun the speaker rules below read: gendered ('she', '-t-il') or in a quote's tag."""
    return _is_pronoun(subject) and (
        pronoun_gender(subject) is not None or bool(reported_before(view, trigger))
    )


def pronoun_speaker(view: DocView, subject: Token, trigger: Token) -> Mention | None:
    """Who 'she' or '-t-il' is: never someone named inside the quotation the tag credits
    ('« Huawei ment », a-t-il dit' is not Huawei speaking), and after a quotation a person
    rather than a firm when one fits."""
    quotation = reported_before(view, trigger)
    inside = {m.actor.id for m in view.mentions_in(quotation)} | _co_arguments(view, subject)
    kinds = speaker_kinds(subject)
    for wanted in (kinds & PEOPLE, kinds) if quotation else (kinds,):
        found = _agreeing(view, subject, wanted, set(inside))
        if found is not None:
            return found
    return None


def _co_arguments(view: DocView, subject: Token) -> set[str]:
    """Who a subject pronoun cannot be: the other parties of its own verb, and the one a
    relative clause describes ('la société X, qu'il accuse de': 'il' is not X)."""
    verb = subject.head
    heads = [c for c in verb.children if c.i != subject.i]
    if "relcl" in dep(verb) or any(lemma(c) == "que" for c in heads):
        heads.append(verb.head)
    found = (view.actor_of(h) for h in heads if h.pos_ in {"NOUN", "PROPN"})
    return {m.actor.id for m in found if m is not None}


def _agreeing(
    view: DocView, pronoun: Token, kinds: frozenset[ActorKind], exclude: set[str]
) -> Mention | None:
    """The pronoun's antecedent, passing over people the article marks with the other gender
    and preferring one it marks with the same ('Marco Rubio met Mme Kamp. She said': Kamp)."""
    gender = pronoun_gender(pronoun)
    unmarked: Mention | None = None
    for _ in range(3):
        found = view.antecedent(pronoun, kinds, exclude=frozenset(exclude))
        if found is None or gender is None or found.actor.kind not in PEOPLE:
            return unmarked or found
        marked = person_gender(view, found.actor.id)
        if marked == gender:
            return found
        if marked is None and unmarked is None:
            unmarked = found
        exclude.add(found.actor.id)
    return unmarked
