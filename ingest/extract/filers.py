"""Who filed the charge or suit a sentence quotes without naming its author.

'Kentucky had filed a similar case in 2024. According to that complaint, Temu ...';
'the Justice Department unsealed charges against X. The indictment says ...'. A legal
document with no author of its own ('its', 'by', 'de') is the work of the party that, in
that sentence or the two before, filed, charged or sued: the subject of that verb, or of
the verb that reports it ('Prosecutors have charged X, the Justice Department said').
"""

from __future__ import annotations

from collections.abc import Iterator

from graph.model import ActorKind
from ingest.extract.accused import PARTY_KINDS, accused_list
from ingest.extract.cues import FILING_LEMMAS, LEGAL_DOCUMENT_NOUNS
from ingest.extract.syntax import DocView, Token, dep, lemma
from ingest.extract.types import Mention

_REACH = 2  # sentences back
_FILERS = PARTY_KINDS - {ActorKind.COUNTRY}
_OWNED = frozenset({"poss", "nmod:poss"})
_POSSESSIVES = frozenset({"its", "their", "his", "her", "son", "sa", "ses", "leur", "leurs"})
_AGAINST = frozenset({"against", "contre"})
_OBJECTS = frozenset({"obj", "dobj"})


def _unowned(noun: Token) -> bool:
    """'the indictment', 'that complaint': no owner on the noun ('its complaint' is read
    from the possessive, never from the filing before)."""
    return not any(dep(c) in _OWNED or lemma(c) in _POSSESSIVES for c in noun.children)


def _filer_of(view: DocView, verb: Token) -> Mention | None:
    subject = view.subject(verb)
    found = view.actor_of(subject, _FILERS) if subject is not None else None
    if found is None and dep(verb) == "ccomp":  # 'X have charged Y, the department said'
        reporter = view.subject(verb.head)
        found = view.actor_of(reporter, _FILERS) if reporter is not None else None
    return found


def filer(view: DocView, noun: Token) -> Mention | None:
    """The party that filed the document `noun` names, when it names no author itself."""
    if lemma(noun) not in LEGAL_DOCUMENT_NOUNS or not _unowned(noun):
        return None
    return filed_before(view, noun)


def _filings_before(view: DocView, token: Token) -> Iterator[Token]:
    """The filing verbs before `token`, in its sentence and the two before, in order."""
    current = view.sentence_at(token.idx).index
    for index in range(max(0, current - _REACH), current + 1):
        for word in view.sentence_tokens(view.sentences[index]):
            if word.idx >= token.idx:
                break
            if word.pos_ == "VERB" and lemma(word) in FILING_LEMMAS:
                yield word


def filed_before(view: DocView, token: Token) -> Mention | None:
    """The latest party that filed, charged or sued before `token`, in its sentence or the
    two before: who stands behind 'the indictment' or 'the defendants are accused of'."""
    filers = [f for f in (_filer_of(view, v) for v in _filings_before(view, token)) if f]
    return filers[-1] if filers else None


def _charged_by(view: DocView, verb: Token) -> list[Mention]:
    """Who a filing act is against: 'charged X and Y with', 'unsealed charges against X, a
    freight forwarder, and its owner', 'a porté plainte contre X'."""
    for token in verb.subtree:
        if token.i <= verb.i:
            continue
        against = (dep(token) == "pobj" and lemma(token.head) in _AGAINST) or any(
            lemma(c) in _AGAINST for c in token.children if dep(c) == "case"
        )
        if not against and not (dep(token) in _OBJECTS and token.head.i == verb.i):
            continue
        found = view.actor_of(token, _FILERS)
        if found is not None:
            return accused_list(view, found)
    return []


def charged_before(view: DocView, token: Token) -> list[Mention]:
    """Those the latest filing act before `token` (its sentence or the two before) is
    against: whom 'the company' or 'the defendants' of a charge's own words stand for."""
    charged = [c for c in (_charged_by(view, v) for v in _filings_before(view, token)) if c]
    return charged[-1] if charged else []
