"""Roles stated by a verb: 'Fondée en 2023 par Liang Wenfeng, DeepSeek ...', 'Zhang, who founded
Wingtech', 'le cheikh, qui préside G42 et MGX', 'Eisenberg, who heads the department's National
Security Division', 'the Republican who chairs the committee'.

Founding is a lasting fact at any tense; chairing or heading counts only in the present (a past
'chaired' is a former role, a future 'will head' an incoming one). A title after 'to be' ('X is
Acme's chief executive') is handed back as a window for roles.py to read like an apposition.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import ActorKind
from ingest.extract import role_orgs
from ingest.extract.records import RoleRecord
from ingest.extract.syntax import ORGS, PEOPLE, DocView, Token, dep, lemma
from ingest.extract.types import Mention, Sentence

_FOUND = frozenset({"found", "co-found", "cofound", "fonder", "cofonder", "co-fonder"})
_LEAD = {"chair": "Chairman", "head": "Head", "lead": "Head", "présider": "Chairman"}
_LEAD |= {"diriger": "Head", "run": "Head"}
_RELATIVE = frozenset({"who", "that", "qui"})
_LATER = frozenset({"will", "shall", "would", "aller", "devoir"})
_FIRMS = ORGS - {ActorKind.COUNTRY}


def verb_roles(view: DocView) -> list[RoleRecord]:
    out: list[RoleRecord] = []
    for sentence in view.sentences:
        for token in view.sentence_tokens(sentence):
            word = _lemma(token)
            if word not in _FOUND and word not in _LEAD:
                continue
            if token.pos_ not in {"VERB", "AUX"} and not str(token.tag_).startswith("VB"):
                continue
            if not _current(token, founding=word in _FOUND):
                continue
            label = "Founder" if word in _FOUND else _LEAD[word]
            for person, org in _pairs(view, token):
                out.append(
                    RoleRecord(
                        person=person.actor,
                        title=label,
                        org=org.actor,
                        quote=view.quote(sentence),
                        confidence=0.6,
                    )
                )
    return out


_FORMS = re.compile(r"(présid|dirig|fond|cofond|co-fond)(e|es|ent|é|ée|és|ées)", re.I)


def _lemma(token: Token) -> str:
    """The verb's lemma; the French lemmatiser leaves some forms as they are ('préside')."""
    match = _FORMS.fullmatch(str(token.text))
    return f"{match.group(1).lower()}er" if match else lemma(token)


def _current(verb: Token, founding: bool) -> bool:
    if any(dep(c).startswith("aux") and lemma(c) in _LATER for c in verb.children):
        return False  # 'will head', 'va présider'
    if founding:
        return True
    tenses = set(verb.morph.get("Tense"))
    passive = any(dep(c) in {"agent", "obl:agent", "auxpass", "aux:pass"} for c in verb.children)
    if passive and dep(verb) in {"acl", "amod"}:
        return True  # 'the committee chaired by X'
    return (
        not (tenses & {"Past", "Imp"})
        or any(dep(c).startswith("aux") and lemma(c) == "be" for c in verb.children)
        or _since(verb)
    )


def _since(verb: Token) -> bool:
    """'who has run Acme since 2019': a perfect with 'since' is still going on."""
    if not any(dep(c).startswith("aux") and lemma(c) in {"have", "avoir"} for c in verb.children):
        return False
    near = [*verb.children, *(g for c in verb.children for g in c.children)]
    return any(lemma(t) in {"since", "depuis"} for t in near)


def _pairs(view: DocView, verb: Token) -> Iterator[tuple[Mention, Mention]]:
    agent = _agent(view, verb)
    if agent is not None:  # passive: 'fondée par X', 'founded by X'
        org = _patient(view, verb) or _opened(view, verb, agent)
        if org is not None:
            yield agent, org
        return
    person = subject_person(view, verb)
    if person is None:
        return
    objects = [c for c in verb.children if dep(c) in {"dobj", "obj"}]
    orgs = [o for c in objects for o in _objects(view, c)] if objects else _next_names(view, verb)
    for org in orgs:
        yield person, org


def _agent(view: DocView, verb: Token) -> Mention | None:
    for child in verb.children:
        if dep(child) == "agent":
            name = next((g for g in child.children if dep(g) == "pobj"), child)
        elif dep(child).startswith("obl") and any(lemma(g) == "par" for g in child.children):
            name = child
        else:
            continue
        found = view.mention(name)
        if found is not None and found.actor.kind in PEOPLE:
            return found
    # The parser may miss the agent ('Fondée en 2021 par X, Acme'): 'par'/'by' a few words on.
    following = view.doc[verb.i + 1 : verb.i + 6]
    for token in following:
        if lemma(token) in {"par", "by"}:
            found = view.mention(view.doc[token.i + 1]) if token.i + 1 < len(view.doc) else None
            return found if found is not None and found.actor.kind in PEOPLE else None
        if token.pos_ not in {"ADP", "NUM", "ADV"}:
            return None
    return None


def _patient(view: DocView, verb: Token) -> Mention | None:
    """What was founded: the passive subject, the noun the participle describes ('DeepSeek,
    fondée par X'), or the subject of the clause it opens ('Fondée par X, DeepSeek a ...')."""
    for child in verb.children:
        if dep(child) in {"nsubjpass", "nsubj:pass"}:
            return view.actor_of(child, _FIRMS)
    if dep(verb) in {"acl", "amod", "appos"}:
        found = view.actor_of(verb.head, _FIRMS)
        if found is None and dep(verb.head) == "appos":  # 'MGX, the fund chaired by X'
            found = view.mention(verb.head.head)
            found = found if found is not None and found.actor.kind in _FIRMS else None
        if found is not None:
            return found
    root = verb.head
    for child in root.children:
        if dep(child).startswith("nsubj") and child.i > verb.i:
            return view.actor_of(child, _FIRMS)
    return None


def _opened(view: DocView, verb: Token, agent: Mention) -> Mention | None:
    """'Founded in 2015 by X, Acme ...': the name right after the phrase the participle opens."""
    sentence = view.sentence_at(verb.idx)
    if any(t.is_alpha for t in view.tokens_in(sentence.start, verb.idx)):
        return None
    after = [m for m in view.sentence_mentions(sentence.index) if m.start >= agent.end]
    first = after[0] if after else None
    between = view.text[agent.end : first.start] if first else ""
    if first is None or first.actor.kind not in _FIRMS or between.strip() != ",":
        return None
    return first


def subject_person(view: DocView, verb: Token) -> Mention | None:
    """The person who is the verb's subject, through 'who'/'qui'."""
    for child in verb.children:
        if not dep(child).startswith("nsubj") or "pass" in dep(child):
            continue
        if str(child.text).lower() in _RELATIVE and "relcl" in dep(verb):
            return _person_of(view, verb.head) or _before_relative(view, child)
        return _person_of(view, child)
    if dep(verb) in {"acl", "relcl"} and str(view.doc[verb.i - 1].text) == "-":
        return _person_of(view, verb.head)  # 'X, who co-founded Y': the parser splits 'co-'
    return None


def _before_relative(view: DocView, pronoun: Token) -> Mention | None:
    """The person a 'who'/'qui' follows when the parser hung it elsewhere: the last person
    before it, with only an apposition (no verb) in between ('X, conseiller de Y, qui ...')."""
    sentence = view.sentence_at(pronoun.idx)
    people = [
        m
        for m in view.sentence_mentions(sentence.index)
        if m.end <= pronoun.idx and m.actor.kind in PEOPLE
    ]
    if not people:
        return None
    between = list(view.tokens_in(people[-1].end, pronoun.idx))
    if any(t.pos_ in {"VERB", "AUX"} for t in between) or sum(t.text == "," for t in between) > 2:
        return None
    return people[-1]


def _next_names(view: DocView, verb: Token) -> list[Mention]:
    """Names right after the verb when the parse gives it no object ('préside à la fois G42
    et MGX'): the first mention a few function words on, with those coordinated to it."""
    for token in view.doc[verb.i + 1 : verb.i + 6]:
        found = view.mention(token)
        if found is not None:
            group = view.coordinated(found) if found.actor.kind in _FIRMS else []
            return [m for m in group if m.actor.kind in _FIRMS]
        if token.pos_ not in {"DET", "ADV"} and lemma(token) not in {"à", "fois", "both"}:
            return []  # 'who heads to the Pentagon' is a trip
    return []


def _person_of(view: DocView, token: Token) -> Mention | None:
    """The person a noun stands for: itself, or the name it is in apposition to ('Moolenaar,
    the Michigan Republican who ...')."""
    for candidate in (token, token.head if dep(token) == "appos" else None):
        if candidate is None:
            continue
        found = view.mention(candidate)
        if found is not None and found.actor.kind in PEOPLE:
            return found
    return None


def _objects(view: DocView, noun: Token) -> list[Mention]:
    """The organisations a verb's object names, with those coordinated to it ('G42 et MGX');
    'the committee' stands for the committee named before."""
    out: list[Mention] = []
    for token in (noun, *(c for c in noun.children if dep(c) == "conj")):
        found = view.mention(token) or view.named(token)  # not 'leads OpenAI's efforts'
        if found is None and token.pos_ == "NOUN":
            words = view.text_of(list(token.subtree))
            found = role_orgs.coreferent(view, words, token.idx) if _definite(token) else None
        if found is not None and found.actor.kind in _FIRMS:
            out.append(found)
    return out


def _definite(noun: Token) -> bool:
    return any(dep(c) == "det" and lemma(c) in {"the", "le", "la", "l'"} for c in noun.children)


def copular_windows(view: DocView) -> Iterator[tuple[Mention, list[Token]]]:
    """'X is Acme's chief executive', 'X est le PDG d'Acme', 'who founded Y and is also Acme's
    CEO': the predicate is read like an apposition. Past and future ('was', 'sera') are not."""
    for sentence in view.sentences:
        for token in view.sentence_tokens(sentence):
            person = _appointed(view, token)
            if person is None and lemma(token) in {"be", "être"}:
                holder = token.head if dep(token) == "cop" else token
                tense = set(token.morph.get("Tense"))
                if tense & {"Past", "Imp", "Fut"} or _later(holder):
                    continue
                person = subject_person(view, holder)
                if person is None and dep(holder) == "conj":
                    person = subject_person(view, holder.head)
            window: list[Token] = []
            for word in view.doc[token.i + 1 : _end(view, sentence)]:
                if str(word.text) in {",", ".", ";", ":"} or word.pos_ in {"VERB", "AUX"}:
                    break
                if window or lemma(word) not in {"as", "comme"}:
                    window.append(word)
            if person is not None and window:
                yield person, window


_NAMED = frozenset({"name", "appoint", "elect", "nommer", "élire"})


def _later(verb: Token) -> bool:
    return any(lemma(c) in {"will", "would", "shall", "aller"} for c in verb.children)


def _appointed(view: DocView, verb: Token) -> Mention | None:
    """The person who 'became CEO' or 'was named CEO', 'est devenu PDG', 'a été nommé PDG'
    (an appointment is a current role; 'will become' is an incoming one)."""
    word = lemma(verb)
    if verb.pos_ != "VERB" or _later(verb):
        return None
    if word in {"become", "devenir"}:
        return subject_person(view, verb)
    if word not in _NAMED and not str(verb.text).lower().startswith(("nommé", "élu")):
        return None
    for child in verb.children:
        if dep(child) in {"nsubjpass", "nsubj:pass"}:
            if str(child.text).lower() in _RELATIVE:
                return _person_of(view, verb.head) or _before_relative(view, child)
            return _person_of(view, child)
    return None


def _end(view: DocView, sentence: Sentence) -> int:
    tokens = view.sentence_tokens(sentence)
    return tokens[-1].i + 1 if tokens else 0
