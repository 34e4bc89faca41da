"""What makes a token a claim: claim verbs and nouns, and the speech tags of quotations.

`claim_word` reads a token's claim lemma (mending French verbs the tagger missed and English
lemmas that slipped); `triggers_in` walks a sentence and yields each claim with the clause it
governs, leaving credited sources ('selon X') to credited_sources.py.
"""

from __future__ import annotations

from collections.abc import Iterator

from ingest.extract.cues import (
    BAN_LEMMAS,
    CLAIM_LEMMAS,
    CLAIM_PHRASES,
    CONCERN_NOUNS,
    LISTING_LEMMAS,
    RAISE_VERBS,
    SUIT_PHRASES,
    VERB_ONLY_CLAIMS,
)
from ingest.extract.lexicon import french_infinitives
from ingest.extract.quotes import is_incise
from ingest.extract.syntax import DocView, Token, dep, lemma, negated


def _suit_phrase(verb: Token, marks: frozenset[str]) -> bool:
    """'took Meta to court', 'pursuing OpenAI over': a named party as object, and 'to court'
    or 'over' on the verb ('pursue a deal over the summer' names no party)."""
    named = any(dep(c) in {"dobj", "obj"} and c.pos_ == "PROPN" for c in verb.children)
    preps = [c for c in verb.children if dep(c) == "prep"]
    objects = [o for p in preps for o in p.children if dep(o) == "pobj"]
    if any(o.ent_type_ in {"DATE", "TIME"} for o in objects):
        return False  # "over the summer", "over the past year" say when, not why
    heard = {str(p.text).lower() for p in preps} | {lemma(o) for o in objects}
    return named and bool(heard & marks)


def claim_word(view: DocView, token: Token) -> str | None:
    """The claim lemma of a token, reading mis-tagged French verbs from their ending
    ('OpenAI reproche à', 'Washington estime que')."""
    word = lemma(token)
    phrase = CLAIM_PHRASES.get(word)
    if phrase is not None and token.pos_ == "VERB":
        after = view.text[token.idx + len(token.text) : token.idx + len(token.text) + 20]
        return phrase[1] if after.lower().lstrip().startswith(phrase[0]) else None
    if word in SUIT_PHRASES and token.pos_ == "VERB":
        return "sue" if _suit_phrase(token, SUIT_PHRASES[word]) else None
    if word in VERB_ONLY_CLAIMS and token.pos_ != "VERB":
        return None
    if word in CONCERN_NOUNS and token.pos_ == "NOUN" and lemma(token.head) in RAISE_VERBS:
        return word  # "raised concerns that", "a exprimé ses craintes"
    if word in CLAIM_LEMMAS or word in BAN_LEMMAS:
        return word
    if word in LISTING_LEMMAS and token.pos_ == "VERB":
        return word  # "listed X as", never "a growing list of countries"
    if not view.lang.startswith("fr") and token.pos_ == "VERB":
        # English lemmas slip on rarer verbs ('fined' -> 'fin'): read the regular ending.
        text = str(token.text).lower()
        for stem in (text[:-1], text[:-2], text[:-3], text[:-2] + "e") if len(text) > 4 else ():
            if stem in CLAIM_LEMMAS and text.endswith(("ed", "es", "s", "ing")):
                return stem
        return None
    if not view.lang.startswith("fr") or any(dep(c) == "det" for c in token.children):
        return None
    return next(
        (
            g
            for g in french_infinitives(str(token.text))
            if g in CLAIM_LEMMAS and (g not in VERB_ONLY_CLAIMS or token.pos_ == "VERB")
        ),
        None,
    )


# The claim check's negations; the act check (allegations.py) also counts a bare "n'".
_NEGATIONS = frozenset({"not", "n't", "ne", "pas", "never", "jamais"})


def _negated(token: Token) -> bool:
    return negated(token, _NEGATIONS)


def triggers_in(view: DocView, tokens: list[Token]) -> Iterator[tuple[str, Token, Token]]:
    """(lemma, trigger, clause head): verbs carry their clause, nouns that of their verb."""
    for token in tokens:
        word = claim_word(view, token)
        if word is None and is_incise(view, token) and not _negated(token):
            yield lemma(token), token, token  # "« ... », s'est félicité X": a tag says
            continue
        if word is None:
            continue
        guessed = word != lemma(token)
        if (token.pos_ in {"VERB", "AUX"} or guessed) and not _negated(token):
            yield word, token, token
        elif (
            token.pos_ == "NOUN"
            and token.head.pos_ in {"VERB", "AUX"}
            and not _negated(token.head)
            and not _is_credited(token)  # 'selon une plainte de X': X speaks, not the subject
        ):
            yield word, token, token.head


CREDIT = frozenset({"selon", "d'après", "d’après", "après"})


def _is_credited(token: Token) -> bool:
    french = any(str(c.text).lower() in CREDIT for c in token.children if dep(c) == "case")
    return french or (
        str(token.head.text).lower() == "to" and str(token.head.head.text).lower() == "according"
    )
