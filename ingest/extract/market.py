"""Market events: a company, index or asset moving, with the amount and what set it off.

A direction word ('perdant', 'plunged', 'perte', 'dans le rouge') finds its subject through the
parse (its subject, the owner of 'ses actions'/'its valuation', 'la perte de l'indice X'), and the
amounts under it. Amounts that are levels ('below $100,000') are not changes and are dropped.
"""

from __future__ import annotations

import re
from datetime import date

from graph.model import ActorKind
from ingest.extract.amounts import Amount, find_amounts
from ingest.extract.cues import (
    DOWN_NOUNS,
    DOWN_VERBS,
    MARKET_ANAPHORS,
    MEASURES,
    MOVE_ADVERBS,
    RED_GREEN,
    TRADING_VERBS,
    UP_NOUNS,
    UP_VERBS,
)
from ingest.extract.dates import resolve_date
from ingest.extract.records import Direction, MarketRecord
from ingest.extract.syntax import ORGS, DocView, Token, dep, is_subject, lemma
from ingest.extract.types import Mention, Sentence

SUBJECT_KINDS = frozenset({ActorKind.COMPANY, ActorKind.ASSET})
_ELLIPSIS_GAP = re.compile(r"\s*(avec|with|de|of|by|par|à|at|:|,|\()?\s*", re.IGNORECASE)
MARKET_NOUNS = frozenset(
    {
        "share", "stock", "value", "valuation", "capitalisation", "capitalization", "cap",
        "price", "index", "market", "equity",
        "action", "titre", "valeur", "cours", "prix", "indice", "bourse",
    }
)  # fmt: skip
_MOVING_NOUNS = MARKET_NOUNS | DOWN_NOUNS | UP_NOUNS
_OWNER_DEPS = frozenset({"nmod", "poss", "pobj"})
_CAUSE_VERBS = frozenset(
    {"provoquer", "cause", "trigger", "spark", "entraîner", "déclencher", "send", "drive"}
)


def _direction(token: Token) -> Direction | None:
    word = lemma(token)
    if token.pos_ in {"VERB", "AUX"}:
        return "down" if word in DOWN_VERBS else "up" if word in UP_VERBS else None
    if token.pos_ == "NOUN":
        return "down" if word in DOWN_NOUNS else "up" if word in UP_NOUNS else None
    return None


def _subject_mentions(view: DocView, trigger: Token) -> list[Mention]:
    """Who moved, tried nearest first: the noun's owner ('la perte de l'indice X', 'sa perte'),
    the subject ('Nvidia a perdu', 'its value plunge'), then the subject of the verb holding
    the noun ('Nvidia a connu la pire perte')."""
    tiers: list[list[Token]] = []
    if trigger.pos_ == "NOUN":
        owned = [c for c in trigger.subtree if c.i != trigger.i and dep(c) in _OWNER_DEPS]
        if dep(trigger).startswith("nsubj"):
            owned += [c for c in trigger.children if dep(c) in {"det", "poss", "nmod:poss"}]
        tiers.append(owned)
    subject = view.subject(trigger)
    own = any(dep(c).startswith("nsubj") for c in trigger.children)
    if not own and dep(trigger) in {"conj", "advcl", "xcomp", "dep"}:
        # "... and Nvidia lost 2.8%", "tandis que Samsung, qui publie ..., a grimpé": a
        # second clause the parse left without its subject, which sits right before it.
        tiers.append([t for t in [_name_before(view, trigger)] if t is not None])
    if subject is not None:
        tiers.append([subject, *(c for c in subject.children if dep(c) == "conj")])
    if subject is None and trigger.pos_ == "VERB" and dep(trigger) == "acl":
        # "a perdu 15 % à la Bourse de Paris, effaçant 2 milliards": a participle the parser
        # hung on a noun shares the subject of the clause's verb.
        holder = next((a for a in trigger.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        main = view.subject(holder) if holder is not None else None
        tiers.append([main] if main is not None else [])
    if dep(trigger) == "xcomp":
        # "a vu son titre plonger", "saw its shares fall": the object of the perceiving verb.
        tiers.append([c for c in trigger.head.children if dep(c) in {"obj", "dobj"}])
    if trigger.pos_ == "NOUN":
        holder = trigger.head
        while holder.pos_ not in {"VERB", "AUX"} and holder.head.i != holder.i:
            holder = holder.head
        held = view.subject(holder) if holder.pos_ in {"VERB", "AUX"} else None
        tiers.append([held] if held is not None else [])
    if subject is None and trigger.pos_ in {"VERB", "AUX"}:
        tiers.append([t for t in [_preceding_name(view, trigger)] if t is not None])
    for tier in tiers:
        found: list[Mention] = []
        for token in tier:
            mention = view.mention(token) or view.named(token)  # "la société Hexalis a vu"
            if mention is None and (token.pos_ != "NOUN" or lemma(token) in _MOVING_NOUNS):
                # "ses actions", "its market value", "la perte de Nvidia"; not "OpenAI's
                # revenue" or "its downloads".
                mention = _owner(view, token)
            if mention is None:
                mention = (
                    _relative_head(view, token) or _referred(view, token) or _described(view, token)
                )
            if mention is None:
                continue
            for joined in view.coordinated(mention):
                if joined.actor.kind in SUBJECT_KINDS and joined not in found:
                    found.append(joined)
        if found:
            return found
    return []


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
    if view.mention(token) is not None:
        return token
    relative = next((a for a in token.ancestors if "relcl" in dep(a)), None)
    if relative is not None and view.mention(relative.head) is not None:
        return relative.head
    return None


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
        return view.mention(noun) or view.named(noun)
    index = token.i - 1  # parses often cut the clause loose: take the name before ", qui"
    if index >= 0 and str(view.doc[index].text) == ",":
        index -= 1
    return view.mention(view.doc[index]) if index >= 0 else None


def _referred(view: DocView, token: Token) -> Mention | None:
    """'Le titre a dévissé', "l'action Xiaomi a bondi", 'the index shed 2%': a definite market
    noun names the company or index right after it, or refers back to the latest one."""
    kind = MARKET_ANAPHORS.get(lemma(token))
    if kind is None or token.pos_ != "NOUN":
        return None
    following = view.doc[token.i + 1] if token.i + 1 < len(view.doc) else None
    if following is not None and (found := view.mention(following)) is not None:
        return found  # "l'action Xiaomi", "le titre Nvidia"
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
    return None


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


def _moves_something_else(trigger: Token) -> bool:
    """A verb whose object is not a market measure: 'gagner du terrain', 'lost its lead'."""
    for child in trigger.children:
        if dep(child) in {"obj", "dobj"}:
            text = " ".join(str(t.text) for t in child.subtree)
            return not any(p.search(text) for _, p in MEASURES)
    return False


def _amounts_under(trigger: Token, amounts: list[Amount], view: DocView) -> list[Amount]:
    # Membership, not a character range: the clause may have a hole where a sub-clause with its
    # own subject was cut ("..., et les liquidations ont grimpé de 850%, ...").
    starts = {t.idx for t in view.subtree(trigger)}
    return [a for a in amounts if not a.level and _first_token_start(view, a) in starts]


_SPEECH_TOO = frozenset({"add"})


def _amount_is_object(view: DocView, verb: Token, amounts: list[Amount]) -> bool:
    children = {c.i for c in verb.children}
    for amount in amounts:
        span = view.doc.char_span(amount.start, amount.end, alignment_mode="expand")
        if span is not None and any(t.i in children for t in span):
            return True
    return False


def _first_token_start(view: DocView, amount: Amount) -> int | None:
    span = view.doc.char_span(amount.start, amount.end, alignment_mode="expand")
    return int(span[0].idx) if span is not None and len(span) else None


def _measure(text: str, subject: Mention, amount: Amount | None) -> str:
    money = amount is not None and amount.unit not in {"%", ""}
    for name, pattern in MEASURES:
        if money and name in {"share price", "index level", "price"}:
            continue
        if pattern.search(text):
            return name
    if money:
        return "market value"  # billions lost or gained are value, for a firm or an index
    return "share price" if subject.actor.kind == ActorKind.COMPANY else "price"


def _trigger_actor(view: DocView, tokens: list[Token], subjects: set[str]) -> Mention | None:
    """What set it off: the subject of 'a provoqué', 'triggered' ('le lancement de R1')."""
    for token in tokens:
        if lemma(token) in _CAUSE_VERBS:
            subject = view.subject(token)
            if subject is None:
                continue
            for mention in view.mentions_in(subject.subtree):
                if mention.actor.id not in subjects:
                    return mention
    return None


def _sentence_events(view: DocView, sentence: Sentence, ref: date | None) -> list[MarketRecord]:
    tokens = view.sentence_tokens(sentence)
    amounts = find_amounts(view.text[sentence.start : sentence.end], view.lang)
    amounts = [
        Amount(**{**a.__dict__, "start": a.start + sentence.start, "end": a.end + sentence.start})
        for a in amounts
    ]
    # A move without an amount of its own counts only in a sentence that states money or
    # percentages ("tandis qu'Alphabet et Microsoft ont subi des pertes"), or names a measure.
    context = bool(amounts)
    events: list[MarketRecord] = []
    triggers = [(t, d) for t in tokens if (d := _direction(t)) is not None]
    for token in tokens:  # "a clôturé dans le rouge avec 2,1%"
        color = RED_GREEN.match(view.text[token.idx : token.idx + 16])
        verb = token
        while color and verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        if color and verb.pos_ in {"VERB", "AUX"}:
            direction: Direction = "down" if color.group(0).endswith(("rouge", "red")) else "up"
            triggers.append((verb, direction))
    adverbial: set[int] = set()
    for token in tokens:  # "closed down 3.5%", "was up 4%"
        move = MOVE_ADVERBS.get(str(token.text).lower())
        head = token.head
        if move and token.pos_ != "NOUN" and lemma(head) in TRADING_VERBS and head.i != token.i:
            triggers.append((head, move))
            adverbial.add(head.i)
    for trigger, direction in triggers:
        subjects = _subject_mentions(view, trigger)
        under = _amounts_under(trigger, amounts, view)
        if trigger.i in adverbial and not under:
            continue  # "it is up to regulators": an adverb moves nothing without an amount
        if lemma(trigger) in _SPEECH_TOO and not _amount_is_object(view, trigger, under):
            continue  # "the company added that ...": only "the index added 3.3%" is a move
        text = view.words_of(view.subtree(trigger))
        if not under and _moves_something_else(trigger):
            continue  # "gained international attention"
        for subject in subjects:
            measured = any(p.search(text) for _, p in MEASURES)
            if not (under or context or measured or subject.actor.kind == ActorKind.ASSET):
                continue
            # With several subjects and amounts, each amount goes to the nearest subject before it.
            mine = [
                a
                for a in under
                if max(
                    (s for s in subjects if s.start < a.start),
                    key=lambda s: s.start,
                    default=subject,
                )
                is subject
            ]
            amount = mine[0] if mine else None
            events.append(
                MarketRecord(
                    subject=subject.actor,
                    measure=_measure(text, subject, amount),
                    direction=direction,
                    quote=view.quote(sentence),
                    amount=amount.value if amount else None,
                    unit=amount.unit if amount else None,
                    occurred=resolve_date(sentence.text, ref),
                    confidence=0.7 if amount else 0.55,
                )
            )
    _elliptical(view, sentence, tokens, amounts, events, ref)
    cause = _trigger_actor(view, tokens, {e.subject.id for e in events})
    if cause is not None:
        events = [MarketRecord(**{**e.__dict__, "trigger": cause.actor}) for e in events]
    return events


def _elliptical(  # noqa: PLR0917
    view: DocView,
    sentence: Sentence,
    tokens: list[Token],
    amounts: list[Amount],
    events: list[MarketRecord],
    ref: date | None,
) -> None:
    """'..., l'indice Nasdaq avec 3%': a further subject sharing the verb, with its own amount."""
    if not events:
        return
    taken = {e.subject.id for e in events}
    direction = events[-1].direction
    for mention in view.sentence_mentions(sentence.index):
        if mention.actor.id in taken or mention.actor.kind not in SUBJECT_KINDS:
            continue
        following = [
            a
            for a in amounts
            if a.start >= mention.end
            and _ELLIPSIS_GAP.fullmatch(view.text[mention.end : a.start])
            and not a.level
        ]
        if following and following[0].unit == "%":
            amount = following[0]
            events.append(
                MarketRecord(
                    subject=mention.actor,
                    measure=_measure(view.text[sentence.start : amount.end], mention, amount),
                    direction=direction,
                    quote=view.quote(sentence),
                    amount=amount.value,
                    unit=amount.unit,
                    occurred=resolve_date(sentence.text, ref),
                    confidence=0.55,
                )
            )


def find_market_events(view: DocView, ref: date | None) -> list[MarketRecord]:
    """Market events of the article, one per subject, measure, direction and amount."""
    events: list[MarketRecord] = []
    for sentence in view.sentences:
        found = _sentence_events(view, sentence, ref)
        if not found:
            found = _restatement(view, sentence, events)
        events += found
    return _dedupe(events)


def _restatement(
    view: DocView, sentence: Sentence, earlier: list[MarketRecord]
) -> list[MarketRecord]:
    """'En valeur marchande, cela représente 589 milliards de dollars': an amount with a
    measure but no subject restates the previous event's move in another unit."""
    if not earlier or view.sentence_mentions(sentence.index):
        return []
    text = view.text[sentence.start : sentence.end]
    amounts = [a for a in find_amounts(text, view.lang) if not a.level and a.unit != "%"]
    measure = next((name for name, p in MEASURES if p.search(text)), None)
    if not amounts or measure != "market value":
        return []
    last = earlier[-1]
    if last.quote.end is None or (sentence.start - last.quote.end) > 400:
        return []
    return [
        MarketRecord(
            subject=last.subject,
            measure=measure,
            direction=last.direction,
            quote=view.quote(sentence),
            amount=amounts[0].value,
            unit=amounts[0].unit,
            occurred=last.occurred,
            trigger=last.trigger,
            confidence=0.5,
        )
    ]


def _dedupe(events: list[MarketRecord]) -> list[MarketRecord]:
    """One event per subject, measure, direction and amount; a move stated again without an
    amount adds nothing when the same subject moved the same way with one."""
    with_amount = {(e.subject.id, e.direction) for e in events if e.amount is not None}
    seen: set[tuple[str, str, str, float | None]] = set()
    kept: list[MarketRecord] = []
    for event in events:
        if event.amount is None and (event.subject.id, event.direction) in with_amount:
            continue
        key = (
            event.subject.id,
            event.direction,
            event.measure if event.amount is None else "",
            event.amount,
        )
        if event.amount is None:
            key = (event.subject.id, event.direction, "", None)
        if key in seen:
            continue
        seen.add(key)
        kept.append(event)
    return kept
