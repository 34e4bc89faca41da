"""Links the knowledge base already vouches for, stated again by the article: a product named in
the same sentence as its own developer ('Nvidia a présenté sa puce H20', 'DeepSeek released
R1'), a firm named with its own parent ('ByteDance, which owns TikTok ...'). The sentence is the
evidence; a pair the KB does not know is never linked on co-occurrence alone.
"""

from __future__ import annotations

import re

from graph.model import ActorKind
from ingest.extract.kb import KnowledgeBase
from ingest.extract.records import LinkKind
from ingest.extract.syntax import FIRMS, DocView
from ingest.extract.types import Mention, Sentence

_HELD = frozenset({ActorKind.PRODUCT, ActorKind.COMPANY})
# Named close together, the pair is one phrase's business ('Huawei processors, the Ascend 910B',
# 'DeepSeek, financée par High-Flyer'); far apart, two clauses' ('Apple et Google doivent
# examiner ... l'App Store et Google Play').
_NEAR = 150
# 'its H20 chips', 'ses modèles Llama': the product is owned by someone named before.
_POSSESSIVE = re.compile(r"\b(its|their|ses|son|sa|leurs?)\s+([\w-]+\s+){0,2}$", re.IGNORECASE)


def known_links(
    kb: KnowledgeBase, mentions: list[Mention]
) -> list[tuple[Mention, Mention, LinkKind, str]]:
    """(maker or owner, product or subsidiary, kind, cue) for each KB pair named together."""
    named: dict[str, list[Mention]] = {}
    for mention in mentions:
        entry = kb.get(mention.actor.name)
        if entry is not None:
            named.setdefault(entry.name, []).append(mention)
    found: list[tuple[Mention, Mention, LinkKind, str]] = []
    for mention in mentions:
        if mention.actor.kind not in _HELD:
            continue
        entry = kb.get(mention.actor.name)
        if entry is None:
            continue
        maker = _near(named.get(entry.developer or ""), mention, mentions)
        if maker is not None and mention.actor.kind == ActorKind.PRODUCT:
            found.append((maker, mention, "develops", "developer"))
        owner = _near(named.get(entry.parent or ""), mention, mentions)
        if owner is not None and owner.actor.id != mention.actor.id:
            found.append((owner, mention, "owns", "parent"))
    return found


def _near(
    candidates: list[Mention] | None, held: Mention, mentions: list[Mention]
) -> Mention | None:
    """The candidate mention closest to `held`, if near enough."""
    best: Mention | None = None
    gap = _NEAR + 1
    for other in candidates or ():
        distance = max(other.start - held.end, held.start - other.end)
        if distance < gap:
            best, gap = other, distance
    return best


def carried_links(
    view: DocView, sentence: Sentence, kb: KnowledgeBase
) -> list[tuple[Mention, Mention, LinkKind, str]]:
    """A product whose KB developer the article has just named: 'Nvidia said ... . The
    chipmaker sold no H20', 'Meta is sued ... : it used pirated books to train its Llama
    models'. Only when this sentence names no other organisation the product could belong to,
    or marks the product with a possessive ('its', 'ses')."""
    here = view.sentence_mentions(sentence.index)
    before = view.sentence_mentions(sentence.index - 1) if sentence.index > 0 else []
    text = view.text
    found: list[tuple[Mention, Mention, LinkKind, str]] = []
    for product in (m for m in here if m.actor.kind == ActorKind.PRODUCT):
        entry = kb.get(product.actor.name)
        if entry is None or not entry.developer:
            continue
        makers = [m for m in here + before if _is(kb, m, entry.developer)]
        if not makers:
            continue
        others = [  # firms only: a country makes no chip
            m
            for m in here
            if m.actor.kind in FIRMS and m.actor.id != product.actor.id and m not in makers
        ]
        owned = _POSSESSIVE.search(text[max(0, product.start - 40) : product.start])
        if owned or not others:
            found.append((makers[-1], product, "develops", "developer, named before"))
    return found


def _is(kb: KnowledgeBase, mention: Mention, name: str) -> bool:
    entry = kb.get(mention.actor.name)
    return entry is not None and entry.name == name
