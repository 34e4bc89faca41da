"""Where claims are made in a sentence, who makes them, and what they cover.

A claim is a claim verb or noun ('said', 'accuse', 'estimant', 'accusation'), a credited source
('selon OpenAI, ...', 'according to Sacks, ...'), each with its claimant and its scope: the
tokens of the clause it governs, minus the claimant and minus relative clauses that are other
people's statements ('an operator that the FCC has barred').

This module is the public entry: `claims_in` composes the jobs kept apart in their own modules,
claim_triggers (claim words), credited_sources ('selon X'), claim_subjects (the speaking token),
claimants and pronoun_speakers (who it names), claim_holders (authors of documents),
joint_claimants ('X and Y said') and claim_scopes (what is said).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ingest.extract.accused import Maker
from ingest.extract.charges import decided_by, document_in
from ingest.extract.claim_holders import unnamed_accuser
from ingest.extract.claim_scopes import claim_scope, other_statements
from ingest.extract.claim_subjects import claim_subject
from ingest.extract.claim_triggers import claim_word, triggers_in
from ingest.extract.claimants import agency_of_country, claimant_of
from ingest.extract.coref_groups import group_named_before
from ingest.extract.credited_sources import credited_documents, credited_pronouns, subject_cut_off
from ingest.extract.joint_claimants import joint_claimants, named_members
from ingest.extract.pronoun_speakers import speaking_person
from ingest.extract.syntax import DocView, Token
from ingest.extract.types import Mention, Sentence

__all__ = ["Claim", "claim_word", "claims_in"]


@dataclass(frozen=True)
class Claim:
    word: str  # the claim's lemma ('accuse', 'selon' for a credited source)
    trigger: Token
    clause: Token  # the verb whose clause is the scope
    claimant: Mention
    scope: list[Token]
    direct: bool  # the claimant is named, not a pronoun


def claims_in(
    view: DocView,
    sentence: Sentence,
    relay_ids: set[int],
    sources: list[Mention],
    developer: Maker | None = None,
) -> Iterator[Claim]:
    """Every claim of a sentence whose claimant is named (or a pronoun for someone named)."""
    tokens = view.sentence_tokens(sentence)
    for word, trigger, clause in triggers_in(view, tokens):
        decider = decided_by(view, word, clause)
        if decider is not None:  # "the Pentagon's decision to list it"
            yield Claim(
                word, trigger, clause, decider, claim_scope(view, trigger, clause, []), True
            )
            continue
        subject = claim_subject(view, clause)
        if subject is None:
            accuser = unnamed_accuser(view, word, clause, relay_ids)
            if accuser is not None:  # "the defendants are accused of"
                document = document_in(clause)  # its author accuses; it names no accused
                aside = [document.head] if document is not None else []
                scope = claim_scope(view, trigger, clause, aside)
                yield Claim(word, trigger, clause, accuser, scope, False)
            continue
        if speaking_person(subject):
            continue
        claimant = claimant_of(view, subject, trigger, relay_ids, developer)
        if claimant is None:  # "the three labels say": each party of the list before
            group = group_named_before(view, subject)
            scope = claim_scope(view, trigger, clause, [subject]) if group else []
            yield from (Claim(word, trigger, clause, m, scope, False) for m in group)
            continue
        if id(claimant) in relay_ids or agency_of_country(view, subject):
            continue
        scope = claim_scope(view, trigger, clause, [subject])
        speakers = joint_claimants(view, claimant)  # "The FBI and CISA said"
        if len(speakers) == 1:
            speakers = named_members(view, claimant, trigger)
        for speaker in speakers:
            yield Claim(word, trigger, clause, speaker, scope, subject.pos_ != "PRON")
    credited = [(s, view.head_of(s), True) for s in sources]
    credited += [(s, h, True) for s, h in credited_documents(view, tokens, relay_ids)]
    credited += [(s, h, False) for s, h in credited_pronouns(view, tokens, relay_ids)]
    for source, head, direct in credited:
        if head is None:
            continue
        clause = next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if clause is None:  # "Selon OpenAI, | DeepSeek aurait...": the parse split the sentence
            clause = next((t for t in tokens if t.i > head.i and t.pos_ in {"VERB", "AUX"}), None)
        if clause is None and head.i > head.sent.root.i:
            clause = head.sent.root  # "« Huawei ment », selon X": the quotation is the clause
        if clause is None:
            continue
        credit = {s.i for s in head.subtree} - subject_cut_off(view, head)
        scope = [t for t in tokens if t.i not in credit]
        cut = other_statements(scope)
        yield Claim("selon", head, clause, source, [t for t in scope if t.i not in cut], direct)
