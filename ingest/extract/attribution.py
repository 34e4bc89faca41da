"""Who reported a claim, kept apart from who made it.

'according to the Financial Times', 'a déclaré à Fox News', 'told Fox News', 'selon Reuters',
'a Bloomberg report', '(Reuters)': the outlet is a relay. A claim echoed by ten outlets stays
one claim by one claimant, with ten relays, never ten confirmations.
"""

from __future__ import annotations

import re

from graph.model import ActorKind
from ingest.extract.cues import ASCRIBE_LEMMAS, CLAIM_LEMMAS, INQUIRY_LEMMAS
from ingest.extract.syntax import PEOPLE, DocView, Token, dep, lemma
from ingest.extract.types import Mention

# "According to X" credits an outlet (an Organization) or a speaker (anyone else).
_ACCORDING = re.compile(r"(according to|selon|d.après)\s+(the |le |la |l['’]|les )?$", re.I)
_BEFORE = re.compile(
    r"(cité par|citée par|quoted by|reported by|rapporté par|"
    r"interview (with|to)|interview (à|au)|entretien (avec|à|au)|told|a déclaré (à|au)|"
    r"a confié (à|au)|a indiqué (à|au)|indiquant (à|au)|s.exprimant sur|speaking (to|on|with))"
    r"\s+(a |an |the |le |la |l['’]|les |un |une )?$",
    re.IGNORECASE,
)
_FOR = re.compile(r"\s*(pour|for)\s+", re.IGNORECASE)
# "The filing, seen by Reuters, says": the outlet that read a document does not author it.
_SEEN_BY = re.compile(r"\b(seen|reviewed|viewed) by\s+(the )?$", re.I)
# The outlet in a dateline is followed by the dash that opens the story.
_DATELINE_CLOSE = re.compile(r"\)\s*[-–—:]")
# A French "rapport" is a body's or an institute's own report ("un rapport de l'Institut
# Clingendael conclut"); a newspaper's story is an "article" or a "reportage".
_REPORT_NOUNS = frozenset({"report", "article", "interview", "entretien", "broadcast", "reportage"})
_REPORT_VERBS = frozenset({"report", "quote", "rapporter", "citer", "publish", "publier"})
_TO = frozenset({"to", "à", "au", "aux", "sur", "on", "with", "avec"})
# Speaking to an outlet, not inquiring into someone ("une enquête sur DeepSeek") nor laying
# blame on them ("attribuant à Sandworm des intrusions").
_SPEECH = (CLAIM_LEMMAS - INQUIRY_LEMMAS - ASCRIBE_LEMMAS) | {
    "exprimer",
    "speak",
    "parler",
    "interview",
}
# A body's own findings: "l'agence a publié un rapport attribuant", never an outlet's story.
_OWN_FINDINGS = frozenset(
    {"report", "rapport", "study", "étude", "analysis", "analyse", "advisory", "guidance"}
)


def _publishes_findings(verb: Token) -> bool:
    return lemma(verb) in {"publish", "publier"} and any(
        dep(c) in {"obj", "dobj"} and lemma(c) in _OWN_FINDINGS for c in verb.children
    )


def _own_report(verb: Token) -> bool:
    """'reported that the start-up had trained': a clause reported in the outlet's own voice,
    not a speaker's words it carries ('reported that the ministry said', 'according to')."""
    if lemma(verb) != "report":
        return False
    clauses = [c for c in verb.children if dep(c) == "ccomp"]
    return bool(clauses) and not any(
        lemma(t) in _SPEECH or str(t.text).lower() == "according"
        for c in clauses
        for t in c.subtree
    )


def _relay_by_syntax(view: DocView, head: Token) -> bool:
    first = head  # "told Apple and Google": each one told
    while dep(first) == "conj" and first.head.i != first.i:
        first = first.head
    if lemma(first.head) == "tell" and dep(first) in {"dobj", "obj", "dative", "iobj"}:
        return True  # "told Fox News"
    parent = head.head
    cases = {str(c.text).lower() for c in head.children if dep(c) in {"case", "prep"}}
    if (
        parent.i != head.i
        and lemma(parent) in _SPEECH
        and cases & _TO
        and not dep(head).startswith("nsubj")  # "the Committee on the CCP said" speaks
    ):
        return True  # "indiquant au Financial Times", "s'exprimant sur Fox News"
    if dep(head) == "pobj" and str(parent.text).lower() in _TO and lemma(parent.head) in _SPEECH:
        return True  # English parses hang the noun under its preposition: "said on Fox News"
    if lemma(parent) in _REPORT_NOUNS and dep(head) in {"compound", "nmod", "poss", "amod"}:
        return True  # "a Bloomberg report"
    if lemma(parent) in _REPORT_VERBS and dep(head).startswith("nsubj"):
        # "Bloomberg quoted the sources" relays; "The Ledger reported that X had trained" and
        # "a publié un rapport attribuant" are the outlet's or body's own findings, unless
        # what it reports is someone else's claim.
        return not (_own_report(parent) or _publishes_findings(parent))
    return bool(
        dep(head) == "pobj" and str(parent.text).lower() == "to" and lemma(parent.head) == "accord"
    )


def is_relay(view: DocView, mention: Mention) -> bool:
    """Whether a mention is an outlet cited as the source of what is said, not a speaker."""
    text = view.text
    before = text[max(0, mention.start - 40) : mention.start]
    if _BEFORE.search(before):
        return True
    if _ACCORDING.search(before) or _SEEN_BY.search(before):
        return mention.actor.kind == ActorKind.ORGANIZATION
    if before.rstrip().endswith("(") and _DATELINE_CLOSE.match(text, mention.end):
        return True  # dateline "TAIPEI, 3 février (Reuters) -"; not "l'agence (ANSSI) a dit"
    head = view.head_of(mention)
    return head is not None and _relay_by_syntax(view, head)


def relays_in(view: DocView, mentions: list[Mention]) -> list[Mention]:
    """The relay outlets among a sentence's mentions, in order."""
    return [m for m in mentions if is_relay(view, m)]


def _for_person(view: DocView, mention: Mention) -> bool:
    """'Pour Jane Doe, directrice du SNE, il s'agit de...', 'For Doe, the case shows...': a
    person opening the sentence with 'pour'/'for' and a comma gives a view of her own."""
    if mention.actor.kind not in PEOPLE:
        return False
    start = view.sentence_at(mention.start).start
    return bool(
        _FOR.fullmatch(view.text[start : mention.start])
        and view.text[mention.end :].startswith(",")
    )


def sources_in(view: DocView, mentions: list[Mention]) -> list[Mention]:
    """Speakers credited with 'according to' or 'selon' ('Selon OpenAI, DeepSeek aurait...'),
    or a person's view opening the sentence ('Pour X, ...'): the claimant of what the rest of
    the sentence says."""
    text = view.text
    return [
        m
        for m in mentions
        if (_ACCORDING.search(text[max(0, m.start - 40) : m.start]) or _for_person(view, m))
        and not is_relay(view, m)
    ]
