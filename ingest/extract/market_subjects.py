"""Who moved: the company, index or asset a market move is said of.

Tried nearest first: the owner of a moving noun ('la perte de l'indice X', 'sa perte'), the
verb's subject, a name the parse left before a verb, a definite market noun that refers back
('le titre a dévissé'), then the subject of the clause holding the move.
"""

from __future__ import annotations

from graph.model import ActorKind
from ingest.extract.cues import (
    CAUSED_MOVES,
    DOWN_NOUNS,
    FIRM_NOUNS,
    MARKET_ANAPHORS,
    MOVE_ADVERBS,
    RESULT_NOUNS,
    UP_NOUNS,
)
from ingest.extract.syntax import ORGS, DocView, Token, dep, is_subject, lemma
from ingest.extract.types import Mention

SUBJECT_KINDS = frozenset({ActorKind.COMPANY, ActorKind.ASSET})
MARKET_NOUNS = frozenset(
    {
        "share", "stock", "value", "valuation", "capitalisation", "capitalization", "cap",
        "price", "index", "market", "equity",
        "action", "titre", "valeur", "cours", "prix", "indice", "bourse", "valorisation",
        "receipt", "adr",
    }
)  # fmt: skip
_MOVING_NOUNS = MARKET_NOUNS | DOWN_NOUNS | UP_NOUNS
_OWNER_DEPS = frozenset({"nmod", "poss", "pobj"})


def subject_mentions(view: DocView, trigger: Token, *, guessed: bool = False) -> list[Mention]:
    """Who moved, tried nearest first: the noun's owner ('la perte de l'indice X', 'sa perte'),
    the subject ('Nvidia a perdu', 'its value plunge'), then the subject of the verb holding
    the noun ('Nvidia a connu la pire perte'). A verb the parser took for a noun (`guessed`)
    has no parse to trust: only the name right before it."""
    if guessed:
        before = _preceding_name(view, trigger) or _name_before(view, trigger)
        return _resolve(view, [before] if before is not None else [])
    caused = _caused(view, trigger)
    if caused is not None:
        return _resolve(view, [caused])
    tiers: list[list[Token]] = []
    if trigger.pos_ == "ADV":  # "Nvidia, down 3%,": the name the aside hangs on
        return _resolve(view, [trigger.head])
    if trigger.pos_ == "NOUN":
        owned = [c for c in trigger.subtree if c.i != trigger.i and dep(c) in _OWNER_DEPS]
        if dep(trigger).startswith("nsubj"):
            owned += [c for c in trigger.children if dep(c) in {"det", "poss", "nmod:poss"}]
        if _superlative(trigger) and dep(trigger) in {"obj", "dobj"}:
            # "Renault a signé la plus forte baisse du CAC 40", "posted the biggest gain on
            # the Stoxx 600": the index is where it ranked; the one who posted it moved.
            tiers.append([m for m in [_mover(view, trigger.head)] if m is not None])
        tiers.append(owned)
    subject = _true_subject(view, trigger)
    own = any(dep(c).startswith("nsubj") for c in trigger.children)
    if subject is not None and not own and _unparsed_subject(view, trigger):
        subject = None  # shared from the clause before, though this one has its own
    if (
        dep(trigger) == "advcl"
        and _present_participle(trigger)
        and not _moving_subject(view, trigger)
    ):
        # "Airbus was the top gainer on the CAC 40, rising 4.1%", "Orange, gagnant 2 %": a
        # participle's subject is the main clause's, not the last name before the comma.
        tiers.append(_holder_subject(view, trigger)[:1])
    if not own and dep(trigger) in {"conj", "advcl", "xcomp", "dep", "parataxis"}:
        # "... and Nvidia lost 2.8%", "tandis que Samsung, qui publie ..., a grimpé": a
        # second clause the parse left without its subject, which sits right before it.
        tiers.append([t for t in [_name_before(view, trigger)] if t is not None])
    if subject is not None and not (own and _wiped_off(trigger) is not None):
        # "DeepSeek wiped $600bn off Nvidia's value": that subject is the cause, not who moved.
        tiers.append([subject, *(c for c in subject.children if dep(c) == "conj")])
    if dep(trigger) == "xcomp":
        # "a vu son titre plonger", "saw its shares fall": the object of the perceiving verb.
        tiers.append([c for c in trigger.head.children if dep(c) in {"obj", "dobj"}])
    if trigger.pos_ == "NOUN":
        holder = trigger.head
        while holder.pos_ not in {"VERB", "AUX"} and holder.head.i != holder.i:
            holder = holder.head
        held = _mover(view, holder) if holder.pos_ in {"VERB", "AUX"} else None
        tiers.append([held] if held is not None else [])
    if subject is None and trigger.pos_ == "VERB" and dep(trigger) in _HUNG_CLAUSES:
        # "a perdu 15 % à la Bourse de Paris, effaçant 2 milliards", "fell 1.4% before
        # recovering to close 0.3% lower": a clause the parser hung below the main verb shares
        # that verb's subject; not one with a subject of its own the parse lost ("tandis qu'à
        # Francfort Infineon cédait 2 %", "et Strategy, le détenteur de bitcoins, a dévissé").
        before = _preceding_name(view, trigger)
        if before is not None:
            tiers.append([before])
        elif not _unparsed_subject(view, trigger):
            tiers.append(_holder_subject(view, trigger))
    if subject is None and trigger.pos_ in {"VERB", "AUX"}:
        before = _preceding_name(view, trigger) or _name_before(view, trigger)
        tiers.append([before] if before is not None else [])
    for tier in tiers:
        found = _resolve(view, tier)
        if found:
            return found
    return []


def results_noun(view: DocView, token: Token) -> bool:
    """'revenue', 'net profit', "chiffre d'affaires" (not 'le chiffre', a mere figure)."""
    word = lemma(token).lower()
    if word not in RESULT_NOUNS and str(token.text).lower() not in RESULT_NOUNS:
        return False
    return word != "chiffre" or view.text[token.idx + len(token.text) :].lstrip().startswith(
        ("d'affaires", "d’affaires", "d' affaires")
    )


_HUNG_CLAUSES = frozenset({"acl", "advcl", "pcomp"})


def _present_participle(verb: Token) -> bool:
    """'rising', 'effaçant': a participle of the present, whose subject is the main clause's."""
    return "Part" in verb.morph.get("VerbForm") and (
        "Pres" in verb.morph.get("Tense") or "Prog" in verb.morph.get("Aspect")
    )


def _superlative(noun: Token) -> bool:
    """'la plus forte baisse', 'the biggest gain', 'sa pire séance'."""
    return any(
        dep(c) == "amod"
        and (
            "Sup" in c.morph.get("Degree")
            or lemma(c) in {"pire", "meilleur"}
            or any(lemma(g) == "plus" for g in c.children)
        )
        for c in noun.children
    )


def _moving_subject(view: DocView, verb: Token) -> bool:
    """Whether the verb's parsed subject can move: a name, a market noun or a pronoun, not an
    apposition taken for a subject ("..., la limite quotidienne autorisée, effaçant ...")."""
    subjects = [c for c in verb.children if dep(c).startswith("nsubj")]
    return any(
        view.mention(s) is not None or lemma(s) in _MOVING_NOUNS or s.pos_ == "PRON"
        for s in subjects
    )


def _unparsed_subject(view: DocView, verb: Token) -> bool:
    """A finite verb with a noun right before it, or before an aside set off by commas: its
    clause has a subject of its own, whatever the parse made of it."""
    finite = "Fin" in verb.morph.get("VerbForm") or any(
        dep(c).startswith("aux") and c.pos_ == "AUX" for c in verb.children
    )  # not 'to trade', 'avant de limiter'
    if not finite:
        return False
    start = view.sentence_at(verb.idx).start
    index = verb.i - 1
    while index >= 0 and view.doc[index].pos_ in _SKIPPED_BEFORE_VERB:
        index -= 1
    if index > 0 and str(view.doc[index].text) == ",":  # "Strategy, le détenteur ..., a"
        index -= 1
        while index > 0 and str(view.doc[index].text) not in {",", ";", ":", "("}:
            index -= 1
        if str(view.doc[index].text) != ",":
            return False
        index -= 1
    if index < 0 or view.doc[index].idx < start:
        return False
    noun = view.doc[index]
    # not the end of a phrase said of the verb before: "a gagné 3 % en séance puis a reculé"
    return (
        noun.pos_ in {"NOUN", "PROPN", "X"}
        and str(noun.text) != "%"
        and dep(noun) not in {"pobj", "obl", "obl:mod", "nmod"}
        and not any(dep(c) in {"case", "prep"} for c in noun.children)
    )


def _true_subject(view: DocView, verb: Token) -> Token | None:
    """The verb's subject, unless the parser took a fronted place for it: a subject never
    comes with a preposition ("À Wall Street, l'action Meta a cédé 1,2 %")."""
    subject = _mover(view, verb)
    if subject is not None and any(dep(c) == "case" for c in subject.children):
        return None
    return subject


# French verbs of motion conjugated with 'être', which the parser reads as passives: "le
# bitcoin est tombé sous les 80 000 dollars" has its mover as a passive subject.
_ETRE_MOTIONS = frozenset(
    {"tomber", "retomber", "monter", "remonter", "descendre", "redescendre", "passer", "repasser"}
)


def _mover(view: DocView, verb: Token) -> Token | None:
    subject = view.subject(verb)
    if subject is None and lemma(verb) in _ETRE_MOTIONS:
        subject = next((c for c in verb.children if dep(c) == "nsubj:pass"), None)
    if subject is not None:
        # "Vendredi, le titre a fini en baisse" parsed with two subjects: the fronted day is
        # not the mover, the one nearer the verb is.
        twins = [c for c in subject.head.children if dep(c) == dep(subject) and c.i < verb.i]
        subject = twins[-1] if twins else subject
    return subject


_OFF = frozenset({"off", "from"})


def _holder_subject(view: DocView, trigger: Token) -> list[Token]:
    for holder in [a for a in trigger.ancestors if a.pos_ in {"VERB", "AUX"}][:3]:
        main = view.subject(holder)
        if main is not None:
            return [main]
    return []


def _wiped_off(trigger: Token) -> Token | None:
    """'wiped $180bn off Nvidia's market value': the measure the amount was taken from."""
    for child in trigger.children:
        if dep(child) == "prep" and lemma(child) in _OFF:
            return next((g for g in child.children if dep(g) == "pobj"), None)
    return None


def _caused(view: DocView, trigger: Token) -> Token | None:
    """Who moved when the sentence names the cause as subject: 'DeepSeek a fait perdre 589
    milliards de dollars à Nvidia' (the one it happened to), 'wiped $1tn off the Nasdaq'."""
    causative = (dep(trigger) == "xcomp" and lemma(trigger.head) == "faire") or any(
        lemma(c) == "faire" and c.i < trigger.i for c in trigger.children
    )
    if causative:
        for token in trigger.subtree:
            if any(dep(c) == "case" and lemma(c) in {"à", "au", "aux"} for c in token.children):
                return token
    moved = caused_object(trigger)
    if moved is not None:
        return moved
    if any(dep(c).startswith("nsubj") for c in trigger.children):
        return _wiped_off(trigger)
    return None


def caused_object(verb: Token) -> Token | None:
    """'dragged the index down 2.4%', 'sending the maker's shares up 21%': the object a
    causing verb moves the way its adverb says."""
    moved = next((c for c in verb.children if dep(c) in {"obj", "dobj"}), None)
    if lemma(verb) not in CAUSED_MOVES or not any(
        str(c.text).lower() in MOVE_ADVERBS for c in verb.children
    ):
        return None
    return moved


def _resolve(view: DocView, tier: list[Token]) -> list[Mention]:
    """The companies and assets a tier's tokens stand for, with those listed alongside."""
    found: list[Mention] = []
    for token in tier:
        mention = view.mention(token) or view.named(token)  # "la société Hexalis a vu"
        if mention is None and (
            token.pos_ != "NOUN" or lemma(token) in _MOVING_NOUNS or results_noun(view, token)
        ):
            # "ses actions", "its market value", "la perte de Nvidia", "OpenAI's revenue";
            # not "its downloads".
            mention = _owner(view, token)
        if mention is None:
            mention = (
                _relative_head(view, token)
                or _referred(view, token)
                or _described(view, token)
                or _pronoun(view, token)
            )
        if mention is None:
            continue
        for joined in view.coordinated(mention):
            if _apposed_owner(view, mention, joined):
                continue
            if joined.actor.kind in SUBJECT_KINDS and joined not in found:
                found.append(joined)
    return found


def _apposed_owner(view: DocView, mention: Mention, joined: Mention) -> bool:
    """'Alphabet, Google's parent company, rose': the owner in an apposition, not a second
    mover ('Alibaba, Tencent and Nvidia's shares' still lists three)."""
    return (
        joined.start > mention.end
        and view.text[mention.end : joined.start].strip() == ","
        and view.text.startswith(("'s", "’s"), joined.end)
    )


_RELATIVES = frozenset({"qui", "which", "that", "who", "lequel", "laquelle"})
_SKIPPED_BEFORE_VERB = frozenset({"AUX", "ADV", "PART", "PRON"})
_DEFINITE = frozenset({"le", "la", "l'", "l’", "the", "ce", "cet", "cette", "this"})
_ANAPHOR_KINDS = {
    "company": frozenset({ActorKind.COMPANY}),
    "asset": frozenset({ActorKind.ASSET}),
}


def _preceding_name(view: DocView, verb: Token) -> Token | None:
    """The name right before a verb the parser left without a subject ('Tencent s'est
    envolé' parsed with 'Tencent' as a verb): past auxiliaries, clitics and adverbs."""
    index = verb.i - 1
    while index >= 0 and view.doc[index].pos_ in _SKIPPED_BEFORE_VERB:
        index -= 1
    if index < 0 or view.sentence_at(view.doc[index].idx) != view.sentence_at(verb.idx):
        return None
    token = view.doc[index]
    return token if view.mention(token) is not None else None


def _name_before(view: DocView, verb: Token) -> Token | None:
    """The name right before a verb, past auxiliaries, commas and a relative clause hung on
    that name ('Samsung Electronics, qui publie jeudi ses résultats, a grimpé')."""
    index = verb.i - 1
    while index >= 0 and (
        view.doc[index].pos_ in _SKIPPED_BEFORE_VERB or str(view.doc[index].text) == ","
    ):
        index -= 1
    if index < 0 or view.sentence_at(view.doc[index].idx) != view.sentence_at(verb.idx):
        return None
    token = view.doc[index]
    if str(view.doc[index + 1].text) == ",":
        aside = _before_aside(view, index + 1)
        if aside is not None:
            return aside
    if view.mention(token) is not None:
        return token
    relative = next((a for a in token.ancestors if "relcl" in dep(a)), None)
    if relative is not None and view.mention(relative.head) is not None:
        return relative.head
    return None


def _before_aside(view: DocView, closing: int) -> Token | None:
    """'Cambricon Technologies, the designer of chips touted as an alternative to Nvidia,
    rose', "l'indice STAR 50, qui regroupe les valeurs technologiques, a gagné": the name
    before an aside (apposition, relative or participle) set off by commas, not the last
    name inside it. A comma list of names ('Apple, Microsoft, rose') is no aside."""
    sentence = view.sentence_at(view.doc[closing].idx)
    index = closing - 1
    while index > 0 and view.doc[index].idx >= sentence.start:
        if str(view.doc[index].text) in {";", ":", "(", ")"}:
            return None
        if str(view.doc[index].text) == ",":
            break
        index -= 1
    else:
        return None
    opening = index
    first = view.doc[opening + 1]
    if first.pos_ == "PROPN" or opening + 1 >= closing or opening == 0:
        return None
    before = view.doc[opening - 1]
    if before.idx < sentence.start:
        return None
    return before if view.mention(before) is not None else None


_SUBJECT_PRONOUNS = frozenset({"it", "il", "elle"})


def _pronoun(view: DocView, token: Token) -> Mention | None:
    """'Elle avait perdu près de 30 %', 'It fell 4%': a pronoun stands for the firm or index
    the paragraph is about, unless the latest subject before it is someone else."""
    if token.pos_ != "PRON" or str(token.text).lower() not in _SUBJECT_PRONOUNS:
        return None
    latest = view.antecedent(token, frozenset(ActorKind))
    if latest is None or latest.actor.kind not in SUBJECT_KINDS:
        return None
    return _topic(view, token, SUBJECT_KINDS)


def _described(view: DocView, token: Token) -> Mention | None:
    """'le concepteur de puces Cambricon a bondi': a descriptive noun naming the firm at its
    end, with no preposition before the name."""
    if token.pos_ != "NOUN":
        return None
    for child in token.subtree:
        found = view.mention(child)
        if (
            found is not None
            and child.i > token.i
            and found.actor.kind in SUBJECT_KINDS
            and not any(dep(c) in {"case", "prep"} for c in child.children)
            and dep(child) in {"appos", "flat", "flat:name", "nmod", "compound"}
            and view.doc[child.i - 1].pos_ == "NOUN"
        ):
            return found
    return None


def _relative_head(view: DocView, token: Token) -> Mention | None:
    """'Nvidia, qui a perdu 17 %': the relative pronoun stands for the noun its clause hangs on."""
    if lemma(token) not in _RELATIVES or token.pos_ != "PRON":
        return None
    if "relcl" in dep(token.head):
        noun = token.head.head
        found = view.mention(noun) or view.named(noun)
        if found is None and noun.pos_ == "NOUN" and lemma(noun) in _MOVING_NOUNS:
            found = _owner(view, noun) or _referred(view, noun)  # "le titre du groupe, qui"
        if found is not None:
            return found
    index = token.i - 1  # parses often cut the clause loose: take the name before ", qui"
    if index >= 0 and str(view.doc[index].text) == ",":
        # "Tencent, l'un des plus gros acheteurs de puces, qui a reculé": the name before
        # the apposition the relative follows.
        aside = _before_aside(view, index)
        if aside is not None:
            return view.mention(aside)
        index -= 1
    if index < 0:
        return None
    last = view.doc[index]  # "l'indice Nikkei 225, qui": the number closes the name
    found = view.mention(last)
    if found is None and last.pos_ == "NUM" and last.head.i < last.i:
        found = view.mention(last.head)
    return found


def _referred(view: DocView, token: Token) -> Mention | None:
    """'Le titre a dévissé', "l'action Xiaomi a bondi", 'the index shed 2%': a definite market
    noun names the company or index right after it, or refers back to the latest one."""
    kind = MARKET_ANAPHORS.get(lemma(token))
    if kind is None or token.pos_ != "NOUN":
        return None
    following = view.doc[token.i + 1] if token.i + 1 < len(view.doc) else None
    if following is not None and (found := view.mention(following)) is not None:
        return found  # "l'action Xiaomi", "le titre Nvidia"
    if (
        following is not None
        and following.pos_ in {"PROPN", "X"}
        and str(following.text)[:1].isupper()
        and following.head.i == token.i
    ):
        return None  # "le titre Kering" of a name not recognised: not the firm before
    determiners = [str(c.text).lower() for c in token.children if dep(c) == "det"]
    plural = str(token.text).lower().endswith(("s", "x")) and view.lang.startswith("fr")
    if plural or not determiners or determiners[0] not in _DEFINITE:
        return None  # "les actions chinoises", "des titres": a whole market, not one firm
    return _topic(view, token, _ANAPHOR_KINDS[kind])


def _owner(view: DocView, token: Token) -> Mention | None:
    """'ses actions', 'its market valuation', 'l'indice S&P 500': who the measure belongs to."""
    for child in token.subtree:
        mention = view.mention(child)
        if mention is not None and dep(child) in {
            "nmod",
            "poss",
            "compound",
            "appos",
            "flat",
            "pobj",
            "amod",
        }:
            return mention
    for child in token.children:
        if (
            dep(child) in {"poss", "det", "nmod:poss"}
            and child.pos_ in {"PRON", "DET"}
            and str(child.text).lower() in {"ses", "sa", "son", "its", "their", "leur", "leurs"}
        ):
            return _topic(view, child, ORGS | SUBJECT_KINDS)
        if str(child.text).lower() in {"whose", "dont"}:
            # "Tencent, whose shares fell", "Tencent, dont l'action a chuté": the name the
            # relative clause hangs on.
            clause = next((a for a in child.ancestors if "relcl" in dep(a)), None)
            if clause is not None:
                return view.mention(clause.head)
            # a parse that cut the clause loose: the name right before ", dont"
            index = child.i - 1 - int(child.i > 0 and str(view.doc[child.i - 1].text) == ",")
            return view.mention(view.doc[index]) if index >= 0 else None
        if dep(child) in {"poss", "nmod", "nmod:poss"} and (
            lemma(child) in FIRM_NOUNS or MARKET_ANAPHORS.get(lemma(child)) == "company"
        ):
            # "the chipmaker's shares", "l'action du fabricant": the firm just written about.
            return _topic(view, child, _ANAPHOR_KINDS["company"])
    for prep in (c for c in token.children if dep(c) == "prep" and lemma(c) in {"in", "of"}):
        for firm in (g for g in prep.children if dep(g) == "pobj" and _definite_firm(g)):
            return _topic(view, firm, _ANAPHOR_KINDS["company"])  # "shares in the company"
    return None


def _definite_firm(token: Token) -> bool:
    return MARKET_ANAPHORS.get(lemma(token)) == "company" and any(
        dep(c) == "det" and str(c.text).lower() in _DEFINITE for c in token.children
    )


def _topic(view: DocView, token: Token, kinds: frozenset[ActorKind]) -> Mention | None:
    """What 'son action', 'le titre' refer back to: the firm a paragraph is about, i.e. the
    latest one that was a subject in the last three sentences (an object named in between,
    'le principal fournisseur de Nvidia', is not it), else the nearest fitting name."""
    current = view.sentence_at(token.idx).index
    recent = [
        m
        for m in view.analyzed.mentions
        if m.end <= token.idx
        and current - 3 <= view.sentence_of(m) <= current
        and m.actor.kind in kinds
    ]
    heads = [(m, view.head_of(m)) for m in recent]
    subjects = [m for m, head in heads if head is not None and is_subject(head)]
    return subjects[-1] if subjects else view.antecedent(token, kinds)
