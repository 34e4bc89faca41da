"""An app named again by its type: 'Texas banned the app', "ordonné le blocage de
l'application".

A story that has said 'the DeepSeek app', "DeepSeek's chatbot" or "l'application de la start-up
chinoise DeepSeek" goes on with 'the app', "l'application". Such a definite noun, as an object
or a complement (what is banned, blocked, probed), stands for the one actor the story has tied
to that noun before. Two such actors, or none, leave it alone; so do a subject (accused.py's
stand-in reads those), a noun with a complement ("l'application du règlement" is its
enforcement) and a noun followed by a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from graph.model import Actor
from ingest.extract.coref_firms import named_next
from ingest.extract.passes import Found

_NOUNS = r"apps?|applications?|appli|chatbot|assistant"
_NOUN = re.compile(rf"\b(?:the|[Ll]e|[Ll]a|[Ll]['’])\s*(?P<noun>{_NOUNS})\b", re.IGNORECASE)
# 'the DeepSeek app', "DeepSeek's AI chatbot", 'DeepSeek’s app'
_TIED_AFTER = re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:{_NOUNS})\b", re.IGNORECASE)
# "l'application DeepSeek", "l'application de la start-up chinoise DeepSeek", 'the app of X'
_TIED_BEFORE = re.compile(
    rf"\b(?:{_NOUNS})\s+(?:(?:de|d['’]|of)\s*(?:(?:la|le|l['’]|the)\s*)?(?:[\w-]+\s+){{0,3}}?)?$",
    re.IGNORECASE,
)
_COMPLEMENT = re.compile(r"\s+(?:du|des|de|d['’]|of|for|pour)\b", re.IGNORECASE)
_OWNED = re.compile(r"['’]s$")


def app_descriptors(doc: Any, text: str, found: list[Found]) -> Iterator[tuple[int, int, Actor]]:
    """Spans of 'the app' / "l'application" and the one actor tied to the noun before them."""
    starts = {int(t.idx): t for t in doc}
    for match in _NOUN.finditer(text):
        start, end = match.span("noun")
        token = starts.get(start)
        if token is None or str(token.dep_).startswith("nsubj") or token.pos_ != "NOUN":
            continue
        if _COMPLEMENT.match(text, end) or named_next(text, end) or text[end : end + 1] in "'’":
            continue  # "l'application du texte", 'the app TikTok', "the app's users"
        tied = {
            f.actor.id: f.actor
            for f in found
            if f.end <= start
            and (
                _TIED_AFTER.match(text, f.end)
                or _TIED_BEFORE.search(text, max(0, f.start - 60), f.start)
            )
        }
        if len(tied) == 1:
            yield start, end, next(iter(tied.values()))
