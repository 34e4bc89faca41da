"""The claimant a claim's subject token names, directly or through a description.

A named subject, a pronoun, a document's holder or filer, a product's maker ('the ChatGPT
maker'), a person named beside a title, or a name closing a description ('la société GEMA');
failing all, the body that charged just before ('prosecutors allege').
"""

from __future__ import annotations

from dataclasses import replace

from graph.model import ActorKind
from ingest.extract.accused import Maker
from ingest.extract.charges import prosecutor_before
from ingest.extract.claim_grammar import BODIES
from ingest.extract.claim_holders import claim_holder
from ingest.extract.cues import AGENCY_NOUNS, MAKER_NOUNS
from ingest.extract.filers import filer
from ingest.extract.pronoun_speakers import pronoun_speaker, resolved_as_pronoun, speaker_kinds
from ingest.extract.syntax import FIRMS, PEOPLE, DocView, Token, dep, lemma
from ingest.extract.types import Mention


def agency_of_country(view: DocView, subject: Token) -> bool:
    """ "China's market regulator said": the regulator speaks, not the country; unnamed, it
    is no claimant at all."""
    if view.mention(subject) is not None or lemma(subject) not in AGENCY_NOUNS:
        return False
    owner = view.actor_of(subject)
    return owner is not None and owner.actor.kind in {
        ActorKind.COUNTRY,
        ActorKind.GOVERNMENT_BODY,  # "Nebraska's attorney general sued": a person, unnamed
    }


def _named_before(view: DocView, noun: Token) -> Mention | None:
    """'John Moolenaar, le président de la commission, a affirmé': a parse that made the
    apposition the subject and cut the name off; the person named just before speaks."""
    if noun.pos_ != "NOUN":
        return None
    first = min(t.i for t in noun.subtree)
    if first < 2 or str(view.doc[first - 1].text) != ",":
        return None
    found = view.mention(view.doc[first - 2])
    return found if found is not None and found.actor.kind in PEOPLE else None


def _named_after(view: DocView, noun: Token) -> Mention | None:
    """'« ... », a affirmé son directeur général, Jane Doe': a parse that made the name after
    the title a conjunct rather than an apposition; the person named speaks."""
    if noun.pos_ != "NOUN":
        return None
    for child in noun.children:
        found = view.mention(child)
        between = view.doc[noun.i + 1 : child.i]  # "directeur général ,": the title's words only
        if (
            found is not None
            and found.actor.kind in PEOPLE
            and dep(child) == "conj"
            and str(view.doc[child.i - 1].text) == ","
            and all(t.pos_ == "ADJ" or str(t.text) == "," for t in between)
        ):
            return found
    return None


def _described_name(view: DocView, noun: Token) -> Mention | None:
    """'la société de gestion collective GEMA', "l'agence de presse X": the name closing a
    description of the subject, with no preposition of its own ('le président de Microsoft'
    is not Microsoft)."""
    if noun.pos_ != "NOUN":
        return None
    for token in view.doc[noun.i + 1 : noun.i + 6]:
        found = view.mention(token)
        if found is not None:
            before = view.doc[token.i - 1]
            good = before.pos_ in {"ADJ", "NOUN"} and found.actor.kind in FIRMS | BODIES
            return (
                found if good and token.head.i in {noun.i, *(t.i for t in noun.subtree)} else None
            )
        if token.pos_ not in {"ADJ", "NOUN", "ADP"} or (
            token.pos_ == "ADP" and lemma(token) != "de"
        ):
            return None
    return None


def _maker_of(view: DocView, noun: Token, developer: Maker | None) -> Mention | None:
    """'the ChatGPT maker', "l'éditeur de ChatGPT": the developer of the product named."""
    if developer is None or lemma(noun) not in MAKER_NOUNS:
        return None
    for token in noun.subtree:
        found = view.mention(token)
        if found is None or found.actor.kind != ActorKind.PRODUCT:
            continue
        company = developer(found)
        if company is None:
            return None
        return replace(found, actor=company, source="coref", confidence=0.6)
    return None


def claimant_of(
    view: DocView,
    subject: Token,
    trigger: Token,
    relay_ids: set[int],
    developer: Maker | None,
) -> Mention | None:
    """The party a claim's subject token stands for, or None when nothing names one."""
    claimant = (
        pronoun_speaker(view, subject, trigger)
        if resolved_as_pronoun(view, subject, trigger)
        else (
            view.actor_of(subject, speaker_kinds(subject))
            or claim_holder(view, subject, relay_ids)
            or filer(view, subject)
            or _maker_of(view, subject, developer)
            or _named_before(view, subject)
            or _named_after(view, subject)
            or _described_name(view, subject)
        )
    )
    if claimant is None:  # "prosecutors allege": the body that charged just before
        claimant = prosecutor_before(view, subject)
    return claimant
