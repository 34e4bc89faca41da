"""Context cues about people for typing unknown names (used by ingest.extract.kinds).

Long news articles name people with titles far from the name or in appositions that spaCy's
small models misread: "La commissaire à la protection des données de Berlin, Meike Kamp",
"K Shanmugam, Singapore's home affairs minister" (tagged ORG), "a former trade official",
"stratégiste chez Castelnau Gestion" (the firm tagged as a person).
"""

from __future__ import annotations

import re

from graph.ids import normalize_name
from ingest.extract.lexicon import wordset

# Public-office titles (a subset of kinds.OFFICIAL_TITLES safe to read from afar).
_OFFICE = wordset(
    """president presidente minister ministre secretary secretaire senator senateur senatrice
    governor gouverneur chancellor chancelier chanceliere commissioner commissaire ambassador
    ambassadeur mayor maire deputy depute deputee lawmaker official premier judge juge
    mep eurodepute eurodeputee procureur procureure ambassadrice gouverneure"""
)
_FORMER = wordset("former ex ancien ancienne retired outgoing sortant sortante")
# Jobs people hold; an ORG-tagged two-word name followed by one in apposition is a person.
_ROLES = _OFFICE | wordset(
    """analyst analyste economist economiste strategist strategiste researcher chercheur
    chercheuse professor professeur professeure lawyer avocat avocate partner associe associee
    spokesman spokeswoman spokesperson porte parole founder fondateur fondatrice ceo pdg
    director directeur directrice head chief chef adviser advisor conseiller conseillere
    executive investor investisseur engineer ingenieur fellow consultant consultante
    journalist journaliste expert experte gerant gerante trader banker banquier banquiere"""
)
ROLES = _ROLES  # jobs and titles: what an apposition calls a person
_JOBS = _ROLES - _OFFICE
_DETERMINERS = wordset("a an the le la l les un une")
_NATIONAL_SECURITY = re.compile(r"\b(national security|securite nationale)\b")
# "analyste chez X", "an analyst at X", "avocate au cabinet X": X is where the person works.
_WORKPLACE = re.compile(r"\b(chez|at|au cabinet|du cabinet|cabinet|law firm)\s*$")
_DET_TITLE = re.compile(
    r"\b(?:le|la|the)\s+(?:[a-zéè]+\s+)?(?:minist(?:er|re)|secr[ée]taire|secretary|senat(?:or|eur)"
    r"|s[ée]natrice|ambassad(?:or|eur)|commissaire|commissioner|gouverneur|governor|maire|mayor)\b"
)
_TITLE_CHUNK_END = re.compile(r"[.;:!?«»\"“”()\n]")


def _tokens(text: str) -> list[str]:
    return normalize_name(text).split()


def former(before: list[str]) -> bool:
    """A title qualified as past ("a former trade official"): no longer an official."""
    return bool(set(before) & _FORMER)


def apposed_title(left: str) -> bool:
    """ "La commissaire à la protection des données de Berlin, Meike Kamp": a noun phrase
    that opens the clause with a public title, then a comma, then the name."""
    stripped = left.rstrip()
    if not stripped.endswith(","):
        return False
    chunk = stripped[:-1]
    cut = max((m.end() for m in _TITLE_CHUNK_END.finditer(chunk)), default=0)
    chunk = chunk[cut:]
    segment = chunk.rsplit(",", 1)[-1]
    # "..., a déclaré le ministre tchèque des Affaires étrangères, Jan Lipavský".
    if _DET_TITLE.search(segment) and not former(_tokens(segment)):
        return True
    if "," in chunk:
        return False
    tokens = _tokens(chunk)
    while tokens and tokens[0] in _DETERMINERS:
        tokens.pop(0)
    return bool(tokens) and tokens[0] in _OFFICE and not former(tokens[:1])


def security_post(right: str) -> bool:
    """ ", conseiller à la sécurité nationale", ", national security adviser": an office."""
    if not right.lstrip().startswith(","):
        return False
    return bool(_NATIONAL_SECURITY.search(" ".join(_tokens(right)[:8])))


def works_at(left: str) -> bool:
    """The name follows "<job> chez / at / au cabinet": it names an employer."""
    key = " ".join(_tokens(left)[-6:])
    if not _WORKPLACE.search(key):
        return False
    return "cabinet" in key.split()[-2:] or bool(set(key.split()[:-1]) & _JOBS)


def person_shaped(name: str) -> bool:
    """Two or three capitalised words, or an initial and a surname ("K Shanmugam")."""
    parts = name.split()
    return 2 <= len(parts) <= 3 and all(p[:1].isupper() and p.isalpha() for p in parts)


def role_apposition(right: str) -> bool:
    """ ", an analyst at...", ", Singapore's home affairs minister,": a person's job follows."""
    if not right.lstrip().startswith(","):
        return False
    clause = right.lstrip()[1:].split(",")[0]
    return bool(set(_tokens(clause)[:6]) & _ROLES)


# "Mr Zhang", "M. Xu", "Mme Kamp": an honorific and the one name word that follows it.
_HONORIFIC = re.compile(
    r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|Mme|Mlle|M)\.?\s+(?P<name>[A-Z][\w'’-]+)(?![\w'’-])"
)


def honorific_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of the names honorifics introduce; which person each is comes from
    the names the article gave in full, surname first ("Zhang Xuezheng") or last."""
    return [(m.start("name"), m.end("name"), m.group("name")) for m in _HONORIFIC.finditer(text)]
