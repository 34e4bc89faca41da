"""Who a claim is against, and who only stands by it.

The accused is the object of an accusing verb ('accused DeepSeek of', 'soupçonne Huawei de') or,
for other claim verbs, a mention in the claim's clause that is neither the claimant, a relay, a
victim ('les modèles d'OpenAI'), a place ('en Chine'), a recipient ('transfère des données vers
une filiale de ByteDance') nor an associate ('des liens avec des entreprises chinoises, dont
Huawei'). When the clause names no one, a subject pronoun or 'la société' stands for the
latest organisation named before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from graph.model import Actor, ActorKind
from ingest.extract.cues import (
    ACCUSED_FIRM_NOUNS,
    ASCRIBE_LEMMAS,
    ENFORCE_LEMMAS,
    FIRM_NOUNS,
    OBJECT_NOUNS,
    PENALTY_LEMMAS,
    SPOKES_NOUNS,
    TARGET_LEMMAS,
)
from ingest.extract.misplaced_objects import (
    object_after_date,
    objects_before,
    participle_antecedent,
    relative_antecedent,
)
from ingest.extract.quotes import quote_before
from ingest.extract.reported_subjects import (
    evidence_clause,
    named_by_clause,
    product_maker,
    seller,
)
from ingest.extract.role_orgs import DEMONYMS, country_named
from ingest.extract.syntax import FIRMS, DocView, Token, dep, is_subject, lemma
from ingest.extract.types import Mention

Maker = Callable[[Mention], Actor | None]
PARTY_KINDS = frozenset(
    {
        ActorKind.PERSON,
        ActorKind.OFFICIAL,
        ActorKind.COMPANY,
        ActorKind.ORGANIZATION,
        ActorKind.GOVERNMENT_BODY,
        ActorKind.COUNTRY,
    }
)
_PENALISED = PARTY_KINDS - {ActorKind.COUNTRY, ActorKind.GOVERNMENT_BODY}
_LOCATIVE = frozenset({"en", "in", "au", "aux", "dans", "à", "vers", "into", "to"})
_RECIPIENT = frozenset({"à", "au", "aux", "to", "auprès", "vers", "towards"})
_TRANSMIT = frozenset(
    {
        "send", "transmit", "submit", "give", "present", "deliver", "address", "write",
        "transfer", "hand", "route", "ship", "export", "siphon", "funnel",
        "transmettre", "envoyer", "remettre", "adresser", "soumettre", "présenter", "écrire",
        "transférer", "exporter", "expédier", "siphonner", "acheminer",
        "supply", "sell", "provide", "fournir", "vendre", "livrer", "divert", "shift",
        "move", "détourner", "déplacer",
        # whom a letter is sent to: "in a letter to the Commerce Department, X wrote"
        "letter", "lettre", "courrier",
    }
)  # fmt: skip
_MODIFIER_DEPS = frozenset({"compound", "amod", "npadvmod", "nummod"})
_ASSOCIATE_NOUNS = frozenset(
    {"lien", "liaison", "relation", "tie", "link", "connection", "partenariat", "partnership"}
)
_AND = re.compile(r"\b(et|and)\b", re.IGNORECASE)
_OWNER_WORDS = frozenset(
    {"propriété", "own", "owned", "détenir", "détenu", "détenue", "control", "controlled",
     "contrôler", "contrôlé", "contrôlée", "filiale", "subsidiary", "appartenir",
     # "un sous-traitant de Huawei, X, a fourni": the one that did it is X
     "sous-traitant", "subcontractor", "contractor", "supplier", "fournisseur", "client",
     "customer", "affiliate"}
)  # fmt: skip
_BY = frozenset({"by", "par", "de", "du", "des", "d'", "d’", "of"})
_WITH = frozenset({"with", "to", "avec", "à", "au", "aux"})
_ASSOCIATE_WORDS = frozenset(
    {"lier", "link", "tie", "affiliate", "associer", "connect", "connecter", "apparenter",
     "lié", "linked", "tied", "affiliated", "associé", "connected"}
)  # fmt: skip
# English parses make the one fined a 'dative': "fined the company 500 million euros".
_OBJECT_DEPS = frozenset({"obj", "dobj", "iobj", "dative", "nsubj:pass", "nsubjpass", "obl:arg"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
_OBJECT_PRONOUNS = frozenset(
    {"l'", "l’", "le", "la", "les", "lui", "leur", "them", "him", "her", "it"}
)
_DEFINITE = frozenset({"la", "le", "l'", "l’", "the", "cette", "ce", "this"})
_PLURAL_OBJECTS = frozenset({"les", "leur", "them"})
_DEMONSTRATIVES = frozenset({"celle-ci", "celui-ci", "celles-ci", "ceux-ci"})
_STAND_INS = frozenset(
    {
        "société", "entreprise", "groupe", "start-up", "application", "firme", "company",
        "firm", "app", "group", "startup", "platform", "plateforme", "network",
    }
)  # fmt: skip
_APPS = frozenset({"application", "app", "platform", "plateforme", "network"})


# "broke into Anthropic", "had hacked two US carriers": the one intruded upon is a victim.
_INTO_VERBS = frozenset({"break", "hack", "get", "intrude"})
_INTRUDED_VERBS = frozenset({"hack", "infiltrate", "penetrate", "breach", "compromise"})


def _intruded(head: Token) -> bool:
    """The object of an intrusion, first of its list ('into Anthropic and other targets')."""
    while dep(head) == "conj" and head.head.i != head.i:
        head = head.head
    parent = head.head
    if dep(head) == "pobj" and str(parent.text).lower() == "into":
        return lemma(parent.head) in _INTO_VERBS
    return dep(head) == "dobj" and lemma(parent) in _INTRUDED_VERBS


def is_victim(view: DocView, head: Token) -> bool:
    """The owner of what was taken: 'OpenAI's models', 'les API d'OpenAI', 'from OpenAI';
    the one broken into: 'broke into Anthropic'."""
    if not view.lang.startswith("fr") and _intruded(head):
        return True
    parent = head.head
    if dep(parent) == "nsubj" and lemma(parent) in OBJECT_NOUNS:
        return False  # "plusieurs modèles de Hikvision envoyaient des données": what it makes acts
    if dep(head) in {"poss", "nmod:poss"} and lemma(parent) in OBJECT_NOUNS:
        return True
    if (
        dep(head) in {"compound", "nmod"}
        and lemma(parent) in OBJECT_NOUNS
        and parent.pos_ != "PROPN"  # "Contemporary Amperex Technology" is a name, no thing
        and not view.lang.startswith("fr")
    ):
        return True  # "out of OpenAI models"
    if view.lang.startswith("fr"):
        cases = {str(c.text).lower() for c in head.children if dep(c) == "case"}
        if dep(head) == "nmod" and lemma(parent) in OBJECT_NOUNS and cases & {"de", "d'", "d’"}:
            return True
        return bool(cases & {"depuis"})
    return (
        dep(head) == "pobj"
        and str(parent.text).lower() in {"from", "of"}
        and lemma(parent.head) in OBJECT_NOUNS | {"extract", "obtain", "steal", "take"}
    )


def _cases(token: Token) -> set[str]:
    return {str(c.text).lower() for c in token.children if dep(c) in {"case", "prep"}}


def _received(head: Token) -> bool:
    """A recipient, through a chain of nouns: 'vers une filiale de ByteDance', 'to China'."""
    token = head
    for _ in range(6):
        if _cases(token) & _RECIPIENT and lemma(token.head) in _TRANSMIT:
            return True
        if str(token.head.text).lower() in _RECIPIENT and lemma(token.head.head) in _TRANSMIT:
            return True  # English: the noun hangs under its preposition
        participle = token.head.pos_ == "VERB" and dep(token.head) in {"acl", "amod"}
        if token.head.i == token.i or (token.head.pos_ in {"VERB", "AUX"} and not participle):
            return False  # "to a factory controlled by Wingtech" goes on through 'controlled'
        token = token.head
    return False


def _done_by_unnamed(head: Token) -> bool:
    """'alleging they misled server makers Dell and Super Micro': the object of a verb whose
    doer is an unnamed 'they'/'he'/'ils' is who it was done to, not the accused."""
    if dep(head).startswith("nsubj"):
        return False
    verb = next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is not None and lemma(verb) in _FINDING:
        return False  # "they had found code in DeepSeek's login page": what was found
    return verb is not None and any(
        dep(c) in _SUBJECT_DEPS and str(c.text).lower() in _PERSONAL for c in verb.children
    )


# "said it had learned/found/concluded that": a finding reported inside a statement.
_LEARNED = frozenset(
    {"learn", "find", "discover", "conclude", "determine", "establish", "apprendre",
     "découvrir", "conclure", "constater", "établir"}
)  # fmt: skip
# Verbs of finding: their unnamed 'they' is the claimant, and what they found is at fault.
_FINDING = frozenset(
    {"find", "discover", "uncover", "detect", "identify", "spot", "observe", "trouver",
     "découvrir", "détecter", "identifier", "repérer", "constater", "observer"}
)  # fmt: skip


def _associate(head: Token) -> bool:
    """Named only as a partner of the accused: 'des liens avec des entreprises, dont Huawei'."""
    if dep(head).startswith("nsubj"):
        return False  # "DeepSeek est lié à l'armée": the one tied is the accused
    token, via = head, set(_cases(head))
    for _ in range(5):
        parent = token.head
        if parent.i == token.i:
            return False
        if str(parent.text).lower() in _WITH:
            via.add(str(parent.text).lower())  # English: the noun hangs under its preposition
        elif lemma(parent) in _ASSOCIATE_NOUNS | _ASSOCIATE_WORDS or (
            str(parent.text).lower() in _ASSOCIATE_WORDS
        ):
            return bool(via & _WITH)  # "Huawei's ties to" and "les liens de Huawei" accuse Huawei
        elif lemma(parent) in _OWNER_WORDS or str(parent.text).lower() in _OWNER_WORDS:
            return bool(via & _BY)  # "l'application, propriété du groupe ByteDance"
        elif parent.pos_ in {"VERB", "AUX"}:
            return False
        token = parent
        via |= _cases(token)
    return False


# "exploiting flaws in Ivanti's gateways", "des failles des passerelles d'Ivanti": the maker
# of what was broken into is a victim of the intrusion.
_FLAWED = re.compile(
    r"\b(flaws?|vulnerabilit\w*|failles?|vulnérabilités?|bugs?|loopholes?)\b[^.;,]{0,50}$",
    re.IGNORECASE,
)


def _flawed(view: DocView, mention: Mention) -> bool:
    start = view.sentence_at(mention.start).start
    return bool(_FLAWED.search(view.text[max(start, mention.start - 60) : mention.start]))


def is_bystander(view: DocView, mention: Mention, head: Token) -> bool:
    """Mentions that only modify, locate, receive or keep company: 'PRC-based companies',
    'en Chine', 'une note transmise à la commission', 'ties to firms such as Huawei'."""
    parent = head.head
    if (
        dep(head) in _MODIFIER_DEPS
        and view.mention(parent) is None
        and view.named(parent) is not mention  # "la société Quantelia" names, not modifies
        and lemma(parent) not in SPOKES_NOUNS  # "Nvidia representatives" are Nvidia's
        # "Huawei processors were designed in breach": the maker of the subject is accused
        and not (mention.actor.kind == ActorKind.COMPANY and is_subject(parent))
    ):
        return True
    if _received(head) or _associate(head) or _done_by_unnamed(head) or _flawed(view, mention):
        return True
    previous = view.doc[head.i - 1] if head.i > 0 else None
    while previous is not None and previous.pos_ == "DET" and previous.i > 0:
        previous = view.doc[previous.i - 1]  # "vers la Chine"
    word = str(previous.text).lower() if previous is not None else ""
    if word in _VENUE or _heads_dateline(view, mention):
        return True  # "assigné Meta devant le tribunal de Paris", "DUBLIN — The regulator"
    return (mention.actor.kind == ActorKind.COUNTRY and word in _LOCATIVE) or (
        mention.actor.kind == ActorKind.GOVERNMENT_BODY and word in {"in", "en", "dans", "au"}
    )  # "In Texas, Attorney General Ken Paxton": a place


_VENUE = frozenset({"devant", "before"})
_DATELINE = re.compile(r"\s*(\([^)]*\)\s*)?[—–]")


def _heads_dateline(view: DocView, mention: Mention) -> bool:
    sentence = view.sentence_at(mention.start)
    return not view.text[sentence.start : mention.start].strip() and bool(
        _DATELINE.match(view.text, mention.end)
    )


def targets(view: DocView, clause: Token, word: str, claimant: Mention) -> list[Mention]:
    """The object of an accusing verb, with those coordinated to it ('accuse trois laboratoires
    chinois, DeepSeek, Moonshot AI et MiniMax'); an object pronoun ('en l'accusant') or 'le
    groupe' stands for the latest party named before it other than the claimants."""
    if word not in TARGET_LEMMAS or clause.pos_ not in {"VERB", "AUX"}:
        return []
    excluded = frozenset({claimant.actor.id} | _speakers(view, claimant))
    cast = _cast_as(view, clause, word, excluded)
    if cast is not None:
        return [m for m in accused_list(view, cast) if m.actor.id not in excluded]
    for child in _penalised(clause, word):
        to = bool(_cases(child) & {"à", "au", "aux"})
        if word in ENFORCE_LEMMAS and dep(child).startswith(("obl", "nmod")) and to:
            pass  # "a infligé une amende à Google": the one fined
        elif word in ASCRIBE_LEMMAS and (to or _cases(child) & {"to"}):
            pass  # "impute à Sandworm le sabotage": the one it is laid on
        elif dep(child) not in _OBJECT_DEPS:
            continue
        elif dep(child) == "obl:arg" and not to:
            continue  # "reprocher à X de": the one reproached
        pronoun = str(child.text).lower() in _OBJECT_PRONOUNS
        # "la CNIL lui a infligé une amende": a firm or a person is fined, not a place
        kinds = _PENALISED if pronoun and word in PENALTY_LEMMAS else PARTY_KINDS
        found = view.actor_of(child, kinds) or _name_set_off(view, child, kinds)
        if pronoun and (found is None or found.actor.id in excluded):
            found = None  # 'accusing it of': never the claimant itself
        if found is not None and (pronoun or found.source == "coref"):
            # "sued X in a Texas court, accusing them of", "sued Perplexity, accusing the
            # San Francisco start-up of": the object the main verb just took
            found = _object_before(view, child, excluded) or found
        if found is None and pronoun:
            found = _object_before(view, child, excluded) or _pronoun_party(
                view, child, kinds, excluded
            )
        if pronoun and str(child.text).lower() in _PLURAL_OBJECTS:
            earlier = objects_before(view, child, kinds, excluded)  # "Washington les accuse"
            here = view.sentence_at(clause.idx).index
            if earlier and (found is None or view.sentence_of(found) != here):
                return earlier
        if found is None and str(child.text).lower() in _RELATIVES:
            # "la société X, qu'il accuse d'avoir", "Zhipu, which it accuses of": the one
            # the relative clause describes
            found = _described(view, clause)
        noun = _firm_word(view, child)
        if found is None and noun in ACCUSED_FIRM_NOUNS and _definite(child):
            # "accusant le groupe américain d'avoir", "accused the British start-up of";
            # a lab, an app or a giant is a company, never the party named beside the speaker
            kinds = FIRMS if noun in FIRM_NOUNS else frozenset({ActorKind.COMPANY})
            taken = _object_before(view, child, excluded)  # "sued X, accusing the start-up"
            found = (
                taken
                if taken is not None and taken.actor.kind in kinds
                else view.antecedent(child, kinds, exclude=excluded)
            )
        if found is not None and found.actor.id not in excluded:
            same = view.sentence_of(found) == view.sentence_at(clause.idx).index
            group = accused_list(view, found) if same else [found]
            return [m for m in group if m.actor.id not in excluded]
    described = participle_antecedent(view, clause, PARTY_KINDS, excluded)
    if described is not None:  # "sanctions contre la société X, accusée d'avoir"
        return [m for m in accused_list(view, described) if m.actor.id not in excluded]
    found = _relative_object(view, clause)
    if found is None or found.actor.id in excluded:  # the parse put the object out of reach
        found = relative_antecedent(view, clause, PARTY_KINDS, excluded) or object_after_date(
            view, clause, PARTY_KINDS, excluded
        )
        if found is not None:
            return [m for m in accused_list(view, found) if m.actor.id not in excluded]
    return [found] if found is not None and found.actor.id not in excluded else []


_RELATIVES = frozenset({"que", "qu'", "qu’", "which", "whom", "who", "that"})
_AS_VERBS = frozenset(
    {"consider", "considérer", "regard", "describe", "décrire", "designate", "désigner", "list",
     "qualifier", "classify", "classer"}
)  # fmt: skip


def _cast_as(view: DocView, clause: Token, word: str, excluded: frozenset[str]) -> Mention | None:
    """'considère depuis 2021 Hikvision comme une entreprise liée à l'armée': the party cast
    'as' something, whatever role the parser gives it."""
    if word not in _AS_VERBS:
        return None
    # close after the verb: the parser may have cut the sentence in two before the name
    after_verb = [
        t
        for t in view.sentence_tokens(view.sentence_at(clause.idx))
        if clause.i < t.i <= clause.i + 12
    ]
    for found in view.mentions_in(after_verb):
        if found.actor.kind not in PARTY_KINDS:
            continue
        if found.actor.id in excluded:
            continue
        last = max(t.i for t in view.tokens_in(found.start, found.end))
        after = view.doc[last + 1] if last + 1 < len(view.doc) else None
        if after is not None and str(after.text).lower() in {"comme", "as"}:
            return found
    return None


def _described(view: DocView, clause: Token) -> Mention | None:
    if dep(clause) not in {"acl:relcl", "relcl", "acl"} or clause.head.i == clause.i:
        return None
    return view.actor_of(clause.head, PARTY_KINDS)


def _relative_object(view: DocView, clause: Token) -> Mention | None:
    """'a sanctionné la société X, qu'il accuse de': when the parser hangs the relative clause
    on the main verb, its 'que' stands for that verb's object."""
    if not any(
        str(c.text).lower() in _RELATIVES and c.pos_ == "PRON" and c.i < clause.i
        for c in clause.children
    ):
        return None
    if dep(clause) in {"acl:relcl", "relcl", "acl"}:
        return _described(view, clause)
    main = clause.head
    objects = [c for c in main.children if dep(c) in {"obj", "dobj"} and c.i < clause.i]
    return view.actor_of(objects[-1], PARTY_KINDS) if objects and main.i != clause.i else None


def _firm_word(view: DocView, noun: Token) -> str:
    """A noun's lemma, or its hyphenated whole ('start-up' is parsed as start, -, up)."""
    i = noun.i
    if i >= 2 and str(view.doc[i - 1].text) == "-" and not view.doc[i - 2].whitespace_:
        return f"{view.doc[i - 2].text}-{noun.text}".lower()
    return lemma(noun)


def _penalised(clause: Token, word: str) -> list[Token]:
    """The verb's dependants, and for a penalty those of its object too: the parser often
    hangs 'à Meta' on the fine ('une amende de 20 millions d'euros à Meta')."""
    children = list(clause.children)
    if word not in ENFORCE_LEMMAS:
        return children
    penalties = [c for c in children if dep(c) in {"obj", "dobj"} and c.pos_ == "NOUN"]
    return children + [g for p in penalties for g in p.subtree if dep(g) == "nmod"]


def _object_before(view: DocView, pronoun: Token, excluded: frozenset[str]) -> Mention | None:
    """'added Tianhe to its Entity List, accusing it of': a pronoun object of a participle
    stands for the object the main verb just took, in the same sentence."""
    same = view.sentence_mentions(view.sentence_at(pronoun.idx).index)
    before = [
        m
        for m in same
        if m.end <= pronoun.idx
        and m.actor.id not in excluded
        and m.actor.kind in PARTY_KINDS - {ActorKind.COUNTRY}
        and not dep(view.head_of(m) or pronoun).startswith("nsubj")
        and not is_bystander(view, m, view.head_of(m) or pronoun)  # "in a Texas court"
    ]
    return before[-1] if before and dep(pronoun.head) in {"advcl", "xcomp", "conj"} else None


def _name_set_off(view: DocView, noun: Token, kinds: frozenset[ActorKind]) -> Mention | None:
    """'a poursuivi un ancien cadre, Paul Renard, accusé de': the name set off by a comma right
    after a common noun is that noun (the parse often makes it a conjunct)."""
    if noun.pos_ != "NOUN" or noun.i + 2 >= len(view.doc) or str(view.doc[noun.i + 1].text) != ",":
        return None
    found = view.mention(view.doc[noun.i + 2])
    head = view.head_of(found) if found is not None else None
    if found is None or head is None or head.head.i != noun.i or dep(head) not in {"conj", "appos"}:
        return None
    return found if found.actor.kind in kinds else None


def _pronoun_party(
    view: DocView, pronoun: Token, kinds: frozenset[ActorKind], excluded: frozenset[str]
) -> Mention | None:
    """The party an object pronoun stands for, past the places and recipients named on the
    way ('transféré des données vers la Chine. Le régulateur lui a reproché': the firm)."""

    def party(found: Mention) -> bool:
        head = view.head_of(found)
        return head is None or not is_bystander(view, found, head)

    return view.antecedent_passing(pronoun, kinds, party, exclude=excluded)


_PERSONAL = frozenset({"they", "he", "she", "ils", "elles", "them"})


def _speakers(view: DocView, claimant: Mention) -> set[str]:
    """The claimant's co-claimants ('le SNE et la SGDL ont assigné'), never the accused."""
    spans = {(m.start, m.end): m for m in view.analyzed.mentions}
    registered = spans.get((claimant.start, claimant.end))
    return {m.actor.id for m in joined(view, registered)} if registered is not None else set()


def reported(
    view: DocView, clause: Token, claimant: Mention, own: bool, developer: Maker | None = None
) -> list[Mention]:
    """The subject of the reported clause ('said [DeepSeek] had used', 'estime que [Huawei]
    représente'), with those coordinated to it: the accused, whoever else the clause names
    (recipients, owners, partners). A definite 'la société' or a pronoun stands for the
    latest firm named before it; a description stands for the party it names, a product for
    its maker (`developer`), a thing for its seller. `own`: the clause itself is the reported
    one ('selon X, ...')."""
    clauses = [clause] if own else [c for c in clause.children if dep(c) in {"ccomp", "xcomp"}]
    if not clauses:  # "« Meta s'approprie le canal », affirme X": the quotation's own clause
        clauses = _quoted_clause(view, clause)
    # "there was evidence that X had": the clause the evidence noun carries is reported
    for child in [evidence_clause(c) or c for c in clauses]:
        subject = next((c for c in child.children if dep(c) in _SUBJECT_DEPS), None)
        if subject is None:
            continue
        pronoun = subject.pos_ == "PRON" and view.mention(subject) is None
        if pronoun and lemma(child) in _LEARNED:
            # "said it had learned that the H20 contained": the speaker's own finding
            return reported(view, child, claimant, own=False, developer=developer)
        if pronoun and str(subject.text).lower() not in _DEMONSTRATIVES:
            return []  # "it is likely that", "il est possible que": often no one at all
        if pronoun:  # "celle-ci": the latest firm, never the speaker
            found = stand_in(view, [subject], claimant)
        else:
            found = (
                view.actor_of(subject, PARTY_KINDS)
                or _state_of(view, subject)
                or stand_in(view, [subject], claimant)
                or named_by_clause(view, subject)
                or seller(view, subject, PARTY_KINDS - {ActorKind.COUNTRY})
            )
        if found is None:  # "the H20 contained": its maker, read from the product alone
            made = product_maker(view, subject, developer)
            return [made] if made is not None and made.actor.id != claimant.actor.id else []
        if found.actor.id == claimant.actor.id:
            return []
        head = view.head_of(found)
        if head is not None and is_bystander(view, found, head):
            return []
        return [
            m
            for m in accused_list(view, found)
            if m.actor.kind in PARTY_KINDS and m.actor.id != claimant.actor.id
        ]
    return []


_STATE_NOUNS = frozenset({"government", "state", "regime", "leadership"})


def _state_of(view: DocView, noun: Token) -> Mention | None:
    """'the Chinese government tried to shortcut years of research by stealing it': the
    country the article names, standing for its government."""
    if lemma(noun) not in _STATE_NOUNS or noun.pos_ != "NOUN":
        return None
    words = [str(c.text).lower() for c in noun.children if dep(c) in {"amod", "compound"}]
    name = next((DEMONYMS[w] for w in words if w in DEMONYMS), None)
    return country_named(view, name)


def _quoted_clause(view: DocView, tag: Token) -> list[Token]:
    """The verb heading the quotation a speech tag credits, when the quotation is whole in
    the sentence and one clause ('« X a copié nos modèles », a déclaré Y')."""
    quoted = quote_before(view, tag)
    inside = {t.i for t in quoted}
    roots = [t for t in quoted if t.head.i not in inside and t.pos_ in {"VERB", "AUX", "ADJ"}]
    return roots[:1] if len(roots) == 1 else []


def _definite(noun: Token) -> bool:
    """'le groupe', and 'au groupe de Menlo Park' ('au' is 'à le')."""
    return any(
        (dep(c) == "det" and str(c.text).lower() in _DEFINITE)
        or (dep(c) == "case" and str(c.text).lower() in {"au", "aux", "du"})
        for c in noun.children
    )


def stand_in(view: DocView, scope: list[Token], claimant: Mention) -> Mention | None:
    """'estimant que celle-ci transfère illégalement les données', 'that the company had
    breached': a subject standing for the latest firm named before it, unless that is the
    claimant itself ('Anthropic said it had found')."""
    for token in scope:
        if not dep(token).startswith("nsubj"):
            continue
        if token.pos_ == "PRON":
            if str(token.text).lower() not in _DEMONSTRATIVES:
                continue  # "it", "il" are often impersonal: "it is likely that"
        elif (
            token.pos_ != "NOUN"
            or lemma(token) not in _STAND_INS
            or not any(str(c.text).lower() in _DEFINITE for c in token.children)
        ):
            continue
        # "The Guild said the company had built": the firm before, never the speaker; an
        # app or a platform is a company's, never a party's or a body's
        kinds = frozenset({ActorKind.COMPANY}) if lemma(token) in _APPS else FIRMS
        return _of_nationality(view, token, kinds, {claimant.actor.id})
    return None


def _of_nationality(
    view: DocView, noun: Token, kinds: frozenset[ActorKind], exclude: set[str]
) -> Mention | None:
    """The latest fitting firm before 'the company'; 'the Chinese AI company' is never one
    the knowledge base places in another country ('asked Apple and Google to remove X,
    saying the Chinese company ...' is X)."""
    country = next(
        (
            DEMONYMS[word]
            for t in noun.subtree  # "the Chinese AI company": 'Chinese' may qualify 'AI'
            if t.i < noun.i and (word := str(t.text).lower()) in DEMONYMS
        ),
        None,
    )
    return view.antecedent_passing(
        noun,
        kinds,
        lambda found: country is None or found.actor.country in {None, country},
        exclude=frozenset(exclude),
        tries=4,
    )


def _conjoined(view: DocView, claimant: Mention) -> set[int]:
    """Mentions joined to the claimant by 'et'/'and' (a comma alone may end an 'according
    to' phrase: 'According to OpenAI, DeepSeek copied')."""
    text = view.text
    # A claimant read from a description ('the ChatGPT maker') stands on the product's span.
    spans = {(m.start, m.end): m for m in view.analyzed.mentions}
    registered = spans.get((claimant.start, claimant.end))
    if registered is None:
        return set()
    group = joined(view, registered)
    if len(group) < 2:
        return set()
    gaps = " ".join(text[a.end : b.start] for a, b in pairwise(group))
    return {id(m) for m in group} if _AND.search(gaps) else set()


_JOIN = re.compile(r"[\s()]*(,|et|and|, et|, and)?[\s()]*", re.IGNORECASE)
# "ChangXin, module maker Quectel and drone maker Autel": a list whose items carry a short
# description; never past 'of', 'which', 'with'... ("X, a unit of Y" names Y as an owner).
_DESCRIBED = re.compile(
    r"\s*(,|and|et|, and|, et)\s+((the|la|le|les|l['’]|a|an|un|une|its|son|sa|ses)\b ?)?"
    r"((?:[\w-]+ ){0,3})",
    re.IGNORECASE,
)
_NOT_DESCRIPTIONS = frozenset(
    {"of", "de", "du", "des", "d", "which", "who", "whose", "qui", "que", "dont", "with",
     "avec", "to", "à", "au", "aux", "by", "par", "in", "en", "for", "pour", "from", "said",
     "says", "has", "have", "had", "is", "are", "was", "were", "a", "est", "sont", "ont"}
)  # fmt: skip


def _list_gap(gap: str) -> bool:
    gap = _AGE.sub("", gap)  # "Wen Lihua, 28, and Zhao Kai, 31": an age between two names
    if _JOINER_PLAIN.fullmatch(gap):
        return True
    if _FRENCH_PAST.search(gap):
        return False  # "Musk, directeur de Tesla, a accusé le gouvernement": a verb, no list
    match = _DESCRIBED.fullmatch(gap)
    if match is None or not match.group(4):
        return False
    words = str(match.group(4)).split()
    if any(
        w.endswith(("ant", "ing")) and nxt in _ARTICLES for w, nxt in pairwise(words)
    ):  # ', accusant le groupe', ', accusing the firm': a clause, not a description
        return False
    if words[-1].endswith("ing"):  # "sued OpenAI, saying ChatGPT reproduces": a clause too
        return False
    # "British engineer Tom Harding": a nationality may open a bare description, never one
    # with an article ('and the Chinese firm X' may start a new clause's subject)
    bare = not match.group(2)
    described = all(w.islower() or (bare and w.lower() in DEMONYMS) for w in words)
    return described and not set(words) & _NOT_DESCRIPTIONS


_ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "l'", "l’", "un", "une"})
_FRENCH_PAST = re.compile(r"\b(a|ont|avait|avaient)\s+(\w+\s+)?\w+(é|ée|és|ées|is|it)\b")
_AGE = re.compile(r"^\s*,\s*\d{1,3}(?=\s*,)")
_JOINER_PLAIN = re.compile(r"\s*(,|et|and|ou|or|, et|, and)\s*", re.IGNORECASE)


def accused_list(view: DocView, mention: Mention) -> list[Mention]:
    """The accused named with `mention` in one list: 'Huawei, SMIC and YMTC', 'memory
    chipmaker ChangXin, module maker Quectel and drone maker Autel'. A possessive after it
    starts a description, not a list: 'Zhang Xuezheng, Nexperia's chief executive'."""
    group = _past_nationality(view, view.listed_with(mention, _list_gap), mention)
    at = group.index(mention) if mention in group else len(group)
    for i in range(at + 1, len(group)):
        if _POSSESSIVE_AFTER.match(view.text, group[i].end):
            return group[:i]
    return group


_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_TITLE_GAP = re.compile(r"\s+(?:[a-z-]+\s+){1,3}")


def _past_nationality(view: DocView, group: list[Mention], mention: Mention) -> list[Mention]:
    """'Lin Wei, US businessman Derek Holloway and two others': a country that only qualifies
    the next name of the list gives way to that name and the rest of the list."""
    last = group[-1]
    if last is mention or last.actor.kind != ActorKind.COUNTRY:
        return group
    same = view.sentence_mentions(view.sentence_of(last))
    at = same.index(last) if last in same else len(same) - 1
    after = same[at + 1] if at + 1 < len(same) else None
    if after is None or after.actor.kind == ActorKind.COUNTRY:
        return group
    if not _TITLE_GAP.fullmatch(view.text[last.end : after.start]):
        return group
    rest = view.listed_with(after, _list_gap)
    return group[:-1] + [m for m in rest if m.start >= after.start]


def joined(view: DocView, mention: Mention) -> list[Mention]:
    """The mention and those listed with it, past acronyms in brackets: 'Le Syndicat
    national de l'édition (SNE), la Société des gens de lettres (SGDL) et le SNAC'."""
    return view.listed_with(mention, lambda gap: bool(_JOIN.fullmatch(_bare(gap))))


def _bare(gap: str) -> str:
    """A gap without the articles that start a listed name ('la Société', 'le SNAC')."""
    return re.sub(r"\b(le|la|les|l['’]|the)\s*", " ", gap, flags=re.IGNORECASE)


# "hackers working for China", "spying on behalf of Russia", "a group sponsored by Iran",
# "state-backed hackers from China and Iran": the state behind the doers is accused with them.
_SERVE_VERBS = frozenset({"work", "act", "operate", "spy", "serve"})
_BACKED = frozenset({"sponsor", "back", "direct", "fund", "control", "run", "task"})
_DOERS = frozenset(
    {"hacker", "operative", "actor", "group", "spy", "agent", "attacker", "intruder", "unit"}
)


def _principal(head: Token) -> bool:
    """English parses only: French ones give no 'pobj'."""
    while dep(head) == "conj" and head.head.i != head.i:
        head = head.head  # "from China and Iran"
    if dep(head) != "pobj":
        return False
    preposition = head.head
    word, above = str(preposition.text).lower(), preposition.head
    if word == "of" and str(above.text).lower() == "behalf":
        return True
    if word == "by":
        return lemma(above) in _BACKED and above.tag_ == "VBN"
    if word == "from":
        return lemma(above) in _DOERS
    return word == "for" and lemma(above) in _SERVE_VERBS


_ACQUIRE = frozenset(
    {"buy", "purchase", "acquire", "obtain", "procure", "smuggle", "ship", "import", "order",
     "route", "resell", "divert", "stockpile", "relabel"}
)  # fmt: skip


def _acquired(head: Token) -> bool:
    """A product named as goods others bought, shipped or smuggled."""
    token = head
    for _ in range(3):
        if dep(token) not in {"compound", "conj", "amod", "nmod", "nummod", "appos"}:
            break
        token = token.head
    return dep(token) in {"dobj", "nsubjpass"} and lemma(token.head) in _ACQUIRE


def parties(  # noqa: PLR0917
    view: DocView,
    scope: list[Token],
    claimant: Mention,
    relay_ids: set[int],
    allow_countries: bool,
    maker: Maker | None,
) -> tuple[list[Actor], list[Actor]]:
    """The accused and the victims named in a claim's scope."""
    accused: list[Actor] = []
    victims: list[Actor] = []
    partners = _conjoined(view, claimant)  # "Microsoft et OpenAI enquêtent"
    for mention in view.mentions_in(scope):
        if id(mention) in partners:
            continue
        head = view.head_of(mention)
        actor: Actor | None = mention.actor
        if actor is not None and actor.kind == ActorKind.PRODUCT and maker is not None:
            # "Using Huawei Ascend chips violates export controls": the maker named in the
            # product's own name is the one accused; not the maker of goods others bought
            # or smuggled ('bought Nvidia H100 processors and relabelled them').
            actor = None if head is not None and _acquired(head) else maker(mention)
        if (
            actor is None
            or head is None
            or id(mention) in relay_ids
            or actor.id == claimant.actor.id
            or actor.kind not in PARTY_KINDS
        ):
            continue
        if is_victim(view, head):
            victims.append(actor)
        elif not is_bystander(view, mention, head) and (
            actor.kind != ActorKind.COUNTRY or allow_countries or _principal(head)
        ):
            # Countries are places and audiences far more often than accused parties.
            accused.append(actor)
    return accused, victims
