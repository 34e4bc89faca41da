"""Firms named again by their nationality and type: 'the South Korean company', 'le groupe
sud-coréen', 'la start-up chinoise'.

Once a story has named a firm, it often goes on with its country and what it is. Such a
definite phrase stands for the one company of that country (the KB's `country`) named before
it; two such firms, or none, leave it unresolved, and so does a phrase followed by a name
('the Chinese start-up DeepSeek' introduces the name itself).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import Actor, ActorKind
from ingest.extract.passes import Found
from ingest.extract.role_orgs import DEMONYM_ALTERNATION, DEMONYMS

_DEMONYM = rf"(?i:(?P<demonym>{DEMONYM_ALTERNATION}))"
_HEADS_EN = (
    r"company|firm|group|giant|tech giant|chipmaker|maker|manufacturer|carmaker|automaker"
    r"|start-?up|conglomerate|lab|chip designer|designer|developer"
)
_HEADS_FR = (
    r"firme|soci[ée]t[ée]|entreprise|groupe|g[ée]ant|fabricant|constructeur|start-up|startup"
    r"|laboratoire|conglom[ée]rat|concepteur|d[ée]veloppeur|[ée]diteur"
)
# What a product is called: 'the Chinese chatbot', "l'application chinoise" stand for the one
# product, or the one firm making it, of that country named before.
_PRODUCT_HEADS_EN = r"chatbot|app|assistant"
_PRODUCT_HEADS_FR = r"chatbot|application|appli|assistant"
_PATTERNS = (
    # 'the South Korean company', 'the Chinese AI start-up'
    re.compile(
        rf"\b[Tt]he\s+{_DEMONYM}(?![\w-])\s+(?:[a-zA-Z]+\s+)?(?P<head>{_HEADS_EN})(?![\w-])"
    ),
    # 'le groupe sud-coréen', 'la start-up chinoise', 'le géant chinois'
    re.compile(rf"\b(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?P<head>{_HEADS_FR})\s+{_DEMONYM}(?![\w-])"),
    re.compile(
        rf"\b[Tt]he\s+{_DEMONYM}(?![\w-])\s+(?:AI\s+)?(?P<product>{_PRODUCT_HEADS_EN})(?![\w-])"
    ),
    re.compile(
        rf"\b(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?P<product>{_PRODUCT_HEADS_FR})\s+{_DEMONYM}(?![\w-])"
    ),
)
# Headquarters cities (kb/descriptors.yaml) in California, for 'the Californian giant'.
CALIFORNIA = frozenset(
    {"Santa Clara", "Cupertino", "Mountain View", "Menlo Park", "San Francisco", "San Diego",
     "Palo Alto", "San Jose", "Sunnyvale", "Los Angeles"}
)  # fmt: skip
_PRODUCT_KINDS = frozenset({ActorKind.COMPANY, ActorKind.PRODUCT})


def national_firms(text: str, found: list[Found]) -> Iterator[tuple[int, int, Actor]]:
    """Head-noun spans of national descriptors and the one firm each stands for."""
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            country = DEMONYMS[match.group("demonym").lower()]
            product = "product" in pattern.groupindex
            kinds = _PRODUCT_KINDS if product else {ActorKind.COMPANY}
            fits = {
                f.actor.id: f.actor
                for f in found
                if f.actor.kind in kinds and f.end <= match.start() and f.actor.country == country
            }
            if len(fits) != 1 or named_next(text, match.end()):
                continue
            if text[match.end() : match.end() + 2] in ("'s", "’s"):
                continue  # "the Chinese giant's chips": what it owns, not the firm acting
            start, end = match.span("product" if product else "head")
            yield start, end, next(iter(fits.values()))


def named_next(text: str, end: int) -> bool:
    """The descriptor is followed by the name itself ("ChatGPT maker OpenAI", 'la start-up
    chinoise Moonshot'): no coreference is needed, and the name may be someone else's."""
    rest = text[end : end + 3]
    return len(rest) >= 2 and rest[0] == " " and rest[1].isupper()
