"""Quotations and the speech tags that credit them.

News puts the claim between quotation marks and the speaker in a tag after it:
'« ... », a déclaré X', '« ... », a-t-il ajouté', '« ... », estime-t-elle', '"...," he added'.
French parses hang such a tag on the quote as a loose parataxis, so the claim verb's own
subtree misses what is said, and they label the inverted clitic ('-il', '-elle') as
'expl:subj', 'dep' or 'nsubj' at random. These helpers read both from the text instead.
"""

from __future__ import annotations

from ingest.extract.syntax import DocView, Token

_OPENERS = frozenset({"«", "“", '"', "„"})
_CLOSERS = frozenset({"»", "”", '"'})
# Inverted subject clitics: "a-t-il ajouté", "estime-t-elle", "poursuivent-ils".
_CLITICS = frozenset({"-il", "-elle", "-ils", "-elles", "-on"})
# A speech tag is short: ', a déclaré le porte-parole du ministère, M. X' stays under this.
_TAG_SPAN = 8
# What may stand between a closing quote and the tag's verb: the speaker, auxiliaries, clitics.
_TAG_POS = frozenset({"PUNCT", "AUX", "PRON", "PROPN", "DET", "NOUN", "ADJ", "ADV", "PART"})
_TAG_CLITICS = _CLITICS | {"-t", "-t-"}
_STOPS = frozenset({".", "!", "?", ";"})
_SET_OFF = frozenset({",", "?", "!"})


def inverted_subject(view: DocView, verb: Token) -> Token | None:
    """The clitic subject of an inverted tag ('a-t-il ajouté', 'estime-t-elle'), whatever
    label the parse gave it: right after the verb, or after its auxiliary before it."""
    doc = view.doc
    starts = [verb.i] + [c.i for c in verb.children if c.i < verb.i and c.pos_ == "AUX"]
    for start in starts:
        for index in range(start + 1, min(start + 3, len(doc))):
            word = str(doc[index].text).lower()
            if word in _CLITICS:
                return doc[index]
            if word not in {"-t", "-t-"}:
                break
    return None


def _closer(view: DocView, verb: Token) -> int | None:
    """The closing quotation mark a speech tag follows, set off by a comma (or '?', '!')
    as tags are: '», a déclaré', ',\" he said', never 'the so-called \"rule\" drafted'."""
    doc = view.doc
    first = min(t.i for t in view.sentence_tokens(view.sentence_at(verb.idx)))
    close = verb.i - 1
    while close >= first and str(doc[close].text) not in _CLOSERS:
        token = doc[close]
        if verb.i - close > _TAG_SPAN or token.pos_ not in _TAG_POS or str(token.text) in _STOPS:
            return None
        close -= 1
    if close <= first or str(doc[close].text) in _OPENERS - _CLOSERS:
        return None
    after = str(doc[close + 1].text) if close + 1 < verb.i else ""
    return close if _SET_OFF & {str(doc[close - 1].text), after} else None


def quote_before(view: DocView, verb: Token) -> list[Token]:
    """The quotation a speech tag credits: the quoted tokens closed just before the tag
    ('« ... », a déclaré X', '"...," said X', '"...," X said'), or none."""
    close = _closer(view, verb)
    if close is None:
        return []
    doc = view.doc
    first = min(t.i for t in view.sentence_tokens(view.sentence_at(verb.idx)))
    start = close - 1
    while start >= first and str(doc[start].text) not in _OPENERS:
        start -= 1
    # No opener in this sentence: the quotation began in an earlier one; take what is here.
    return [doc[i] for i in range(max(start + 1, first), close)]


def _clause_before(view: DocView, verb: Token) -> list[Token]:
    """What an incise credits when no quotation marks set it off: 'Huawei a transféré les
    données, a affirmé X', '..., a-t-elle ajouté': the sentence before the comma. Only a tag
    whose subject follows its verb, as incises have; '..., X said' parses as one clause."""
    doc = view.doc
    inverted = inverted_subject(view, verb) is not None or any(
        c.dep_.startswith("nsubj") and c.i > verb.i for c in verb.children
    )
    if not inverted:
        return []
    first = min(t.i for t in view.sentence_tokens(view.sentence_at(verb.idx)))
    index = verb.i - 1
    while index > first and (
        doc[index].pos_ in {"AUX", "ADV"} or str(doc[index].text).lower() in _TAG_CLITICS
    ):
        index -= 1
    if index <= first or str(doc[index].text) != ",":
        return []
    return [doc[i] for i in range(first, index)]


def reported_before(view: DocView, verb: Token) -> list[Token]:
    """What a speech tag after it credits: a quotation, or the clause an incise follows."""
    return quote_before(view, verb) or _clause_before(view, verb)


def is_incise(view: DocView, verb: Token) -> bool:
    """Whether a verb is a speech tag set after a quotation with its speaker ('« ... »,
    s'est félicité X', '« ... », tempère-t-elle', '"...," the agency wrote'): any verb
    there reports speech, claim word or not."""
    close = _closer(view, verb)
    if close is None or verb.pos_ != "VERB":
        return False
    # "a résumé le commissaire X": French parses often label the speaker the verb's object.
    return inverted_subject(view, verb) is not None or any(
        c.i > close
        and (c.dep_.startswith("nsubj") or (c.dep_ == "obj" and c.pos_ in {"NOUN", "PROPN"}))
        for c in verb.children
    )
