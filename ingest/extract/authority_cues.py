"""Cues for an authority's acts on a named party, in English and French: lists ('placed Huawei
on the Entity List'), licences, orders ('ordered DeepSeek to stop'), instructions not to use a
product, and controls a product is subject to. Read by `link_authority.py`.
"""

from __future__ import annotations

import re

# Lists an authority puts a company on: 'placed Huawei on the Entity List'.
LISTED = re.compile(
    r"\b(on|to|onto|sur|à|dans|as|comme)\s+(the|its|a|their|sa|la|leur|une)?\s*([\w-]+\s+){0,2}"
    r"(entity list|blacklist|black list|liste noire|liste des entités|sanctions list"
    r"|liste de sanctions|unverified list|(list of )?(« |\")?chinese military compan(y|ies)"
    r"|(liste des )?(« |\")?entreprises? (militaires?|liées? à l['’]armée)"
    r"|(a )?national security threats?|menaces? pour la sécurité nationale)",
    re.IGNORECASE,
)
# Being on a list rather than put on it: 'Huawei has been on the Commerce Department's Entity
# List', 'Zhipu AI figure depuis janvier sur la liste noire du département du Commerce'.
ON_LIST = re.compile(
    r"\b(is|are|was|were|has been|have been|had been|remains|remain|stays|figure|figurent"
    r"|figurait|figuraient|est|sont|était|étaient|reste|restent|demeure)\s+"
    r"(already\s+|still\s+|déjà\s+|also\s+|aussi\s+|toujours\s+|depuis\s+[\w\s]{1,20}?\s+)?"
    r"(on|sur)\s+(the|la|sa|its|their|leur)\s+(?P<owner>[^,;.]{0,60}?)"
    r"(entity list|blacklist|black list|liste noire|liste des entités|sanctions list"
    r"|liste de sanctions|list of (« |\")?chinese military companies)"
    r"(?P<of>\s+(of|de|du|des|de la|de l['’]))?",
    re.IGNORECASE,
)
LIST_VERBS = frozenset(
    {
        "place",
        "add",
        "put",
        "list",
        "blacklist",
        "placer",
        "ajouter",
        "inscrire",
        "mettre",
        "designate",
        "désigner",
        "classify",
        "classer",
    }
)
# Licences an authority grants: 'granted Nvidia a licence', 'a license from Commerce'.
LICENCE = re.compile(
    r"\b(licen[cs]es?|export licen[cs]es?|permis|autorisations?|authori[sz]ations?|waivers?"
    r"|dérogations?)\b",
    re.IGNORECASE,
)
LICENCE_GRANT = frozenset(
    {"grant", "issue", "give", "approve", "award", "accorder", "octroyer", "délivrer", "donner"}
)
LICENCE_GET = frozenset({"receive", "obtain", "get", "win", "secure", "obtenir", "recevoir"})
# What an order or instruction must do for it to be a ban: 'ordered DeepSeek to stop
# processing', 'a ordonné à DeepSeek de cesser', 'told its staff not to use DeepSeek'.
ORDER_TO = re.compile(
    r"\b(to|de|d['’])\s+(stop|cease|halt|suspend|remove|divest|sell|block|withdraw|delete"
    r"|cesser|arrêter|suspendre|retirer|bloquer|céder|vendre|supprimer|désinstaller)\b"
    r"|\bnot to (use|install|download)\b|\bne (pas|plus) (utiliser|installer|télécharger)\b",
    re.IGNORECASE,
)
# Telling someone not to use a product: 'told its personnel not to use DeepSeek', 'les
# départements ne devaient pas utiliser DeepSeek'.
NOT_TO_USE = re.compile(
    r"\b(not to use|must not use|should not use|shall not use|may not use|cannot use"
    r"|can(no|')t use|shouldn['’]t use|mustn['’]t use|barred from using|banned from using"
    r"|prohibited from using|forbidden from using|ne pas utiliser|ne plus utiliser"
    r"|ne (doivent|devaient|devraient|doit|devait|peuvent|pouvaient|pourront|pourra)"
    r" (pas|plus) utiliser|interdit(s|e|es)? d['’]utiliser)\b",
    re.IGNORECASE,
)
ORDERS = re.compile(
    r"\b(ordered|orders|has ordered|have ordered|a ordonné|ont ordonné|ordonne|ordonnent"
    r"|a enjoint|ont enjoint|enjoint|a sommé|ont sommé|somme|required|compelled|forced"
    r"|a contraint|a obligé)\b",
    re.IGNORECASE,
)
# What an order may shut rather than tell: 'a ordonné le blocage de l'application DeepSeek'.
ORDERED_ACT = re.compile(
    r"\s*([\w-]+\s+){0,2}?(le blocage|la fermeture|la suspension|le retrait|la suppression"
    r"|l['’]interdiction|the closure|the shutdown|the blocking|the suspension|the removal"
    r"|the ban)(\s+immédiate?)?\s+(de l['’]|de la|du|des|de|d['’]|of)\s*",
    re.IGNORECASE,
)
# A restriction that falls on a product or firm: 'Ascend chips are subject to export controls'.
SUBJECT_TO = re.compile(
    r"\b(subject to|soumise?s? (à|aux)|assujettie?s? (à|aux))\s+((strict|stricter|new|tighter"
    r"|the|les|des|de|nouveaux|nouvelles|strictes?)\s+)*((US|U\.S\.|American|Chinese|[A-Z][\w.-]+)"
    r"\s+)?(export controls?|export restrictions|contrôles? (à|aux) l['’]exportation|sanctions"
    r"|restrictions|licen[cs]e requirements?|licen[cs]ing requirements?|embargo|interdiction)",
)
