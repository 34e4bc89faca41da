"""Links a possessive states: 'its R1 model', 'son modèle Claude', 'Qwen, its new chatbot'
(developer and product), "Alphabet's Google" (owner and unit), 'Lemon8, another app it owns'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from graph.model import ActorKind
from ingest.extract.link_cues import OWNED_NOUNS, PRODUCT_NOUNS
from ingest.extract.link_spans import (
    POSSESSIVE_PRONOUNS,
    Found,
    before,
    described,
    is_modifier,
    mentions_around,
    token_at,
)
from ingest.extract.syntax import ORGS, PEOPLE, DocView, Token, dep, lemma
from ingest.extract.types import Mention, Sentence

# A possessive and one or two product words right before a name: 'ses modèles', 'its new chips'.
_POSSESSIVE_BEFORE = re.compile(
    r"\b(son|sa|ses|leur|leurs|its|their)\s+((?:[\w-]+\s+){1,2})$", re.IGNORECASE
)
_LIST = re.compile(r"\b(list|liste)\b", re.IGNORECASE)
_SAXON = re.compile(r"['’]s?\s+")
_UNITS = frozenset({ActorKind.COMPANY, ActorKind.GOVERNMENT_BODY, ActorKind.ORGANIZATION})
# 'Lemon8, another app it owns': the pronoun stands for the owner.
_IT_OWNS = re.compile(
    r"\b(it|they|qu['’]elle|qu['’]il|qu['’]ils|qu['’]elles)\s+(also\s+|already\s+|now\s+)?"
    r"(owns|own|controls|control|owned|controlled|détient|possède|contrôle|détiennent|possèdent"
    r"|détenait|détenaient|contrôlait|contrôlaient)\b",
    re.IGNORECASE,
)
_PLURAL_SUBJECTS = frozenset({"they", "qu'ils", "qu’ils", "qu'elles", "qu’elles"})


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
        singular = str(pronoun.text).lower() not in _PLURAL_POSSESSIVES
        owners = [] if singular or named_owner else plural_owners(view, pronoun)
        # 'its' is no person's, nor 'their' unless it stands for coordinated names.
        neuter = str(pronoun.text).lower() in {"its", "their"} and not owners
        if not owners:
            owner = named_owner or _clause_subject(view, noun, singular=singular)
            owners = [owner] if owner is not None else []
        for owner in owners:
            if owner.source == "coref" or owner.actor.id == thing.actor.id:
                continue
            if (
                (thing.actor.kind == ActorKind.PRODUCT or _names_product(view, thing, noun))
                and owner.actor.kind in _MAKERS
                and word not in OWNED_NOUNS
            ):
                yield owner, thing, "develops", "its product"
            elif (
                word in OWNED_NOUNS
                and owner.actor.kind in (ORGS if neuter else _OWNERS)
                and not (named_owner and owner.actor.kind == ActorKind.COUNTRY)
            ):  # "Alibaba, China's biggest group" is a Chinese group, not the state's
                yield owner, thing, "owns", "its property"


def _names_product(view: DocView, thing: Mention, noun: Token) -> bool:
    """ "Ivanti's Connect Secure gateways": a name tagged as a firm that only modifies a product
    word is the product's name."""
    return (
        thing.actor.kind == ActorKind.COMPANY
        and view.mention(noun) is None
        and lemma(noun) in PRODUCT_NOUNS
        and thing.end <= noun.idx
    )


def plural_owners(view: DocView, pronoun: Token, owned: Mention | None = None) -> list[Mention]:
    """'Chuan Geng and Shiwei Yang used their company', "deux ressortissants, X et Y, ...
    via leur société": 'their' stands for the names coordinated last before it, not for the
    subject of the sentence ('Le département a inculpé X et Y ... via leur société')."""
    earlier = [
        m
        for m in mentions_around(view, pronoun)
        if m.end <= pronoun.idx
        and m.actor.kind in _FIRMS_AND_PEOPLE
        and (owned is None or m.actor.id != owned.actor.id)
    ]
    if not earlier:
        return []
    run = view.listed_with(earlier[-1], lambda gap: bool(_PEOPLE_JOINER.fullmatch(gap)))
    return run if len(run) >= 2 else []


# 'Chuan Geng and Shiwei Yang', 'Wen Lihua, 28, and Zhao Kai, 31,': ages may follow the names.
_PEOPLE_JOINER = re.compile(r"\s*(,\s*\d{1,3}\s*)?(,|and|et|, and|, et)\s*", re.IGNORECASE)


def _possessive_phrases(
    view: DocView, sentence: Sentence, mentions: list[Mention]
) -> Iterator[Found]:
    """'ses modèles Claude', 'its new chips Trainium' read on the text, for parses that split
    them (the name is then no child of the noun)."""
    text = view.text
    for product in mentions:
        if product.actor.kind != ActorKind.PRODUCT or product.source == "coref":
            continue
        match = _POSSESSIVE_BEFORE.search(text[sentence.start : product.start])
        if match is None or not {w.lower() for w in match.group(2).split()} & PRODUCT_NOUNS:
            continue
        pronoun = token_at(view, sentence.start + match.start())
        singular = match.group(1).lower() not in _PLURAL_POSSESSIVES
        owner = _clause_subject(view, pronoun, singular=singular) if pronoun else None
        if owner is not None and owner.actor.kind in _MAKERS and owner.source != "coref":
            yield owner, product, "develops", "its product"


def _units(view: DocView, mentions: list[Mention]) -> Iterator[Found]:
    """'Alphabet's Google', "the Commerce Department's Bureau of Industry and Security",
    "Elon Musk's xAI" (a person's firm)."""
    text = view.text
    for owner, unit in pairwise(mentions):
        firm = owner.actor.kind in PEOPLE and unit.actor.kind == ActorKind.COMPANY
        if (
            ((owner.actor.kind in _UNITS and unit.actor.kind in _UNITS) or firm)
            and _SAXON.fullmatch(text[owner.end : unit.start])
            and not is_modifier(view, unit)
            and not _LIST.search(unit.actor.name)  # "Commerce's Entity List" is no unit
        ):
            yield owner, unit, "owns", "possessive"


def _relative_owner(view: DocView, sentence: Sentence, mentions: list[Mention]) -> Iterator[Found]:
    """'Lemon8, another app it owns'; 'a company they controlled, Harbor Ridge,' (named after
    the clause); 'they' stands for the names coordinated before it."""
    for match in _IT_OWNS.finditer(sentence.text):
        start = sentence.start + match.start()
        pronoun = token_at(view, start)
        owned = [m for m in mentions if m.end <= start][-1:]
        if owned and not described(view, owned[-1].end, start, comma=True):
            owned = []
        end = sentence.start + match.end()
        if (
            not owned
            and pronoun is not None
            and pronoun.i > 0
            and _firm_noun(view.doc[pronoun.i - 1])
        ):
            # 'a company they controlled, Harbor Ridge': a firm noun, then its name
            owned = [m for m in mentions if m.start >= end][:1]
            if owned and not _APPOSED_AFTER.fullmatch(view.text[end : owned[0].start]):
                owned = []
        if not owned or pronoun is None:
            continue
        if match.group(1).lower() in _PLURAL_SUBJECTS:
            owners = plural_owners(view, pronoun, owned[-1])  # never the last subject alone
        else:
            found = view.antecedent(pronoun, ORGS, exclude=frozenset({owned[-1].actor.id}))
            owners = [found] if found is not None else []
        for owner in owners:
            if owner.actor.id != owned[-1].actor.id:
                yield owner, owned[-1], "owns", "it owns"


_APPOSED_AFTER = re.compile(r"\s*,\s*")


_OWNABLE = frozenset({ActorKind.PRODUCT, ActorKind.COMPANY})
_OWNERS = ORGS | PEOPLE
_FIRMS_AND_PEOPLE = PEOPLE | frozenset({ActorKind.COMPANY, ActorKind.ORGANIZATION})
# An authority's 'its H20 chips' are the chips it regulates, not ones it makes.
_MAKERS = frozenset({ActorKind.COMPANY, ActorKind.ORGANIZATION})
_THAT = frozenset({"that", "whether"})  # French "que" also opens adverbial clauses ("après que")
_INFINITIVE_MARKS = frozenset({"de", "d'", "d’", "to", "à"})
_PLURAL_POSSESSIVES = frozenset({"their", "leur", "leurs"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_RELATIVE_PRONOUNS = frozenset({"qui", "which", "that", "who"})
_NAMES = frozenset({"compound", "appos", "nmod", "flat", "flat:name", "amod", "npadvmod"})


def _clause_subject(view: DocView, token: Token, *, singular: bool = True) -> Mention | None:
    """Who a possessive in this clause stands for: the named subject of the nearest finite
    clause above it ('après qu'Anthropic a accusé X d'avoir distillé ses modèles'; 'Baidu, qui
    a rendu open source ses modèles': the relative's noun), else the subject of the sentence
    ('With its R1 model, DeepSeek...'; a parse cut at a dash leaves the name as the root).
    Only a name, never a noun that merely has one ('Anthropic's models ... its Foundry'); 'its'
    skips plural subjects ('Anthropic said three developers had used its models')."""
    current = token
    for _ in range(8):
        if current.head.i == current.i:
            break
        current = current.head
        if current.pos_ not in {"VERB", "AUX"} or _non_finite(current):
            continue
        if _reported(current):
            continue  # 'OpenAI said DeepSeek had distilled its models': the speaker's
        subject = next((c for c in current.children if dep(c) in _SUBJECTS), None)
        if subject is None or (singular and _plural(subject)):
            continue
        if str(subject.text).lower() in _RELATIVE_PRONOUNS:
            # 'Baidu, qui a rendu ...': the noun the relative follows
            named = before(view, mentions_around(view, subject), subject.idx, _OWNERS)
            return named[-1] if named else None
        found = _named(view, subject)
        if found is not None:
            return found
        break
    tokens = view.sentence_tokens(view.sentence_at(token.idx))
    root = next((t for t in tokens if t.head.i == t.i), None)
    if root is None:
        return None
    return _named(view, next((c for c in root.children if dep(c) in _SUBJECTS), root))


def _reported(verb: Token) -> bool:
    """A clause someone states ('said that X...', 'evidence that X...')."""
    return dep(verb) == "ccomp" or any(
        dep(c) == "mark" and str(c.text).lower() in _THAT for c in verb.children
    )


def _plural(subject: Token) -> bool:
    return (
        "Plur" in subject.morph.get("Number")
        or subject.tag_ in {"NNS", "NNPS"}
        or any(dep(c) == "conj" for c in subject.children)
    )


def _non_finite(verb: Token) -> bool:
    """'d'avoir distillé', 'to train': an infinitive clause has no subject of its own."""
    return any(
        (dep(c) == "mark" and lemma(c) in _INFINITIVE_MARKS)
        or (dep(c) == "aux" and str(c.text).lower() == "to")
        for c in verb.children
    )


def _named(view: DocView, subject: Token) -> Mention | None:
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
        *_possessive_phrases(view, sentence, mentions),
        *_units(view, mentions),
        *_relative_owner(view, sentence, mentions),
    ]


def _firm_noun(token: Token) -> bool:
    return lemma(token) in OWNED_NOUNS
