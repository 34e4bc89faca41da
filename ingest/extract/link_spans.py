"""Where the parties of a stated link stand: right after its cue ('a stake in Talgen', give or
take a short description: 'the Chinese startup DeepSeek'), right before it ('Anthropic, backed
by'), or as the subject of the verb that carries it; with the names coordinated with them ('Italy
and Australia'). Shared by the cue rules (`link_frames.py`) and possessives (`link_possessives.py`).
"""

from __future__ import annotations

import re
from itertools import pairwise

from graph.model import ActorKind
from ingest.extract.records import LinkKind
from ingest.extract.syntax import ORGS, PEOPLE, DocView, Token, dep, lemma
from ingest.extract.types import Mention

# A link a pass found: its two parties, its kind and its reason.
Found = tuple[Mention, Mention, LinkKind, str]

PARTIES = ORGS | PEOPLE | frozenset({ActorKind.PRODUCT})
TARGETS = frozenset({ActorKind.COMPANY, ActorKind.PRODUCT, ActorKind.ORGANIZATION})
ACTING = ORGS | PEOPLE
_AUTHORITY_NOUNS = frozenset({"authority", "autorité", "regulator", "régulateur", "government"})
# Words a description between a cue and its party may hold ('the Chinese startup').
_DESCRIPTION = frozenset({"DET", "ADJ", "NOUN", "NUM", "SYM", "PROPN"})
_USE_OF = re.compile(
    r"\s*((the|la|l['’]|le|les)\s*)?(use|usage|utilisation|sale|sales|vente|ventes|exports?"
    r"|practices|pratiques|activities|activités|intrusions|conduct|dealings"
    r"|exportations?|products|produits|services?|app|application|representatives|représentants"
    r"|executives|dirigeants|responsables|officials|shares|actions|stakes?|participations?)"
    r"\s+(of|de|d['’]|du|des|from|in|dans)\s*",
    re.IGNORECASE,
)
# 'Italy and Australia', "l'Italie et l'Australie", 'OpenAI et son partenaire Microsoft'.
_JOINER = re.compile(
    r"\s*(,|et|and|ou|or|as well as|ainsi que|, et|, and)\s*((à|au|aux)\s+)?"
    r"((l['’]|la|le|les|the|son|sa|ses|its|their|leur)\s*)?((partenaire|partner|allié|ally)\s+)?",
    re.IGNORECASE,
)
# 'accounts linked to DeepSeek', 'des comptes liés à DeepSeek': what a probe or ban targets.
_CONJUNCTION = re.compile(r"\b(et|and|ou|or|as well as|ainsi que)\b", re.IGNORECASE)
_LINKED_TO = re.compile(
    r"\s*((the|des|les|a|an|un|une|certain|several|plusieurs)\s+)?([\w-]+\s+){1,2}"
    r"(linked|tied|connected|affiliated|associated|li[ée]e?s?|affili[ée]e?s?|associ[ée]e?s?)"
    r"\s+(to|with|à|avec)\s+((the|la|le|l['’])\s*)?",
    re.IGNORECASE,
)
_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
    r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
)
_DAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
# A time phrase between a verb and its object: 'sanctioned in January', 'a publié la semaine
# dernière', 'a infligé vendredi'.
_WHEN = re.compile(
    rf"\s*((in|on|en|dès|since|depuis|le)\s+)?(({_MONTHS}|{_DAYS})(\s+\d{{1,4}})*"
    r"|last (week|month|year)|this week|earlier this (week|month|year)"
    r"|la semaine (dernière|passée)|le mois dernier|l['’]an dernier|l['’]année dernière"
    r"|cette semaine|ce mois-ci|\d{4})\s*(?=\S)",
    re.IGNORECASE,
)
# Who a statement is credited to: 'According to the regulator,', "D'après la CNIL,".
_SOURCE = re.compile(
    r"\b(selon|according to|d['’]après|as reported by|cited by|cité(e|s|es)? par)\s+"
    r"((le|la|les|l['’]|the|des|du)\s*)?$",
    re.IGNORECASE,
)
_MARKS = frozenset({",", "-", "—", "–", "(", ")"})
_COMMA = re.compile(r"\s*,\s*")
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "son", "sa", "ses", "leur", "leurs"})


def described(view: DocView, start: int, end: int, *, comma: bool = False) -> bool:
    """Only a short description lies between two offsets: 'the Chinese startup ', ', la '."""
    text = view.text[start:end]
    if not text.strip():
        return True
    tokens = [t for t in view.doc.char_span(start, end, alignment_mode="expand") or []]
    words = [t for t in tokens if not t.is_punct]
    marks = [str(t.text) for t in tokens if t.is_punct]
    if len(words) > 4 or any(m not in (_MARKS if comma else {"-"}) for m in marks):
        return False
    return all(
        t.pos_ in _DESCRIPTION
        or str(t.text).lower() in {"des", "du"}  # 'jeudi des représentants': de + les
        or (t.pos_ == "PRON" and lemma(t) in POSSESSIVE_PRONOUNS)
        for t in words
    )


def joined(view: DocView, mention: Mention) -> list[Mention]:
    """The mention and those coordinated with it, in order."""
    run = view.listed_with(mention, lambda gap: bool(_JOINER.fullmatch(gap)))
    gaps = [view.text[a.end : b.start] for a, b in pairwise(run)]
    if gaps and not any(_CONJUNCTION.search(g) for g in gaps):
        return [mention]  # 'Aux Etats-Unis, la Nasa': commas alone make no list
    # ', et l'AFP a conclu': a name that opens a clause of its own starts another list.
    starts = [0, *(i for i in range(1, len(run)) if _opens_clause(view, run[i - 1], run[i]))]
    at = run.index(mention) if mention in run else 0
    first = max(i for i in starts if i <= at)
    following = [i for i in starts if i > at]
    return run[first : following[0] if following else len(run)]


def _opens_clause(view: DocView, previous: Mention, mention: Mention) -> bool:
    """Whether `mention` is the subject of a verb that the name before it is no subject of."""
    head, own = view.head_of(mention), view.head_of(previous)
    if head is None or own is None or not dep(head).startswith("nsubj"):
        return False
    gap = view.text[previous.end : mention.start]
    if "," not in gap or not _CONJUNCTION.search(gap):
        return False  # 'A, B et C ont signé': one subject, however it was parsed
    verb = next((a for a in own.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and verb.i != head.head.i and verb.i < head.i


def is_modifier(view: DocView, mention: Mention) -> bool:
    """'Nvidia chips', 'Talgen Systems' cloud unit': the name qualifies a noun after it."""
    if view.text[mention.end : mention.end + 1] == "-":
        return True  # 'Beijing-based ByteDance', 'Amazon-backed'
    head = view.head_of(mention)
    if head is None:
        return False
    return dep(head) in {"compound", "poss", "nmod:poss"} and head.head.i > head.i


def after(
    view: DocView, mentions: list[Mention], end: int, kinds: frozenset[ActorKind]
) -> list[Mention]:
    """The party right after a cue, and those coordinated with it."""
    text = view.text
    for mention in mentions:
        if mention.start < end:
            continue
        if mention.actor.kind not in kinds:
            if is_modifier(view, mention):
                continue  # "China's Huawei", 'la chinoise DeepSeek'
            return []
        when = _WHEN.match(text, end, mention.start)  # 'a sanctionné en janvier la société X'
        gap_end = when.end() if when else end
        use = _USE_OF.search(text, gap_end, mention.start)
        if use and described(view, gap_end, use.start()):
            gap_end = use.end()
        elif kinds == TARGETS and (tied := _LINKED_TO.match(text, end, mention.start)):
            gap_end = tied.end()
        # A probe into 'DeepSeek's practices' or a ban on 'DeepSeek products' targets DeepSeek.
        modifier = kinds != TARGETS and is_modifier(view, mention)
        if described(view, gap_end, mention.start) and not modifier:
            group = [m for m in joined(view, mention) if m.start >= mention.start]
            return [m for m in group if m.actor.kind in kinds]
        return []
    return []


def is_source(view: DocView, mention: Mention) -> bool:
    """A name a statement is credited to: 'According to the regulator,', "D'après la CNIL"."""
    return bool(_SOURCE.search(view.text, max(0, mention.start - 40), mention.start))


def before(
    view: DocView, mentions: list[Mention], start: int, kinds: frozenset[ActorKind]
) -> list[Mention]:
    """The party right before a cue ('Anthropic, backed by', 'Amazon-backed'); not a source
    ('Selon le régulateur, la filiale de X': the regulator only reports)."""
    earlier = [m for m in mentions if m.end <= start]
    if not earlier:
        return []
    last = earlier[-1]
    if last.actor.kind not in kinds or not described(view, last.end, start, comma=True):
        return []
    if is_source(view, last) and re.search(r",\s*\w", view.text[last.end : start]):
        return []  # a new phrase after the source; 'Selon l'agence, qui dépend de X' is hers
    if "," in view.text[last.end : start]:
        return [last]  # 'SoftBank and OpenAI, the developer of': the apposition is OpenAI's
    return [m for m in joined(view, last) if m.end <= start and m.actor.kind in kinds]


def acting_parties(view: DocView, subject: Token) -> list[Mention]:
    """The acting parties: the subject, its conjuncts, or the countries of 'les autorités en X'."""
    # 'it' is a firm or a body, never a person ('Marta Velez said it sold its stake').
    neuter = str(subject.text).lower() in {"it", "its"}
    own = view.actor_of(subject, ORGS if neuter else ACTING)
    found = [m for m in joined(view, own) if m.actor.kind in ACTING] if own else []
    for child in subject.children:
        if dep(child) == "conj" and (m := view.actor_of(child, ACTING)) is not None:
            found.append(m)
        misread = dep(child) == "amod" and child.i < subject.i  # 'la [Garante] italienne'
        if not found and misread and (m := view.actor_of(child, ACTING)) is not None:
            found.append(m)
    if not found and subject.pos_ == "NOUN":
        # 'The directive, announced by the Department of Home Affairs, required ...'
        for clause in (c for c in subject.children if dep(c) == "acl"):
            for agent in (g for g in clause.children if dep(g) in {"agent", "obl:agent"}):
                named = next((p for p in agent.children if dep(p) == "pobj"), agent)
                if (m := view.actor_of(named, ACTING)) is not None:
                    found.append(m)
    if not found and lemma(subject) in _AUTHORITY_NOUNS:
        found = [
            m
            for m in view.mentions_in(subject.subtree)
            if m.actor.kind in {ActorKind.COUNTRY, ActorKind.GOVERNMENT_BODY}
        ]
    return found


_RELATIVE_PRONOUNS = frozenset({"qui", "which", "that", "who", "lequel", "laquelle"})


def is_relative(token: Token) -> bool:
    return str(token.text).lower() in _RELATIVE_PRONOUNS


def relative_party(view: DocView, token: Token, kinds: frozenset[ActorKind]) -> Mention | None:
    """The party a token stands for; a relative pronoun stands for the noun its clause follows,
    never for a name sentences earlier ('The company, which is controlled by X': not NASA)."""
    if not is_relative(token):
        return view.actor_of(token, kinds)
    if not dep(token.head).startswith(("acl", "relcl")):
        return None
    return view.actor_of(token.head.head, kinds)


def token_at(view: DocView, char: int) -> Token | None:
    span = view.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def governing_verb(token: Token) -> Token | None:
    current = token
    for _ in range(5):
        if current.pos_ in {"VERB", "AUX"} or any(
            dep(c).startswith("nsubj") for c in current.children
        ):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def apposed(
    view: DocView, mentions: list[Mention], mention: Mention, kinds: frozenset[ActorKind]
) -> list[Mention]:
    """The name set off by a comma right after a mention: 'TikTok, ByteDance,'."""
    text = view.text
    later = [m for m in mentions if m.start >= mention.end]
    if (
        later
        and later[0].actor.kind in kinds
        and _COMMA.fullmatch(text[mention.end : later[0].start])
    ):
        return [later[0]]
    return []


def cut_subject(view: DocView, verb: Token) -> Token | None:
    """The name right before a verb and its auxiliaries, when the parser cut it off
    ('SoftBank | a mené')."""
    at = verb.i - 1
    while at >= 0 and (view.doc[at].pos_ in {"AUX", "ADV", "PART"} or dep(view.doc[at]) == "expl"):
        at -= 1
    if at < 0 or at == verb.i - 1:
        return None
    token = view.doc[at]
    return token if view.mention(token) is not None else None


_BY = re.compile(r"\s*,?\s*(by|par)\s+", re.IGNORECASE)


def by_agent(
    view: DocView, mentions: list[Mention], mention: Mention, kinds: frozenset[ActorKind]
) -> list[Mention]:
    """The party after 'by'/'par' right after a mention: "le rachat de Mellanox par Nvidia"."""
    gap = _BY.match(view.text, mention.end)
    return after(view, mentions, gap.end(), kinds)[:1] if gap else []


def mentions_around(view: DocView, token: Token) -> list[Mention]:
    """The mentions of the sentence a token is in."""
    return view.sentence_mentions(view.sentence_at(token.idx).index)
