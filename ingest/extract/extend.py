"""NER spans that stop short of the name they belong to, extended to its end.

- French institutions name themselves with lower-case words that spaCy leaves out: "l'Institut
  Lumière pour le numérique", "le Centre d'études sur la sécurité numérique". The tail is
  taken only while the dependency parse attaches it to the name (not "l'Institut Montaigne
  sur la question", where "question" hangs on the verb).
- Ministries list their portfolios: "Ministry of Economy, Trade and Industry",
  "ministère de l'Économie, du Commerce et de l'Industrie".
- Stock indexes end with the word "index": "the PHLX Semiconductor index"; funds with "ETF".
"""

from __future__ import annotations

import re
from typing import Any

from graph.ids import normalize_name
from ingest.extract.lexicon import wordset
from ingest.extract.spans import NameSpan

_FR_HEADS = wordset(
    """centre institut observatoire fondation conseil agence autorite office commission comite
    association federation academie ecole"""
)
_TAIL_MAX = 8  # tokens
_TAIL_WORDS = frozenset({"NOUN", "ADJ", "PROPN"})
_TAIL_LINKS = frozenset({"ADP", "DET"})
_LEADING = wordset("the le la les l")
_PORTFOLIO = r"(?:(?:du|de la|de l['’]|des|d['’])\s*)?[A-ZÉ][\w-]+"
_PORTFOLIOS = re.compile(rf",\s+{_PORTFOLIO}(?:,\s+{_PORTFOLIO})*,?\s+(?:and|et|&)\s+{_PORTFOLIO}")
_MINISTRY = wordset("ministry ministere department departement")
# Funds end with "ETF": "the Global X Cybersecurity ETF".
_INDEX = re.compile(r"\s+(?:index|Index|ETF)\b")


def _first_word(name: str) -> str:
    words = normalize_name(name).split()
    while len(words) > 1 and words[0] in _LEADING:
        words.pop(0)
    return words[0] if words else ""


def _french_tail(doc: Any, span: NameSpan) -> int:
    """The end of a French institution's lower-case tail, or the span's own end."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None or _first_word(span.name) not in _FR_HEADS:
        return span.end
    inside = set(range(tokens.start, tokens.end))
    root = tokens.root
    end = span.end
    j = tokens.end
    while j < len(doc) and j - tokens.end < _TAIL_MAX:
        token = doc[j]
        if token.pos_ in _TAIL_WORDS and _attached(token, inside, root) and not token.is_punct:
            inside.add(j)
            end = int(token.idx + len(token.text))
        elif token.pos_ in _TAIL_LINKS and token.head.i > j:
            inside.add(j)
        else:
            break
        j += 1
    return end


def _attached(token: Any, inside: set[int], root: Any) -> bool:
    """Hangs on the name, or beside it as the same kind of modifier of the same word: the
    parse of "chercheuse à l'Institut Lumière pour le numérique" makes both "Institut" and
    "numérique" modifiers of "chercheuse" (a verb's object and adverbial differ in kind)."""
    if token.head.i in inside:
        return True
    return (
        token.pos_ == "NOUN"
        and root.dep_ == "nmod"
        and token.dep_ == "nmod"
        and token.head.i == root.head.i
        and root.head.i not in inside
    )


def extend_span(doc: Any, text: str, span: NameSpan) -> NameSpan:
    """The span grown to the end of its name (or unchanged)."""
    end = span.end
    first = _first_word(span.name)
    if first in _MINISTRY:
        match = _PORTFOLIOS.match(text, end)
        if match is not None:
            end = match.end()
    elif (index := _INDEX.match(text, end)) is not None:
        end = index.end()
    elif span.label in ("ORG", "LOC", "MISC") and doc.lang_ == "fr":
        end = _french_tail(doc, span)
    if end == span.end:
        return span
    return NameSpan(span.start, end, text[span.start : end], span.label)
