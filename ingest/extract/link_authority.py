"""Acts of an authority on a named party that the cue table cannot express: putting it on a
list ('placed Huawei on the Entity List'), licences ('granted Nvidia a licence'), orders
('ordered DeepSeek to stop processing') and instructions not to use a product ('told its
personnel not to use DeepSeek').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import ActorKind
from ingest.extract.authority_cues import (
    LICENCE,
    LICENCE_GET,
    LICENCE_GRANT,
    LIST_VERBS,
    LISTED,
    NOT_TO_USE,
    ON_LIST,
    ORDER_TO,
    ORDERED_ACT,
    ORDERS,
    SUBJECT_TO,
)
from ingest.extract.link_spans import (
    ACTING,
    TARGETS,
    Found,
    acting_parties,
    after,
    before,
    governing_verb,
    joined,
    mentions_around,
    token_at,
)
from ingest.extract.syntax import DocView, Token, dep, lemma
from ingest.extract.types import Mention, Sentence

_AUTHORITIES = frozenset({ActorKind.GOVERNMENT_BODY, ActorKind.COUNTRY})
_RELATIVES = frozenset({"which", "that", "qui", "who"})
_IT = frozenset({"it", "l'", "l’", "le", "la"})
_FROM = re.compile(r"\s*(from|de la|de l['’]|du|de|des|to|à|au|aux)\s+", re.IGNORECASE)
_TO = re.compile(r"\s*(à|au|aux|to)?\s*", re.IGNORECASE)


def _listed(
    view: DocView, sentence: Sentence, tokens: list[Token], mentions: list[Mention]
) -> Iterator[Found]:
    """'Commerce placed Huawei on the Entity List', 'SMIC, which was added to the US Entity
    List' (the country of the list acts when no subject does)."""
    for match in LISTED.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        verbs = [t for t in tokens if t.idx < start and lemma(t) in LIST_VERBS and t.pos_ == "VERB"]
        if not verbs:
            continue
        verb = verbs[-1]
        between = [t for t in tokens if verb.i < t.i and t.idx < start]
        targets = [m for m in view.mentions_in(between) if m.actor.kind in TARGETS]
        passive = [c for c in verb.children if "pass" in dep(c) and dep(c).startswith("nsubj")]
        if not targets and passive:
            relative = str(passive[0].text).lower() in _RELATIVES
            targets = (
                before(view, mentions, passive[0].idx, TARGETS)[-1:]
                if relative
                else [
                    listed  # 'Huawei, ZTE et Hikvision ont été placés sur liste noire'
                    for c in passive
                    if (m := view.actor_of(c, TARGETS)) is not None
                    for listed in joined(view, m)
                    if listed.actor.kind in TARGETS
                ]
            )
        objects = [
            c  # French parses 'que' as a conjunction: 'Huawei, que Washington a placé sur'
            for c in verb.children
            if dep(c) in {"obj", "dobj", "mark"} and _is_relative(c) and not targets
        ]
        if not targets and objects:  # 'Huawei, which Washington placed on a blacklist'
            targets = before(view, mentions, objects[0].idx, TARGETS)[-1:]
        if not targets:  # "l'a inscrit sur sa liste", "added it to the Entity List"
            targets = [
                m
                for c in verb.children
                if c.pos_ == "PRON" and dep(c) in {"obj", "dobj"} and str(c.text).lower() in _IT
                if (m := _referent(view, c, mentions)) is not None
            ]
        subject = view.subject(verb)
        holders = acting_parties(view, subject) if subject is not None else []
        if not holders:
            inside = [m for m in mentions if start <= m.start < end]
            holders = [m for m in inside if m.actor.kind in _AUTHORITIES][:1]
        for holder in holders:
            for target in targets:
                if holder.actor.id != target.actor.id:
                    yield holder, target, "bans", "listed"


def _on_list(view: DocView, sentence: Sentence, mentions: list[Mention]) -> Iterator[Found]:
    """'Huawei has been on the Commerce Department's Entity List': the subject is listed, by
    the body the list belongs to (named in or right after the phrase; never guessed)."""
    for match in ON_LIST.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        targets = before(view, mentions, start, TARGETS)[-1:]
        owner_start = sentence.start + match.start("owner")
        holders = [
            m
            for m in mentions
            if owner_start <= m.start < end and m.actor.kind in _AUTHORITIES | {ActorKind.OFFICIAL}
        ]
        if not holders and match.group("of"):
            holders = after(view, mentions, end, _AUTHORITIES)[:1]
        for holder in holders[:1]:
            for target in targets:
                if holder.actor.id != target.actor.id:
                    yield holder, target, "bans", "on a list"


def _is_relative(token: Token) -> bool:
    return str(token.text).lower() in _RELATIVES | {"que", "qu'", "qu’"}


def _referent(view: DocView, pronoun: Token, mentions: list[Mention]) -> Mention | None:
    """The firm an object pronoun stands for: the last one named earlier in its own sentence
    ('soupçonne SMIC ... et l'a inscrit'), else the latest subject before it."""
    here = [m for m in mentions if m.end <= pronoun.idx and m.actor.kind == ActorKind.COMPANY]
    return here[-1] if here else view.antecedent(pronoun, frozenset({ActorKind.COMPANY}))


def _licences(view: DocView, tokens: list[Token]) -> Iterator[Found]:
    """'Commerce granted Nvidia a licence', 'a accordé à Nvidia une licence', 'Nvidia obtained
    a licence from Commerce': the firm between the verb and the licence, or the authority
    right after it."""
    mentions = view.mentions_in(tokens)
    for noun in tokens:
        if not LICENCE.fullmatch(str(noun.text)):
            continue
        verb = governing_verb(noun)
        if verb is None or verb.i > noun.i or lemma(verb) not in LICENCE_GRANT | LICENCE_GET:
            continue
        subject = view.subject(verb)
        holders = acting_parties(view, subject) if subject is not None else []
        granted = lemma(verb) in LICENCE_GRANT
        wanted = TARGETS if granted else _AUTHORITIES
        inside = [t for t in tokens if verb.i < t.i < noun.i]
        others = [m for m in view.mentions_in(inside) if m.actor.kind in wanted]
        if not others:
            end = noun.idx + len(noun.text)
            gap = _FROM.match(view.text, end)
            others = after(view, mentions, gap.end(), wanted) if gap else []
        for holder in holders:
            if (holder.actor.kind in _AUTHORITIES | {ActorKind.OFFICIAL}) != granted:
                continue  # the authority grants, the firm obtains
            for other in others[:1]:
                if holder.actor.id != other.actor.id:
                    yield holder, other, "related", "licence"


def _orders(view: DocView, sentence: Sentence, mentions: list[Mention]) -> Iterator[Found]:
    """'The Garante ordered DeepSeek to stop processing data', 'a ordonné à X de cesser'."""
    text = view.text
    for match in ORDERS.finditer(sentence.text):
        end = sentence.start + match.end()
        shut = ORDERED_ACT.match(text, end, sentence.end)
        if shut is not None:  # 'a ordonné le blocage de l'application DeepSeek'
            targets = after(view, mentions, shut.end(), TARGETS)
        else:
            to = _TO.match(text, end)
            targets = after(view, mentions, to.end() if to else end, TARGETS)
            rest = (
                text[targets[-1].end : min(sentence.end, targets[-1].end + 60)] if targets else ""
            )
            if not ORDER_TO.match(rest.lstrip(" ,")) and not ORDER_TO.search(rest[:25]):
                continue
        if not targets:
            continue
        token = token_at(view, end - 1)  # the participle of 'a ordonné', not 'a'
        for holder in _teller(view, token) if token is not None else []:
            for target in targets:
                if holder.actor.id != target.actor.id:
                    yield holder, target, "bans", "order"


def _not_to_use(view: DocView, sentence: Sentence, mentions: list[Mention]) -> Iterator[Found]:
    """'The Navy told its personnel not to use DeepSeek', 'le ministère a déclaré que les
    départements ne devaient pas utiliser DeepSeek': whoever gives the instruction."""
    for match in NOT_TO_USE.finditer(sentence.text):
        targets = after(view, mentions, sentence.start + match.end(), TARGETS)
        token = token_at(view, sentence.start + match.end() - 1)
        for holder in _teller(view, token) if token is not None and targets else []:
            for target in targets:
                if holder.actor.id != target.actor.id:
                    yield holder, target, "bans", "not to use"


def _teller(view: DocView, token: Token) -> list[Mention]:
    """The first named acting subject up the clauses above a token."""
    current: Token | None = governing_verb(token)
    for _ in range(4):
        if current is None:
            return []
        subject = next(
            (c for c in current.children if dep(c).startswith("nsubj") and "pass" not in dep(c)),
            None,
        )
        if subject is not None and (found := acting_parties(view, subject)):
            return [m for m in found if m.actor.kind in ACTING]
        if subject is None and (
            found := before(view, mentions_around(view, current), current.idx, ACTING)
        ):
            return found  # 'the Garante, ordered': the subject was parsed away
        if current.head.i == current.i:
            return []
        current = governing_verb(current.head)
    return []


def _subject_to(view: DocView, sentence: Sentence, mentions: list[Mention]) -> Iterator[Found]:
    """'The guidance, issued by BIS, clarified that Huawei's Ascend processors are subject to
    export controls': what the clause is about, and the authority above it (or the country the
    controls belong to: 'subject to US export controls')."""
    for match in SUBJECT_TO.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        token = token_at(view, start)
        verb = governing_verb(token) if token is not None else None
        if verb is None:
            continue
        subject = next((c for c in verb.children if dep(c).startswith("nsubj")), None)
        if subject is None:
            continue
        named = [view.mention(c) for c in subject.children if dep(c) in {"compound", "appos"}]
        products = [m for m in named if m is not None and m.actor.kind == ActorKind.PRODUCT]
        target = products[0] if products else view.actor_of(subject, TARGETS)
        if target is None:
            continue
        above = _teller(view, verb.head) if verb.head.i != verb.i else []
        holders = [m for m in above if m.actor.kind in _AUTHORITIES | {ActorKind.OFFICIAL}]
        if not holders:
            inside = [m for m in mentions if start <= m.start < end]
            holders = [m for m in inside if m.actor.kind in _AUTHORITIES]
        for holder in holders[:1]:
            if holder.actor.id != target.actor.id:
                yield holder, target, "bans", "subject to controls"


def authority_links(view: DocView, sentence: Sentence, mentions: list[Mention]) -> list[Found]:
    """(authority, target, kind, cue) for every act of an authority in one sentence."""
    tokens = view.sentence_tokens(sentence)
    return [
        *_listed(view, sentence, tokens, mentions),
        *_on_list(view, sentence, mentions),
        *_licences(view, tokens),
        *_orders(view, sentence, mentions),
        *_not_to_use(view, sentence, mentions),
        *_subject_to(view, sentence, mentions),
    ]
