"""The best kind for an entity the KB does not know, from spaCy's label, its words and context.

spaCy's small models mislabel AI actors often (French tags DeepSeek as a place, OpenAI as MISC,
Claude as a person), which is why known actors take their kind from the KB; these rules only
type what is left, and drop what is not an entity under RiskGraph's conventions (places that
are not countries, demonyms, laws, dates).
"""

from __future__ import annotations

import re

from graph.ids import normalize_name
from graph.model import ActorKind
from ingest.extract.lexicon import wordset
from ingest.extract.resolve import OFFICIAL_TITLES

PERSON_LABELS = frozenset({"PER", "PERSON"})
ORG_LABELS = frozenset({"ORG"})
PRODUCT_LABELS = frozenset({"PRODUCT", "MISC"})

_GOV_WORDS = wordset(
    """ministry ministere department departement agency commission bureau office court cour
    tribunal congress senate senat parliament parlement assembly assemblee council conseil
    administration authority autorite regulator government gouvernement police army armee
    navy military committee comite cabinet directorate direction"""
)
_ORG_WORDS = wordset(
    """university universite institute institut foundation fondation association news times
    post journal press presse tribune herald gazette daily magazine tv radio center centre
    forum alliance coalition network ngo ong observatory observatoire party parti union
    federation league ligue"""
)
_COMPANY_WORDS = wordset(
    """inc corp corporation ltd llc plc sa sas ag gmbh co company group groupe holdings
    holding technologies technology labs lab systems semiconductor semiconductors electronics
    motors bank banque capital ventures partners robotics industries software"""
)
_COMPANY_CONTEXT = wordset(
    """startup start up company firm firms entreprise societe groupe fabricant maker giant
    geant rival rivals concurrent concurrents editeur laboratoire lab developer"""
)
_PRODUCT_CONTEXT = wordset(
    """model models modele modeles app apps application applications chatbot assistant chip
    chips puce puces processeur processeurs processor processors version system logiciel
    software platform plateforme"""
)
_MEDIA_AFTER = wordset(
    """reports reported reporting said says quoted wrote writes cited rapporte rapporte
    indique ecrit selon"""
)
_MEDIA_BEFORE = ("according to", "selon", "told", "interview with", "au micro de", "a declare a")
_NAME_SHAPE = re.compile(r"[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]|^[A-Z]{2,}$")


def _keys(text: str) -> set[str]:
    return set(normalize_name(text).split())


def looks_like_name(text: str) -> bool:
    """CamelCase, letters mixed with digits, or an acronym: the shape of a product or firm."""
    return any(_NAME_SHAPE.search(token) for token in text.split())


def person_kind(left: str, right: str) -> ActorKind:
    """Official when a public-office title precedes the name or stands in apposition after it."""
    before = normalize_name(left).split()[-4:]
    after = normalize_name(right).split()[:4] if right.lstrip().startswith(",") else []
    return ActorKind.OFFICIAL if OFFICIAL_TITLES & set(before + after) else ActorKind.PERSON


def org_kind(name: str, left: str, right: str) -> ActorKind:
    """GovernmentBody, Organization (media, NGOs...) or Company, from words and context."""
    words = _keys(name)
    if words & _GOV_WORDS:
        return ActorKind.GOVERNMENT_BODY
    if words & _COMPANY_WORDS:
        return ActorKind.COMPANY
    if words & _ORG_WORDS:
        return ActorKind.ORGANIZATION
    after = normalize_name(right).split()[:2]
    before = normalize_name(left)
    if (after and after[0] in _MEDIA_AFTER) or before.endswith(_MEDIA_BEFORE):
        return ActorKind.ORGANIZATION
    return ActorKind.COMPANY


def misc_kind(name: str, label: str, left: str, right: str) -> ActorKind | None:
    """Products and firms hidden under MISC/PRODUCT; None when it is not an actor."""
    if not looks_like_name(name) and label != "PRODUCT":
        return None
    context = set(normalize_name(left).split()[-3:]) | set(normalize_name(right).split()[:2])
    if context & _PRODUCT_CONTEXT:
        return ActorKind.PRODUCT
    if context & _COMPANY_CONTEXT:
        return ActorKind.COMPANY
    return ActorKind.PRODUCT if label == "PRODUCT" else None


def best_kind(label: str, name: str, left: str, right: str) -> ActorKind | None:
    """The kind of an unknown entity, or None for labels RiskGraph does not store."""
    if label in PERSON_LABELS:
        return person_kind(left, right)
    if label in ORG_LABELS:
        return org_kind(name, left, right)
    if label in PRODUCT_LABELS:
        return misc_kind(name, label, left, right)
    return None  # GPE/LOC not in the KB are cities and regions; NORP, LAW, DATE... are not actors
