"""Names spaCy did not tag but a product word introduces: "l'assistant Nova", "the chatbot
Echo", "the Lyra model". Real news is full of new products the KB and NER both miss."""

from __future__ import annotations

from typing import Any

from graph.ids import normalize_name
from graph.model import ActorKind
from ingest.extract.kinds import PRODUCT_CONTEXT
from ingest.extract.passes import Intervals
from ingest.extract.spans import is_generic


def _is_name(token: Any) -> bool:
    return token.pos_ == "PROPN" and str(token.text)[:1].isupper() and not token.is_sent_start


def untagged_products(doc: Any, taken: Intervals) -> list[tuple[int, int, str, ActorKind]]:
    """(start, end, name, kind) of proper nouns right after a product noun, or between a
    determiner and one ("the Lyra model"); spans already claimed are left alone."""
    out: list[tuple[int, int, str, ActorKind]] = []
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
        name = str(doc.text[start:end])
        if introduced and not taken.overlaps(start, end) and not is_generic(name):
            out.append((start, end, name, ActorKind.PRODUCT))
            taken.add(start, end)
        index = last.i + 1
    return out
