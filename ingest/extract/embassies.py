"""Embassies, named by the country they represent: "the Chinese embassy", "China's embassy in
Canberra", "the embassy of Japan", "l'ambassade de Chine à Singapour", "l'ambassade russe".

An embassy is who answers for its government abroad: it denies accusations and its
spokespeople speak for it, yet no recogniser tags "the Chinese embassy" as a name. Each one
becomes a government body named "Embassy of <country>" (and "in <host country>" when the text
says where and the host is a known country), the same in English and French, with the words
the text used as an alias. A KB embassy with that owner and host is used instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.model import Actor, ActorKind
from ingest.extract.kb import KBEntry, KnowledgeBase
from ingest.extract.passes import Intervals
from ingest.extract.role_orgs import DEMONYM_ALTERNATION, DEMONYMS

_NAME = r"[A-ZÉ][\w.'’-]*(?: [A-ZÉ][\w.'’-]*){0,2}"
_DEMONYM = rf"(?P<demonym>(?i:{DEMONYM_ALTERNATION}))"
_HOST_EN = rf"(?P<where> (?:in|to) (?:the )?(?P<host>{_NAME}))?"
_HOST_FR = rf"(?P<where> (?:à|en|au|aux) (?P<host>{_NAME}))?"
_FORMS = tuple(
    re.compile(pattern)
    for pattern in (
        rf"(?<![\w-]){_DEMONYM} [Ee]mbassy(?![\w-]){_HOST_EN}",
        rf"(?<![\w-])(?P<country>{_NAME})['’]s [Ee]mbassy(?![\w-]){_HOST_EN}",
        rf"(?<![\w-])[Ee]mbassy of (?:the )?(?P<country>{_NAME}){_HOST_EN}",
        rf"(?<![\w-])[Aa]mbassade (?:de |d['’]|du |des )(?P<country>{_NAME}){_HOST_FR}",
        rf"(?<![\w-])[Aa]mbassade {_DEMONYM}(?![\w-]){_HOST_FR}",
    )
)


@dataclass(frozen=True)
class Embassy:
    start: int
    end: int
    actor: Actor


class Embassies:
    """Finds the embassies of the KB's countries, named by any of their names."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.known: dict[tuple[str, str], KBEntry] = {}  # (owner, host) -> KB embassy
        for _, entry in kb.forms():
            host = entry.name.partition(" Embassy in ")[2]
            where = self.country_of(host) if host else None
            if where is not None and entry.country is not None:
                self.known[(entry.country, where)] = entry

    def country_of(self, name: str) -> str | None:
        entries = self.kb.lookup(re.sub(r"^the ", "", name.rstrip(".'’")))
        return entries[0].name if entries and entries[0].kind is ActorKind.COUNTRY else None

    def find(self, text: str, taken: Intervals, countries: list[tuple[int, int]]) -> list[Embassy]:
        """The embassies of a text; they may take in the names of countries already found
        ("l'ambassade de Chine"), never any other claimed span."""
        out: list[Embassy] = []
        for form in _FORMS:
            for match in form.finditer(text):
                embassy = self._embassy(match)
                if embassy is not None and _free(taken, embassy, countries):
                    out.append(embassy)
                    taken.add(embassy.start, embassy.end)
        return sorted(out, key=lambda e: e.start)

    def _host(self, match: re.Match[str]) -> tuple[str | None, int]:
        """The host country and where its name ends: the longest run of the words after
        "in" that names one ("in Washington Monday" is in the United States)."""
        words = list(re.finditer(r"\S+", match.group("host")))
        for last in reversed(words):
            country = self.country_of(match.group("host")[: last.end()])
            if country is not None:
                return country, match.start("host") + last.end()
        return None, match.end()

    def _embassy(self, match: re.Match[str]) -> Embassy | None:
        groups = match.groupdict()
        if groups.get("demonym"):
            french = match.group()[:1] in "Aa"
            if not french and not groups["demonym"][:1].isupper():
                return None  # an English demonym is capitalised ("to us embassy staff")
            owner = DEMONYMS.get(groups["demonym"].lower())
        else:
            owner = self.country_of(groups["country"])
        if owner is None:
            return None
        host, end = self._host(match) if groups.get("host") else (None, match.end())
        if host is None or host == owner:
            # "the Chinese embassy in Sydney": a city the KB does not place stays out
            host, end = None, match.start("where") if groups.get("where") else match.end()
        surface = match.string[match.start() : end]
        known = self.known.get((owner, host)) if host is not None else None
        if known is not None:
            return Embassy(match.start(), end, known.actor())
        name = f"Embassy of {owner}" + (f" in {host}" if host else "")
        actor = Actor(kind=ActorKind.GOVERNMENT_BODY, name=name, aliases=(surface,), country=owner)
        return Embassy(match.start(), end, actor)


def _free(taken: Intervals, embassy: Embassy, countries: list[tuple[int, int]]) -> bool:
    inside = [(s, e) for s, e in countries if embassy.start <= s and e <= embassy.end]
    return not any(
        taken.flags[i] and not any(s <= i < e for s, e in inside)
        for i in range(embassy.start, embassy.end)
    )
