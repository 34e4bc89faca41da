"""Whose president? A title such as "president" or "président" makes a public official only
when it is held at a country or a government body; the president or chair of a company, an NGO
or a board is a private person ("the president of Valcor Systems, Anna Ruiz", "le président de
la société Brevalis, Jean Moreau", "Stellan president Kenji Watanabe").

The organisation a title is tied to is read from the words around it; how to type that
organisation is the caller's (it knows the KB and the article), passed in as `kind_of`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.ids import normalize_name
from graph.model import ActorKind
from ingest.extract.lexicon import wordset

# Titles shared by heads of state and heads of firms; unambiguous ones (minister, senator)
# are left alone.
_SHARED_TITLE = r"(?:vice[- ])?pr[ée]sident(?:e)?|chair(?:man|woman)?"
_OF = r"(?:of|at|de|du|des|d['’])"
_DET = r"(?:the|la|le|les|l['’])"
_ORG_TEXT = r"[^,;:.()]{1,80}?"
# "the president of Valcor Systems, Anna Ruiz" / "le président de Brevalis, Jean Moreau".
_TITLE_OF_BEFORE = re.compile(
    rf"\b(?:{_SHARED_TITLE})\s+(?:[a-zé]+\s+)?{_OF}\s*(?P<det>{_DET}\s*)?(?P<org>{_ORG_TEXT})"
    r"\s*,?\s*$",
    re.IGNORECASE,
)
# "Stellan president Kenji Watanabe", "Valcor's chairwoman Anna Ruiz".
_ORG_TITLE_BEFORE = re.compile(
    rf"(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})(?P<owner>['’]s)?\s+(?:{_SHARED_TITLE})"
    r"\s*,?\s*$"
)
# "son président, Christophe Hardy", "its chairman Paul Lee": the head of the body just named
# (a country's head of state is a known official, found in the KB before this rule runs).
_ITS_TITLE_BEFORE = re.compile(
    rf"\b(?:son|sa|its|their|leur)\s+(?:{_SHARED_TITLE})\s*,?\s*$", re.IGNORECASE
)
# "Anna Ruiz, president of Valcor Systems" / "Jean Moreau, président de Brevalis".
_TITLE_OF_AFTER = re.compile(
    rf"^\s*,\s*(?:{_DET}\s+)?(?:{_SHARED_TITLE})\s+(?:\w+\s+)?{_OF}\s*(?P<det>{_DET}\s*)?"
    rf"(?P<org>{_ORG_TEXT})\s*(?:[,;:.()]|$)",
    re.IGNORECASE,
)
# "Anna Ruiz, Valcor's president".
_ORG_TITLE_AFTER = re.compile(
    rf"^\s*,\s*(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})(?P<owner>['’]s)?\s+"
    rf"(?:{_SHARED_TITLE})\b"
)
# Words that make the organisation a firm or a private body whatever its name.
_PRIVATE_WORDS = wordset(
    """company companies firm firme societe entreprise group groupe startup pousse
    fabricant maker chipmaker board administration surveillance bank banque fund fonds
    association ong ngo foundation fondation institute institut university universite club
    federation laboratoire lab editeur"""
)
# Words of a state or public body: "président de la République", "chair of the Senate".
_PUBLIC_WORDS = wordset(
    """republique republic etat state states nation nations government gouvernement ministry
    ministere department departement agency agence commission senate senat congress
    parliament parlement assembly assemblee council conseil authority autorite regulator
    court cour tribunal committee comite reserve central"""
)
# "conseil d'administration", "board of directors": a company's board.
_BOARD = re.compile(r"\b(conseil d administration|conseil de surveillance|board)\b")
_PUBLIC = frozenset({ActorKind.COUNTRY, ActorKind.GOVERNMENT_BODY})
_PRIVATE = frozenset({ActorKind.COMPANY, ActorKind.ORGANIZATION})

KindOf = Callable[[str], ActorKind | None]


def _sentence_tail(left: str) -> str:
    cut = max(left.rfind(". "), left.rfind("\n"))
    return left[cut + 1 :] if cut >= 0 else left


def _title_match(left: str, right: str) -> re.Match[str] | None:
    left = _sentence_tail(left)
    for pattern, text in (
        (_TITLE_OF_BEFORE, left),
        (_ORG_TITLE_BEFORE, left),
        (_TITLE_OF_AFTER, right),
        (_ORG_TITLE_AFTER, right),
    ):
        match = pattern.search(text)
        if match is not None:
            return match
    return None


def title_org(left: str, right: str) -> str | None:
    """The organisation a shared title next to a name is tied to, as written; None when the
    name has no such title or the title is bare ("President Joe Biden")."""
    match = _title_match(left, right)
    return match.group("org").strip() if match is not None else None


def heads_private_body(left: str, right: str, kind_of: KindOf) -> bool:
    """Whether the name's shared title (president, chair) is held at a company or another
    private body rather than at a country or government body. `kind_of` types a name the KB
    or the article knows, else None."""
    if _ITS_TITLE_BEFORE.search(_sentence_tail(left)):
        return True
    match = _title_match(left, right)
    if match is None:
        return False
    org = match.group("org").strip()
    key = normalize_name(org).replace("start up", "startup")
    if _BOARD.search(key) or set(key.split()) & _PRIVATE_WORDS:
        return True
    kind = kind_of(org)
    if kind is not None:
        return kind in _PRIVATE
    if set(key.split()) & _PUBLIC_WORDS or not org[:1].isupper():
        return False
    groups = match.groupdict()
    if "owner" in groups:
        # "Valcor's president": an unknown owner is a firm; "French President X" (no 's) is
        # typed only when the article or KB knows the name.
        return groups["owner"] is not None
    # "le président de Brevalis": firms are named bare; bodies mostly with an article
    # ("le président de l'Arcep", "the chair of the FCC"), so those stay officials.
    return groups.get("det") is None
