"""Claims made by several parties at once: 'The FBI and CISA said', 'des auteurs, dont X et Y'.

Each party joined by 'and'/'et', or each person a group names, is a claimant of its own.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ingest.extract.accused import PARTY_KINDS, joined
from ingest.extract.claim_grammar import RELATIVE
from ingest.extract.syntax import PEOPLE, DocView, Token, dep, lemma
from ingest.extract.types import Mention

_AND = re.compile(r"\b(et|and)\b", re.IGNORECASE)


_AND_NEXT = re.compile(r"\s*,?\s*(et|and)\b", re.IGNORECASE)


def joint_claimants(view: DocView, claimant: Mention) -> list[Mention]:
    """The claimant and those joined to it by 'and'/'et' ('Le SNE, la SGDL et le SNAC')."""
    spans = {(m.start, m.end): m for m in view.analyzed.mentions}
    registered = spans.get((claimant.start, claimant.end))
    if registered is None:
        return [claimant]  # read from a description; not in the parse's mentions
    group = joined(view, registered)
    text = view.text
    gaps = " ".join(text[a.end : b.start] for a, b in pairwise(group))
    listed = _AND.search(gaps) or _AND_NEXT.match(text, group[-1].end)  # "A, B and C's unit"
    if len(group) < 2 or not listed:
        return [claimant]
    speakers = [  # "Britain's National Cyber Security Centre": the centre, not Britain
        m
        for m in group
        if m.actor.kind in PARTY_KINDS
        and (m is registered or dep(view.head_of(m) or view.doc[0]) not in {"poss", "nmod:poss"})
        and not text[: m.start].rstrip().endswith("(")  # "(SNE)" repeats the name before it
    ]
    return list({m.actor.id: m for m in speakers}.values()) or [claimant]


# "des auteurs, dont l'humoriste X et l'écrivain Y, qui reprochent": a group's named members.
_MEMBERS = re.compile(
    r"(?:,\s*dont|\bparmi lesquel(?:le)?s|,\s*including|,\s*among them|,\s*notamment)\s",
    re.IGNORECASE,
)


def named_members(view: DocView, claimant: Mention, trigger: Token) -> list[Mention]:
    """The people a group names ('plusieurs auteurs, dont l'humoriste Sarah Silverman et
    l'écrivain Ta-Nehisi Coates, qui reprochent à Meta'): each speaks when one does."""
    if claimant.actor.kind not in PEOPLE or trigger.idx < claimant.end:
        return [claimant]
    start = view.sentence_at(claimant.start).start
    markers = list(_MEMBERS.finditer(view.text, start, claimant.start))
    if not markers:
        return [claimant]
    opened = markers[-1].end()
    listed = [
        m
        for m in view.analyzed.mentions
        if opened <= m.start and m.end <= trigger.idx and m.actor.kind in PEOPLE
    ]
    between = view.text[opened : trigger.idx]
    # Only a list of people: no clause of its own between the marker and the claim.
    clauses = (
        t
        for t in view.tokens_in(opened, trigger.idx)
        if any(dep(c).startswith("nsubj") and lemma(c) not in RELATIVE for c in t.children)
    )
    if claimant not in listed or ";" in between or next(clauses, None) is not None:
        return [claimant]
    return list({m.actor.id: m for m in listed}.values())
