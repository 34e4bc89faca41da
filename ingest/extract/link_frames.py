"""Links stated by a cue phrase between two named parties (cues in `link_cues.py`).

One side is the party right after the cue ('a stake in Talgen', 'backed by Amazon'), give or
take a short description ('the Chinese startup DeepSeek'); the other is the party right before
it ('Anthropic, backed by'), or else the subject of the verb that carries the cue ('Alibaba
holds a stake in', 'The FTC opened a probe into'). Coordinated parties each get the link ('Italy
and Australia banned'). Two parties merely named in one sentence are never linked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import ActorKind
from ingest.extract.link_cues import (
    CUES,
    LICENCE,
    LICENCE_GET,
    LICENCE_GRANT,
    LIGHT_VERBS,
    LIST_VERBS,
    LISTED,
    UNDER_PROBE,
    Cue,
)
from ingest.extract.link_spans import (
    ACTING,
    PARTIES,
    TARGETS,
    acting_parties,
    after,
    apposed,
    before,
    cut_subject,
    described,
    governing_verb,
)
from ingest.extract.records import LinkKind
from ingest.extract.syntax import ORGS, PEOPLE, DocView, Token, dep, lemma
from ingest.extract.types import Mention, Sentence

Found = tuple[Mention, Mention, LinkKind, str]
_PARTICIPLE = re.compile(r"(ant|ing)$", re.IGNORECASE)


def _holders(view: DocView, cue: Cue, cue_token: Token) -> list[Mention]:
    """Who holds a cue: the possessor of a noun ('Italy's ban', 'its crackdown'), or the
    subject of the verb that carries it (through a light verb only, for a noun)."""
    own_subject = any(dep(c).startswith("nsubj") for c in cue_token.children)
    if cue.noun:
        for child in cue_token.children:
            if dep(child) in {"poss", "nmod:poss"} and (m := view.actor_of(child, ACTING)):
                return [m]
        start = cue_token if own_subject or cue_token.head.i == cue_token.i else cue_token.head
        verb = governing_verb(start)
        if verb is None or (verb.i != cue_token.i and lemma(verb) not in LIGHT_VERBS):
            return []
    else:
        verb = governing_verb(cue_token)
    subject = view.subject(verb) if verb is not None else None
    if subject is None and _PARTICIPLE.search(str(cue_token.text)):
        # ', enquêtant sur ...', ', investigating ...': the subject of the sentence acts.
        sentence = view.sentence_tokens(view.sentence_at(cue_token.idx))
        subject = next((t for t in sentence if t.i < cue_token.i and dep(t) == "nsubj"), None)
    if subject is None and verb is not None:
        subject = cut_subject(view, verb)
    return acting_parties(view, subject) if subject is not None else []


def _fits(cue: Cue, a: Mention, b: Mention) -> bool:
    if a.actor.id == b.actor.id:
        return False
    kinds = {a.actor.kind, b.actor.kind}
    if cue.product:
        return ActorKind.PRODUCT in kinds and bool(kinds & ORGS)
    if cue.kind in {"bans", "investigates"}:
        return a.actor.kind in ACTING and b.actor.kind in TARGETS
    if cue.kind == "partner":
        return a.actor.kind in ORGS | PEOPLE and b.actor.kind in ORGS | PEOPLE
    return True


def _ordered(cue: Cue, a: Mention, b: Mention) -> tuple[Mention, Mention]:
    """The developer first, the product second; other links keep holder then target."""
    if cue.product and a.actor.kind == ActorKind.PRODUCT:
        return b, a
    return a, b


_HOLDER_KINDS: dict[str, frozenset[ActorKind]] = {
    "owns": PARTIES,
    "develops": PARTIES,
    "partner": ORGS | PEOPLE,
    "bans": ACTING,
    "investigates": ACTING,
}
_RELATIVES = frozenset({"which", "that", "qui", "'s", "’s"})


def _cue_token(view: DocView, start: int, end: int) -> Token | None:
    """The word of a cue that carries it: 'stake', 'acquired', 'enquête'."""
    span = view.doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span or [] if t.is_alpha and str(t.text).lower() not in _RELATIVES]
    return words[0] if words else None


def _cue_links(view: DocView, sentence: Sentence, mentions: list[Mention]) -> Iterator[Found]:
    for cue in CUES:
        for match in cue.pattern.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            wanted = TARGETS if cue.kind in {"bans", "investigates"} else PARTIES
            targets = after(view, mentions, end, wanted)
            holders = before(view, mentions, start, _HOLDER_KINDS[cue.kind])
            if not holders and not cue.adjacent and (token := _cue_token(view, start, end)):
                holders = _holders(view, cue, token)
            if not holders and cue.noun and targets:
                # 'La maison mère de TikTok, ByteDance, ...': the name after the phrase.
                holders = apposed(view, mentions, targets[0], _HOLDER_KINDS[cue.kind])
                targets = targets[:1]
            if not targets and cue.label == "partnership" and len(holders) >= 2:
                holders, targets = holders[:1], holders[1:]  # 'X and Y announced a partnership'
            for holder in holders:
                for target in targets:
                    if _fits(cue, holder, target):
                        a, b = _ordered(cue, holder, target)
                        yield a, b, cue.kind, cue.label


def _under_probe(view: DocView, sentence: Sentence, mentions: list[Mention]) -> Iterator[Found]:
    """'DeepSeek is under investigation by the FTC': the subject is the target."""
    for match in UNDER_PROBE.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        authorities = after(view, mentions, end, ACTING)
        targets = [m for m in mentions if m.end <= start and m.actor.kind in TARGETS]
        token = _cue_token(view, start, end)
        verb = governing_verb(token) if token is not None else None
        subject = view.subject(verb) if verb is not None else None
        own = view.actor_of(subject, TARGETS) if subject is not None else None
        target = own or (
            targets[-1] if targets and described(view, targets[-1].end, start) else None
        )
        for authority in authorities[:1]:
            if target is not None and target.actor.id != authority.actor.id:
                yield authority, target, "investigates", "under investigation"


def _listed(view: DocView, sentence: Sentence, tokens: list[Token]) -> Iterator[Found]:
    """'The Commerce Department placed Huawei on the Entity List'."""
    for match in LISTED.finditer(sentence.text):
        start = sentence.start + match.start()
        verbs = [t for t in tokens if t.idx < start and lemma(t) in LIST_VERBS and t.pos_ == "VERB"]
        if not verbs:
            continue
        verb = verbs[-1]
        between = [t for t in tokens if verb.i < t.i and t.idx < start]
        targets = [m for m in view.mentions_in(between) if m.actor.kind in TARGETS]
        if not targets:
            passive = [c for c in verb.children if "pass" in dep(c) and dep(c).startswith("nsubj")]
            targets = [m for c in passive if (m := view.actor_of(c, TARGETS)) is not None]
        subject = view.subject(verb)
        for holder in acting_parties(view, subject) if subject is not None else []:
            for target in targets:
                if holder.actor.id != target.actor.id:
                    yield holder, target, "bans", "listed"


def _licences(view: DocView, tokens: list[Token]) -> Iterator[Found]:
    """'Commerce granted Nvidia a licence', 'Nvidia obtained a licence from Commerce'."""
    for noun in tokens:
        if not LICENCE.fullmatch(str(noun.text)):
            continue
        verb = governing_verb(noun)
        if verb is None or lemma(verb) not in LICENCE_GRANT | LICENCE_GET:
            continue
        subject = view.subject(verb)
        holders = acting_parties(view, subject) if subject is not None else []
        scope = [t for t in verb.subtree if subject is None or t not in list(subject.subtree)]
        wanted = (
            TARGETS
            if lemma(verb) in LICENCE_GRANT
            else frozenset({ActorKind.GOVERNMENT_BODY, ActorKind.COUNTRY})
        )
        others = [m for m in view.mentions_in(scope) if m.actor.kind in wanted]
        for holder in holders:
            for other in others[:1]:
                if holder.actor.id != other.actor.id:
                    yield holder, other, "related", "licence"


def frame_links(view: DocView, sentence: Sentence, mentions: list[Mention]) -> list[Found]:
    """(one side, other side, kind, cue) for every cue-stated link of one sentence."""
    tokens = view.sentence_tokens(sentence)
    return [
        *_cue_links(view, sentence, mentions),
        *_under_probe(view, sentence, mentions),
        *_listed(view, sentence, tokens),
        *_licences(view, tokens),
    ]
