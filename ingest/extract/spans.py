"""NER spans trimmed to the names inside them.

spaCy's spans carry extra words: titles ("le PDG Sam Altman"), determiners ("the White House"),
elisions ("d'OpenAI"), possessives ("Donald Trump's AI", "Huawei's Ascend" hold two names),
and trailing dates ("Fox News mardi"). These are cut away here, keeping character offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from graph.ids import normalize_name
from ingest.extract.lexicon import wordset

# Labels that can name an actor; the rest (NORP demonyms, LAW, DATE, EVENT...) never do.
NAME_LABELS = frozenset({"PER", "PERSON", "ORG", "PRODUCT", "MISC", "GPE", "LOC"})

# Words stripped from the start of a name span: determiners, elisions, titles.
_LEADING = wordset(
    """the a an le la les l d de du des un une mr mrs ms dr prof sir m mme mlle me maitre
    president presidente vice prime premier premiere minister ministre secretary secretaire
    senator sen senateur senatrice rep representative congressman congresswoman depute deputee
    governor gouverneur chancellor chancelier chanceliere commissioner commissaire ambassador
    ambassadeur judge juge justice general gen admiral king queen czar tsar ceo pdg cto cfo coo
    chief executive chairman chairwoman chair founder cofounder co fondateur fondatrice
    director directeur directrice spokesman spokeswoman spokesperson porte parole patron
    patronne boss head chef responsable leader analyst analyste investor investisseur
    billionaire milliardaire elect former ancien ancienne incoming outgoing"""
)
# Words stripped from the end: days, months, times.
_TRAILING = wordset(
    """lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday
    friday saturday sunday janvier fevrier mars avril mai juin juillet aout septembre octobre
    novembre decembre january february march april june july august september october november
    december today yesterday hier aujourd hui soir matin"""
)
# Words a name cannot end with ("Affaires économiques des" is cut before "Pays-Bas").
_DANGLING = wordset("of for and the de des du d et la le les l")
_GENERIC = wordset(
    """ai ia api apis ceo pdg gpu gpus cpu llm llms ipo et and or the le la les un une resume
    summary update breaking news internet web cloud tech data big government gouvernement
    administration state etat nand dram hbm euv duv asic fpga soc startup start up"""
)
MAX_NAME_CHARS = 120
MAX_NAME_WORDS = 14
_POSSESSIVE_END = re.compile(r"(?:['’]s|['’])$")
# "Huawei's Ascend" holds two names; "Manufacturers' Association" is one (a bare apostrophe
# before a capitalised word ends a plural, not a name).
_POSSESSIVE_MID = re.compile(r"['’]s\s+|['’]\s+(?![A-Z])")
_ELISION = re.compile(r"^(?:[dDlL]|qu|Qu)['’](.+)$")
_ACRONYM = re.compile(r"\s*\(([A-Z][A-Z0-9&.]{1,9})\)")
# "le ministère des Armées": spaCy often tags only the body's own words ("Armées").
_BODY_HEAD = re.compile(
    r"\b(minist[eè]re|ministry|d[ée]partement|department|agence|agency|secr[ée]tariat)\s+"
    r"(des|du|de la|de l['’]|d['’]|de|of the|of|for)\s*$",
    re.IGNORECASE,
)
_STRIP = " \t\n\"'“”«»()[],.;:!?-–—"


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    name: str
    label: str


def clean_name(text: str) -> str:
    """A span reduced to the name: leading determiners/titles, trailing possessives/dates cut."""
    text = " ".join(text.split()).strip(_STRIP)
    text = _POSSESSIVE_END.sub("", text).strip()
    parts = text.split(" ")
    while parts:
        elided = _ELISION.match(parts[0])
        if elided:
            parts[0] = elided.group(1)
            continue
        if len(parts) > 1 and (normalize_name(parts[0]) in _LEADING or _lower_before_name(parts)):
            parts.pop(0)
            continue
        break
    while len(parts) > 1 and normalize_name(parts[-1]) in _TRAILING | _DANGLING:
        parts.pop()
    return " ".join(parts).strip(_STRIP)


def _lower_before_name(parts: list[str]) -> bool:
    """A lower-case word ahead of capitalised ones is a description ("américain Donald
    Trump"), except name particles ("von der Leyen")."""
    head = parts[0]
    return (
        head.isalpha()
        and head.islower()
        and len(head) > 3
        and any(p[:1].isupper() for p in parts[1:])
    )


def is_generic(name: str) -> bool:
    """Acronyms and words that spaCy tags as entities but name nothing ("AI", "API")."""
    key = normalize_name(name)
    return not key or all(w in _GENERIC for w in key.split())


def trimmed(text: str, start: int, end: int, label: str) -> NameSpan | None:
    """The name inside text[start:end] with its offsets; None when nothing is left."""
    raw = text[start:end]
    name = clean_name(raw)
    if not name or is_generic(name) or not any(ch.isalnum() for ch in name):
        return None
    if len(name) > MAX_NAME_CHARS or name.count(" ") >= MAX_NAME_WORDS:
        return None  # no actor is named by a paragraph; spaCy overran on junk
    offset = raw.find(name)
    if offset < 0:
        return NameSpan(start, end, name, label)
    return NameSpan(start + offset, start + offset + len(name), name, label)


def ner_spans(doc: Any, text: str) -> list[NameSpan]:
    """The doc's entity spans that may name actors, split at possessives and trimmed."""
    out: list[NameSpan] = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS or ent.end_char > len(text):
            continue
        start = ent.start_char
        for match in _POSSESSIVE_MID.finditer(text, ent.start_char, ent.end_char):
            span = trimmed(text, start, match.start(), ent.label_)
            if span is not None:
                out.append(span)
            start = match.end()
        span = trimmed(text, start, ent.end_char, ent.label_)
        if span is not None:
            out.append(_with_body_head(text, span))
    return out


def _with_body_head(text: str, span: NameSpan) -> NameSpan:
    """'Armées' tagged alone in 'le ministère des Armées' is the ministry's name's tail."""
    head = _BODY_HEAD.search(text, max(0, span.start - 40), span.start)
    if span.label != "ORG" or head is None:
        return span
    return NameSpan(head.start(), span.end, text[head.start() : span.end], span.label)


def acronym_after(text: str, end: int, name: str) -> tuple[int, int, str] | None:
    """An acronym defined in parentheses right after a name: "Bureau of ... Security (BIS)"."""
    match = _ACRONYM.match(text, end)
    if match is None:
        return None
    acronym = match.group(1).replace(".", "")
    # Folded words, so "Syndicat national de l'édition" gives S N D L E (for "SNE").
    initials = "".join(w[0] for w in normalize_name(name).split() if w).upper()
    position = 0
    for letter in acronym:
        position = initials.find(letter, position) + 1
        if position == 0:
            return None
    if initials[:1] != acronym[:1]:
        return None
    return match.start(1), match.end(1), match.group(1)
