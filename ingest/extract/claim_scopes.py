"""What a claim covers: the tokens of its clause or of the quotation its tag credits.

Relative clauses with a subject of their own ('an operator that the FCC has barred') and
earlier claims with their own speaker are other people's statements and are cut out.
"""

from __future__ import annotations

from ingest.extract.claim_grammar import RELATIVE
from ingest.extract.claim_triggers import claim_word
from ingest.extract.cues import ACCUSE_LEMMAS, ASCRIBE_LEMMAS, DOCUMENT_NOUNS
from ingest.extract.quotes import reported_before
from ingest.extract.syntax import DocView, Token, dep, lemma


def other_statements(tokens: list[Token], own: Token | None = None) -> set[int]:
    """Relative clauses with a subject of their own: 'an operator that the FCC has barred';
    never the claim's `own` clause ('Zhipu AI, qu'il accuse de chercher à')."""
    cut: set[int] = set()
    for token in tokens:
        if "relcl" not in dep(token) or (own is not None and token.i == own.i):
            continue
        subjects = [c for c in token.children if dep(c).startswith("nsubj")]
        if lemma(token.head) in DOCUMENT_NOUNS and any(
            dep(c) == "mark" and lemma(c) in {"that", "que"} for c in token.children
        ):
            continue  # "said in a report that X had": a complement the parse hung on the noun
        if lemma(token) in _NAMING:
            continue  # "a group it tracks as GTG-1002": the clause only names who is meant
        if subjects and all(lemma(s) not in RELATIVE for s in subjects):
            cut |= {t.i for t in token.subtree}
    return cut


# Verbs of a relative clause that only gives its antecedent a name ('which Microsoft tracks
# as Silk Typhoon', 'a crew researchers dubbed Volt Typhoon'); it states nothing of its own.
_NAMING = frozenset({"track", "dub", "codename", "nickname"})


def _quotation(view: DocView, trigger: Token) -> list[Token]:
    """The quotation a speech tag credits, minus the clauses in it with a subject of their
    own ('..., and I don't think OpenAI is happy'), as a clause's scope is read."""
    quotation = reported_before(view, trigger)
    inside = {t.i for t in quotation}
    roots = [t for t in quotation if t.head.i == t.i or t.head.i not in inside]
    said = {t.i: t for root in roots for t in view.subtree(root) if t.i in inside}
    cut = other_statements(list(said.values()))
    return [t for i, t in sorted(said.items()) if i not in cut]


def claim_scope(view: DocView, trigger: Token, clause: Token, exclude: list[Token]) -> list[Token]:
    said = _quotation(view, trigger) if trigger.i == clause.i else []
    if said:  # "« ... », a déclaré X, analyste chez Y": what is said is the quotation alone
        return said
    scope = view.subtree(clause, exclude=exclude) + view.continuation(clause)
    if len(scope) <= 2:
        # A claim verb the parser left bare ('OpenAI reproche | à DeepSeek d'avoir...'):
        # the rest of the sentence is what it says.
        sentence = view.sentence_at(trigger.idx)
        scope += [t for t in view.sentence_tokens(sentence) if t.i > trigger.i]
    if dep(clause) == "acl" and lemma(clause) in ACCUSE_LEMMAS:
        named = view.mention(clause.head) or view.named(clause.head)  # "X, accusée par Y de"
        if named is not None:
            scope += list(view.tokens_in(named.start, named.end))
    scope += _stray_object(view, clause)
    cut = other_statements(scope, clause) | _earlier_claims(view, clause)
    return [t for t in scope if t.i not in cut]


_OBJECTS = frozenset({"obj", "dobj"})
# How the parse hangs a stray object on the noun the clause describes ('un rapport attribuant
# ..., une série'): as set beside it or listed with it.
_BESIDE = frozenset({"appos", "conj"})


def _stray_object(view: DocView, clause: Token) -> list[Token]:
    """'un rapport attribuant au groupe X, lié à Y, une série d'intrusions': what is ascribed,
    when a long indirect object makes the parse hang it on the noun or the verb above."""
    if lemma(clause) not in ASCRIBE_LEMMAS or any(dep(c) in _OBJECTS for c in clause.children):
        return []
    above = next((a for a in clause.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    options = [c for c in clause.head.children if dep(c) in _BESIDE and dep(clause) == "acl"]
    if above is not None:
        options += [c for c in above.children if dep(c) in _OBJECTS]
    stray = [c for c in options if c.i > clause.i and c.pos_ == "NOUN"]
    return view.subtree(min(stray, key=lambda t: t.i)) if stray else []


def _earlier_claims(view: DocView, clause: Token) -> set[int]:
    """'researchers at X reported that ...; Qiyuan called the finding a leftover': a claim
    with a speaker of its own that the parse hung before the verb, across a semicolon, is that
    speaker's, not what the later verb says."""
    cut: set[int] = set()
    for child in clause.children:
        last = max(t.i for t in child.subtree)
        if (
            child.i < clause.i
            and dep(child) in {"ccomp", "parataxis"}
            and claim_word(view, child) is not None
            and any(dep(c).startswith("nsubj") for c in child.children)
            and any(str(t.text) == ";" for t in view.doc[last : clause.i])
        ):
            cut |= {t.i for t in child.subtree}
    return cut
