"""Links a possessive states: 'its R1 model', 'son modèle Claude', 'Qwen, its new chatbot'
(developer and product), "Alphabet's Google" (owner and unit), 'Lemon8, another app it owns'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from graph.model import ActorKind
from ingest.extract.link_cues import OWNED_NOUNS, PRODUCT_NOUNS
from ingest.extract.link_spans import POSSESSIVE_PRONOUNS, described, is_modifier, token_at
from ingest.extract.records import LinkKind
from ingest.extract.syntax import ORGS, PEOPLE, DocView, Token, dep, lemma
from ingest.extract.types import Mention, Sentence

Found = tuple[Mention, Mention, LinkKind, str]

_SAXON = re.compile(r"['’]s?\s+")
_UNITS = frozenset({ActorKind.COMPANY, ActorKind.GOVERNMENT_BODY, ActorKind.ORGANIZATION})
# 'Lemon8, another app it owns': the pronoun stands for the owner.
_IT_OWNS = re.compile(
    r"\b(it|they|qu['’]elle|qu['’]il|qu['’]ils|qu['’]elles)\s+(also\s+|already\s+|now\s+)?"
    r"(owns|own|controls|control|détient|possède|contrôle|détiennent|possèdent)\b",
    re.IGNORECASE,
)


def _possessed_products(view: DocView, tokens: list[Token]) -> Iterator[Found]:
    """'Avec son modèle R1, DeepSeek...', 'its R1 model', 'Qwen, its new chatbot', 'his social
    network X': the possessive stands for the subject of the sentence, named as such."""
    for pronoun in tokens:
        named_owner = view.mention(pronoun)
        is_pronoun = str(pronoun.text).lower() in POSSESSIVE_PRONOUNS
        if not is_pronoun and (named_owner is None or dep(pronoun) not in {"poss", "nmod:poss"}):
            continue
        noun = pronoun.head
        if noun.i == pronoun.i or not dep(pronoun).startswith(("poss", "det", "nmod")):
            continue
        named = [noun] + [c for c in noun.children if dep(c) in _NAMES and c.i != pronoun.i]
        if dep(noun) == "appos":
            named.append(noun.head)
        owned = [m for t in named if (m := view.mention(t)) and m.actor.kind in _OWNABLE]
        if not owned or owned[0].source == "coref":
            continue
        thing = owned[0]
        word = lemma(noun)
        if view.mention(noun) is None and word not in PRODUCT_NOUNS | OWNED_NOUNS:
            continue
        owner = named_owner if named_owner is not None else _clause_subject(view, noun)
        if owner is None or owner.source == "coref" or owner.actor.id == thing.actor.id:
            continue
        if (
            thing.actor.kind == ActorKind.PRODUCT
            and owner.actor.kind in _MAKERS
            and word not in OWNED_NOUNS
        ):
            yield owner, thing, "develops", "its product"
        elif word in OWNED_NOUNS and owner.actor.kind in _OWNERS:
            yield owner, thing, "owns", "its property"


def _units(view: DocView, mentions: list[Mention]) -> Iterator[Found]:
    """'Alphabet's Google', "the Commerce Department's Bureau of Industry and Security"."""
    text = str(view.doc.text)
    for owner, unit in pairwise(mentions):
        if (
            owner.actor.kind in _UNITS
            and unit.actor.kind in _UNITS
            and _SAXON.fullmatch(text[owner.end : unit.start])
            and not is_modifier(view, unit)
        ):
            yield owner, unit, "owns", "possessive"


def _relative_owner(view: DocView, sentence: Sentence, mentions: list[Mention]) -> Iterator[Found]:
    for match in _IT_OWNS.finditer(sentence.text):
        start = sentence.start + match.start()
        owned = [m for m in mentions if m.end <= start]
        pronoun = token_at(view, start)
        if not owned or pronoun is None or not described(view, owned[-1].end, start, comma=True):
            continue
        owner = view.antecedent(pronoun, ORGS, exclude=frozenset({owned[-1].actor.id}))
        if owner is not None and owner.actor.id != owned[-1].actor.id:
            yield owner, owned[-1], "owns", "it owns"


_OWNABLE = frozenset({ActorKind.PRODUCT, ActorKind.COMPANY})
_OWNERS = ORGS | PEOPLE
# An authority's 'its H20 chips' are the chips it regulates, not ones it makes.
_MAKERS = frozenset({ActorKind.COMPANY, ActorKind.ORGANIZATION})
_NAMES = frozenset({"compound", "appos", "nmod", "flat", "flat:name", "amod", "npadvmod"})


def _clause_subject(view: DocView, token: Token) -> Mention | None:
    """The subject of the sentence a possessive sits in: 'With its R1 model, DeepSeek...',
    'Anthropic accuse X d'avoir extrait ... son modèle Claude' (the first clause's subject; a
    parse cut at a dash leaves the name itself as the root). Only a name, never a noun that
    merely has one ('Anthropic's models ... its Foundry service' is not Anthropic's)."""
    tokens = view.sentence_tokens(view.sentence_at(token.idx))
    root = next((t for t in tokens if t.head.i == t.i), None)
    if root is None:
        return None
    subject = next((c for c in root.children if dep(c) in {"nsubj", "nsubj:pass"}), root)
    found = view.mention(subject) or view.named(subject)
    if found is None:
        found = next(
            (view.mention(c) for c in subject.children if dep(c) == "appos" and view.mention(c)),
            None,
        )
    return found if found is not None and found.actor.kind in _OWNERS else None


def possessive_links(view: DocView, sentence: Sentence, mentions: list[Mention]) -> list[Found]:
    """(one side, other side, kind, cue) for every possessive link of one sentence."""
    tokens = view.sentence_tokens(sentence)
    return [
        *_possessed_products(view, tokens),
        *_units(view, mentions),
        *_relative_owner(view, sentence, mentions),
    ]
