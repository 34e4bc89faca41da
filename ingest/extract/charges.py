"""Claims made through legal acts: charges, suits and the filings that carry them.

What a charge or a suit states ('the indictment says', 'according to the complaint', 'selon
une plainte déposée par X', 'in its filings, the department said') is an accusation by
itself: what its clause says a party did is alleged against that party, whether or not the
clause names the wrong ('X and Y used their company to route chips through Singapore').
An accusation in the passive with no agent ('the defendants, X and Y, are accused of',
'OpenAI is accused in a lawsuit filed by Z of') is made by the author of the document it is
made in, else by whoever charged, sued or filed in that sentence or the two before.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.model import ActorKind
from ingest.extract.accused import PARTY_KINDS, accused_list, is_bystander, is_victim
from ingest.extract.cues import (
    CHARGED_PEOPLE_NOUNS,
    CHARGING_NOUNS,
    ENFORCE_LEMMAS,
    FIRM_NOUNS,
    PASSIVE_CHARGE_LEMMAS,
    PENALTY_LEMMAS,
)
from ingest.extract.filers import charged_before, filed_before
from ingest.extract.syntax import FIRMS, PEOPLE, DocView, Token, dep, lemma
from ingest.extract.types import Mention

__all__ = [
    "CHARGE_WORD",
    "LISTING_WORD",
    "Listing",
    "added_to_list",
    "by_agent",
    "charged_passively",
    "charged_subject",
    "decided_by",
    "document_in",
    "list_joined",
    "named_by_charge",
    "penalised_after",
    "prosecutor_before",
    "through_filing",
]

# The claim word a statement made through a charge is read as: an enforcement act, so that a
# topic ('export controls') is the wrong alleged and no wrong named is still an allegation.
CHARGE_WORD = "charge"
_IN = frozenset({"in", "dans"})
_PASSIVE = frozenset({"aux:pass", "auxpass", "nsubj:pass", "nsubjpass"})
_DEFINITE = frozenset({"the", "le", "la", "les", "l'", "l’", "these", "ces"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
_AGENTS = frozenset({"agent", "obl:agent"})
_PENALISED = frozenset({ActorKind.COMPANY, ActorKind.ORGANIZATION, *PEOPLE})
# Putting a party on a list: 'added X to its Entity List', 'a inscrit X sur sa liste'.
_ADD_LEMMAS = frozenset({"add", "ajouter", "inscrire", "place", "put", "placer"})
_ONTO = frozenset({"to", "on", "onto", "à", "sur"})
_LISTS = frozenset({"list", "liste", "blacklist"})
_ALONG = frozenset({"alongside"})
# A decision named with its maker: "the Pentagon's decision to list it", 'la décision du
# Pentagone de l'inscrire'; the maker acts, not the subject of the sentence.
_DECISIONS = frozenset({"decision", "move", "order", "décision", "ordre", "choix"})
_DECIDED = frozenset({"designate", "list", "blacklist", "add", "désigner", "inscrire", "ajouter"})
_HOLDER_CASES = frozenset({"de", "du", "d'", "d’"})
# Verbs by which a charge names those it is against: 'the complaint names X, Y and Z'.
_NAMING = frozenset({"name", "target", "nommer", "viser", "citer"})
# Who speaks for a prosecution the story has named: 'prosecutors say', 'les procureurs'.
_PROSECUTORS = frozenset({"prosecutor", "procureur"})
LISTING_WORD = "list"


def by_agent(token: Token, noun: Token) -> bool:
    """'une plainte déposée par la société de gestion Sacem': a name inside the agent phrase
    of the participle that describes the document `noun`."""
    for ancestor in token.ancestors:
        if ancestor.i == noun.i:
            return False
        if dep(ancestor) in _AGENTS and ancestor.head.head.i == noun.i:
            return True
    return False


def _charging(token: Token) -> bool:
    return lemma(token) in CHARGING_NOUNS


def _credited_document(trigger: Token) -> Token | None:
    """The document an 'according to' or 'selon' credits: 'According to the indictment'
    (the trigger is 'According'), 'Selon une plainte' (the trigger is the noun)."""
    if _charging(trigger):
        return trigger
    for to in trigger.children:
        if str(to.text).lower() == "to":
            return next((n for n in to.children if dep(n) == "pobj" and _charging(n)), None)
    return None


def document_in(clause: Token) -> Token | None:
    """The charge a claim verb is made in: 'In its filings, the department said', 'OpenAI is
    accused in a lawsuit filed by Z', 'a affirmé dans sa plainte'."""
    for child in clause.children:
        if str(child.text).lower() in _IN:  # English: the noun hangs under its preposition
            found = next((n for n in child.children if dep(n) == "pobj"), None)
        elif any(str(c.text).lower() in _IN for c in child.children if dep(c) == "case"):
            found = child
        else:
            continue
        if found is not None and _charging(found):
            return found
    return None


def through_filing(view: DocView, word: str, trigger: Token, clause: Token) -> bool:
    """The claim is stated by a charge or suit: credited to it, spoken by it, or made in it."""
    if word == "selon":
        return _credited_document(trigger) is not None
    subject = view.subject(clause)
    return (subject is not None and _charging(subject)) or document_in(clause) is not None


def charged_passively(word: str, clause: Token) -> bool:
    """'are accused of', 'was charged with', 'ont été inculpés': an accusation whose
    accuser the clause may not name."""
    return word in PASSIVE_CHARGE_LEMMAS and any(dep(c) in _PASSIVE for c in clause.children)


def charged_subject(view: DocView, clause: Token, own: bool) -> list[Mention]:
    """'The indictment says the company shipped', 'according to the complaint, the pair
    used': a definite 'company' or 'pair' in what a charge says stands for those the charge
    just before was brought against (of that kind), not for whoever the story named last."""
    clauses = [clause] if own else [c for c in clause.children if dep(c) in {"ccomp", "xcomp"}]
    for child in clauses:
        subject = next((c for c in child.children if dep(c) in _SUBJECTS), None)
        if subject is None or subject.pos_ != "NOUN" or view.mention(subject) is not None:
            continue
        if not any(lemma(c) in _DEFINITE for c in subject.children if dep(c) == "det"):
            continue
        word = lemma(subject)
        kinds = FIRMS if word in FIRM_NOUNS else PEOPLE if word in CHARGED_PEOPLE_NOUNS else None
        if kinds is None:
            continue
        return [m for m in charged_before(view, subject) if m.actor.kind in kinds]
    return []


def penalised_after(view: DocView, clause: Token, word: str, claimant: Mention) -> list[Mention]:
    """'a sanctionné en janvier la société X': the first firm or person named after a penalty
    verb in its own clause, for a parse that gave the verb no object ('X' hung on 'janvier')."""
    if word not in PENALTY_LEMMAS:
        return []
    after = [t for t in view.subtree(clause) if t.i > clause.i]
    for mention in view.mentions_in(after):
        head = view.head_of(mention)
        if (
            head is None
            or mention.actor.kind not in _PENALISED
            or mention.actor.id == claimant.actor.id
            or is_victim(view, head)
            or is_bystander(view, mention, head)
        ):
            continue
        return accused_list(view, mention)
    return []


@dataclass(frozen=True)
class Listing:
    """A party put on a list: what the list says of its members is the act alleged."""

    noun: Token
    text: str  # the list and what the story says of its members


def added_to_list(view: DocView, clause: Token) -> Listing | None:
    """'added the giant to a list of companies it says work with the military', 'a ajouté
    X à sa liste noire': a verb of putting whose destination is a list."""
    if lemma(clause) not in _ADD_LEMMAS:
        return None
    for child in clause.children:
        if str(child.text).lower() in _ONTO:
            nouns = [n for n in child.children if dep(n) == "pobj"]
        elif any(str(c.text).lower() in _ONTO for c in child.children if dep(c) == "case"):
            nouns = [child]
        else:
            continue
        for noun in nouns:
            if str(noun.text).lower() in _LISTS or lemma(noun) in _LISTS:
                return Listing(noun, view.words_of(list(noun.subtree)))
    return None


def list_joined(view: DocView, listing: Listing) -> list[Mention]:
    """'a list of companies ..., alongside battery maker CATL': others put on the same list."""
    joined: list[Mention] = []
    for token in listing.noun.subtree:
        if str(token.text).lower() not in _ALONG:
            continue
        for mention in view.mentions_in(list(token.subtree)):
            if mention.actor.kind in _PENALISED:
                joined.append(mention)
    return joined


def decided_by(view: DocView, word: str, clause: Token) -> Mention | None:
    """'lost a fight against the Pentagon's decision to list it as', 'la décision du Pentagone
    de l'inscrire sur la liste': the maker of the decision lists, whatever the parse made the
    verb's subject."""
    if word not in _DECIDED | ENFORCE_LEMMAS:
        return None
    lead = [c.i for c in clause.children if dep(c) in {"mark", "aux"} and c.i < clause.i]
    first = min([clause.i, *lead])
    for index in range(first - 1, max(first - 5, -1), -1):
        noun = view.doc[index]
        if lemma(noun) not in _DECISIONS:
            continue
        for child in noun.children:
            owner = dep(child) in {"poss", "nmod:poss"} or (
                dep(child) == "nmod"
                and any(str(c.text).lower() in _HOLDER_CASES for c in child.children)
            )
            found = view.mention(child) if owner else None
            if found is not None and found.actor.kind in PARTY_KINDS:
                return found
        return None
    return None


def prosecutor_before(view: DocView, subject: Token) -> Mention | None:
    """'Les procureurs reprochent à X', 'prosecutors allege': unnamed prosecutors speak for
    the public body that charged in that sentence or the two before (never a plaintiff)."""
    if lemma(subject) not in _PROSECUTORS or any(
        dep(c) in {"poss", "nmod:poss", "nmod", "prep", "advmod"} for c in subject.children
    ):
        return None
    found = filed_before(view, subject)
    return found if found is not None and found.actor.kind == ActorKind.GOVERNMENT_BODY else None


def named_by_charge(view: DocView, clause: Token) -> list[Mention]:
    """'The complaint names Oxylabs, SerpApi and AWMProxy', "l'acte d'accusation vise X": the
    parties a charge names as its defendants."""
    subject = view.subject(clause)
    if lemma(clause) not in _NAMING or subject is None or not _charging(subject):
        return []
    named: dict[str, Mention] = {}
    for child in clause.children:
        if dep(child) not in {"obj", "dobj"}:
            continue
        # the object and those coordinated with it, one of which may have no name found
        for token in [child, *(t for t in child.subtree if dep(t) == "conj")]:
            found = view.actor_of(token, _PENALISED)
            for mention in accused_list(view, found) if found is not None else []:
                named.setdefault(mention.actor.id, mention)
    return list(named.values())
