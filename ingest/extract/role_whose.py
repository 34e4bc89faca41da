"""Roles stated in a relative clause on the organisation: 'Acme, dont Jean Roe est le PDG',
'Acme, whose chief executive is Jane Roe'.

The parser often hangs these clauses badly (French 'dont X est le PDG' comes out as a noun
phrase), so they are read from the word order. Each is handed back as (person, window): the
window starts with 'dont'/'whose' and holds the title, and roles.py reads it like an
apposition, taking the organisation named right before 'dont'/'whose'. A past tense ('dont X
était le PDG') is a former role and is not read.
"""

from __future__ import annotations

from collections.abc import Iterator

from ingest.extract.syntax import PEOPLE, DocView, Token
from ingest.extract.types import Mention

_IS = frozenset({"is", "est"})
_STOP = frozenset({",", ".", ";", ":", "(", ")", "«", "»", '"'})


def whose_windows(view: DocView) -> Iterator[tuple[Mention, list[Token]]]:
    """(person, window) for each 'ORG, dont PERSON est TITLE' and 'ORG, whose TITLE is PERSON'."""
    doc = view.doc
    for token in doc:
        word = str(token.text).lower()
        if word == "dont":
            person = _person(view, token.i + 1)
            if person is None:
                continue
            after = _last(view, person).i + 1
            if after < len(doc) and str(doc[after].text).lower() in _IS:
                yield person, [token, *_phrase(view, after + 1)]
        elif word == "whose":
            title = _phrase(view, token.i + 1)
            verb = title[-1].i + 1 if title else token.i + 1
            if verb < len(doc) and str(doc[verb].text).lower() in _IS:
                person = _person(view, verb + 1)
                if person is not None and title:
                    yield person, [token, *title]


def _person(view: DocView, index: int) -> Mention | None:
    if index >= len(view.doc):
        return None
    found = view.mention(view.doc[index])
    return found if found is not None and found.actor.kind in PEOPLE else None


def _last(view: DocView, mention: Mention) -> Token:
    return list(view.tokens_in(mention.start, mention.end))[-1]


def _phrase(view: DocView, start: int) -> list[Token]:
    """The words from `start` up to punctuation or a verb: the title."""
    words: list[Token] = []
    index = start
    while index < len(view.doc) and len(words) < 12:
        token = view.doc[index]
        if str(token.text) in _STOP or token.pos_ in {"VERB", "AUX"}:
            break
        words.append(token)
        index += 1
    return words
