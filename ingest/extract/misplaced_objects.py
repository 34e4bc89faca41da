"""The object of an accusing verb where the parse put it out of the verb's reach.

French parses often hang the object of 'accuser' on a date word ('a accusé mercredi la Chine
de', where 'la Chine' becomes a modifier of 'mercredi') and attach a relative clause to the
wrong noun ('a désigné Zhipu AI, rival chinois dont Alibaba est actionnaire, qu'il accuse de'):
the one accused is then read from the word order, as a reader does.
"""

from __future__ import annotations

from graph.model import ActorKind
from ingest.extract.syntax import DocView, Token, dep
from ingest.extract.types import Mention

# French only: English parses attach 'which'/'whom' to their antecedent.
_RELATIVES = frozenset({"que", "qu'", "qu’"})
# Words that may stand between a verb and its object: "a accusé mercredi la Chine".
_DAYS = frozenset(
    {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
     "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
     "octobre", "novembre", "décembre", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday", "yesterday"}
)  # fmt: skip
_BETWEEN_POS = frozenset({"ADV", "DET", "NUM"})
_PREPOSITIONS = frozenset({"ADP"})


def _first_party_between(
    view: DocView, start: int, end: int, kinds: frozenset[ActorKind], excluded: frozenset[str]
) -> Mention | None:
    """The first party named in tokens start..end-1 that no preposition introduces."""
    tokens = [view.doc[i] for i in range(start, end)]
    for found in view.mentions_in(tokens):
        if found.actor.kind not in kinds or found.actor.id in excluded:
            continue
        first = next(iter(view.tokens_in(found.start, found.end)), None)
        if first is None:
            continue
        index = first.i - 1
        while index >= start and view.doc[index].pos_ == "DET":
            index -= 1
        if index >= start and view.doc[index].pos_ in _PREPOSITIONS:
            continue  # "à Supermicro", "en Chine": not the object
        return found
    return None


def object_after_date(
    view: DocView, verb: Token, kinds: frozenset[ActorKind], excluded: frozenset[str]
) -> Mention | None:
    """'a accusé mercredi la Chine de': the party right after the verb and a date word."""
    index = verb.i + 1
    seen_date = False
    while index < len(view.doc):
        token = view.doc[index]
        if str(token.text).lower() in _DAYS:
            seen_date = True
        elif token.pos_ not in _BETWEEN_POS:
            break
        index += 1
    if not seen_date or index >= len(view.doc):
        return None
    found = view.mention(view.doc[index])
    if found is None or found.actor.kind not in kinds or found.actor.id in excluded:
        return None
    return found


def relative_antecedent(
    view: DocView, verb: Token, kinds: frozenset[ActorKind], excluded: frozenset[str]
) -> Mention | None:
    """'OpenAI a désigné Zhipu AI, rival chinois dont ..., qu'il accuse de': the one a
    relative 'que' stands for is the object of the verb the relative clause follows, the
    first party named after that verb."""
    relative = next(
        (
            c
            for c in verb.children
            if str(c.text).lower() in _RELATIVES and c.pos_ == "PRON" and c.i < verb.i
        ),
        None,
    )
    if relative is None or relative.i < 1 or str(view.doc[relative.i - 1].text) != ",":
        return None
    main = next((a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"} and a.i < relative.i), None)
    if main is None or dep(main) == "aux" or main.i >= relative.i:
        return None
    return _first_party_between(view, main.i + 1, relative.i, kinds, excluded)
