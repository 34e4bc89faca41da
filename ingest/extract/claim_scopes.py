"""What a claim covers: the tokens of its clause or of the quotation its tag credits.

Relative clauses with a subject of their own ('an operator that the FCC has barred') and
earlier claims with their own speaker are other people's statements and are cut out.
"""

from __future__ import annotations

from ingest.extract.claim_grammar import RELATIVE
from ingest.extract.claim_triggers import claim_word
from ingest.extract.cues import ACCUSE_LEMMAS, DOCUMENT_NOUNS
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
        if subjects and all(lemma(s) not in RELATIVE for s in subjects):
            cut |= {t.i for t in token.subtree}
    return cut


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
    cut = other_statements(scope, clause) | _earlier_claims(view, clause)
    return [t for t in scope if t.i not in cut]


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
