"""Roles stated by a verb rather than a title: 'X, who heads the National Security Division',
'le cheikh X, qui préside à la fois G42 et MGX', 'Fondée en 2023 par Liang Wenfeng, DeepSeek',
'a start-up founded by Y'."""

from __future__ import annotations

import re

from graph.model import ActorKind
from ingest.extract.cues import ROLE_VERBS
from ingest.extract.lexicon import french_infinitives
from ingest.extract.records import RoleRecord
from ingest.extract.syntax import ORGS, PEOPLE, DocView, Token, dep, lemma
from ingest.extract.types import Mention, Sentence

_WHO = re.compile(r"\s*,\s*(who|qui)\s+", re.IGNORECASE)
_FOUND = frozenset({"fonder", "found", "cofonder", "co-found", "cofound"})
_AGENT_CASES = frozenset({"par", "by"})
_GAP = re.compile(r"[\s,]*")


def _record(view: DocView, person: Mention, title: str, org: Mention) -> RoleRecord:
    return RoleRecord(
        person=person.actor,
        title=title,
        org=org.actor,
        quote=view.quote(view.sentence_at(person.start)),
        confidence=0.7,
    )


def _role_verb(view: DocView, token: Token) -> str | None:
    if lemma(token) in ROLE_VERBS:
        return lemma(token)
    if not view.lang.startswith("fr"):
        return None
    return next((g for g in french_infinitives(str(token.text)) if g in ROLE_VERBS), None)


def _relative(view: DocView, sentence: Sentence, person: Mention) -> list[RoleRecord]:
    """'X, who heads Y', 'X, qui préside Y et Z'."""
    text = str(view.doc.text)
    if not _WHO.match(text, person.end) or person.actor.kind not in PEOPLE:
        return []
    start = _WHO.match(text, person.end)
    tokens = [t for t in view.sentence_tokens(sentence) if t.idx >= (start.end() if start else 0)]
    verb = next((t for t in tokens[:4] if t.pos_ in {"VERB", "NOUN", "ADJ"}), None)
    key = _role_verb(view, verb) if verb is not None else None
    if verb is None or key is None:
        return []
    first = next((m for m in view.mentions_in(verb.subtree) if m.actor.kind in ORGS), None)
    if first is None:
        return []
    label = ROLE_VERBS[key]
    return [
        _record(view, person, label, m) for m in view.coordinated(first) if m.actor.kind in ORGS
    ]


def _agents(view: DocView, verb: Token) -> list[Mention]:
    for child in verb.children:
        cases = {str(c.text).lower() for c in child.children if dep(c) in {"case", "prep"}}
        if dep(child) in {"agent", "obl:agent"} or (
            dep(child).startswith("obl") and cases & _AGENT_CASES
        ):
            target = next((g for g in child.children if dep(g) == "pobj"), child)
            found = view.mention(target)
            if found is not None and found.actor.kind in PEOPLE:
                return [m for m in view.coordinated(found) if m.actor.kind in PEOPLE]
    return []


def _founded(view: DocView, sentence: Sentence) -> list[RoleRecord]:
    """'Fondée en 2023 par Liang Wenfeng, DeepSeek ...', 'Acme, founded by Jane Roe'."""
    records: list[RoleRecord] = []
    for verb in view.sentence_tokens(sentence):
        if lemma(verb) not in _FOUND or verb.pos_ not in {"VERB", "ADJ"}:
            continue
        founders = _agents(view, verb)
        if not founders:
            continue
        org = view.mention(verb.head) if verb.head.i != verb.i else None
        org = org or (view.named(verb.head) if verb.head.i != verb.i else None)
        if org is None:  # a fronted participle: the firm named right after its founders
            after = [
                m for m in view.sentence_mentions(sentence.index) if m.start > founders[-1].end
            ]
            gap = str(view.doc.text[founders[-1].end : after[0].start]) if after else ""
            org = after[0] if after and _GAP.fullmatch(gap) else None
        if org is not None and org.actor.kind in ORGS and org.actor.kind != ActorKind.COUNTRY:
            records += [_record(view, p, "Founder", org) for p in founders]
    return records


def phrase_roles(view: DocView, sentence: Sentence) -> list[RoleRecord]:
    """Roles a sentence states with a verb."""
    records = _founded(view, sentence)
    for person in view.sentence_mentions(sentence.index):
        records += _relative(view, sentence, person)
    return records
