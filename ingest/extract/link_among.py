"""Backers counted among a firm's own: 'Perplexity, which counts Nvidia and Jeff Bezos among its
investors', 'Quillon compte Tessary parmi ses actionnaires' (or 'clients'): the names between the
verb and 'among' are the firm's backers, owners or customers; the firm is the clause's subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest.extract.link_spans import (
    ACTING,
    Found,
    described,
    governing_verb,
    joined,
    relative_party,
    token_at,
)
from ingest.extract.records import LinkKind
from ingest.extract.syntax import ORGS, DocView
from ingest.extract.types import Mention, Sentence

_AMONG = re.compile(
    r"\b(among|parmi)\s+(its|their|ses|leurs)\s+([\w-]+\s+){0,2}?"
    r"(investors|backers|shareholders|partners|owners|investisseurs|actionnaires|partenaires"
    r"|propriétaires|soutiens|bailleurs de fonds|customers|clients)\b",
    re.IGNORECASE,
)
_COUNTS = re.compile(
    r"\s*,?\s*((which|that|qui)\s+)?(also\s+|aussi\s+|already\s+|déjà\s+)?"
    r"(counts|count|counted|compte|comptent|comptait|includes|inclut)\s+"
    r"(also\s+|aussi\s+|notamment\s+)?",
    re.IGNORECASE,
)
_OWNERS = frozenset({"shareholders", "owners", "actionnaires", "propriétaires"})


def _counted(view: DocView, sentence: Sentence, mentions: list[Mention]) -> Iterator[Found]:
    for match in _AMONG.finditer(sentence.text):
        start = sentence.start + match.start()
        earlier = [m for m in mentions if m.end <= start and m.actor.kind in ACTING]
        if not earlier or not described(view, earlier[-1].end, start):
            continue
        counted = [m for m in joined(view, earlier[-1]) if m.actor.kind in ACTING]
        token = token_at(view, start)
        verb = governing_verb(token) if token is not None else None
        subject = view.subject(verb) if verb is not None else None
        firm = relative_party(view, subject, ORGS) if subject is not None else None
        firm = firm or _counter(view, mentions, counted[0])
        if firm is None:
            continue
        kind: LinkKind = "owns" if match.group(4).lower() in _OWNERS else "partner"
        for backer in counted:
            if backer.actor.id != firm.actor.id:
                yield backer, firm, kind, "among its backers"


def _counter(view: DocView, mentions: list[Mention], first: Mention) -> Mention | None:
    """The firm right before the counting verb, for parses that lose the subject."""
    earlier = [m for m in mentions if m.end <= first.start]
    if (
        earlier
        and earlier[-1].actor.kind in ORGS
        and _COUNTS.fullmatch(view.text[earlier[-1].end : first.start])
    ):
        return earlier[-1]
    return None


def among_links(view: DocView, sentence: Sentence, mentions: list[Mention]) -> list[Found]:
    """(backer, firm, kind, cue) for each 'counts X among its investors' of one sentence."""
    return list(_counted(view, sentence, mentions))
