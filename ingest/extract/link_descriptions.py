"""Links stated by a description that names one party through the other: 'xAI, la société
d'Elon Musk', "Mark Zuckerberg's company, Meta," (owner, only in apposition to the firm: which
firm a bare 'le groupe de Mark Zuckerberg' means is a guess), 'the ChatGPT maker', 'le
créateur de ChatGPT' (developer).

A maker description names only the product; the knowledge base says who makes it, and the link
is kept only when that company is itself named in the article, so the sentence is the evidence
and the KB only tells which named party the description stands for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from graph.ids import normalize_name
from graph.model import ActorKind
from ingest.extract.kb import KnowledgeBase, default_kb
from ingest.extract.link_cues import OWNED_NOUNS, PRODUCT_NOUNS
from ingest.extract.link_spans import Found
from ingest.extract.syntax import PEOPLE, DocView
from ingest.extract.types import Mention, Sentence

# A person's firm named by its owner: 'la société d'Elon Musk', "Mark Zuckerberg's company".
OWNER_FIRM = re.compile(
    r"\b(le groupe|la société|l['’]entreprise|la firme|la compagnie|l['’]empire|la start-up"
    r"|la startup|la jeune pousse|the company|the firm|the group|the start-up|the startup)"
    r"\s+(de|d['’]|of)\s*$",
    re.IGNORECASE,
)
FIRM_OF = re.compile(
    r"^['’]s?\s+(company|firm|group|empire|start-?up|venture|social network|platform)\b",
    re.IGNORECASE,
)
# 'the ChatGPT maker', "le créateur de ChatGPT": a description of a product's developer.
MAKER_AFTER = re.compile(r"^\s*(maker|developer|creator|owner|parent)\b", re.IGNORECASE)
MAKER_BEFORE = re.compile(
    r"\b(maker|developer|creator|éditeur|créateur|concepteur|développeur|fabricant"
    r"|propriétaire|owner|parent)\s+(of|de|d['’]|du)\s*((the|le|la|l['’])\s*)?$",
    re.IGNORECASE,
)
_FIRMS = frozenset({ActorKind.COMPANY, ActorKind.PRODUCT})
_DESCRIBED = frozenset({ActorKind.COMPANY, ActorKind.ORGANIZATION, ActorKind.PRODUCT})
_DESCRIBERS = PEOPLE | frozenset({ActorKind.COMPANY, ActorKind.ORGANIZATION})
# 'X, the Party's flagship newspaper': a comma, then the owner and its noun.
_SAXON_LEAD = re.compile(r"\s*,\s*(the\s+)?")
_SAXON_HEAD = re.compile(r"['’]s?\s+(?P<words>([\w-]+\s+){0,2}[\w-]+)\b(?P<end>\s*[,.;:)—–])?")
# 'X, le réseau social d'Elon Musk', "Grok, l'assistant d'intelligence artificielle de xAI".
_OF_LEAD = re.compile(
    r"\s*,\s*(le|la|l['’]|the)\s*(?P<noun>[\w-]+)(\s+[\w'’-]+){0,3}?\s+(de|d['’]|du|of)\s*",
    re.IGNORECASE,
)
_COMMA = re.compile(r"\s*[,—–(]\s*")
_SPACE = re.compile(r"\s*,?\s*")


def _firm_next_to(view: DocView, mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The firm a description stands in apposition to: before it ('xAI, la société de') or
    right after it ("Elon Musk's company xAI", 'la société de Musk, xAI,')."""
    text = view.text
    earlier = [m for m in mentions if m.end <= start]
    if (
        earlier
        and earlier[-1].actor.kind in _FIRMS
        and _COMMA.fullmatch(text[earlier[-1].end : start])
    ):
        return earlier[-1]
    later = [m for m in mentions if m.start >= end]
    if later and later[0].actor.kind in _FIRMS and _SPACE.fullmatch(text[end : later[0].start]):
        return later[0]
    return None


def _owner_firms(view: DocView, sentence: Sentence, mentions: list[Mention]) -> Iterator[Found]:
    text = view.text
    for person in (m for m in mentions if m.actor.kind in PEOPLE):
        lead = OWNER_FIRM.search(text[sentence.start : person.start])
        tail = FIRM_OF.match(text[person.end : sentence.end])
        if lead is None and tail is None:
            continue
        start = sentence.start + lead.start() if lead else person.start
        end = person.end + tail.end() if tail else person.end
        firm = _firm_next_to(view, mentions, start, end)
        if firm is not None and firm.actor.id != person.actor.id:
            yield person, firm, "owns", "owner's firm"


def _makers(
    view: DocView, sentence: Sentence, mentions: list[Mention], kb: KnowledgeBase
) -> Iterator[Found]:
    text = view.text
    for product in (m for m in mentions if m.actor.kind == ActorKind.PRODUCT):
        if not (
            MAKER_AFTER.match(text[product.end : sentence.end])
            or MAKER_BEFORE.search(text[sentence.start : product.start])
        ):
            continue
        entry = kb.get(product.actor.name)
        maker = (entry.developer or entry.parent) if entry is not None else None
        if maker is None:
            continue
        key = normalize_name(maker)
        named = [m for m in view.analyzed.mentions if normalize_name(m.actor.name) == key]
        if named:
            yield named[0], product, "develops", "maker of the product"


def _apposed_descriptions(
    view: DocView, sentence: Sentence, mentions: list[Mention]
) -> Iterator[Found]:
    """'People's Daily, the Communist Party's flagship newspaper', 'Grok, xAI's chatbot', 'X, le
    réseau social d'Elon Musk': a description in apposition names the thing's owner or maker. A
    country is no owner ('Alibaba, China's biggest group' is a Chinese group)."""
    text = view.text
    for thing, owner in pairwise(mentions):
        if thing.actor.kind not in _DESCRIBED or owner.actor.kind not in _DESCRIBERS:
            continue
        english = _SAXON_LEAD.fullmatch(text[thing.end : owner.start])
        head = _SAXON_HEAD.match(text, owner.end, sentence.end) if english else None
        french = _OF_LEAD.fullmatch(text[thing.end : owner.start])
        noun = _english_head(head) if head else french.group("noun").lower() if french else ""
        if noun in PRODUCT_NOUNS and thing.actor.kind == ActorKind.PRODUCT:
            if owner.actor.kind not in PEOPLE:
                yield owner, thing, "develops", "described as its product"
        elif noun in OWNED_NOUNS and thing.actor.kind != ActorKind.PRODUCT:
            yield owner, thing, "owns", "described as its property"


def _english_head(match: re.Match[str]) -> str:
    """The head of 'the Party's flagship newspaper,': the last word before the punctuation that
    closes the apposition, else the first noun of a kind a description names."""
    words = match.group("words").lower().split()
    if match.group("end"):
        return words[-1]
    return next((w for w in words if w in PRODUCT_NOUNS | OWNED_NOUNS), "")


def description_links(
    view: DocView, sentence: Sentence, mentions: list[Mention], kb: KnowledgeBase | None = None
) -> list[Found]:
    """(one side, other side, kind, cue) for every description-stated link of one sentence."""
    return [
        *_owner_firms(view, sentence, mentions),
        *_makers(view, sentence, mentions, kb or default_kb()),
        *_apposed_descriptions(view, sentence, mentions),
    ]
