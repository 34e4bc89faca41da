"""Names spaCy did not tag (or cut short) that their context or shape types.

- a product word introduces a product: "l'assistant Nova", "the chatbot Echo", "the Lyra model";
- a firm or non-profit word introduces a firm or an organisation, whole, even when spaCy cut it
  or tagged nothing: "la start-up française Nexaria", "l'association La Quadrature du Net",
  "the advocacy group Fight for the Future";
- a run of capitalised words that ends with a firm's suffix is a firm, even opening a sentence:
  "Helix Robotics raised...", "Kerwood Capital said...", "Voltaris Semiconductor", "Hanxin
  Telecom" (which spaCy takes for a person).
- French courts are named in lower case, so NER misses them: "le tribunal judiciaire de Paris",
  "la cour d'appel de Versailles".
Real news is full of new actors the KB and NER both miss.
"""

from __future__ import annotations

import re
from typing import Any

from graph.ids import normalize_name
from graph.model import ActorKind
from ingest.extract.kinds import PRODUCT_CONTEXT, org_context
from ingest.extract.lexicon import wordset
from ingest.extract.passes import Intervals
from ingest.extract.people import ROLES
from ingest.extract.spans import is_generic

Token = Any  # spaCy Token
Untagged = tuple[int, int, str, ActorKind]

# Nouns that introduce a firm by its name ("la société X", "the chipmaker X").
_FIRM_CUES = wordset(
    """startup startups pousse company consultancy cabinet firm firme societe entreprise fabricant
    chipmaker automaker carmaker groupe editeur conglomerate conglomerat"""
)
# Nouns an apposition calls a firm by ("the world's biggest seller of routers").
_FIRM_NOUNS = wordset("seller vendor supplier manufacturer maker operator provider retailer")
_APPOSITION_OPEN = re.compile(r",\s*(?:the|a|an|le|la|l['’]|un|une)\b\s*", re.IGNORECASE)
# Last words that make a capitalised run a firm's name ("Helix Robotics").
_FIRM_SUFFIXES = wordset(
    """inc corp corporation ltd llc plc gmbh holdings technologies labs systems robotics
    semiconductor semiconductors capital ventures partners industries electronics ai logistics
    networks telecom telecoms telecommunications software communications solutions
    microelectronics"""
)
# Small words inside an organisation's name ("Fight for the Future", "La Quadrature du Net").
_CONNECTORS = wordset("of for the and de du des d la le les et")
_PLACES = frozenset({"GPE", "LOC"})
_NOT_NAMES = frozenset({"NORP", "LAW", "EVENT", "LANGUAGE"})
_SKIPPED_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"})
_MAX_BETWEEN = 4  # modifiers between cue and name: "le fabricant chinois de puces X"
_OF = wordset("de d du des")


def _capitalised(token: Token) -> bool:
    text = str(token.text)
    return text[:1].isupper() and token.ent_type_ not in _SKIPPED_ENTS


def _is_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and str(token.text)[:1].isupper() and not token.is_sent_start


def _name_end(doc: Any, first: Token, connectors: bool) -> Token:
    """The last token of the capitalised run starting at `first`; with connectors, small
    words are crossed when a capitalised word follows them."""
    last = first
    i = first.i + 1
    while i < len(doc):
        token = doc[i]
        if token.text == "&" or (
            token.text == "-" and not token.whitespace_ and not doc[i - 1].whitespace_
        ):
            pass  # "Méditerranée-Golfe", "Vernet & Lautier": one name
        elif _capitalised(token) and not token.is_punct:
            if last.i + 1 < i and token.ent_type_ in _PLACES:
                break  # "l'association X de Londres": the city is not in the name
            last = token
        elif not (connectors and normalize_name(str(token.text)) in _CONNECTORS):
            break
        i += 1
    return last


def _cue_kind(doc: Any, text: str, first: Token) -> ActorKind | None:
    """Company or Organization when a firm or non-profit word stands before the name,
    skipping French modifiers ("la start-up française X", "le fabricant de puces X")."""
    i = first.i - 1
    while i >= 0 and first.i - i <= _MAX_BETWEEN:
        token = doc[i]
        key = normalize_name(str(token.text)).replace("start up", "startup")
        if key == "up" and i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "start":
            key = "startup"  # English splits "start-up" in three
        left = text[max(0, token.idx - 60) : token.idx + len(token.text)]
        if not (str(token.text).islower() or str(token.text).isupper()):
            return None  # "l'Institut X": a capitalised head is the name's own first word
        if key and org_context(left):
            return ActorKind.ORGANIZATION
        if key in _FIRM_CUES and (key != "cabinet" or doc.lang_ == "fr"):  # not a government's
            return ActorKind.COMPANY
        if key in _OF and i == first.i - 1:
            return None  # "la firme de Redmond": what follows "de" is not the firm's name
        lower = str(token.text)[:1].islower()
        complement = token.pos_ == "NOUN" and i > 0 and normalize_name(doc[i - 1].text) in _OF
        if key in PRODUCT_CONTEXT and not complement:
            return None  # "l'assistant Nova": a product (but "le fabricant de puces X": a firm)
        if not lower or not (token.pos_ == "ADJ" or key in _OF or complement):
            return None
        i -= 1
    return None


def _introduced(doc: Any, text: str, first: Token) -> tuple[Token, ActorKind] | None:
    """(last token, kind) of a name a firm or non-profit word introduces."""
    if first.i == 0 or not _capitalised(first):
        return None
    kind = _cue_kind(doc, text, first)
    if kind is None:
        return None
    return _name_end(doc, first, connectors=kind is ActorKind.ORGANIZATION), kind


def _apposed(doc: Any, text: str, first: Token) -> tuple[Token, ActorKind] | None:
    """A name that an apposition calls a firm: "TP-Link, the world's biggest seller of
    routers", "Nexaria, une start-up lyonnaise"."""
    if first.i == 0 or first.is_sent_start or first.pos_ not in ("PROPN", "X"):
        return None
    if _capitalised(doc[first.i - 1]) and doc[first.i - 1].pos_ in ("PROPN", "X"):
        return None  # not the start of the run
    last = _name_end(doc, first, connectors=False)
    opening = _APPOSITION_OPEN.match(text, int(last.idx + len(last.text)))
    if opening is None:
        return None
    window = normalize_name(text[opening.end() : opening.end() + 50]).split()[:5]
    if first.ent_type_ in ("PERSON", "PER"):
        # Taken for a person: only an apposition headed by a firm noun says otherwise
        # ("Janford Realtor, a front company", not "Ana Ruiz, a firm believer")
        heads = doc[last.i + 1 : last.i + 6]
        return (
            (last, ActorKind.COMPANY) if any(_calls_a_firm(t, first, last) for t in heads) else None
        )
    if set(window) & (_FIRM_CUES | _FIRM_NOUNS) and not set(window) & ROLES:
        return last, ActorKind.COMPANY  # (not "X, a company spokesman")
    return None


def _calls_a_firm(token: Token, first: Token, last: Token) -> bool:
    """The token is the head of an apposition to the name and a firm word."""
    return (
        token.dep_ == "appos"
        and first.i <= token.head.i <= last.i
        and normalize_name(str(token.lemma_)) in _FIRM_CUES
    )


def _suffixed(doc: Any, first: Token) -> tuple[Token, ActorKind] | None:
    """A run of capitalised words from `first` whose last word is a firm's suffix."""
    previous = doc[first.i - 1] if first.i else None
    if previous is not None and _capitalised(previous) and previous.pos_ in ("PROPN", "X"):
        return None  # not the start of the run
    if not _capitalised(first) or not (first.pos_ in ("PROPN", "X") or first.ent_type_):
        return None
    last = _name_end(doc, first, connectors=False)
    following = normalize_name(str(doc[last.i + 1].text)) if last.i + 1 < len(doc) else ""
    if following in ("index", "indice"):
        return None  # "the PHLX Semiconductor index" is an index
    suffix = normalize_name(str(last.text))
    if suffix == "ai" and (first.ent_type_ in _NOT_NAMES or first.pos_ == "ADJ"):
        return None  # "Chinese AI", "American AI": a demonym and a common noun
    if last.i > first.i and suffix in _FIRM_SUFFIXES:
        return last, ActorKind.COMPANY
    return None


def introduced_names(doc: Any, text: str, taken: Intervals) -> list[Untagged]:
    """Firms and organisations introduced by what they are, and capitalised runs ending with
    a firm's suffix; spans already claimed (KB names) are left alone."""
    out: list[Untagged] = []
    index = 0
    while index < len(doc):
        first = doc[index]
        index += 1
        found = _introduced(doc, text, first) or _suffixed(doc, first) or _apposed(doc, text, first)
        if found is None:
            continue
        last, kind = found
        start, end = int(first.idx), int(last.idx + len(last))
        name = text[start:end]
        if not taken.overlaps(start, end) and not is_generic(name):
            out.append((start, end, name, kind))
            taken.add(start, end)
        index = last.i + 1
    return out


_FRENCH_COURT = re.compile(
    r"\b(?:tribunal (?:judiciaire|administratif|de commerce|correctionnel|de grande instance)"
    r"|cour d['’]appel|cour administrative d['’]appel|conseil de prud['’]hommes)"
    r" (?:de |d['’])[A-ZÉ][\w-]+(?:[- ][A-Z][\w-]+)?"
)


def french_courts(text: str, taken: Intervals) -> list[Untagged]:
    """Courts named in lower case with their seat: "le tribunal judiciaire de Paris"."""
    out: list[Untagged] = []
    for match in _FRENCH_COURT.finditer(text):
        start, end = match.span()
        if not taken.overlaps(start, end):
            out.append((start, end, match.group(), ActorKind.GOVERNMENT_BODY))
            taken.add(start, end)
    return out


def untagged_products(doc: Any, text: str, taken: Intervals) -> list[Untagged]:
    """(start, end, name, kind) of proper nouns right after a product noun, or between a
    determiner and one ("the Lyra model"); spans already claimed are left alone."""
    out: list[Untagged] = []
    index = 0
    while index < len(doc):
        token = doc[index]
        index += 1
        if not _is_name(token) or token.i == 0:
            continue
        before = normalize_name(str(doc[token.i - 1].text))
        last = token
        while last.i + 1 < len(doc) and _is_name(doc[last.i + 1]):
            last = doc[last.i + 1]
        after = normalize_name(str(doc[last.i + 1].text)) if last.i + 1 < len(doc) else ""
        introduced = before in PRODUCT_CONTEXT or (
            doc[token.i - 1].pos_ == "DET" and after in PRODUCT_CONTEXT
        )
        start, end = int(token.idx), int(last.idx + len(last))
        name = text[start:end]
        if introduced and not taken.overlaps(start, end) and not is_generic(name):
            out.append((start, end, name, ActorKind.PRODUCT))
            taken.add(start, end)
        index = last.i + 1
    return out
