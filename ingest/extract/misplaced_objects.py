"""The object of an accusing verb where the parse put it out of the verb's reach.

French parses often hang the object of 'accuser' on a date word ('a accusé mercredi la Chine
de', where 'la Chine' becomes a modifier of 'mercredi') and attach a relative clause to the
wrong noun ('a désigné Zhipu AI, rival chinois dont Alibaba est actionnaire, qu'il accuse de'),
and hang a participle set off by a comma ('ses sanctions contre la société X, accusée d'avoir')
on the main verb or on the last name before it ('visant X, la société fondée par Y,
soupçonnée de'): the one accused is then read from the word order, as a reader does.
"""

from __future__ import annotations

from graph.model import ActorKind
from ingest.extract.syntax import DocView, Token, dep, lemma
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
# Participles that describe the one accused: "X, accusée d'avoir", "Y, suspected of".
_ACCUSED_PARTICIPLES = frozenset({"accuser", "soupçonner", "accuse", "suspect"})
_OWN_ARGUMENTS = frozenset({"aux", "aux:pass", "aux:tense", "auxpass", "nsubj", "nsubj:pass"})
_PREPOSITIONS = frozenset({"ADP"})
# Words that make the name after them a description of another: "soutenu par Alibaba".
_DESCRIBING = frozenset({"par", "de", "du", "des", "d'", "d’", "by", "of"})


def _introducer(view: DocView, mention: Mention) -> str:
    """The word before a name, past its articles ('contre la société X': 'société')."""
    first = next(iter(view.tokens_in(mention.start, mention.end)), None)
    index = first.i - 1 if first is not None else -1
    while index >= 0 and view.doc[index].pos_ == "DET":
        index -= 1
    return str(view.doc[index].text).lower() if index >= 0 else ""


def parties_between(
    view: DocView, start: int, end: int, kinds: frozenset[ActorKind], excluded: frozenset[str]
) -> list[Mention]:
    """The parties named in tokens start..end-1 that no preposition introduces."""
    tokens = [view.doc[i] for i in range(start, end)]
    kept: list[Mention] = []
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
        kept.append(found)
    return kept


def _first_party_between(
    view: DocView,
    start: int,
    end: int,
    kinds: frozenset[ActorKind],
    excluded: frozenset[str],
    *,
    last: bool = False,
) -> Mention | None:
    """The first (or `last`) party named in tokens start..end-1 that no preposition introduces."""
    found = parties_between(view, start, end, kinds, excluded)
    return (found[-1] if last else found[0]) if found else None


def objects_before(
    view: DocView, pronoun: Token, kinds: frozenset[ActorKind], excluded: frozenset[str]
) -> list[Mention]:
    """'a sanctionné X, présenté comme un pirate, et sa société Y. Washington les accuse de':
    a plural object pronoun stands for the parties the sentence before took after its main
    verb, when it took more than one (the parse often hangs the second on a description)."""
    current = view.sentence_at(pronoun.idx).index
    if current == 0:
        return []
    tokens = view.sentence_tokens(view.sentences[current - 1])
    root = next((t for t in tokens if t.head.i == t.i and t.pos_ in {"VERB", "AUX"}), None)
    if root is None or not tokens:
        return []
    found = parties_between(view, root.i + 1, max(t.i for t in tokens) + 1, kinds, excluded)
    return found if len(found) > 1 else []


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
            # the parse may read the relative 'qu'' as a conjunction ('mark')
            if str(c.text).lower() in _RELATIVES
            and (c.pos_ == "PRON" or dep(c) == "mark")
            and c.i < verb.i
        ),
        None,
    )
    if relative is None or relative.i < 2 or str(view.doc[relative.i - 1].text) != ",":
        return None
    # "a porté plainte contre OpenAI, qu'elle accuse de": the name right before the comma,
    # unless it only describes another ('rival chinois soutenu par Alibaba, qu'il accuse')
    just_before = view.mention(view.doc[relative.i - 2])
    if (
        just_before is not None
        and just_before.actor.kind in kinds
        and just_before.actor.id not in excluded
        and _introducer(view, just_before) not in _DESCRIBING
    ):
        return just_before
    main = next((a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"} and a.i < relative.i), None)
    if main is None or dep(main) == "aux" or main.i >= relative.i:
        return None
    return _first_party_between(view, main.i + 1, relative.i, kinds, excluded)


def _set_off_participle(view: DocView, verb: Token) -> bool:
    """'..., accusée d'avoir', '..., suspected of': a past participle of an accusing verb right
    after a comma, with no auxiliary or subject of its own ('est accusé de' has its subject)."""
    if lemma(verb) not in _ACCUSED_PARTICIPLES or verb.i < 1:
        return False
    past = ("Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")) or (
        verb.tag_ == "VBN"
    )
    return (
        past
        and str(view.doc[verb.i - 1].text) == ","
        and not any(dep(c) in _OWN_ARGUMENTS for c in verb.children)
    )


def participle_antecedent(
    view: DocView, verb: Token, kinds: frozenset[ActorKind], excluded: frozenset[str]
) -> Mention | None:
    """'a prolongé ses sanctions contre la société X, accusée d'avoir', 'a poursuivi un ancien
    ingénieur, X, accusé de': a set-off accusing participle describes the name right before
    its comma; when that name only describes another ('visant X, la société fondée par Y,
    soupçonnée de'), the name the description is set beside."""
    if not _set_off_participle(view, verb) or verb.i < 2:
        return None
    before = view.mention(view.doc[verb.i - 2])
    if before is None or before.actor.kind not in kinds or before.actor.id in excluded:
        return None
    if _introducer(view, before) not in _DESCRIBING:
        return before
    first = next(iter(view.tokens_in(before.start, before.end)), None)
    if first is None:
        return None
    sentence = view.sentence_at(verb.idx)
    start = min(t.i for t in view.sentence_tokens(sentence))
    for found in reversed(parties_between(view, start, first.i, kinds, excluded)):
        last = max(t.i for t in view.tokens_in(found.start, found.end))
        after = view.doc[last + 1 : last + 3]
        if len(after) == 2 and str(after[0].text) == "," and after[1].pos_ == "DET":
            return found  # "X, la société fondée par Y": X
        return None
    return None
