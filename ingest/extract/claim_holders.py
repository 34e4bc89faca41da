"""Who holds a claim noun: the author of a document, the employer of a spokesperson.

'un rapport publié par la commission', "the committee's report", 'researchers at X', and the
author of the charge behind an unnamed accuser ('the defendants are accused in a suit filed by').
"""

from __future__ import annotations

from ingest.extract.accused import PARTY_KINDS
from ingest.extract.charges import by_agent, charged_passively, document_in
from ingest.extract.claim_grammar import BODIES, POSSESSIVES, cases
from ingest.extract.cues import DOCUMENT_NOUNS, SPOKES_NOUNS
from ingest.extract.filers import filed_before, filer
from ingest.extract.syntax import FIRMS, DocView, Token, dep, is_subject, lemma
from ingest.extract.types import Mention

_HOLDER_CASES = frozenset({"par", "by", "de", "du", "des", "d'", "d’", "of", "at", "from", "chez"})


def _owner(view: DocView, possessive: Token) -> Mention | None:
    """Whose 'its report' or 'leur plainte' it is: the latest firm or group, or a public body
    when it was the subject of its sentence ('The committee published... Its report'); a
    body merely named in passing ('a firm in northern Virginia') owns nothing."""
    firm = view.antecedent(possessive, FIRMS)
    body = view.antecedent(possessive, BODIES)
    if body is None or not _subject_of(view, body):
        return firm
    if firm is None or not _subject_of(view, firm):
        return body
    return body if body.start > firm.start else firm


def _subject_of(view: DocView, mention: Mention) -> bool:
    head = view.head_of(mention)
    return head is not None and is_subject(head)


def claim_holder(view: DocView, noun: Token, relay_ids: set[int]) -> Mention | None:
    """The author of a document or the employer of a speaker: 'un rapport publié par la
    commission', "the committee's report", 'researchers at Feroot Security'."""
    if lemma(noun) not in DOCUMENT_NOUNS | SPOKES_NOUNS:
        return None
    for child in noun.children:  # "its researchers", "leur rapport": whoever 'its' is
        if dep(child) in {"poss", "nmod:poss", "det"} and lemma(child) in POSSESSIVES:
            return _owner(view, child)
    for token in noun.subtree:
        found = view.mention(token)
        if (
            found is not None
            and token.i != noun.i
            and id(found) not in relay_ids
            and found.actor.kind in PARTY_KINDS
            and (
                cases(token) & _HOLDER_CASES
                or dep(token) in {"poss", "nmod:poss"}
                or (dep(token) == "pobj" and str(token.head.text).lower() in _HOLDER_CASES)
                or _named_holder(token)  # "researchers at the security firm Halvorsen Labs"
                or by_agent(token, noun)
            )
        ):
            return found
    return None


def _named_holder(token: Token) -> bool:
    """'at the security firm X', 'chez l'éditeur X': the name set beside the holder's noun."""
    noun = token.head
    return (
        dep(token) in {"appos", "flat", "flat:name", "nmod"}
        and noun.i != token.i
        and (
            (dep(noun) == "pobj" and str(noun.head.text).lower() in _HOLDER_CASES)
            or bool(cases(noun) & _HOLDER_CASES)
        )
    )


def unnamed_accuser(view: DocView, word: str, clause: Token, relay_ids: set[int]) -> Mention | None:
    """'OpenAI is accused in a lawsuit filed by Z of', 'the defendants are accused of': the
    author of the charge the passive is made in, else whoever charged or sued just before."""
    if not charged_passively(word, clause):
        return None
    document = document_in(clause)
    if document is not None:
        return claim_holder(view, document, relay_ids) or filer(view, document)
    return filed_before(view, clause)
