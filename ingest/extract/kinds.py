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
from ingest.extract.people import (
    apposed_title,
    former,
    person_shaped,
    role_apposition,
    security_post,
    works_at,
)

PERSON_LABELS = frozenset({"PER", "PERSON"})
ORG_LABELS = frozenset({"ORG"})
PRODUCT_LABELS = frozenset({"PRODUCT", "MISC"})
PLACE_LABELS = frozenset({"GPE", "LOC"})

# Title words before a name (or in apposition after it) that make a person an Official.
OFFICIAL_TITLES = wordset(
    """president presidente minister ministre secretary secretaire senator sen senateur
    senatrice rep representative congressman congresswoman lawmaker legislator depute deputee
    governor gouverneur chancellor chancelier chanceliere commissioner commissaire ambassador
    ambassadeur czar tsar premier mayor maire official officiel prime vice attorney
    procureur procureure judge juge justice magistrate magistrat mep eurodepute eurodeputee
    ambassadrice gouverneure"""
)
_GOV_WORDS = wordset(
    """ministry ministere department departement agency agence commission bureau office court cour
    tribunal congress senate senat parliament parlement assembly assemblee council conseil
    administration authority autorite regulator government gouvernement police army armee
    navy military committee comite cabinet directorate direction house chamber chambre"""
)
_ORG_WORDS = wordset(
    """university universite institute institut foundation fondation association news times
    post journal press presse tribune herald gazette daily magazine tv radio center centre
    forum alliance coalition network ngo ong observatory observatoire party parti union
    federation league ligue international society academy academie consortium partnership
    watch project syndicat"""
)
# Last words of consultancies' and asset managers' names ("X Conseil", "X Gestion").
_FIRM_TAILS = wordset("conseil gestion consulting advisory advisors conseils")
# Laws known by their acronyms ("le RGPD", "the DMA"): laws are not entities.
_LAW_ACRONYMS = wordset("rgpd gdpr dma dsa ccpa")
_REGION_WORDS = wordset("area zone region")
_STATE_ADJECTIVES = wordset("national nationale federal federale")
# Rooms and buildings named like bodies: places, not actors.
_NAMED_PLACES = frozenset({"oval office", "bureau ovale", "situation room"})
_COMPLEMENT_LINKS = wordset("of for on de d du des pour sur")
# Words a bourse is named by: an exchange where shares trade is a place, not an actor.
_EXCHANGE_WORDS = wordset("exchange exchanges bourse")
# Nouns that introduce a non-profit by name: "l'ONG X", "the advocacy group X".
_ORG_CONTEXT = wordset(
    """association ong ngo nonprofit charity collectif syndicat fondation foundation institut
    institute federation coalition alliance observatoire observatory"""
)
_ORG_GROUP_HEADS = wordset("group groups organization organisation organisations body")
_ORG_GROUP_KINDS = wordset(
    """advocacy rights campaign campaigning lobby lobbying pressure research consumer consumers
    industry trade activist civil privacy environmental watchdog nonprofit"""
)
_COMPANY_WORDS = wordset(
    """inc corp corporation ltd llc plc sa sas ag gmbh co company group groupe holdings
    holding technologies technology labs lab systems semiconductor semiconductors electronics
    motors bank banque capital ventures partners robotics industries software ai cloud trading"""
)
_GENERIC_HEADS = wordset("the le la les l of de du des national nationale federal federale")
# "la Marine" alone: a navy whose country the name leaves out (kept out of _GOV_WORDS, which
# would make "Marine Le Pen" a body).
_BARE_FORCES = wordset("marine")
_ASSET_WORDS = wordset("index indice composite stoxx coin token crypto cryptomonnaie etf")
_LAW_WORDS = wordset(
    """act law loi directive regulation reglement amendment amendement treaty traite code
    bill order decret rule rules framework plan strategy strategie initiative program
    programme summit sommet conference expo festival list liste"""
)
_CLASS_WORDS = _GOV_WORDS | _ORG_WORDS | _COMPANY_WORDS | _LAW_WORDS
_COMPANY_CONTEXT = wordset(
    """startup company firm firms entreprise societe groupe fabricant maker giant
    geant rival rivals concurrent concurrents editeur laboratoire laboratoires lab developer
    pousse fonds fund bank banque investor investisseur"""
)
_PRODUCT_CONTEXT = wordset(
    """model models modele modeles app apps application applications chatbot assistant chip
    chips puce puces processeur processeurs processor processors version logiciel software
    platform plateforme suv smartphone service brand passerelle passerelles"""
)
# Nouns only a firm has: "l'action de X", "le PDG de X", "X's shares" make X a company.
_FIRM_OWNED = wordset(
    """action actions titre titres share shares stock capitalisation valorisation pdg ceo cfo
    fondateur fondatrice cofondateur cofondatrice founder cofounder actionnaire actionnaires
    shareholders"""
)
# "X's shares", "X's chief financial officer": what only a firm has.
_FIRM_POSSESSIVE = re.compile(
    r"['’]s?\s+(shares|stock|market value|valuation|ceo|cfo|chief (executive|financial)|"
    r"co-?founder|founder)\b",
    re.IGNORECASE,
)
# Kit a vendor sells, named after its product: "X's Pulse gateways", "NetWarden appliances".
_DEVICE_NOUNS = wordset(
    """gateway gateways appliance appliances firewall firewalls server servers router routers
    vpn vpns switches"""
)
_POSSESSIVE_END = re.compile(r"\w['’]s?\s*$")
PRODUCT_CONTEXT = _PRODUCT_CONTEXT  # for names spaCy did not tag at all
_PUBLIC_BODIES = (
    "white house",
    "maison blanche",
    "government",
    "gouvernement",
    "administration",
    "ministry",
    "ministere",
    "department of",
    "commission",
    "senate",
    "senat",
    "congress",
    "parliament",
    "parlement",
)
_LINK_WORDS = wordset(
    "s in at of from to for by with on into near de d du des en a au aux dans pour par sur chez"
)
_DETERMINERS = wordset("a an the its their un une le la l les son sa ses leur")
_OWNER_LINKS = wordset("de d du des of by par")
_MEDIA_AFTER = wordset(
    """reports reported reporting quoted wrote writes rapporte ecrit revele revealed"""
)
_MEDIA_BEFORE = ("according to", "selon", "told", "interview with", "au micro de", "a declare a")
_NAME_SHAPE = re.compile(r"[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]|^[A-Z]{2,}$")


def _tokens(text: str) -> list[str]:
    # "start-up" folds to two words; one is wanted, and a bare "up" must not look like a firm.
    return normalize_name(text).replace("start up", "startup").split()


def looks_like_name(text: str) -> bool:
    """CamelCase, letters mixed with digits, or an acronym: the shape of a product or firm."""
    return any(_NAME_SHAPE.search(token) for token in text.split())


def person_kind(name: str, left: str, right: str) -> ActorKind | None:
    """Official when a public-office title precedes the name or stands in apposition after it;
    an organisation's kind when the "person" is named like one ("Zorvex Technologies")."""
    if set(_tokens(name)) & (_COMPANY_WORDS | _GOV_WORDS | _ORG_WORDS | _LAW_WORDS):
        return org_kind(name, left, right)
    before = _tokens(left)[-4:]
    after = _tokens(right)[:10] if right.lstrip().startswith(",") else []
    if org_context(left):
        return ActorKind.ORGANIZATION  # "l'association Quadrature", tagged as a person
    if works_at(left) or _firm_context(left) or _FIRM_POSSESSIVE.match(right):
        return ActorKind.COMPANY  # spaCy tags unknown firms as people ("la société Quantelia")
    if OFFICIAL_TITLES & set(before + after[:4]):
        # "a former trade official": a private person now.
        return ActorKind.PERSON if former(before + after[:4]) else ActorKind.OFFICIAL
    if apposed_title(left) or security_post(right):
        return ActorKind.OFFICIAL
    # "X, responsable de l'IA à la Maison Blanche": an apposition naming a public body.
    apposition = " ".join(after)
    if any(body in apposition for body in _PUBLIC_BODIES):
        return ActorKind.OFFICIAL
    return ActorKind.PERSON


def _firm_context(left: str) -> bool:
    """A firm word right before the name ("la société X", "the startup X") or a noun only a
    firm has, owned by it ("l'action de X", "le PDG de X")."""
    if left.rstrip().endswith((",", ";", ":", "(")):
        return False  # "le fondateur de la start-up, Jean Dupont": an apposition, a person
    before = _tokens(left)[-2:]
    if before and before[-1] in _COMPANY_CONTEXT - {"investor", "investisseur"}:
        return True
    return len(before) == 2 and before[-1] in _OWNER_LINKS and before[-2] in _FIRM_OWNED


def org_context(left: str) -> bool:
    """A non-profit named by what it is right before its name: "l'ONG", "the advocacy group",
    "le think tank", "l'organisation non gouvernementale"."""
    before = _tokens(left)[-3:]
    if not before or left.rstrip().endswith((",", ";", ":", "(", ".")):
        return False
    last = before[-1]
    if last in _ORG_CONTEXT or before[-2:] == ["think", "tank"]:
        return True
    if last == "reflexion" and before[-2:-1] == ["de"]:  # "le groupe/cercle de réflexion"
        return True
    if last == "gouvernementale" and "non" in before:
        return True
    return len(before) >= 2 and last in _ORG_GROUP_HEADS and before[-2] in _ORG_GROUP_KINDS


def _context_kind(left: str, right: str) -> ActorKind | None:
    """Product when a product word sits next to the name ("le modèle R1", "its R1 model");
    Company when the name owns it ("les modèles d'OpenAI") or is called a firm/start-up."""
    before, after = _tokens(left)[-3:], _tokens(right)[:1]
    if (before and before[-1] in _PRODUCT_CONTEXT) or (after and after[0] in _PRODUCT_CONTEXT):
        return ActorKind.PRODUCT
    if len(before) >= 2 and before[-1] in _OWNER_LINKS and before[-2] in _PRODUCT_CONTEXT:
        return ActorKind.COMPANY
    if set(before) & _COMPANY_CONTEXT or _firm_context(left):
        return ActorKind.COMPANY
    return None


def _apposition_kind(right: str) -> ActorKind | None:
    """ ", une société chinoise", ", a Chinese start-up": a firm; ", son modèle": a product."""
    if not right.lstrip().startswith(","):
        return None
    tokens = _tokens(right)
    if not tokens or tokens[0] not in _DETERMINERS:
        return None  # ", surpassant des concurrents...": a clause, not an apposition
    after = set(tokens[1:4])
    if after & _COMPANY_CONTEXT:
        return ActorKind.COMPANY
    if after & _PRODUCT_CONTEXT:
        return ActorKind.PRODUCT
    return None


def place_kind(left: str, right: str) -> ActorKind | None:
    """French tags unknown firms as places ("Sophgo", like DeepSeek): a place name right after
    a firm word ("la start-up française Kyutai") or followed by one in apposition is a firm."""
    if org_context(left):
        return ActorKind.ORGANIZATION
    if works_at(left):
        return ActorKind.COMPANY  # "analyste chez Brevalis", tagged as a place
    before = _tokens(left)[-2:]
    # "la start-up française Kyutai", not "firms in Silicon Valley" or "the company's Paris".
    if before and before[-1] not in _LINK_WORDS and set(before) & _COMPANY_CONTEXT:
        return ActorKind.COMPANY
    # "l'action de Brevalis", "le PDG de Brevalis": what only a firm has.
    if len(before) == 2 and before[-1] in _OWNER_LINKS and before[-2] in _FIRM_OWNED:
        return ActorKind.COMPANY
    return _apposition_kind(right)


def _is_media(left: str, right: str) -> bool:
    after = _tokens(right)[:1]
    if after and after[0] in _MEDIA_AFTER:
        return True
    before = _tokens(left)
    while before and before[-1] in {"the", "le", "la", "l", "les"}:
        before.pop()
    if " ".join(before).endswith(_MEDIA_BEFORE):
        return True
    # A credit line: "TAIPEI, 3 février (Reuters) -".
    return left.rstrip().endswith("(") and right.lstrip().startswith(")")


def org_kind(name: str, left: str, right: str) -> ActorKind | None:
    """GovernmentBody, Organization (media, NGOs...), Company, Asset; None for laws."""
    tokens = _tokens(name)
    words = set(tokens)
    context = set(_tokens(left)[-2:])
    if (
        words & _LAW_WORDS
        or words <= _GOV_WORDS | _ORG_WORDS | _COMPANY_WORDS | _GENERIC_HEADS | _BARE_FORCES
        or words <= _LAW_ACRONYMS
    ):
        return None  # a law, or a bare "House", "Ministry", "Group": no name in it
    if is_exchange(name) or " ".join(tokens) in _NAMED_PLACES or words & _REGION_WORDS:
        return None  # an exchange, a room, an area ("European Economic Area")
    if person_shaped(name) and role_apposition(right) and not words & _CLASS_WORDS:
        return person_kind(name, left, right)  # "K Shanmugam, Singapore's minister", as ORG
    if words & _ASSET_WORDS or context & {"index", "indice"}:
        return ActorKind.ASSET
    if tokens[-1] in _FIRM_TAILS and tokens[0] not in _GOV_WORDS | _GENERIC_HEADS:
        return ActorKind.COMPANY  # "Meridian Asie Conseil", "Altair Gestion": firms' names
    if words & _GOV_WORDS:
        return ActorKind.GOVERNMENT_BODY
    if tokens[0] == "project" and len(tokens) > 1:
        return ActorKind.PRODUCT  # "Project Rainier": a code-named programme, not a body
    if org_context(left) or _org_headed(tokens):
        return ActorKind.ORGANIZATION
    if tokens[0] in _STATE_ADJECTIVES and not words & _COMPANY_WORDS:
        return ActorKind.GOVERNMENT_BODY  # "National Security Division", "Federal Reserve"
    if words & _COMPANY_WORDS:
        return ActorKind.COMPANY
    if _is_media(left, right) or words & _ORG_WORDS:
        return ActorKind.ORGANIZATION
    if _device_named(name, left, right):
        return ActorKind.PRODUCT
    if any(ch.isdigit() for ch in name):
        return _context_kind(left, right) or ActorKind.PRODUCT
    return _context_kind(left, right) or ActorKind.COMPANY


def _device_named(name: str, left: str, right: str) -> bool:
    """A product line right before the kit it names, owned by its vendor or shaped like a
    product: "Velmora's Pulse Guard gateways", "NetWarden appliances" (not "Acme servers")."""
    after = _tokens(right)[:1]
    if not after or after[0] not in _DEVICE_NOUNS:
        return False
    return bool(_POSSESSIVE_END.search(left)) or looks_like_name(name)


def _org_headed(tokens: list[str]) -> bool:
    """A name whose head is an organisation word, whatever its complement says:
    "Hollings Center for Technology Policy", "Privacy International"."""
    cut = next((i for i, t in enumerate(tokens) if i and t in _COMPLEMENT_LINKS), len(tokens))
    head = tokens[cut - 1]
    return head in _ORG_WORDS and head not in _COMPANY_WORDS


def is_exchange(name: str) -> bool:
    """ "Shanghai Stock Exchange", "Bourse de Paris": where shares trade, not an actor (a
    regulator named after one, "Securities and Exchange Commission", is a body)."""
    words = set(_tokens(name))
    return bool(words & _EXCHANGE_WORDS) and not words & _GOV_WORDS


def misc_kind(name: str, label: str, left: str, right: str) -> ActorKind | None:
    """Products and firms hidden under MISC/PRODUCT; None when it is not an actor."""
    words = set(_tokens(name))
    if words & _LAW_WORDS or is_exchange(name):
        return None
    if org_context(left):
        return ActorKind.ORGANIZATION
    if works_at(left) or _tokens(name)[-1] in _FIRM_TAILS:
        return ActorKind.COMPANY  # "gérant chez Altair Gestion"
    if words & _COMPANY_WORDS - {"software"}:
        return ActorKind.COMPANY
    if _device_named(name, left, right):
        return ActorKind.PRODUCT
    kind = _context_kind(left, right) or _apposition_kind(right)
    if kind is not None:
        return kind
    if not looks_like_name(name) and label != "PRODUCT":
        return None
    if label == "PRODUCT" or any(ch.isdigit() for ch in name):
        return ActorKind.PRODUCT  # "R2", "GPT-5", "Qwen3"
    return ActorKind.COMPANY  # a CamelCase name or acronym with no context: most often a firm


def has_evidence(name: str, left: str, right: str) -> bool:
    """Whether a kind comes from the name's words or its context rather than a default; such
    kinds outvote defaults when one new name is typed several ways in an article."""
    words = set(_tokens(name))
    classes = _COMPANY_WORDS | _GOV_WORDS | _ORG_WORDS | _ASSET_WORDS
    return bool(
        words & classes
        or _context_kind(left, right) is not None
        or _is_media(left, right)
        or org_context(left)
        or OFFICIAL_TITLES & set(_tokens(left)[-4:])
    )


def best_kind(label: str, name: str, left: str, right: str) -> ActorKind | None:
    """The kind of an unknown entity, or None for labels RiskGraph does not store."""
    if set(_tokens(name)) <= _LAW_ACRONYMS:
        return None
    if label in PERSON_LABELS:
        return person_kind(name, left, right)
    if label in ORG_LABELS:
        return org_kind(name, left, right)
    if label in PRODUCT_LABELS:
        return misc_kind(name, label, left, right)
    if label in PLACE_LABELS:
        if is_exchange(name):
            return None
        if set(_tokens(name)) & (_ORG_WORDS | _GOV_WORDS | _COMPANY_WORDS):
            return org_kind(name, left, right)  # French tags "Institut Montaigne" as a place
        return place_kind(left, right)  # else a city or region
    return None
