"""Titles that make a person hold a role, in English and French, with English labels.

A title has a class that says where its organisation may come from: a professional title
('analyst', 'avocate') needs the firm it works at; a head of state or government ('President X')
belongs to the country the text names; a governor to a US state; a cabinet secretary to the
department the text names, else to the country; a member of parliament to the parliament named
just before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

TitleClass = Literal["office", "pro", "state", "governor", "cabinet", "body", "parliament"]


@dataclass(frozen=True)
class Title:
    label: str
    cls: TitleClass
    start: int  # character offsets of the title words in the searched text
    end: int
    written: bool = False  # the label is the English words as written


def _compile(pattern: str) -> re.Pattern[str]:
    # 'co-chief executive' is a title; a hyphen after it is not ('head-to-head')
    return re.compile(rf"(?<!\w)(?:{pattern})(?![\w-])", re.IGNORECASE)


# In priority order: the first pattern found in the words around a name gives the title.
# A None label means "the words as written" (English only; French ones always have a label).
_RAW: tuple[tuple[str, str | None, TitleClass], ...] = (
    (r"vice[- ]pr[ée]sident(e)?( exécuti(f|ve)| executive)?", "Vice President", "state"),
    (r"pdg|ceo|chief executive( officer)?|directeur général|directrice générale"
     r"|administrat(eur|rice) délégué(e)?", "CEO", "office"),
    (r"chief financial officer|cfo|direct(eur|rice) financi(er|ère)", "CFO", "office"),
    (r"chief technology officer|cto|direct(eur|rice) techniques?", "CTO", "office"),
    (r"chief operating officer|coo|direct(eur|rice) des opérations", "COO", "office"),
    (r"patron(ne)?|boss", "CEO", "office"),
    (r"tsar|czar|responsable de l.(ia|intelligence artificielle)", "AI czar", "office"),
    (r"vice[- ]premier", "Vice Premier", "state"),
    (r"premier ministre|première ministre|prime minister", "Prime Minister", "state"),
    (r"chancel(l)?(ier|ière|or)", "Chancellor", "state"),
    (r"premier", "Premier", "state"),
    (r"pr[ée]sident(e)? tournant(e)?|rotating (chairman|president)", "rotating chairman",
     "office"),
    (r"pr[ée]sident(e)?", "President", "state"),
    (r"chairman|chairwoman|chairperson|chair", "Chairman", "office"),
    (r"co-?founders?|founders?|co-?fondat(eur|rice)s?|fondat(eur|rice)s?", "Founder", "office"),
    (r"(co-?)?owner|(co-?)?propriétaire", "Owner", "office"),
    (r"secretary[- ]general|secrétaire général(e)?", "Secretary-General", "cabinet"),
    (r"(assistant |deputy )?attorney general|(deputy )?solicitor general"
     r"|procureur(e)? général(e)?( adjoint(e)?)?", None, "cabinet"),
    (r"((under|deputy|assistant) )?secretary|(sous-)?secrétaire( d.état)?", None, "cabinet"),
    (r"minist(er|re)( délégué(e)?)?", None, "cabinet"),
    (r"governor|gouverneur(e)?", "Governor", "governor"),
    (r"senator|sénat(eur|rice)", "Senator", "office"),
    # a member of a parliament the text names ('Le député X' after 'À l'Assemblée nationale')
    (r"député(e)?|member of parliament|(?-i:MP)", "member of parliament", "parliament"),
    (r"ambassad(or|eur|rice)", "Ambassador", "office"),
    (r"spokes(person|man|woman)|porte-parole", "Spokesperson", "office"),
    (r"ranking member|membre de rang|top (democrat|republican)", "ranking member", "office"),
    (r"chief of staff|chef de cabinet|direct(eur|rice) de cabinet", "Chief of Staff", "office"),
    (r"délégué(e)? général(e)?", "Director General", "office"),  # a French association's head
    (r"judge|juge", "judge", "office"),
    (r"à la tête|numéro un", "Head", "office"),
    (r"numéro deux|number two", "Number two", "office"),
    (r"cadre dirigeant(e)?", "Executive", "office"),
    (r"board member|membre du conseil d.(administration|surveillance)", "board member", "office"),
    (r"head|chef(fe)?|dirigeant(e)?|leader|responsable|chief", "Head", "office"),
    (r"chief \w+ officer|chief (scientist|economist|strategist)", None, "office"),
    (r"director|direct(eur|rice)|officer", None, "office"),
    # a commissioner 'de Berlin' is a city's or a region's: only of a named body
    (r"(deputy )?commissioner|commissaire( adjoint(e)?)?", "Commissioner", "body"),
    (r"envoy|émissaire|(chief |top )?(trade )?negotiator|négociat(eur|rice)", None, "office"),
    (r"(trade )?representative|représentant(e)?", None, "office"),
    (r"(senior |top )?executive", None, "office"),
    # Professional titles: they hold a job at a firm, not an office of it.
    (r"avocat(e)? associé(e)?|(senior |managing |general )?partner", "partner", "pro"),
    (r"chercheu(r|se) associé(e)?", "associate researcher", "pro"),
    (r"associé(e)?", "partner", "pro"),  # 'associé chez X'
    (r"(senior |research )?fellow", "research fellow", "pro"),
    (r"researcher|research director|chercheu(r|se)", "researcher", "pro"),
    (r"analyst|analyste", "analyst", "pro"),
    (r"economist|économiste", "economist", "pro"),
    (r"strategist|stratégiste", "strategist", "pro"),
    (r"lawyer|attorney|avocat(e)?", "lawyer", "pro"),
    (r"(general )?counsel", "counsel", "pro"),
    (r"consultant(e)?", "consultant", "pro"),
    (r"(fund|portfolio) manager|gérant(e)?( de (fonds|portefeuille))?", "fund manager", "pro"),
    (r"manager", "manager", "pro"),
    (r"professor|professeur(e)?", "professor", "pro"),
    (r"engineer|ingénieur(e)?", "engineer", "pro"),
    (r"national security advis(e|o)r|conseill(er|ère) à la sécurité nationale",
     "national security adviser", "cabinet"),
    (r"advis(e|o)r|conseill(er|ère)", "adviser", "pro"),
    (r"expert(e)?", "expert", "pro"),
)  # fmt: skip
_TITLES = tuple((_compile(pattern), label, cls) for pattern, label, cls in _RAW)


def find_title(text: str, lang: str) -> Title | None:
    """The title named in `text`: the first in priority order."""
    for pattern, fixed, cls in _TITLES:
        if lang == "fr" and fixed == "Premier":
            continue  # French 'premier' is 'first'
        match = pattern.search(text)
        if match is None:
            continue
        written = fixed is None and lang == "en"
        label = fixed
        if label is None:
            label = _as_written(text, match) if written else _french_label(match.group(0))
        return Title(label, cls, match.start(), match.end(), written)
    return None


def _as_written(text: str, match: re.Match[str]) -> str:
    """An English title with its complement: 'under secretary of commerce', 'Commerce Secretary'."""
    words = text[match.start() :]
    tail = re.match(r"[^,;.()]*?(?=\s+(at|with|in|who|which|for the)\b|[,;.()]|$)", words)
    label = tail.group(0) if tail else match.group(0)
    return label.strip()[:80] or match.group(0)


_FRENCH = (
    (re.compile(r"procureur(e)? général(e)? adjoint", re.I), "Assistant Attorney General"),
    (re.compile(r"procureur", re.I), "Attorney General"),
    (re.compile(r"secrétaire d.état", re.I), "Secretary of State"),
    (re.compile(r"secrétaire", re.I), "Secretary"),
    (re.compile(r"ministre délégué", re.I), "Minister Delegate"),
    (re.compile(r"ministre", re.I), "Minister"),
    (re.compile(r"direct", re.I), "Director"),
    (re.compile(r"émissaire", re.I), "Envoy"),
    (re.compile(r"négociat", re.I), "Negotiator"),
    (re.compile(r"représentant", re.I), "Representative"),
    (re.compile(r"cadre", re.I), "Executive"),
)


def _french_label(words: str) -> str:
    return next((label for pattern, label in _FRENCH if pattern.search(words)), words)


# Not a current role of the organisation: past, future, or someone else's appointee.
NOT_CURRENT = re.compile(
    r"\b(former|ex-|incoming|outgoing|president-elect|elect|ancien(ne)?|futur(e)?|élu(e)?|"
    r"sortant(e)?|nommé par|appointed by|would-be|late)\b",
    re.IGNORECASE,
)
