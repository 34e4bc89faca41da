"""Allegations: a named claimant asserting wrongdoing (or a specific threat) by a named accused.

A claim verb ('affirme', 'told', 'accuse', 'a déclaré', 'estimant'), a document that speaks
('un rapport publié par la commission accuse'), or a credited source ('selon OpenAI, ...')
gives the claimant and a scope: the clause it governs, minus the claimant. The act must be
named in that scope; the accused are found by accused.py. Inquiries ('opened an investigation
into X over suspected ...') are claims with the stance 'investigates'.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from graph.model import Actor, ActorKind
from ingest.extract.accused import Maker, parties, reported, targets
from ingest.extract.attribution import relays_in, sources_in
from ingest.extract.charges import (
    CHARGE_WORD,
    LISTING_WORD,
    added_to_list,
    charged_subject,
    list_joined,
    named_by_charge,
    penalised_after,
    through_filing,
)
from ingest.extract.claims import Claim, claim_word, claims_in
from ingest.extract.cues import (
    ACCUSE_LEMMAS,
    ACTS,
    ASCRIBE_LEMMAS,
    ASCRIBED_ATTACKS,
    BAN_LEMMAS,
    CONFIRM_LEMMAS,
    DENY_LEMMAS,
    ENFORCE_LEMMAS,
    GENERIC_ACTS,
    INQUIRY_LEMMAS,
    LISTING_LEMMAS,
    NEGATIVE_ACTS,
    PENALTY_LEMMAS,
    POLICY_CRITICISM,
    RISK_WORDS,
    SUIT_LEMMAS,
    TOPICAL_ACTS,
    WRONGDOING,
    Stance,
)
from ingest.extract.dates import resolve_date
from ingest.extract.records import AllegationRecord
from ingest.extract.syntax import DocView, Token, dep, lemma, negated
from ingest.extract.types import Mention

__all__ = ["Maker", "act_of", "find_allegations"]

_NO = frozenset({"no", "aucun", "aucune", "nul", "nulle"})
_NEGATIONS = frozenset({"not", "n't", "ne", "pas", "never", "jamais", "n'"})
# The reason for a refusal is still asserted: "told staff not to use it because of risks".
_REASONS = frozenset({"because", "due", "over", "citing", "amid", "raison", "cause", "car"})
# Claim verbs that claim only through a clause: 'has long maintained that X', not
# 'maintains ties with X'.
_CLAUSE_CLAIMS = frozenset({"maintain"})
_GENERIC_ACCUSED = frozenset({ActorKind.COMPANY, ActorKind.PERSON, ActorKind.ORGANIZATION})


def act_of(text: str) -> str | None:
    """The first act (in priority order) named in a text."""
    found = _act_at(text)
    return found[0] if found else None


def _act_at(text: str, wrong_only: bool = False) -> tuple[str, int] | None:
    """The first act named and where; `wrong_only` skips acts that are only topics."""
    for name, pattern in ACTS:
        if wrong_only and name in TOPICAL_ACTS:
            continue
        match = pattern.search(text)
        if match:
            return name, match.start()
    return None


def _denied_act(view: DocView, scope: list[Token], text: str, clause: Token) -> bool:
    """'would not copy DeepSeek', 'n'a pas volé': the verb carrying the act is negated."""
    found = _act_at(text)
    if found is None or not scope or any(p.search(text) for n, p in ACTS if n in NEGATIVE_ACTS):
        return False
    start = min(t.idx for t in scope) + found[1]
    span = view.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span[0]
    for _ in range(6):  # up from the act to the claim verb
        if token.i == clause.i or str(token.text).lower() in _REASONS:
            return False
        if token.pos_ in {"VERB", "AUX"} and negated(token, _NEGATIONS):
            return True
        if _opposed_by_other(view, token, clause):
            return True  # "China firmly opposes and combats all forms of cyberattacks"
        if any(str(c.text).lower() in _NO for c in token.children if dep(c) == "det"):
            return True  # "no evidence that Nvidia breached", "aucune preuve que"
        if token.head.i == token.i:
            return False
        token = token.head
    return False


# Verbs whose subject stands against the act they govern: who 'opposes all forms of hacking'
# is not accused of it; a claimant fighting it ('said it was combating the attacks') is not
# at issue, since the claimant is never its own accused.
_OPPOSE = frozenset({"oppose", "combat", "fight"})


def _opposing(verb: Token) -> bool:
    """'opposes', 'combats', 'cracks down on'."""
    if verb.pos_ != "VERB":
        return False
    down = lemma(verb) == "crack" and any(str(c.text).lower() == "down" for c in verb.children)
    return down or lemma(verb) in _OPPOSE


def _opposed_by_other(view: DocView, verb: Token, clause: Token) -> bool:
    if not _opposing(verb) or verb.i == clause.i:
        return False
    while dep(verb) == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "opposes and combats": the subject is the first verb's
    subject = next((c for c in verb.children if dep(c) == "nsubj"), None)
    return subject is not None and view.mention(subject) is not None


def _has_clause(view: DocView, verb: Token) -> bool:
    """'maintained that ...' (even when the parse lost the clause), or a quotation's tag."""
    after = view.doc[verb.i + 1 : verb.i + 3]
    return (
        any(dep(c) in {"ccomp", "parataxis"} for c in verb.children)
        or any(str(t.text).lower() == "that" for t in after)
        or not any(dep(c) in {"dobj", "obj", "xcomp"} for c in verb.children)
    )


def _own_text(view: DocView, scope: list[Token]) -> str:
    """The scope's text with other speakers' relative clauses blanked out (offsets kept):
    'Sophgo, a designer it suspected of acting as a front' is not what the claimant found."""
    text = view.text_of(scope)
    if not scope:
        return text
    start, kept = min(t.idx for t in scope), {t.i for t in scope}
    chars = list(text)
    for token in view.doc[min(kept) : max(kept) + 1]:
        if token.i in kept or "relcl" not in dep(token) or claim_word(view, token) is None:
            continue
        for inner in token.subtree:
            at = inner.idx - start
            chars[max(at, 0) : max(at + len(inner.text), 0)] = " " * len(inner.text)
    return "".join(chars)


def _stance(word: str) -> Stance:
    if word in DENY_LEMMAS:
        return "denies"
    if word in CONFIRM_LEMMAS:
        return "confirms"
    if word in INQUIRY_LEMMAS:
        return "investigates"
    return "alleges"


def _act(word: str, text: str) -> str | None:
    """The act a claim names, or None when it names no wrong ('partner on security projects')."""
    if POLICY_CRITICISM.search(text):
        return None  # "accused the US of abusing export controls" blames a policy
    if word in BAN_LEMMAS - LISTING_LEMMAS and not RISK_WORDS.search(text):
        return None  # a ban alone is a link; a ban over a named risk is an allegation
    act = act_of(text)
    if act is None and word in ACCUSE_LEMMAS | DENY_LEMMAS:
        return "alleged wrongdoing"
    if act is None and word in ASCRIBE_LEMMAS and ASCRIBED_ATTACKS.search(text):
        return "attack"  # "a attribué à X des attaques": what is laid on X is a wrong
    if (
        act in TOPICAL_ACTS
        and word not in ACCUSE_LEMMAS | DENY_LEMMAS | ENFORCE_LEMMAS
        and not WRONGDOING.search(text)
    ):
        # "partner on national security projects" accuses nobody, unless a wrong in itself
        # is named further on ("privacy rules ... forced labour").
        wrong = _act_at(text, wrong_only=True)
        return wrong[0] if wrong else None
    return act


@dataclass(frozen=True)
class _Found:
    claim: Claim
    claimant: Mention
    accused: list[Actor]
    victim: Actor | None
    act: str


def _read(
    view: DocView,
    claim: Claim,
    relay_ids: set[int],
    maker: Maker | None,
    developer: Maker | None = None,
) -> _Found | None:
    claimant = claim.claimant
    if claim.word in _CLAUSE_CLAIMS and not _has_clause(view, claim.clause):
        return None  # "continues to maintain relationships with Huawei" asserts nothing
    text = _own_text(view, claim.scope)
    charged = through_filing(view, claim.word, claim.trigger, claim.clause)
    listing = added_to_list(view, claim.clause)
    word = LISTING_WORD if listing is not None else claim.word
    if listing is not None:  # "added X to a list of companies it says work with the army"
        text = f"{text} {listing.text}"
    act = _act(CHARGE_WORD if charged or listing is not None else word, text)
    penalised = targets(view, claim.clause, word, claimant) or penalised_after(
        view, claim.clause, word, claimant
    )
    if listing is not None and penalised:
        # "alongside CATL"; a list named with no reason ('its Entity List') states no act
        penalised += list_joined(view, listing)
    if act is None and word in PENALTY_LEMMAS | SUIT_LEMMAS and penalised:
        act = "alleged wrongdoing"  # "fined X", "a infligé une amende à X", "poursuivent Meta"
    if (act is None and not charged) or (
        act is not None and _denied_act(view, claim.scope, text, claim.clause)
    ):
        return None
    allow_countries = claim.word in ACCUSE_LEMMAS | ENFORCE_LEMMAS
    accused, victims = parties(view, claim.scope, claimant, relay_ids, allow_countries, maker)
    own = claim.word == "selon"
    named = penalised or reported(view, claim.clause, claimant, own=own, developer=developer)
    if charged:  # "In a lawsuit filed by X and Y, Z is accused": who filed is no accused
        inside = {t.i for t in claim.scope}
        named = (
            charged_subject(view, claim.clause, own) or named_by_charge(view, claim.clause)
        ) or [m for m in named if (view.head_of(m) or claim.trigger).i in inside]
    if act is None and charged and named:
        act = "alleged wrongdoing"  # what a charge says a named party did is its allegation
    if named:
        accused = [m.actor for m in named]  # the object of 'accuse' is the one accused
    if act is None:
        return None
    if act in GENERIC_ACTS:
        accused = [a for a in accused if a.kind in _GENERIC_ACCUSED]
    if not accused and _stance(claim.word) == "denies":
        accused = [claimant.actor]
    victim = next((v for v in victims if v.id not in {a.id for a in accused}), None)
    return _Found(claim, claimant, accused, victim, act) if accused else None


def find_allegations(
    view: DocView, ref: date | None, maker: Maker | None = None, developer: Maker | None = None
) -> list[AllegationRecord]:
    """Every allegation stated in the article, one per claimant, accused and act.

    `maker` names the company behind a product mention when the text names it too;
    `developer` names it from the product alone, for claimants such as 'the ChatGPT maker'.
    """
    found: dict[tuple[str, str, str], AllegationRecord] = {}
    for sentence in view.sentences:
        mentions = view.sentence_mentions(sentence.index)
        relays = relays_in(view, mentions)
        relay_ids = {id(m) for m in relays}
        sources = sources_in(view, mentions)
        for claim in claims_in(view, sentence, relay_ids, sources, developer):
            result = _read(view, claim, relay_ids, maker, developer)
            if result is None:
                continue
            for target in result.accused:
                key = (result.claimant.actor.id, target.id, result.act)
                if key in found:
                    continue
                confidence = 0.55 + (0.2 if claim.word in ACCUSE_LEMMAS else 0.0)
                confidence += 0.1 if result.claimant.source != "coref" and claim.direct else 0.0
                found[key] = AllegationRecord(
                    claimant=result.claimant.actor,
                    accused=target,
                    act=result.act,
                    stance=_stance(claim.word),
                    quote=view.quote(sentence),
                    victim=result.victim,
                    relays=tuple(dict.fromkeys(r.actor for r in relays)),
                    occurred=resolve_date(sentence.text, ref),
                    confidence=round(min(confidence, 0.95), 2),
                )
    return list(found.values())
