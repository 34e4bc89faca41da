"""Who filed the charge or suit a sentence quotes without naming its author.

'Kentucky had filed a similar case in 2024. According to that complaint, Temu ...';
'the Justice Department unsealed charges against X. The indictment says ...'. A legal
document with no author of its own ('its', 'by', 'de') is the work of the party that, in
that sentence or the two before, filed, charged or sued: the subject of that verb, or of
the verb that reports it ('Prosecutors have charged X, the Justice Department said').
"""

from __future__ import annotations

from graph.model import ActorKind
from ingest.extract.accused import PARTY_KINDS
from ingest.extract.cues import FILING_LEMMAS, LEGAL_DOCUMENT_NOUNS
from ingest.extract.syntax import DocView, Token, dep, lemma
from ingest.extract.types import Mention

_REACH = 2  # sentences back
_FILERS = PARTY_KINDS - {ActorKind.COUNTRY}
_OWNED = frozenset({"poss", "nmod:poss"})
_POSSESSIVES = frozenset({"its", "their", "his", "her", "son", "sa", "ses", "leur", "leurs"})


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
    current = view.sentence_at(noun.idx).index
    latest: Mention | None = None
    for index in range(max(0, current - _REACH), current + 1):
        for token in view.sentence_tokens(view.sentences[index]):
            if token.idx >= noun.idx:
                break
            if token.pos_ == "VERB" and lemma(token) in FILING_LEMMAS:
                latest = _filer_of(view, token) or latest
    return latest
