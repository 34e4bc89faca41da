"""A head of state named by title alone: '« ... », a assuré le président américain', 'the French
president said'. The title stands for the one official of that country the text has just named
(this or the two previous sentences), else the only one it named before, who holds no other
title in the article.
"""

from __future__ import annotations

import re

from ingest.extract import role_orgs
from ingest.extract.records import RoleRecord
from ingest.extract.syntax import PEOPLE, DocView
from ingest.extract.types import Mention

_DEMONYM = role_orgs.DEMONYM_ALTERNATION
_TITLE = r"président(e)?|president|premier ministre|première ministre|prime minister"
_UNNAMED = re.compile(
    rf"\b(?:le|la|the)\s+(?:(?P<t1>{_TITLE})\s+(?P<d1>{_DEMONYM})|(?P<d2>{_DEMONYM})\s+"
    rf"(?P<t2>{_TITLE}))\b",
    re.IGNORECASE,
)
_BACK = 2  # sentences


def unnamed_roles(view: DocView, found: list[RoleRecord]) -> list[RoleRecord]:
    titled = {r.person.id: r.title for r in found}
    out: list[RoleRecord] = []
    for sentence in view.sentences:
        for match in _UNNAMED.finditer(sentence.text):
            at = sentence.start + match.start()
            words = match.group("d1") or match.group("d2")
            if words.lower() in {"us", "uk"} and not words.isupper():
                continue
            country = role_orgs.country_named(view, role_orgs.DEMONYMS[words.lower()])
            title = (match.group("t1") or match.group("t2")).lower()
            label = (
                "President" if title.startswith("pr") and "min" not in title else "Prime Minister"
            )
            if country is None or _named_next(view, sentence.start + match.end()):
                continue
            person = _the_official(view, at, country.actor.name, label, titled)
            if person is not None:
                out.append(
                    RoleRecord(
                        person=person.actor,
                        title=label,
                        org=country.actor,
                        quote=view.quote(sentence),
                        confidence=0.5,
                    )
                )
    return out


def _named_next(view: DocView, end: int) -> bool:
    """'le président américain, Donald Trump' or 'the US president Joe Biden': named there."""
    rest = view.text[end : end + 3]
    return any(m.start >= end and m.start <= end + len(rest) for m in view.analyzed.mentions)


def _the_official(
    view: DocView, at: int, country: str, label: str, titled: dict[str, str]
) -> Mention | None:
    sentence = view.sentence_at(at).index
    earlier = [
        m
        for m in view.analyzed.mentions
        if m.actor.kind in PEOPLE
        and m.start < at
        and m.actor.country == country
        and titled.get(m.actor.id, label) == label
    ]
    near = [m for m in earlier if sentence - _BACK <= view.sentence_of(m)]
    for pool in (near, earlier):
        if len({m.actor.id for m in pool}) == 1:
            return pool[-1]
        if pool:
            return None  # two officials of that country: which one is meant is unclear
    return None
