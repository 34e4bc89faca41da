"""Groups named again by their number: 'the three labels say', 'les deux agences estiment'.

A story that has listed several parties ('Universal, Sony and Warner'; 'le SNE, la SGDL et le
SNAC') goes on with 'the three labels', 'les trois organisations', 'both carriers'. Such a
counted plural stands for the latest list of exactly that many parties in the sentences just
before (or earlier in its own). A plural without a count ('the labels') is left alone: which
parties it covers is a guess.
"""

from __future__ import annotations

from graph.model import ActorKind
from ingest.extract.accused import PARTY_KINDS, joined
from ingest.extract.syntax import DocView, Token, dep
from ingest.extract.types import Mention

_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "both": 2,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "2": 2, "3": 3, "4": 4, "5": 5,
}  # fmt: skip
_REACH = 3  # sentences back where the list may be
_SPEAKERS = PARTY_KINDS - {ActorKind.COUNTRY}


def _count(noun: Token) -> int | None:
    """'the three labels' -> 3, 'both carriers' -> 2, 'les deux agences' -> 2."""
    if noun.pos_ != "NOUN" or str(noun.tag_).upper() not in {"NNS", "NOUN"}:
        return None
    if str(noun.tag_).upper() == "NOUN" and "Number=Plur" not in str(noun.morph):
        return None
    for child in noun.children:
        if dep(child) in {"nummod", "det", "predet"} and str(child.text).lower() in _COUNTS:
            return _COUNTS[str(child.text).lower()]
    return None


def group_named_before(view: DocView, noun: Token) -> list[Mention]:
    """The parties a counted plural stands for, or [] when no list of that size is near."""
    count = _count(noun)
    if count is None:
        return []
    current = view.sentence_at(noun.idx).index
    before = [
        m
        for m in view.analyzed.mentions
        if m.end <= noun.idx and current - _REACH <= m.sentence <= current
    ]
    for mention in reversed(before):
        group = [m for m in joined(view, mention) if m.end <= noun.idx]
        actors = {m.actor.id for m in group}  # 'le SNE (Syndicat...)' is one party
        speakers = list({m.actor.id: m for m in group if m.actor.kind in _SPEAKERS}.values())
        if len(actors) > 1 and len(speakers) == count == len(actors):
            return speakers
    return []
