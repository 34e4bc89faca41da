"""Where claims are made in a sentence, who makes them, and what they cover.

A claim is a claim verb or noun ('said', 'accuse', 'estimant', 'accusation'), a credited source
('selon OpenAI, ...', 'according to Sacks, ...'), each with its claimant and its scope: the
tokens of the clause it governs, minus the claimant and minus relative clauses that are other
people's statements ('an operator that the FCC has barred').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

from graph.model import ActorKind
from ingest.extract.accused import PARTY_KINDS, Maker, joined
from ingest.extract.charges import (
    by_agent,
    charged_passively,
    decided_by,
    document_in,
    prosecutor_before,
)
from ingest.extract.coref_groups import group_named_before
from ingest.extract.cues import (
    ACCUSE_LEMMAS,
    AGENCY_NOUNS,
    BAN_LEMMAS,
    CLAIM_LEMMAS,
    CLAIM_PHRASES,
    CONCERN_NOUNS,
    DOCUMENT_NOUNS,
    LISTING_LEMMAS,
    MAKER_NOUNS,
    RAISE_VERBS,
    SPOKES_NOUNS,
    VERB_ONLY_CLAIMS,
)
from ingest.extract.filers import filed_before, filer
from ingest.extract.gender import person_gender, pronoun_gender
from ingest.extract.lexicon import french_infinitives
from ingest.extract.quotes import inverted_subject, is_incise, quote_before, reported_before
from ingest.extract.syntax import FIRMS, PEOPLE, DocView, Token, dep, is_subject, lemma
from ingest.extract.types import Mention, Sentence

_LEADING = frozenset({"AUX", "ADV", "PART"})
_PASSIVE = frozenset({"aux:pass", "auxpass", "nsubj:pass", "nsubjpass"})
_PASSIVE_AUX = frozenset({"aux:pass", "auxpass"})
_HAVE = frozenset({"avoir", "have"})
_AGENT_CASES = frozenset({"par", "by"})
_HOLDER_CASES = frozenset({"par", "by", "de", "du", "des", "d'", "d’", "of", "at", "from", "chez"})
_AND = re.compile(r"\b(et|and)\b", re.IGNORECASE)
_AND_NEXT = re.compile(r"\s*,?\s*(et|and)\b", re.IGNORECASE)
_BODIES = frozenset({ActorKind.GOVERNMENT_BODY})
_POSSESSIVES = frozenset({"its", "their", "son", "sa", "ses", "leur", "leurs"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "lui"})
_THING_PRONOUNS = frozenset({"it"})
_RELATIVE = frozenset({"qui", "que", "qu'", "which", "that", "who", "whom", "dont", "lequel"})


@dataclass(frozen=True)
class Claim:
    word: str  # the claim's lemma ('accuse', 'selon' for a credited source)
    trigger: Token
    clause: Token  # the verb whose clause is the scope
    claimant: Mention
    scope: list[Token]
    direct: bool  # the claimant is named, not a pronoun


def claim_word(view: DocView, token: Token) -> str | None:
    """The claim lemma of a token, reading mis-tagged French verbs from their ending
    ('OpenAI reproche à', 'Washington estime que')."""
    word = lemma(token)
    phrase = CLAIM_PHRASES.get(word)
    if phrase is not None and token.pos_ == "VERB":
        after = view.text[token.idx + len(token.text) : token.idx + len(token.text) + 20]
        return phrase[1] if after.lower().lstrip().startswith(phrase[0]) else None
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


def _cases(token: Token) -> set[str]:
    return {str(c.text).lower() for c in token.children if dep(c) in {"case", "prep"}}


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
        if dep(child).startswith(("obl", "nmod")) and _cases(child) & _AGENT_CASES:
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
    owned = any(lemma(c) in _POSSESSIVES for c in title.children if dep(c) in {"det", "poss"})
    return view.doc[verb.i - 2] if title.pos_ == "NOUN" and owned else None


def _dateline(view: DocView, token: Token) -> bool:
    """'DUBLIN —', 'PARIS -': a place heading the text, not a speaker."""
    after = token.i + 1
    return after < len(view.doc) and str(view.doc[after].text) in {"—", "–", "-", ":"}


def _subject(view: DocView, clause: Token) -> Token | None:
    inverted = inverted_subject(view, clause)
    if inverted is not None and not _passive(clause):
        return inverted  # "a-t-il ajouté": the clitic speaks, whatever its label
    subject = _after_relative(clause) or view.subject(clause) or _active_subject(clause)
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
    if subject is not None and lemma(subject) in _RELATIVE and "relcl" in dep(clause):
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


def _speaker_kinds(subject: Token) -> frozenset[ActorKind]:
    """The parties a subject can stand for: 'he'/'she' are people, 'it' is no person."""
    word = str(subject.text).lower()
    if subject.pos_ != "PRON" and not word.startswith("-"):
        return PARTY_KINDS
    if word in _PERSON_PRONOUNS:
        return PARTY_KINDS & PEOPLE
    if word in _THING_PRONOUNS:
        return PARTY_KINDS - PEOPLE
    return PARTY_KINDS


_SPEAKING = frozenset({"i", "we", "you", "je", "j'", "j’", "nous", "vous", "tu", "on", "-on"})


def _speaking_person(subject: Token) -> bool:
    """'Nous le dénonçons', 'we believe': the speaker of a quotation, never the party named
    before it; 'a-t-on appris' is the newsroom."""
    return subject.pos_ == "PRON" and str(subject.text).lower() in _SPEAKING


def _is_pronoun(subject: Token) -> bool:
    return subject.pos_ == "PRON" or str(subject.text).startswith("-")  # '-il', mis-tagged


def _resolved_as_pronoun(view: DocView, subject: Token, trigger: Token) -> bool:
    """A pronoun the speaker rules below read: gendered ('she', '-t-il') or in a quote's tag."""
    return _is_pronoun(subject) and (
        pronoun_gender(subject) is not None or bool(reported_before(view, trigger))
    )


def _pronoun_speaker(view: DocView, subject: Token, trigger: Token) -> Mention | None:
    """Who 'she' or '-t-il' is: never someone named inside the quotation the tag credits
    ('« Huawei ment », a-t-il dit' is not Huawei speaking), and after a quotation a person
    rather than a firm when one fits."""
    quotation = reported_before(view, trigger)
    inside = {m.actor.id for m in view.mentions_in(quotation)} | _co_arguments(view, subject)
    kinds = _speaker_kinds(subject)
    for wanted in (kinds & PEOPLE, kinds) if quotation else (kinds,):
        found = _agreeing(view, subject, wanted, set(inside))
        if found is not None:
            return found
    return None


def _co_arguments(view: DocView, subject: Token) -> set[str]:
    """Who a subject pronoun cannot be: the other parties of its own verb, and the one a
    relative clause describes ('la société X, qu'il accuse de': 'il' is not X)."""
    verb = subject.head
    heads = [c for c in verb.children if c.i != subject.i]
    if "relcl" in dep(verb) or any(lemma(c) == "que" for c in heads):
        heads.append(verb.head)
    found = (view.actor_of(h) for h in heads if h.pos_ in {"NOUN", "PROPN"})
    return {m.actor.id for m in found if m is not None}


def _agreeing(
    view: DocView, pronoun: Token, kinds: frozenset[ActorKind], exclude: set[str]
) -> Mention | None:
    """The pronoun's antecedent, passing over people the article marks with the other gender
    and preferring one it marks with the same ('Marco Rubio met Mme Kamp. She said': Kamp)."""
    gender = pronoun_gender(pronoun)
    unmarked: Mention | None = None
    for _ in range(3):
        found = view.antecedent(pronoun, kinds, exclude=frozenset(exclude))
        if found is None or gender is None or found.actor.kind not in PEOPLE:
            return unmarked or found
        marked = person_gender(view, found.actor.id)
        if marked == gender:
            return found
        if marked is None and unmarked is None:
            unmarked = found
        exclude.add(found.actor.id)
    return unmarked


def _owner(view: DocView, possessive: Token) -> Mention | None:
    """Whose 'its report' or 'leur plainte' it is: the latest firm or group, or a public body
    when it was the subject of its sentence ('The committee published... Its report'); a
    body merely named in passing ('a firm in northern Virginia') owns nothing."""
    firm = view.antecedent(possessive, FIRMS)
    body = view.antecedent(possessive, _BODIES)
    if body is None or not _subject_of(view, body):
        return firm
    if firm is None or not _subject_of(view, firm):
        return body
    return body if body.start > firm.start else firm


def _subject_of(view: DocView, mention: Mention) -> bool:
    head = view.head_of(mention)
    return head is not None and is_subject(head)


def _holder(view: DocView, noun: Token, relay_ids: set[int]) -> Mention | None:
    """The author of a document or the employer of a speaker: 'un rapport publié par la
    commission', "the committee's report", 'researchers at Feroot Security'."""
    if lemma(noun) not in DOCUMENT_NOUNS | SPOKES_NOUNS:
        return None
    for child in noun.children:  # "its researchers", "leur rapport": whoever 'its' is
        if dep(child) in {"poss", "nmod:poss", "det"} and lemma(child) in _POSSESSIVES:
            return _owner(view, child)
    for token in noun.subtree:
        found = view.mention(token)
        if (
            found is not None
            and token.i != noun.i
            and id(found) not in relay_ids
            and found.actor.kind in PARTY_KINDS
            and (
                _cases(token) & _HOLDER_CASES
                or dep(token) in {"poss", "nmod:poss"}
                or (dep(token) == "pobj" and str(token.head.text).lower() in _HOLDER_CASES)
                or _named_holder(token)  # "researchers at the security firm Halvorsen Labs"
                or by_agent(token, noun)
            )
        ):
            return found
    return None


def _named_holder(token: Token) -> bool:
    """'at the security firm X', 'chez l'éditeur X': the name set beside the holder's noun."""
    noun = token.head
    return (
        dep(token) in {"appos", "flat", "flat:name", "nmod"}
        and noun.i != token.i
        and (
            (dep(noun) == "pobj" and str(noun.head.text).lower() in _HOLDER_CASES)
            or bool(_cases(noun) & _HOLDER_CASES)
        )
    )


def _unnamed_accuser(
    view: DocView, word: str, clause: Token, relay_ids: set[int]
) -> Mention | None:
    """'OpenAI is accused in a lawsuit filed by Z of', 'the defendants are accused of': the
    author of the charge the passive is made in, else whoever charged or sued just before."""
    if not charged_passively(word, clause):
        return None
    document = document_in(clause)
    if document is not None:
        return _holder(view, document, relay_ids) or filer(view, document)
    return filed_before(view, clause)


def _agency_of_country(view: DocView, subject: Token) -> bool:
    """ "China's market regulator said": the regulator speaks, not the country; unnamed, it
    is no claimant at all."""
    if view.mention(subject) is not None or lemma(subject) not in AGENCY_NOUNS:
        return False
    owner = view.actor_of(subject)
    return owner is not None and owner.actor.kind in {
        ActorKind.COUNTRY,
        ActorKind.GOVERNMENT_BODY,  # "Nebraska's attorney general sued": a person, unnamed
    }


def _joint(view: DocView, claimant: Mention) -> list[Mention]:
    """The claimant and those joined to it by 'and'/'et' ('Le SNE, la SGDL et le SNAC')."""
    spans = {(m.start, m.end): m for m in view.analyzed.mentions}
    registered = spans.get((claimant.start, claimant.end))
    if registered is None:
        return [claimant]  # read from a description; not in the parse's mentions
    group = joined(view, registered)
    text = view.text
    gaps = " ".join(text[a.end : b.start] for a, b in pairwise(group))
    listed = _AND.search(gaps) or _AND_NEXT.match(text, group[-1].end)  # "A, B and C's unit"
    if len(group) < 2 or not listed:
        return [claimant]
    speakers = [  # "Britain's National Cyber Security Centre": the centre, not Britain
        m
        for m in group
        if m.actor.kind in PARTY_KINDS
        and (m is registered or dep(view.head_of(m) or view.doc[0]) not in {"poss", "nmod:poss"})
        and not text[: m.start].rstrip().endswith("(")  # "(SNE)" repeats the name before it
    ]
    return list({m.actor.id: m for m in speakers}.values()) or [claimant]


# "des auteurs, dont l'humoriste X et l'écrivain Y, qui reprochent": a group's named members.
_MEMBERS = re.compile(
    r"(?:,\s*dont|\bparmi lesquel(?:le)?s|,\s*including|,\s*among them|,\s*notamment)\s",
    re.IGNORECASE,
)


def _members(view: DocView, claimant: Mention, trigger: Token) -> list[Mention]:
    """The people a group names ('plusieurs auteurs, dont l'humoriste Sarah Silverman et
    l'écrivain Ta-Nehisi Coates, qui reprochent à Meta'): each speaks when one does."""
    if claimant.actor.kind not in PEOPLE or trigger.idx < claimant.end:
        return [claimant]
    start = view.sentence_at(claimant.start).start
    markers = list(_MEMBERS.finditer(view.text, start, claimant.start))
    if not markers:
        return [claimant]
    opened = markers[-1].end()
    listed = [
        m
        for m in view.analyzed.mentions
        if opened <= m.start and m.end <= trigger.idx and m.actor.kind in PEOPLE
    ]
    between = view.text[opened : trigger.idx]
    # Only a list of people: no clause of its own between the marker and the claim.
    clauses = (
        t
        for t in view.tokens_in(opened, trigger.idx)
        if any(dep(c).startswith("nsubj") and lemma(c) not in _RELATIVE for c in t.children)
    )
    if claimant not in listed or ";" in between or next(clauses, None) is not None:
        return [claimant]
    return list({m.actor.id: m for m in listed}.values())


def _other_statements(tokens: list[Token], own: Token | None = None) -> set[int]:
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
        if subjects and all(lemma(s) not in _RELATIVE for s in subjects):
            cut |= {t.i for t in token.subtree}
    return cut


def _quotation(view: DocView, trigger: Token) -> list[Token]:
    """The quotation a speech tag credits, minus the clauses in it with a subject of their
    own ('..., and I don't think OpenAI is happy'), as a clause's scope is read."""
    quotation = reported_before(view, trigger)
    inside = {t.i for t in quotation}
    roots = [t for t in quotation if t.head.i == t.i or t.head.i not in inside]
    said = {t.i: t for root in roots for t in view.subtree(root) if t.i in inside}
    cut = _other_statements(list(said.values()))
    return [t for i, t in sorted(said.items()) if i not in cut]


def _scope(view: DocView, trigger: Token, clause: Token, exclude: list[Token]) -> list[Token]:
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
    cut = _other_statements(scope, clause) | _earlier_claims(view, clause)
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


def _negated(token: Token) -> bool:
    return any(
        dep(c) == "neg" or str(c.text).lower() in {"not", "n't", "ne", "pas", "never", "jamais"}
        for c in token.children
        if dep(c) in {"neg", "advmod"}
    )


def _triggers(view: DocView, tokens: list[Token]) -> Iterator[tuple[str, Token, Token]]:
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


def _named_before(view: DocView, noun: Token) -> Mention | None:
    """'John Moolenaar, le président de la commission, a affirmé': a parse that made the
    apposition the subject and cut the name off; the person named just before speaks."""
    if noun.pos_ != "NOUN":
        return None
    first = min(t.i for t in noun.subtree)
    if first < 2 or str(view.doc[first - 1].text) != ",":
        return None
    found = view.mention(view.doc[first - 2])
    return found if found is not None and found.actor.kind in PEOPLE else None


def _named_after(view: DocView, noun: Token) -> Mention | None:
    """'« ... », a affirmé son directeur général, Jane Doe': a parse that made the name after
    the title a conjunct rather than an apposition; the person named speaks."""
    if noun.pos_ != "NOUN":
        return None
    for child in noun.children:
        found = view.mention(child)
        between = view.doc[noun.i + 1 : child.i]  # "directeur général ,": the title's words only
        if (
            found is not None
            and found.actor.kind in PEOPLE
            and dep(child) == "conj"
            and str(view.doc[child.i - 1].text) == ","
            and all(t.pos_ == "ADJ" or str(t.text) == "," for t in between)
        ):
            return found
    return None


def _described_name(view: DocView, noun: Token) -> Mention | None:
    """'la société de gestion collective GEMA', "l'agence de presse X": the name closing a
    description of the subject, with no preposition of its own ('le président de Microsoft'
    is not Microsoft)."""
    if noun.pos_ != "NOUN":
        return None
    for token in view.doc[noun.i + 1 : noun.i + 6]:
        found = view.mention(token)
        if found is not None:
            before = view.doc[token.i - 1]
            good = before.pos_ in {"ADJ", "NOUN"} and found.actor.kind in FIRMS | _BODIES
            return (
                found if good and token.head.i in {noun.i, *(t.i for t in noun.subtree)} else None
            )
        if token.pos_ not in {"ADJ", "NOUN", "ADP"} or (
            token.pos_ == "ADP" and lemma(token) != "de"
        ):
            return None
    return None


def _maker_of(view: DocView, noun: Token, developer: Maker | None) -> Mention | None:
    """'the ChatGPT maker', "l'éditeur de ChatGPT": the developer of the product named."""
    if developer is None or lemma(noun) not in MAKER_NOUNS:
        return None
    for token in noun.subtree:
        found = view.mention(token)
        if found is None or found.actor.kind != ActorKind.PRODUCT:
            continue
        company = developer(found)
        if company is None:
            return None
        return replace(found, actor=company, source="coref", confidence=0.6)
    return None


_CREDIT = frozenset({"selon", "d'après", "d’après", "après"})
_CREDITED_BEFORE = re.compile(r"(?:according to|selon|d['’]apr[èe]s)\s+$", re.IGNORECASE)
_CREDITED_PRONOUNS: dict[str, frozenset[ActorKind]] = {
    "him": PEOPLE,
    "her": PEOPLE,
    "lui": PEOPLE,
    "elle": PEOPLE | {ActorKind.GOVERNMENT_BODY, ActorKind.ORGANIZATION},
    "them": PARTY_KINDS - {ActorKind.COUNTRY},
    "eux": PARTY_KINDS - {ActorKind.COUNTRY},
}


def _subject_cut_off(view: DocView, head: Token) -> set[int]:
    """'Selon X, Huawei a transféré...': a parse that hung the clause's subject on the credited
    name as an apposition; a name right before the verb is what is said, not who says it."""
    for child in head.children:
        last = max(t.i for t in child.subtree)
        following = view.doc[last + 1] if last + 1 < len(view.doc) else None
        if (
            dep(child) == "appos"
            and child.i > head.i
            and following is not None
            and following.pos_ in {"AUX", "VERB"}
        ):
            return {t.i for t in child.subtree}
    return set()


def _is_credited(token: Token) -> bool:
    french = any(str(c.text).lower() in _CREDIT for c in token.children if dep(c) == "case")
    return french or (
        str(token.head.text).lower() == "to" and str(token.head.head.text).lower() == "according"
    )


def _credited_documents(
    view: DocView, tokens: list[Token], relay_ids: set[int]
) -> list[tuple[Mention, Token | None]]:
    """'Selon une plainte déposée par la Sacem, ...', 'According to a lawsuit filed by X':
    the author of the credited document is the claimant."""
    found: list[tuple[Mention, Token | None]] = []
    for token in tokens:
        if lemma(token) not in DOCUMENT_NOUNS:
            continue
        french = any(str(c.text).lower() in _CREDIT for c in token.children if dep(c) == "case")
        english = (
            str(token.head.text).lower() == "to"
            and str(token.head.head.text).lower() == "according"
        )
        if not (french or english):
            continue
        holder = _holder(view, token, relay_ids) or filer(view, token)
        if holder is not None:
            found.append((holder, token.head.head if english else token))
    return found


def _credited_pronouns(
    view: DocView, tokens: list[Token], relay_ids: set[int]
) -> list[tuple[Mention, Token]]:
    """'Selon lui, ...', 'According to her, ...': the person (for 'elle', also the body) the
    pronoun stands for is the claimant; an outlet it stands for stays a relay."""
    found: list[tuple[Mention, Token]] = []
    for token in tokens:
        kinds = _CREDITED_PRONOUNS.get(str(token.text).lower())
        if kinds is None or token.pos_ != "PRON":
            continue
        before = view.text[max(0, token.idx - 16) : token.idx]
        if not _CREDITED_BEFORE.search(before):
            continue
        speaker = view.antecedent(token, kinds)
        if speaker is not None and id(speaker) not in relay_ids:
            found.append((speaker, token))
    return found


def claims_in(
    view: DocView,
    sentence: Sentence,
    relay_ids: set[int],
    sources: list[Mention],
    developer: Maker | None = None,
) -> Iterator[Claim]:
    """Every claim of a sentence whose claimant is named (or a pronoun for someone named)."""
    tokens = view.sentence_tokens(sentence)
    for word, trigger, clause in _triggers(view, tokens):
        decider = decided_by(view, word, clause)
        if decider is not None:  # "the Pentagon's decision to list it"
            yield Claim(word, trigger, clause, decider, _scope(view, trigger, clause, []), True)
            continue
        subject = _subject(view, clause)
        if subject is None:
            accuser = _unnamed_accuser(view, word, clause, relay_ids)
            if accuser is not None:  # "the defendants are accused of"
                document = document_in(clause)  # its author accuses; it names no accused
                aside = [document.head] if document is not None else []
                scope = _scope(view, trigger, clause, aside)
                yield Claim(word, trigger, clause, accuser, scope, False)
            continue
        if _speaking_person(subject):
            continue
        claimant = (
            _pronoun_speaker(view, subject, trigger)
            if _resolved_as_pronoun(view, subject, trigger)
            else (
                view.actor_of(subject, _speaker_kinds(subject))
                or _holder(view, subject, relay_ids)
                or filer(view, subject)
                or _maker_of(view, subject, developer)
                or _named_before(view, subject)
                or _named_after(view, subject)
                or _described_name(view, subject)
            )
        )
        if claimant is None:  # "prosecutors allege": the body that charged just before
            claimant = prosecutor_before(view, subject)
        if claimant is None:  # "the three labels say": each party of the list before
            group = group_named_before(view, subject)
            scope = _scope(view, trigger, clause, [subject]) if group else []
            yield from (Claim(word, trigger, clause, m, scope, False) for m in group)
            continue
        if id(claimant) in relay_ids or _agency_of_country(view, subject):
            continue
        scope = _scope(view, trigger, clause, [subject])
        speakers = _joint(view, claimant)  # "The FBI and CISA said"
        if len(speakers) == 1:
            speakers = _members(view, claimant, trigger)
        for speaker in speakers:
            yield Claim(word, trigger, clause, speaker, scope, subject.pos_ != "PRON")
    credited = [(s, view.head_of(s), True) for s in sources]
    credited += [(s, h, True) for s, h in _credited_documents(view, tokens, relay_ids)]
    credited += [(s, h, False) for s, h in _credited_pronouns(view, tokens, relay_ids)]
    for source, head, direct in credited:
        if head is None:
            continue
        clause = next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if clause is None:  # "Selon OpenAI, | DeepSeek aurait...": the parse split the sentence
            clause = next((t for t in tokens if t.i > head.i and t.pos_ in {"VERB", "AUX"}), None)
        if clause is None and head.i > head.sent.root.i:
            clause = head.sent.root  # "« Huawei ment », selon X": the quotation is the clause
        if clause is None:
            continue
        credit = {s.i for s in head.subtree} - _subject_cut_off(view, head)
        scope = [t for t in tokens if t.i not in credit]
        cut = _other_statements(scope)
        yield Claim("selon", head, clause, source, [t for t in scope if t.i not in cut], direct)
