"""Who the subject of a reported clause stands for when it is not itself a party's name.

Findings often open on a thing or a description rather than a name: 'the hackers, which it
calls RedMike, had exploited', 'the H20 contained', 'an unsafe chip such as the H20 put users
at risk', 'firmware in routers sold by Qiyuan Networks contained', 'un routeur vendu par la
société X contenait'. The party is the one the description names, the maker of the product,
or the seller of the thing found at fault. 'There was evidence that X had...' reports the
clause the evidence noun carries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from graph.model import Actor, ActorKind
from ingest.extract.syntax import DocView, Token, dep, lemma
from ingest.extract.types import Mention

Developer = Callable[[Mention], Actor | None]

# "which it calls RedMike", "known as", "dubbed", "que Mandiant appelle", "baptisé", "surnommé".
_NAMING = frozenset(
    {"call", "dub", "name", "nickname", "label", "track", "know", "appeler", "baptiser",
     "surnommer", "nommer", "désigner", "connaître"}
)  # fmt: skip
# "routers sold by X", "chips made by X", "un routeur vendu par X", "des puces conçues par X".
_MAKING = frozenset(
    {"sell", "make", "build", "manufacture", "produce", "design", "develop", "supply", "ship",
     "vendre", "fabriquer", "produire", "concevoir", "développer", "fournir", "commercialiser"}
)  # fmt: skip
_BY = frozenset({"by", "par"})
# "there was evidence that", "il existe des preuves que", "des indices montrant que".
EVIDENCE_NOUNS = frozenset(
    {"evidence", "proof", "indication", "sign", "preuve", "indice", "signe", "trace"}
)
_THAT = frozenset({"that", "que", "qu'", "qu’"})
_PRODUCT = frozenset({ActorKind.PRODUCT})


def named_by_clause(view: DocView, subject: Token) -> Mention | None:
    """'the hackers, which it calls RedMike': the name a relative or participle clause gives
    the subject ('a group known as Salt Typhoon', 'le groupe baptisé UNC3886')."""
    for clause in subject.children:
        if not dep(clause).startswith(("relcl", "acl")) or lemma(clause) not in _NAMING:
            continue
        for token in clause.subtree:
            found = view.mention(token)
            if found is not None and token.i > clause.i and found.actor.kind != ActorKind.COUNTRY:
                return found
    return None


def product_maker(view: DocView, subject: Token, developer: Developer | None) -> Mention | None:
    """'the H20 contained', 'an unsafe chip such as the H20', 'the Ascend processors were
    developed in breach': the maker of the product the subject names or instances."""
    if (
        developer is None
        or subject.pos_ not in {"NOUN", "PROPN"}
        or any(dep(c).startswith("csubj") for c in [*subject.head.children, *subject.subtree])
    ):
        return None  # "using Huawei Ascend chips violates": the users act, not the maker
    candidates = [subject] + [
        t
        for t in subject.subtree
        if t.i != subject.i and dep(t) in {"pobj", "nmod", "appos", "compound"}
    ]
    for token in candidates:
        found = view.mention(token)
        if found is None or found.actor.kind not in _PRODUCT:
            continue
        if token.i != subject.i and not _instance(view, token, subject):
            continue
        company = developer(found)
        if company is not None:
            return replace(found, actor=company, source="coref", confidence=0.6)
    return None


def _instance(view: DocView, token: Token, subject: Token) -> bool:
    """'a chip such as the H20', 'des puces comme le H20': the product is an instance."""
    if dep(token) in {"appos", "compound"} and token.head.i == subject.i:
        return True  # "the Ascend processors", "the chip, the H20,"
    words = {str(t.text).lower() for t in view.doc[subject.i + 1 : token.i]}
    return bool(words & {"such", "like", "comme", "notamment", "including"})


def seller(view: DocView, subject: Token, kinds: frozenset[ActorKind]) -> Mention | None:
    """'firmware in routers sold by Qiyuan Networks', 'un routeur vendu par la société X': the
    party that makes or sells the thing found at fault."""
    for token in subject.subtree:
        if lemma(token) not in _MAKING or dep(token) not in {"acl", "amod"}:
            continue
        for agent in token.children:
            by = dep(agent) in {"agent", "obl:agent"} or (
                dep(agent).startswith(("obl", "nmod"))
                and any(str(c.text).lower() in _BY for c in agent.children if dep(c) == "case")
            )
            if not by:
                continue
            for inner in agent.subtree:
                found = view.mention(inner) or view.named(inner)
                if found is not None and found.actor.kind in kinds:
                    return found
    return None


def evidence_clause(clause: Token) -> Token | None:
    """'there was evidence that DeepSeek had distilled': the clause the evidence noun carries."""
    for noun in clause.children:
        if lemma(noun) not in EVIDENCE_NOUNS:
            continue
        for child in noun.children:
            if dep(child) in {"acl", "relcl", "acl:relcl", "ccomp"} and any(
                lemma(c) in _THAT for c in child.children if dep(c) == "mark"
            ):
                return child
    return None
