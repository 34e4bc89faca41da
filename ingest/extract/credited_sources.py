"""Claims credited to a source: 'selon X', 'according to a lawsuit filed by Y', 'selon lui'.

Such a claim has no claim verb: the credited name, the author of the credited document or the
person a credited pronoun stands for is the claimant, and the rest of the sentence is the scope.
"""

from __future__ import annotations

import re

from graph.model import ActorKind
from ingest.extract.accused import PARTY_KINDS
from ingest.extract.claim_holders import claim_holder
from ingest.extract.claim_triggers import CREDIT
from ingest.extract.cues import DOCUMENT_NOUNS
from ingest.extract.filers import filer
from ingest.extract.syntax import PEOPLE, DocView, Token, dep, lemma
from ingest.extract.types import Mention

_CREDITED_BEFORE = re.compile(r"(?:according to|selon|d['’]apr[èe]s)\s+$", re.IGNORECASE)


_CREDITED_PRONOUNS: dict[str, frozenset[ActorKind]] = {
    "him": PEOPLE,
    "her": PEOPLE,
    "lui": PEOPLE,
    "elle": PEOPLE | {ActorKind.GOVERNMENT_BODY, ActorKind.ORGANIZATION},
    "them": PARTY_KINDS - {ActorKind.COUNTRY},
    "eux": PARTY_KINDS - {ActorKind.COUNTRY},
}


def subject_cut_off(view: DocView, head: Token) -> set[int]:
    """'Selon X, Huawei a transféré...': a parse that hung the clause's subject on the credited
    name as an apposition; a name right before the verb is what is said, not who says it."""
    for child in head.children:
        last = max(t.i for t in child.subtree)
        following = view.doc[last + 1] if last + 1 < len(view.doc) else None
        if (
            dep(child) == "appos"
            and child.i > head.i
            and following is not None
            and following.pos_ in {"AUX", "VERB"}
        ):
            return {t.i for t in child.subtree}
    return set()


def credited_documents(
    view: DocView, tokens: list[Token], relay_ids: set[int]
) -> list[tuple[Mention, Token | None]]:
    """'Selon une plainte déposée par la Sacem, ...', 'According to a lawsuit filed by X':
    the author of the credited document is the claimant."""
    found: list[tuple[Mention, Token | None]] = []
    for token in tokens:
        if lemma(token) not in DOCUMENT_NOUNS:
            continue
        french = any(str(c.text).lower() in CREDIT for c in token.children if dep(c) == "case")
        english = (
            str(token.head.text).lower() == "to"
            and str(token.head.head.text).lower() == "according"
        )
        if not (french or english):
            continue
        holder = claim_holder(view, token, relay_ids) or filer(view, token)
        if holder is not None:
            found.append((holder, token.head.head if english else token))
    return found


def credited_pronouns(
    view: DocView, tokens: list[Token], relay_ids: set[int]
) -> list[tuple[Mention, Token]]:
    """'Selon lui, ...', 'According to her, ...': the person (for 'elle', also the body) the
    pronoun stands for is the claimant; an outlet it stands for stays a relay."""
    found: list[tuple[Mention, Token]] = []
    for token in tokens:
        kinds = _CREDITED_PRONOUNS.get(str(token.text).lower())
        if kinds is None or token.pos_ != "PRON":
            continue
        before = view.text[max(0, token.idx - 16) : token.idx]
        if not _CREDITED_BEFORE.search(before):
            continue
        speaker = view.antecedent(token, kinds)
        if speaker is not None and id(speaker) not in relay_ids:
            found.append((speaker, token))
    return found
