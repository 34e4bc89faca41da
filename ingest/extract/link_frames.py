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
    LIGHT_VERBS,
    UNDER_PROBE,
    Cue,
)
from ingest.extract.link_spans import (
    ACTING,
    PARTIES,
    TARGETS,
    Found,
    acting_parties,
    after,
    apposed,
    before,
    by_agent,
    cut_subject,
    described,
    governing_verb,
    is_source,
    relative_party,
)
from ingest.extract.syntax import FIRMS, ORGS, PEOPLE, DocView, Token, dep, lemma
from ingest.extract.types import Mention, Sentence

_BETWEEN = re.compile(r"\b(between|entre)$", re.IGNORECASE)
_AUTHORITIES = frozenset({ActorKind.GOVERNMENT_BODY, ActorKind.COUNTRY, ActorKind.OFFICIAL})
_PASSIVES = frozenset({"owned by", "backed by", "developed by", "sanctioned by"})
_RELATIVE_SUBJECTS = frozenset({"which", "that", "who", "qui"})
_AGENTS = frozenset({"agent", "obl:agent", "pobj"})
_PUNISHED = frozenset({"fine or suit", "a fine", "sanctioned by"})
_SUPPLY = frozenset({"supplies", "makes for", "supplier"})
_PARTICIPLE = re.compile(r"(ant|ing)$", re.IGNORECASE)


def _holders(view: DocView, cue: Cue, cue_token: Token) -> list[Mention]:
    """Who holds a cue: the possessor of a noun ('Italy's ban', 'its crackdown'), or the
    subject of the verb that carries it (through a light verb only, for a noun)."""
    own_subject = any(dep(c).startswith("nsubj") for c in cue_token.children)
    if cue.noun:
        if cue_token.pos_ in {"VERB", "AUX"} and not own_subject:
            return []  # 'to deal with', not 'a deal with'
        for child in cue_token.children:
            if dep(child) in {"poss", "nmod:poss"} and (m := _possessor(view, child)):
                return [m]
        start = cue_token if own_subject or cue_token.head.i == cue_token.i else cue_token.head
        verb = governing_verb(start)
        copula = verb is not None and any(dep(c) == "cop" for c in verb.children)
        if verb is None or (
            verb.i != cue_token.i and lemma(verb) not in LIGHT_VERBS and not copula
        ):
            return []  # 'Inspur est l'un des clients de': a copula makes the subject the holder
    else:
        verb = governing_verb(cue_token)
        clause = _participle_clause(verb) if cue.label in _PASSIVES else None
        if clause is not None and (noun := view.actor_of(clause.head, PARTIES)) is not None:
            return [noun]  # 'DeepSeek, fondée en 2023 et financée par X': the noun described
        if cue.label in _PASSIVES and verb is not None:
            passive = [c for c in verb.children if dep(c) in {"nsubjpass", "nsubj:pass"}]
            if passive and (done := relative_party(view, passive[0], PARTIES)) is not None:
                return [done]  # 'Meta was fined by the Commission': Meta is the other side
    subject = view.subject(verb) if verb is not None else None
    if cue.label in _PASSIVES and subject is not None and dep(subject) in _AGENTS:
        subject = None  # 'la start-up, soutenue par Amazon et Google': the agent is no holder
    if subject is not None and str(subject.text).lower() in _RELATIVE_SUBJECTS:
        # 'xAI, Elon Musk's company, which absorbed X': the noun the clause follows, if named
        around = view.sentence_mentions(view.sentence_at(subject.idx).index)
        if found := before(view, around, subject.idx, _HOLDER_KINDS[cue.kind])[-1:]:
            return found
        noun = subject.head.head  # the noun the relative clause hangs off
        if dep(noun) == "appos" and (head := view.mention(noun.head)) is not None:
            return [head] if head.actor.kind in _HOLDER_KINDS[cue.kind] else []
    named = acting_parties(view, subject) if subject is not None else []
    if not named and subject is not None and subject.pos_ == "NOUN":
        named = _apposed_to(view, subject, _HOLDER_KINDS[cue.kind])
    if named:
        return named
    if not named and _PARTICIPLE.search(str(cue_token.text)):
        # ', enquêtant sur ...', ', investigating ...': the subject of the sentence acts.
        sentence = view.sentence_tokens(view.sentence_at(cue_token.idx))
        subjects = [t for t in sentence if t.i < cue_token.i and dep(t) == "nsubj"]
        for candidate in reversed(subjects):  # the nearest subject that names a party
            if found := acting_parties(view, candidate):
                return found
    if subject is None and verb is not None:
        subject = cut_subject(view, verb)
    if subject is None and verb is not None:
        # 'the Garante, ordered' with the subject parsed away: the name set off before the verb
        return before(
            view, view.sentence_mentions(view.sentence_at(verb.idx).index), verb.idx, ACTING
        )
    return acting_parties(view, subject) if subject is not None else []


_NEUTER = frozenset({"its"})
_PERSONAL = frozenset({"his", "her"})


def _possessor(view: DocView, token: Token) -> Mention | None:
    """Whose a cue noun is: the name ('Italy's ban'), or what a possessive pronoun stands for:
    'its' is a firm's or a body's, never a person's ('Marta Velez said it sold its stake'), and
    a pronoun in a clause about an unnamed noun is that noun's ('the company had breached the
    terms of its acquisition of X': not the regulator that said so)."""
    if token.pos_ != "PRON":
        return view.actor_of(token, ACTING)
    word = str(token.text).lower()
    kinds = ORGS if word in _NEUTER else PEOPLE if word in _PERSONAL else ACTING
    subject = _clause_subject(token)
    if subject is not None and subject.pos_ != "PRON":
        named = view.actor_of(subject, ACTING)
        if named is None and subject.pos_ == "NOUN":
            return None
        person = view.mention(subject) is named and named is not None and named.actor.kind in PEOPLE
        if named is not None and not (person and word in _NEUTER):
            return named  # "Trump's administration has intensified its crackdown"
    return view.actor_of(token, kinds)


def _clause_subject(token: Token) -> Token | None:
    """The subject of the nearest clause above a token that has one."""
    current = token
    for _ in range(8):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            subject = next((c for c in current.children if dep(c).startswith("nsubj")), None)
            if subject is not None:
                return subject
    return None


def _apposed_to(view: DocView, subject: Token, kinds: frozenset[ActorKind]) -> list[Mention]:
    """'Mistral AI, la pépite française de l'IA, a signé': a subject noun set off by a comma
    right after a name describes that name (the parser took the name for a modifier)."""
    start = min(t.idx for t in subject.subtree)
    around = view.sentence_mentions(view.sentence_at(subject.idx).index)
    earlier = [m for m in around if m.end <= start]
    if (
        earlier
        and view.text[earlier[-1].end : start].strip() == ","
        and earlier[-1].actor.kind in kinds
        and not is_source(view, earlier[-1])  # "D'après X, la filiale de Y"
    ):
        return earlier[-1:]
    return []


def _participle_clause(verb: Token | None) -> Token | None:
    """The participle clause ('acl') a passive cue verb belongs to, through a coordination the
    parser may have hung anywhere ('fondée en 2023 et financée par')."""
    current = verb
    for _ in range(4):
        if current is None or current.head.i == current.i:
            return None
        if dep(current).startswith("acl"):
            return current
        if any(dep(c).startswith("nsubj") for c in current.children):
            return None  # a clause of its own
        current = current.head
    return None


def _fits(cue: Cue, a: Mention, b: Mention) -> bool:
    if a.actor.id == b.actor.id:
        return False
    kinds = {a.actor.kind, b.actor.kind}
    if cue.product:
        return ActorKind.PRODUCT in kinds and bool(kinds & ORGS)
    if cue.label in _PUNISHED:  # an authority's, not a firm's; on a firm or a person
        return (a.actor.kind in _AUTHORITIES and b.actor.kind in TARGETS | PEOPLE) or (
            b.actor.kind in _AUTHORITIES and a.actor.kind in TARGETS | PEOPLE
        )
    if cue.kind in {"bans", "investigates"}:
        return a.actor.kind in ACTING and b.actor.kind in TARGETS
    if cue.label in _SUPPLY:  # a supplier is a firm; its customer may be an authority
        return a.actor.kind in FIRMS and b.actor.kind in ORGS
    if cue.label == "agreement":  # a firm's deal, not a trade deal between two states
        return bool(kinds & FIRMS) and kinds <= ORGS | PEOPLE
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


def _cue_token(view: DocView, start: int, end: int, *, noun: bool = False) -> Token | None:
    """The word of a cue that carries it: 'stake', 'acquired', 'convoqué' (not 'a'); a noun
    cue's noun, not the participle that ends it ('une information judiciaire visant')."""
    span = view.doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span or [] if t.is_alpha and str(t.text).lower() not in _RELATIVES]
    verbs = [t for t in words if t.pos_ == "VERB"]
    if noun and words and words[0].pos_ in {"NOUN", "PROPN"}:
        return words[0]
    return verbs[0] if verbs else words[0] if words else None


def _cue_links(view: DocView, sentence: Sentence, mentions: list[Mention]) -> Iterator[Found]:
    for cue in CUES:
        for match in cue.pattern.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            acted = cue.kind in {"bans", "investigates"} and cue.label not in _PASSIVES
            wanted = TARGETS if acted else PARTIES
            if cue.label in _PUNISHED:
                wanted = wanted | PEOPLE  # 'the Treasury sanctioned Zhou Shuai
            targets = after(view, mentions, end, wanted)
            holders = before(view, mentions, start, _HOLDER_KINDS[cue.kind])
            token = _cue_token(view, start, end, noun=cue.noun)
            if not holders and not cue.adjacent and token is not None:
                holders = _holders(view, cue, token)
            between = _BETWEEN.search(match.group(0)) and len(targets) >= 2
            if not holders and between:
                holders, targets = targets[:1], targets[1:]  # 'a partnership between X and Y'
            elif not holders and cue.noun and targets:
                # 'La maison mère de TikTok, ByteDance, ...': the name after the phrase.
                holders = apposed(view, mentions, targets[0], _HOLDER_KINDS[cue.kind])
                targets = targets[:1]
            if not holders and cue.noun and targets:
                # "l'acquisition de Mellanox par Nvidia", 'a probe into X by the FTC'
                holders = by_agent(view, mentions, targets[-1], _HOLDER_KINDS[cue.kind])
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


def frame_links(view: DocView, sentence: Sentence, mentions: list[Mention]) -> list[Found]:
    """(one side, other side, kind, cue) for every cue-stated link of one sentence."""
    return [
        *_cue_links(view, sentence, mentions),
        *_under_probe(view, sentence, mentions),
    ]
