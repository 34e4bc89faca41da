"""Which token speaks for a claim verb: its subject, however the parse mislabelled it.

Passives speak through their agent, speech tags through the speaker after the verb, participles
through the clause they hang on, relatives through their antecedent; `claim_subject` tries these
in turn. Turning that token into a claimant is claimants.py's job.
"""

from __future__ import annotations

from ingest.extract.claim_grammar import POSSESSIVES, RELATIVE, cases
from ingest.extract.quotes import inverted_subject, quote_before
from ingest.extract.syntax import PEOPLE, DocView, Token, dep, lemma

_LEADING = frozenset({"AUX", "ADV", "PART"})


_PASSIVE = frozenset({"aux:pass", "auxpass", "nsubj:pass", "nsubjpass"})


_PASSIVE_AUX = frozenset({"aux:pass", "auxpass"})


_HAVE = frozenset({"avoir", "have"})


_AGENT_CASES = frozenset({"par", "by"})


def _passive(verb: Token) -> bool:
    """A passive verb; never one built on 'avoir'/'have' alone ('La République tchèque a
    accusé la Chine'), whatever label the parse gave its subject."""
    children = list(verb.children)
    if any(dep(c) in _PASSIVE_AUX for c in children):
        return True
    if any(dep(c).startswith("aux") and lemma(c) in _HAVE for c in children):
        return False
    return any(dep(c) in _PASSIVE for c in children)


def _active_subject(verb: Token) -> Token | None:
    """The subject a parse mislabelled passive on an active verb ('a accusé')."""
    if _passive(verb):
        return None
    return next((c for c in verb.children if dep(c) in {"nsubj:pass", "nsubjpass"}), None)


def _agent(verb: Token) -> Token | None:
    """'est accusé par OpenAI': French parses often give the agent as a plain oblique."""
    for child in verb.children:
        if dep(child).startswith(("obl", "nmod")) and cases(child) & _AGENT_CASES:
            return child
    return None


def _preceding_subject(view: DocView, verb: Token) -> Token | None:
    """When the parser cut the subject off ('Washington | accuse Pékin'), the name right
    before the verb (past auxiliaries and adverbs) is taken as its subject."""
    index = verb.i - 1
    while index >= 0 and view.doc[index].pos_ in _LEADING:
        index -= 1
    if index < 0:
        return None
    token = view.doc[index]
    same = view.sentence_at(token.idx).index == view.sentence_at(verb.idx).index
    return token if same and view.mention(token) is not None else None


def _tag_speaker(view: DocView, verb: Token) -> Token | None:
    """'« ... », a déclaré la ministre, Liz Kendall': the speaker after a speech tag's verb,
    which French parses often label its object."""
    if not quote_before(view, verb):
        return None
    for token in view.doc[verb.i + 1 : verb.i + 4]:  # "a déclaré jeudi Mao Ning"
        if token.pos_ in {"ADP", "PUNCT", "DET"}:
            break
        found = view.mention(token)
        if found is not None and found.actor.kind in PEOPLE:
            return token
    return next(
        (
            c
            for c in verb.children
            if c.i > verb.i and dep(c) in {"obj", "dobj"} and c.pos_ in {"NOUN", "PROPN"}
        ),
        None,
    )


def _after_relative(verb: Token) -> Token | None:
    """ "la société X, qu'il accuse de": the subject after the relative 'que' speaks, even
    when the parse gave the verb the antecedent as a second subject."""
    relative = next(
        (c for c in verb.children if lemma(c) == "que" and c.pos_ == "PRON" and c.i < verb.i),
        None,
    )
    if relative is None:
        return None
    return next((c for c in verb.children if dep(c) == "nsubj" and relative.i < c.i < verb.i), None)


def _main_clause_subject(verb: Token) -> Token | None:
    """'GEMA a attaqué OpenAI, lui reprochant de': a participle the parse made the head of
    the clause before it speaks for that clause's subject."""
    if not _present_participle(verb):
        return None
    for child in verb.children:
        if child.i < verb.i and dep(child) in {"advcl", "conj"} and child.pos_ == "VERB":
            found = next((c for c in child.children if dep(c) == "nsubj"), None)
            if found is not None:
                return found
    return None


def _present_participle(verb: Token) -> bool:
    """'accusant', 'accusing'."""
    french = "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")
    return french or verb.tag_ == "VBG"


def _set_off_before(view: DocView, verb: Token) -> Token | None:
    """'..., son gouverneur, Greg Abbott, accusant le Parti de': a participle whose parse
    lost its subject speaks for the person set off by commas just before it."""
    if not _present_participle(verb):
        return None
    if verb.i < 3 or str(view.doc[verb.i - 1].text) != ",":
        return None
    found = view.mention(view.doc[verb.i - 2])
    if found is None or found.actor.kind not in PEOPLE:
        return None
    first = min(t.i for t in view.tokens_in(found.start, found.end))
    if first < 2 or str(view.doc[first - 1].text) != ",":
        return None
    # Only a title its possessive ties to the subject ('son gouverneur'), never an object
    # set off the same way ('a inculpé l'ingénieur, Li Wei, l'accusant').
    title = view.doc[first - 2]
    owned = any(lemma(c) in POSSESSIVES for c in title.children if dep(c) in {"det", "poss"})
    return view.doc[verb.i - 2] if title.pos_ == "NOUN" and owned else None


_CONJUNCTIONS = frozenset({"que", "qu'", "qu’", "that", "after", "because", "since", "while"})


def _subordinate(verb: Token) -> bool:
    """A finite verb a conjunction introduces ('après que ... ont accusé', 'after X accused'),
    or a finite adverbial clause whose conjunction the parse hung elsewhere."""
    if _present_participle(verb):
        return False
    marked = any(
        dep(c) == "mark" and str(c.text).lower() in _CONJUNCTIONS and c.i < verb.i
        for c in verb.children
    )
    finite = any(
        dep(c).startswith("aux") and "Fin" in c.morph.get("VerbForm") for c in verb.children
    )
    return marked or (dep(verb) == "advcl" and finite)


def _dateline(view: DocView, token: Token) -> bool:
    """'DUBLIN —', 'PARIS -': a place heading the text, not a speaker."""
    after = token.i + 1
    return after < len(view.doc) and str(view.doc[after].text) in {"—", "–", "-", ":"}


def claim_subject(view: DocView, clause: Token) -> Token | None:
    inverted = inverted_subject(view, clause)
    if inverted is not None and not _passive(clause):
        return inverted  # "a-t-il ajouté": the clitic speaks, whatever its label
    subject = _after_relative(clause) or view.subject(clause) or _active_subject(clause)
    if subject is not None and subject.head.i != clause.i and _subordinate(clause):
        # "après que les États-Unis et le Royaume-Uni ont accusé": a clause its conjunction
        # sets apart has a subject of its own, never the main clause's, even one the parse
        # hung elsewhere; it is the name right before the verb.
        subject = _preceding_subject(view, clause) or subject
    if subject is not None and subject.i > clause.i and _present_participle(clause):
        subject = None  # "accusant ... les infrastructures": a participle's subject precedes it
    if subject is not None and subject.i in {t.i for t in quote_before(view, clause)}:
        subject = None  # "« Le GRU déploie ... », a écrit le ministre": the tag's speaker
    if subject is not None:
        # A dateline the parse made a second subject ('DUBLIN — the regulator fined'):
        # the subject nearest the verb speaks.
        verb = subject.head
        rivals = [c for c in verb.children if dep(c) == dep(subject) and c.i < verb.i]
        if len(rivals) > 1 and _dateline(view, rivals[0]):
            subject = rivals[-1]
    if subject is not None and lemma(subject) in RELATIVE and "relcl" in dep(clause):
        # "authors including X, who accused it of": X speaks; "Mao Ning, porte-parole du
        # ministère, qui a accusé": the person the title describes, not the ministry.
        titled = clause.head.head if dep(clause.head) == "appos" else None
        person = view.mention(titled) if titled is not None else None
        return titled if person is not None and person.actor.kind in PEOPLE else clause.head
    if _passive(clause) and (subject is None or dep(subject).startswith("nsubj")):
        # Never the name before a passive verb, even one the parse calls its subject:
        # that is the accused ("DeepSeek a été accusé par OpenAI").
        return _agent(clause)
    if subject is None:  # "X has, for its part, alleged": the subject hangs on the auxiliary
        subject = next(
            (
                g
                for c in clause.children
                if dep(c) == "aux"
                for g in c.children
                if dep(g).startswith("nsubj")
            ),
            None,
        )
    if subject is None:
        subject = (
            _preceding_subject(view, clause)
            or _set_off_before(view, clause)
            or _main_clause_subject(clause)
        )
    if subject is None:
        subject = _tag_speaker(view, clause)
    if subject is None and dep(clause) == "acl" and clause.head.head.pos_ in {"VERB", "AUX"}:
        # "BIS issued guidance warning that ...": the issuer of the document speaks.
        subject = view.subject(clause.head.head)
    return subject
