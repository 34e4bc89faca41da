"""Links a relative clause states about the name it follows, the other party being its
subject: 'OpenAI, dont Microsoft est le premier actionnaire', 'Zhipu AI, whose shareholders
include Alibaba and Tencent', 'Talgen, in which SoftBank holds a stake'. The cue tables cannot
read these: the cue comes after both parties, and the party named first is the one held.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import ActorKind
from ingest.extract.link_spans import Found, after, before
from ingest.extract.records import LinkKind
from ingest.extract.syntax import ORGS, PEOPLE, DocView
from ingest.extract.types import Mention, Sentence

_HOLDERS = ORGS | PEOPLE
_HELD = ORGS | frozenset({ActorKind.PRODUCT})
_RANK = (
    r"((the|le|la|l['’]|un|une|l['’]un|l['’]une|one|des|of|its|ses|son|sa|leur|leurs|largest"
    r"|biggest|main|principal|principale|principaux|major|top|key|majority|controlling|premier"
    r"|première|premiers|majoritaire|grand|grands|plus|gros|important|importants)\s+)*"
)
_OWNER_WORDS = r"(propriétaires?|maison mère|société mère|owners?|parent|parent company)"
_STAKE_WORDS = (
    r"(actionnaires?|investisseurs?|bailleurs? de fonds|shareholders?|investors?|backers?)"
)
# 'dont Microsoft est le premier actionnaire': the clause opens before its subject.
_DONT = re.compile(r"\bdont\s+", re.IGNORECASE)
# 'le ministère du Commerce, dont dépend le BIS': the body named after is a part of it.
_DEPENDS = re.compile(r"\bdont\s+(dépend|dépendent|relève|relèvent)\s+", re.IGNORECASE)
_DONT_REST = re.compile(
    rf"\s*(est|sont|était|étaient|reste|restent|demeure|demeurent|est devenue?|sont devenus)"
    rf"\s+(aussi\s+|également\s+|déjà\s+)?{_RANK}(?P<what>{_OWNER_WORDS}|{_STAKE_WORDS})\b",
    re.IGNORECASE,
)
# 'whose largest shareholder is Microsoft', 'whose backers include Amazon and Google'.
_WHOSE = re.compile(
    rf"\bwhose\s+{_RANK}(?P<what>{_OWNER_WORDS}|{_STAKE_WORDS})\s+"
    r"(is|are|was|were|include|includes|included|remains|have included)\s+",
    re.IGNORECASE,
)
# 'in which SoftBank holds a stake', 'dans laquelle Amazon a investi'.
_IN_WHICH = re.compile(
    r"\b(in which|dans laquelle|dans lequel|au capital de laquelle|au capital duquel)\s+",
    re.IGNORECASE,
)
_IN_WHICH_REST = re.compile(
    r"\s*(also\s+|already\s+|aussi\s+|déjà\s+)?(holds|owns|has|had|took|acquired|bought|détient"
    r"|possède|a pris|avait pris|has invested|had invested|invested|a investi|avait investi"
    r"|a injecté|est entré|est entrée)\b(?P<stake>[^,.;:]{0,30}?\b(stake|participation))?",
    re.IGNORECASE,
)


def _kind(what: str) -> LinkKind:
    return "owns" if re.fullmatch(_OWNER_WORDS, what, re.IGNORECASE) else "partner"


def relative_links(view: DocView, sentence: Sentence, mentions: list[Mention]) -> list[Found]:
    """(holder, held, kind, cue) for each relative clause that makes its subject a holder."""
    return list(_relatives(view, sentence, mentions))


def _relatives(view: DocView, sentence: Sentence, mentions: list[Mention]) -> Iterator[Found]:
    text = view.text
    for opener in (_WHOSE, _DEPENDS, _DONT, _IN_WHICH):
        for match in opener.finditer(text, sentence.start, sentence.end):
            # 'Zhipu AI, rival chinois dont': the name the clause follows, give or take a
            # short description.
            held = before(view, mentions, match.start(), _HELD)
            holders = after(view, mentions, match.end(), _HOLDERS)
            if not held or not holders:
                continue
            if opener is _DEPENDS:
                yield from _each(holders, held[-1], "owns", "part of")
                continue
            if opener is _WHOSE:
                label = match.group("what").lower()
                yield from _each(holders, held[-1], _kind(label), label)
                continue
            rest = _DONT_REST if opener is _DONT else _IN_WHICH_REST
            close = rest.match(text, holders[-1].end, sentence.end)
            if close is None:
                continue
            what = close.groupdict().get("what")
            if what:
                yield from _each(holders, held[-1], _kind(what), what.lower())
            else:
                kind: LinkKind = "owns" if close.group("stake") else "partner"
                yield from _each(holders, held[-1], kind, "in which")


def _each(holders: list[Mention], held: Mention, kind: LinkKind, cue: str) -> Iterator[Found]:
    for holder in holders:
        if holder.actor.id != held.actor.id:
            yield holder, held, kind, cue
