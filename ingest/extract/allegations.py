"""Allegations: a named claimant asserting wrongdoing (or a specific threat) by a named accused.

A claim verb ('affirme', 'told', 'accuse', 'a déclaré') gives the claimant (its subject, through
appositions, spokespeople and pronouns) and a scope (its clause, minus the claimant). The act
must be named in that scope; the accused is a mention in it that is neither the claimant, a relay,
nor the owner of what was taken ('les modèles d'OpenAI' makes OpenAI the victim).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from graph.model import Actor, ActorKind
from ingest.extract.attribution import relays_in
from ingest.extract.cues import (
    ACCUSE_LEMMAS,
    ACTS,
    BAN_LEMMAS,
    CLAIM_LEMMAS,
    CONFIRM_LEMMAS,
    DENY_LEMMAS,
    OBJECT_NOUNS,
    RISK_WORDS,
    TOPICAL_ACTS,
    WRONGDOING,
    Stance,
)
from ingest.extract.dates import resolve_date
from ingest.extract.records import AllegationRecord
from ingest.extract.syntax import DocView, Token, dep, lemma
from ingest.extract.types import Mention

Maker = Callable[[Mention], Actor | None]
CLAIMANT_KINDS = frozenset(
    {
        ActorKind.PERSON,
        ActorKind.OFFICIAL,
        ActorKind.COMPANY,
        ActorKind.ORGANIZATION,
        ActorKind.GOVERNMENT_BODY,
        ActorKind.COUNTRY,
    }
)
ACCUSED_KINDS = CLAIMANT_KINDS
_LOCATIVE = frozenset({"en", "in", "au", "aux", "dans", "à", "vers", "into", "to"})
_RECIPIENT = frozenset({"à", "au", "aux", "to", "auprès"})
_TRANSMIT = frozenset(
    {
        "send", "transmit", "submit", "give", "present", "deliver", "address", "write",
        "transmettre", "envoyer", "remettre", "adresser", "soumettre", "présenter", "écrire",
    }
)  # fmt: skip
_MODIFIER_DEPS = frozenset({"compound", "amod", "npadvmod", "nummod"})
_NEGATIONS = frozenset({"not", "n't", "ne", "pas", "never", "jamais", "n'"})


def act_of(text: str) -> str | None:
    """The first act (in priority order) named in a text."""
    found = _act_at(text)
    return found[0] if found else None


def _act_at(text: str) -> tuple[str, int] | None:
    for name, pattern in ACTS:
        match = pattern.search(text)
        if match:
            return name, match.start()
    return None


def _negated(token: Token) -> bool:
    return any(
        dep(c) == "neg" or str(c.text).lower() in _NEGATIONS
        for c in token.children
        if dep(c) in {"neg", "advmod"}
    )


def _denied_act(view: DocView, scope: list[Token], text: str, clause: Token) -> bool:
    """'would not copy DeepSeek', 'n'a pas volé': the verb carrying the act is negated."""
    found = _act_at(text)
    if found is None or not scope:
        return False
    span = view.doc.char_span(
        min(t.idx for t in scope) + found[1],
        min(t.idx for t in scope) + found[1] + 1,
        alignment_mode="expand",
    )
    if span is None or not len(span):
        return False
    token = span[0]
    for _ in range(6):  # up from the act to the claim verb
        if token.i == clause.i:
            return False
        if token.pos_ in {"VERB", "AUX"} and _negated(token):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _stance(word: str) -> Stance:
    if word in DENY_LEMMAS:
        return "denies"
    if word in CONFIRM_LEMMAS:
        return "confirms"
    return "alleges"


def _is_victim(view: DocView, head: Token) -> bool:
    """The owner of what was taken: 'OpenAI's models', 'les API d'OpenAI', 'from OpenAI'."""
    parent = head.head
    if dep(head) in {"poss", "nmod:poss"} and lemma(parent) in OBJECT_NOUNS:
        return True
    if (
        dep(head) in {"compound", "nmod"}
        and lemma(parent) in OBJECT_NOUNS
        and not view.lang.startswith("fr")
    ):
        return True  # "out of OpenAI models"
    if view.lang.startswith("fr"):
        cases = {str(c.text).lower() for c in head.children if dep(c) == "case"}
        if dep(head) == "nmod" and lemma(parent) in OBJECT_NOUNS and cases & {"de", "d'", "d’"}:
            return True
        return bool(cases & {"depuis"})
    return (
        dep(head) == "pobj"
        and str(parent.text).lower() in {"from", "of"}
        and lemma(parent.head) in OBJECT_NOUNS | {"extract", "obtain", "steal", "take"}
    )


def _is_bystander(view: DocView, mention: Mention, head: Token) -> bool:
    """Mentions that only modify, locate or receive: 'PRC-based companies', 'en Chine',
    'une note transmise à la commission'."""
    if (
        dep(head) in _MODIFIER_DEPS
        and view.mention(head.head) is None
        and view.named(head.head) is not mention  # "la société Quantelia" names, not modifies
    ):
        return True
    cases = {str(c.text).lower() for c in head.children if dep(c) in {"case", "prep"}}
    if cases & _RECIPIENT and lemma(head.head) in _TRANSMIT:
        return True
    if (
        dep(head) == "pobj"
        and str(head.head.text).lower() in _RECIPIENT
        and lemma(head.head.head) in _TRANSMIT
    ):
        return True
    previous = view.doc[head.i - 1] if head.i > 0 else None
    while previous is not None and previous.pos_ == "DET" and previous.i > 0:
        previous = view.doc[previous.i - 1]  # "vers la Chine"
    return (
        mention.actor.kind == ActorKind.COUNTRY
        and previous is not None
        and str(previous.text).lower() in _LOCATIVE
    )


def _claims(view: DocView, tokens: list[Token]) -> list[tuple[Token, Token]]:
    """(trigger, clause head) pairs: verbs carry their clause, nouns that of their verb."""
    found = []
    for token in tokens:
        word = lemma(token)
        if word not in CLAIM_LEMMAS and word not in BAN_LEMMAS:
            continue
        if token.pos_ in {"VERB", "AUX"} and not _negated(token):
            found.append((token, token))
        elif (
            token.pos_ == "NOUN" and token.head.pos_ in {"VERB", "AUX"} and not _negated(token.head)
        ):
            found.append((token, token.head))
    return found


_LEADING = frozenset({"AUX", "ADV", "PART"})


def _preceding_subject(view: DocView, verb: Token) -> Token | None:
    """When the parser cut the subject off ('Washington | accuse Pékin'), the name right
    before the verb (past auxiliaries and adverbs) is taken as its subject."""
    index = verb.i - 1
    while index >= 0 and view.doc[index].pos_ in _LEADING:
        index -= 1
    if index < 0:
        return None
    token = view.doc[index]
    same = view.sentence_at(token.idx).index == view.sentence_at(verb.idx).index
    return token if same and view.mention(token) is not None else None


def _accused_noun(view: DocView, noun: Token) -> list[Token]:
    """The tokens naming what a participle claim ('accusée par Y de ...') modifies."""
    named = view.mention(noun) or view.named(noun)
    if named is None:
        return []
    return [t for t in view.tokens_in(named.start, named.end) if t.i != noun.i] + [noun]


def _parties(  # noqa: PLR0917
    view: DocView,
    scope: list[Token],
    claimant: Mention,
    relay_ids: set[int],
    word: str,
    maker: Maker | None,
) -> tuple[list[Actor], list[Actor]]:
    """The accused and the victims named in a claim's scope."""
    accused: list[Actor] = []
    victims: list[Actor] = []
    for mention in view.mentions_in(scope):
        head = view.head_of(mention)
        actor: Actor | None = mention.actor
        if actor is not None and actor.kind == ActorKind.PRODUCT and maker is not None:
            # "Using Huawei Ascend chips violates export controls": the maker named in the
            # product's own name is the one accused.
            actor = maker(mention)
        if (
            actor is None
            or head is None
            or id(mention) in relay_ids
            or actor.id == claimant.actor.id
            or actor.kind not in ACCUSED_KINDS
        ):
            continue
        if _is_victim(view, head):
            victims.append(actor)
        elif not _is_bystander(view, mention, head) and (
            actor.kind != ActorKind.COUNTRY or word in ACCUSE_LEMMAS
        ):
            # Countries are places and audiences far more often than accused parties.
            accused.append(actor)
    return accused, victims


def find_allegations(
    view: DocView, ref: date | None, maker: Maker | None = None
) -> list[AllegationRecord]:
    """Every allegation stated in the article, one per claimant, accused and act.

    `maker` names the company behind a product mention when the text names it too.
    """
    found: dict[tuple[str, str, str], AllegationRecord] = {}
    for sentence in view.sentences:
        tokens = view.sentence_tokens(sentence)
        mentions = view.sentence_mentions(sentence.index)
        relays = relays_in(view, mentions)
        relay_ids = {id(m) for m in relays}
        for trigger, clause in _claims(view, tokens):
            word = lemma(trigger)
            subject = view.subject(clause) or _preceding_subject(view, clause)
            if subject is None:
                continue
            claimant = view.actor_of(subject, CLAIMANT_KINDS)
            if claimant is None or id(claimant) in relay_ids:
                continue
            scope = view.subtree(clause, exclude=[subject]) + view.continuation(clause)
            if dep(clause) == "acl" and word in ACCUSE_LEMMAS:
                scope += _accused_noun(view, clause.head)  # "la société X, accusée par Y de"
            text = view.text_of(scope)
            if word in BAN_LEMMAS and not RISK_WORDS.search(text):
                continue  # a ban alone is a link; a ban over a named risk is an allegation
            act = act_of(text)
            if act is None and word in ACCUSE_LEMMAS:
                act = "alleged wrongdoing"
            if act is None or _denied_act(view, scope, text, clause):
                continue
            if (
                act in TOPICAL_ACTS
                and word not in ACCUSE_LEMMAS | DENY_LEMMAS
                and not WRONGDOING.search(text)
            ):
                continue  # "partner on national security projects" accuses nobody
            accused, victims = _parties(view, scope, claimant, relay_ids, word, maker)
            stance = _stance(word)
            if not accused and stance == "denies":
                accused = [claimant.actor]
            victim = next((v for v in victims if v.id not in {a.id for a in accused}), None)
            for target in accused:
                key = (claimant.actor.id, target.id, act)
                if key in found:
                    continue
                confidence = 0.55 + (0.2 if word in ACCUSE_LEMMAS else 0.0)
                confidence += 0.1 if claimant.source != "coref" and subject.pos_ != "PRON" else 0.0
                found[key] = AllegationRecord(
                    claimant=claimant.actor,
                    accused=target,
                    act=act,
                    stance=stance,
                    quote=view.quote(sentence),
                    victim=victim,
                    relays=tuple(dict.fromkeys(r.actor for r in relays)),
                    occurred=resolve_date(sentence.text, ref),
                    confidence=round(min(confidence, 0.95), 2),
                )
    return list(found.values())
