"""Market events: a company, index or asset moving, with the amount and what set it off.

A direction word ('perdant', 'plunged', 'perte', 'dans le rouge') finds its subject through the
parse (its subject, the owner of 'ses actions'/'its valuation', 'la perte de l'indice X'), and the
amounts under it. Amounts that are levels ('below $100,000') are not changes and are dropped.
"""

from __future__ import annotations

import re
from datetime import date

from graph.model import ActorKind, When
from ingest.extract.amounts import Amount, find_amounts
from ingest.extract.cues import (
    ACCOUNTING_LOSS,
    CONDITIONS,
    DOWN_NOUNS,
    DOWN_VERBS,
    FORECAST_HEADS,
    GONE_PARTICIPLES,
    MEASURES,
    MODALS,
    MOVE_ADVERBS,
    NEEDS_AMOUNT_OBJECT,
    PARE_VERBS,
    PHRASAL_MOVES,
    RED_GREEN,
    RESPECTIVELY,
    RESULTS,
    STAKE_NOUNS,
    TRADING_VERBS,
    UP_NOUNS,
    UP_VERBS,
)
from ingest.extract.dates import resolve_date
from ingest.extract.market_subjects import (
    MARKET_NOUNS,
    SUBJECT_KINDS,
    caused_object,
    results_noun,
    subject_mentions,
)
from ingest.extract.records import Direction, MarketRecord
from ingest.extract.syntax import DocView, Token, dep, lemma
from ingest.extract.types import Mention, Sentence

# "et Broadcom de 5,9 %", "l'indice Nasdaq avec 3%", "celle de Hua Hong, un autre fondeur, de
# 5,1 %": what may stand between a further subject and its amount.
_ELLIPSIS_GAP = re.compile(
    r"(?:\s*,[^,;:()\d]{1,60},)?\s*(avec|with|de|of|by|par|à|at|:|,|\()?\s*", re.IGNORECASE
)
_CAUSE_VERBS = frozenset(
    {"provoquer", "cause", "trigger", "spark", "entraîner", "déclencher", "send", "drive"}
)


def _direction(token: Token) -> Direction | None:
    word = lemma(token)
    if _gone(token):
        return "down"  # "150 milliards de dollars de capitalisation envolés"
    if token.pos_ in {"VERB", "AUX"}:
        if word not in DOWN_VERBS | UP_VERBS and str(token.doc.lang_).startswith("fr"):
            word = _infinitive(str(token.text).lower()) or word  # 'lâche' left as its own lemma
        return "down" if word in DOWN_VERBS else "up" if word in UP_VERBS else None
    if token.pos_ == "NOUN":
        return "down" if word in DOWN_NOUNS else "up" if word in UP_NOUNS else None
    return None


def _gone(token: Token) -> bool:
    """A participle hung on the value it qualifies, not a reflexive verb of a subject."""
    return (
        lemma(token) in GONE_PARTICIPLES
        and dep(token) in {"acl", "amod"}
        and token.head.pos_ == "NOUN"
        and not any(lemma(c) == "se" for c in token.children)
    )


# French verb endings the small parser may tag as a noun or an adjective ('grappillait',
# 'a plus que doublé', and the present of market reports: 'Airbus dévisse', 'bondit'), with
# the infinitive ending they come from.
_FR_VERB_ENDINGS = (("aient", "er"), ("ait", "er"), ("ées", "er"), ("és", "er"), ("ée", "er"),
                    ("é", "er"), ("is", "ir"), ("it", "ir"), ("i", "ir"), ("ent", "er"),
                    ("e", "er"))  # fmt: skip


def _mistagged_verb(view: DocView, token: Token) -> Direction | None:
    """A French direction verb the parser tagged as a noun or adjective: its ending gives the
    infinitive back. Not after a determiner or a preposition ('la plongée' is a noun)."""
    if not view.lang.startswith("fr") or token.pos_ not in {"NOUN", "ADJ"} or token.i == 0:
        return None
    if view.doc[token.i - 1].pos_ in {"DET", "ADP"} or any(dep(c) == "det" for c in token.children):
        return None
    word = _infinitive(str(token.text).lower())
    return "down" if word in DOWN_VERBS else "up" if word in UP_VERBS else None


def _infinitive(text: str) -> str | None:
    """The infinitive a French verb form's ending points to: 'dévisse' -> 'dévisser'."""
    for ending, infinitive in _FR_VERB_ENDINGS:
        if text.endswith(ending):
            return text[: -len(ending)] + infinitive
    return None


def _foreseen(trigger: Token) -> bool:
    """'could fall', 'pourrait chuter', 'is expected to rise', 'chutera', 'if shares drop',
    'analysts forecast a 10% drop': the move is only foreseen or supposed, not reported. A
    reporting conditional ('aurait chuté', 'reportedly fell') is still a move."""
    clause = trigger
    if trigger.pos_ == "NOUN":  # "a drop is expected", "could see a plunge"
        while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
            clause = clause.head
        if lemma(clause) in FORECAST_HEADS:
            return True
    for _ in range(3):
        children = list(clause.children)
        if any(dep(c).startswith("aux") and lemma(c) in MODALS for c in children):
            return True
        if any(dep(c) == "mark" and lemma(c) in CONDITIONS for c in children):
            return True
        if _future_or_conditional(clause):
            return True
        if any(dep(c) in {"acomp", "xcomp"} and lemma(c) in FORECAST_HEADS for c in children):
            return True  # "shares are likely to fall"
        if dep(clause) not in {"xcomp", "ccomp", "acl"} or clause.head.i == clause.i:
            return False
        # "is expected to rise", "pourrait chuter", "s'attendent à ce que le titre recule"
        clause = clause.head
        if clause.pos_ == "PRON" and clause.head.i != clause.i:
            clause = clause.head
        if lemma(clause) in FORECAST_HEADS:
            return True
    return False


def _results_move(view: DocView, trigger: Token) -> str | None:
    """'a publié un chiffre d'affaires record, en hausse de 56 %', 'a 12% rise in net
    profit', 'its revenue rose 40%': the move is the firm's results ('revenue', 'profit'),
    not its share price."""
    if trigger.pos_ in {"VERB", "AUX"}:
        subject = view.subject(trigger)
        if subject is None or not results_noun(view, subject):
            return None
        return _results_measure(str(subject.text))
    if trigger.pos_ != "NOUN":
        return None
    heads: list[Token] = []
    holder = trigger.head
    while holder.pos_ not in {"VERB", "AUX"} and holder.head.i != holder.i:
        heads.append(holder)
        holder = holder.head
    texts = [str(h.text) for h in heads]
    said = [c for c in holder.children if dep(c) in {"obj", "dobj"} and c.i != trigger.i]
    said += [c for c in trigger.children if dep(c) in {"nmod", "prep"}]
    texts += [view.words_of(list(c.subtree)) for c in said]
    found = next((m for text in texts if (m := RESULTS.search(text))), None)
    if found is None:
        return None
    return _results_measure(found.group(0))


def _results_measure(noun: str) -> str:
    return "revenue" if _SALES.match(noun) else "profit"


_SALES = re.compile(r"chiffre|revenue|sales|ventes|turnover", re.IGNORECASE)


_SHARE_OF = re.compile(
    r"\s*(?:(?:de|of)\s+(?:ses|son|sa|leurs?|its|their|the|la|le|les|l[’'])|du|des|d[’']"
    r"(?:une?|autres)?)\s*(?P<noun>[^\W\d][\w-]*)",
    re.IGNORECASE,
)
_MEASURED_NOUNS = MARKET_NOUNS | DOWN_NOUNS | UP_NOUNS


def _share_of_other(view: DocView, amount: Amount) -> bool:
    """'a cédé 10 % de sa participation', 'lost 20% of its staff': a share of something
    other than a market measure ('perdu 10 % de sa valeur' is still a move)."""
    if amount.unit != "%":
        return False
    found = _SHARE_OF.match(view.text, amount.end)
    if found is None:
        return False
    noun = found.group("noun").lower()
    return noun not in _MEASURED_NOUNS and noun.rstrip("sx") not in _MEASURED_NOUNS


_FR_FUTURE_ENDINGS = frozenset(
    {"ai", "as", "a", "ons", "ez", "ont", "ais", "ait", "ions", "iez", "aient"}
)


def _future_or_conditional(verb: Token) -> bool:
    """'chutera', 'perdrait': a French future or conditional, checked against the spelling,
    since the tagger also gives that mood to imperfects ('grappillait', 'cédait')."""
    if "Fut" not in verb.morph.get("Tense") and "Cnd" not in verb.morph.get("Mood"):
        return False
    word, text = lemma(verb), str(verb.text).lower()
    stem = word[:-1] if word.endswith("re") else word
    return text.startswith(stem) and text[len(stem) :] in _FR_FUTURE_ENDINGS


def _moves_something_else(trigger: Token) -> bool:
    """A verb whose object is not a market measure: 'gagner du terrain', 'lost its lead'
    ('dragging the CAC 40 lower' moves its object)."""
    if caused_object(trigger) is not None:
        return False
    for child in trigger.children:
        if dep(child) in {"obj", "dobj"}:
            text = " ".join(str(t.text) for t in child.subtree)
            return not any(p.search(text) for _, p in MEASURES)
    return False


def _amounts_under(trigger: Token, amounts: list[Amount], view: DocView) -> list[Amount]:
    # Membership, not a character range: the clause may have a hole where a sub-clause with its
    # own subject was cut ("..., et les liquidations ont grimpé de 850%, ...").
    starts = _clause_starts(view, trigger)
    return [a for a in amounts if not a.level and _first_token_start(view, a) in starts]


def _clause_starts(view: DocView, trigger: Token) -> set[int]:
    starts = {t.idx for t in view.subtree(trigger)}
    # "en baisse de 2,1 %", "Airbus dévisse de plus de 6 %" with the amount hung elsewhere:
    # the number right after the move, past 'de' and an approximation, is still its own.
    following = trigger.i + 1
    while following < min(len(view.doc), trigger.i + 5) and (
        str(view.doc[following].text).lower() in _BEFORE_AMOUNT
    ):
        following += 1
    if following < len(view.doc) and following > trigger.i + 1:
        starts.add(view.doc[following].idx)
    if dep(trigger) == "cop" and trigger.head.pos_ in {"NOUN", "NUM"}:
        # "l'indice progressait de 0,9 %" parsed with the amount as head and the verb as its
        # copula: the amount after the verb is still the verb's.
        starts |= {t.idx for t in trigger.head.subtree if t.i > trigger.i}
    if dep(trigger) == "acl" and trigger.pos_ == "VERB":
        # "230 milliards de dollars de capitalisation effacés": the participle's amount is the
        # noun it hangs on.
        starts |= {t.idx for t in trigger.head.subtree if t.i <= trigger.head.i}
    return starts


# What may stand between a move and its amount: 'de', 'by', 'of' and approximations.
_BEFORE_AMOUNT = frozenset(
    {"de", "d'", "d’", "of", "by", "plus", "près", "moins", "quelque", "environ", "some",
     "about", "nearly", "almost", "roughly", "more", "than", "over", "around"}
)  # fmt: skip


def _innermost(view: DocView, triggers: list[Token], amounts: list[Amount]) -> dict[int, int]:
    """Each amount's move: the innermost trigger whose clause holds it, so that in "Nvidia,
    which had lost $600bn, regained 8.9%" the $600bn is the loss, not the rebound."""
    clauses = {t.i: _clause_starts(view, t) for t in triggers}
    claimed: dict[int, int] = {}
    for amount in amounts:
        start = _first_token_start(view, amount)
        holders = [i for i, starts in clauses.items() if start in starts]
        claimed[amount.start] = min(holders, key=lambda i: len(clauses[i]), default=-1)
    return claimed


def _holds_a_move(view: DocView, trigger: Token, claimed: dict[int, int]) -> bool:
    inner = {t.i for t in view.subtree(trigger)} - {trigger.i}
    return any(i in inner for i in claimed.values())


def _sells_a_stake(trigger: Token) -> bool:
    """'a cédé l'intégralité de sa participation', 'lost its stake': what the verb gives up is
    a holding, so the sentence tells of a deal, not of a move ('sent its shares up 5%' moves
    them)."""
    if caused_object(trigger) is not None:
        return False
    for child in trigger.children:
        if dep(child) not in {"obj", "dobj"}:
            continue
        owned = [child, *(g for g in child.children if dep(g) in {"nmod", "prep", "pobj"})]
        owned += [g for o in owned if dep(o) == "prep" for g in o.children if dep(g) == "pobj"]
        if any(lemma(o) in STAKE_NOUNS for o in owned):
            return True
    return False


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


_INDEX_NAMES = re.compile(
    r"\b(index|indice|composite|nasdaq|dow|s&p|kospi|nikkei|topix|stoxx|cac|dax|ftse|hang seng"
    r"|csi|star|sensex|ibex|smi|aex)\b",
    re.IGNORECASE,
)
_NOT_SAID_OF = {ActorKind.COMPANY: {"index level", "price"}, ActorKind.ASSET: {"share price"}}


def _measure(text: str, subject: Mention, amount: Amount | None, lead: str | None = None) -> str:
    """What moved: a firm has a share price and a market value, an index a level, a coin or
    a commodity a price. A percentage is a market value only when the value is what moved
    ('its valuation dropped 20%'), said before the move (`lead`), not in a gloss after it."""
    money = amount is not None and amount.unit not in {"%", "", "pts"}
    if not money and lead is not None and not dict(MEASURES)["market value"].search(lead):
        text = dict(MEASURES)["market value"].sub(" ", text)
    index = subject.actor.kind == ActorKind.ASSET and bool(
        _INDEX_NAMES.search(" ".join((subject.actor.name, *subject.actor.aliases)))
    )
    for name, pattern in MEASURES:
        if money and name in {"share price", "index level", "price"}:
            continue
        if name in _NOT_SAID_OF.get(subject.actor.kind, set()):
            continue
        if pattern.search(text):
            return "index level" if index and name == "price" else name
    if money:
        return "market value"  # billions lost or gained are value, for a firm or an index
    if subject.actor.kind == ActorKind.COMPANY:
        return "share price"
    return "index level" if index else "price"


_CLAUSE_DEPS = frozenset(
    {"advcl", "acl", "conj", "parataxis", "ccomp", "xcomp", "relcl", "acl:relcl", "advcl:cleft"}
)


def _measure_text(view: DocView, trigger: Token) -> tuple[str, str]:
    """The words of the move's own phrase, without the clauses hung on it: in 'shares fell
    6.9%, wiping $180bn off its market value' the 6.9% is a share price."""
    heads = [trigger, *(t for t in trigger.children if dep(t).startswith("nsubj"))]
    if dep(trigger) == "xcomp":  # "saw its valuation drop 20%"
        heads += [c for c in trigger.head.children if dep(c) in {"obj", "dobj"}]
    cut = {t.i for h in heads for c in h.children if dep(c) in _CLAUSE_DEPS for t in c.subtree}
    tokens = {t for t in view.subtree(trigger) if t.i not in cut}
    tokens |= {t for h in heads[1:] for t in h.subtree if t.i not in cut}
    return view.words_of(list(tokens)), view.words_of([t for t in tokens if t.i < trigger.i])


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


def _triggers(
    view: DocView, tokens: list[Token]
) -> tuple[list[tuple[Token, Direction]], set[int], set[int]]:
    """The sentence's direction words, with those found through a trading verb's adverb
    ('closed down 3.5%') and those the parser mistagged, which need care downstream."""
    triggers = [(t, d) for t in tokens if (d := _direction(t)) is not None]
    guessed = {t.i: d for t in tokens if (d := _mistagged_verb(view, t)) is not None}
    triggers += [(t, guessed[t.i]) for t in tokens if t.i in guessed]
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
        phrasal = PHRASAL_MOVES.get((lemma(head), str(token.text).lower()))
        if phrasal and dep(token) in {"prt", "compound:prt"} and head.i != token.i:
            triggers.append((head, phrasal))  # "gave up 3%": a fall, with an amount only
            adverbial.add(head.i)
        elif move and token.pos_ != "NOUN" and lemma(head) in TRADING_VERBS and head.i != token.i:
            triggers.append((head, move))
            adverbial.add(head.i)
        elif move and token.pos_ != "NOUN" and caused_object(head) is not None:
            triggers.append((head, move))  # "dragged the index down 2.4%": its object moved
            adverbial.add(head.i)
        elif move and _aside_move(view, token):
            # "Nvidia, down 3%, weighed on the index", "hit a record, up 5% on the day": the
            # move of the verb's subject, or of the name the aside follows.
            mover = head if head.pos_ in {"VERB", "AUX"} else token
            triggers.append((mover, move))
            adverbial.add(mover.i)
    return triggers, adverbial, set(guessed)


def _aside_move(view: DocView, adverb: Token) -> bool:
    """', down 3%,': a direction adverb set off by a comma, with its percentage below it."""
    return (
        adverb.pos_ == "ADV"
        and adverb.i > 0
        and str(view.doc[adverb.i - 1].text) == ","
        and any(str(c.text) == "%" or lemma(c) == "pourcent" for c in adverb.children)
    )


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
    triggers, adverbial, guessed = _triggers(view, tokens)
    triggers = [(t, d) for t, d in triggers if not _pared(t) and not _accounting_loss(t)]
    claimed = _innermost(view, [t for t, _ in triggers], amounts)
    no_move: set[int] = set()  # verbs that say no move here: "eased restrictions by 5%"
    for trigger, direction in triggers:
        if _foreseen(trigger):
            continue
        results = _results_move(view, trigger)
        under = [a for a in _amounts_under(trigger, amounts, view) if claimed[a.start] == trigger.i]
        if any(_share_of_other(view, a) for a in under) or _sells_a_stake(trigger):
            continue  # "a cédé 10 % de sa participation": a stake changed hands, no move
        if not under and _holds_a_move(view, trigger, claimed):
            continue  # "fell 1.4% before recovering to close 0.3% lower": 'close' has the move
        subjects = subject_mentions(view, trigger, guessed=trigger.i in guessed)
        if trigger.i in adverbial and not under and caused_object(trigger) is None:
            # "it is up to regulators": an adverb moves nothing without an amount, unless a
            # verb moves a named object with it ("dragging the CAC 40 lower")
            continue
        if lemma(trigger) in NEEDS_AMOUNT_OBJECT and not _amount_is_object(view, trigger, under):
            no_move.add(trigger.i)
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
            if len(subjects) == len(under) > 1 and RESPECTIVELY.search(sentence.text):
                # "Alibaba and Tencent fell 3% and 2% respectively": amounts in subject order.
                ordered = sorted(subjects, key=lambda s: s.start)
                mine = [under[ordered.index(subject)]]
            measured_text, before = _measure_text(view, trigger)
            when = _when(view, trigger, [t for t, _ in triggers], sentence, ref)
            for amount in _stated(view, trigger, mine):
                events.append(
                    MarketRecord(
                        subject=subject.actor,
                        measure=results or _measure(measured_text, subject, amount, before),
                        direction=direction,
                        quote=view.quote(sentence),
                        amount=amount.value if amount else None,
                        unit=amount.unit if amount else None,
                        occurred=when,
                        confidence=0.7 if amount else 0.55,
                    )
                )
    # Without a subject of its own, the sentence's first reported move still sets the
    # direction of elliptical ones ("L'indice X a abandonné 4,1 % et le Nasdaq 3,1 %").
    moved = [
        (t.idx, d)
        for t, d in triggers
        if t.i in claimed.values() and not _foreseen(t) and t.i not in no_move
    ]
    lead = events[-1].direction if events else moved[0][1] if moved else None
    if lead is not None:
        _elliptical(view, sentence, amounts, events, (lead, sorted(moved)), ref)
    cause = _trigger_actor(view, tokens, {e.subject.id for e in events})
    if cause is not None:
        events = [MarketRecord(**{**e.__dict__, "trigger": cause.actor}) for e in events]
    return events


def _stated(view: DocView, trigger: Token, amounts: list[Amount]) -> list[Amount | None]:
    """The amounts a move states: one percentage ('fell 500 points, or 1.2%' keeps the 1.2%)
    and one sum glossing it ('a perdu 4,9 %, soit 230 milliards de dollars'), not a sum
    said of something else in a clause below ('fell 3% after reporting $30bn of sales')."""
    if not amounts:
        return [None]
    share = [a for a in amounts if a.unit == "%"] or [a for a in amounts if a.unit == "pts"]
    money = [a for a in amounts if a.unit not in {"%", "pts"} and _said_of(view, trigger, a)]
    # 'a chuté jusqu'à 14 % avant de limiter ses pertes à 7 %': the day's low and its close
    pared = [a for a in share[1:] if _pared_to(view, a)][:1]
    if share and money:
        return [share[0], *pared, money[0]]
    return [amounts[0] if not share else share[0], *pared]


def _pared_to(view: DocView, amount: Amount) -> bool:
    """'avant de limiter ses pertes à 7 %', 'pared its losses to 2%': where the move ended."""
    span = view.doc.char_span(amount.start, amount.end, alignment_mode="expand")
    if span is None:
        return False
    current = span.root
    for _ in range(3):
        if current.head.i == current.i:
            return False
        current = current.head
        if current.pos_ == "VERB":
            return any(_pared(c) for c in current.children)
        if _pared(current):
            return True
    return False


def _accounting_loss(noun: Token) -> bool:
    """'a net loss of 2.4 billion yuan', 'une perte nette de 300 millions': a result, stated
    as a level; its change, if any, is told by another word ('en hausse de 12 %')."""
    return (
        noun.pos_ == "NOUN"
        and lemma(noun) in {"loss", "perte"}
        and any(str(c.text).lower() in ACCOUNTING_LOSS for c in noun.children)
    )


def _pared(noun: Token) -> bool:
    """'ses pertes' in 'limiter ses pertes', 'its losses' in 'pared its losses': the move
    told again as it was cut back, not a move of its own."""
    return (
        noun.pos_ == "NOUN"
        and dep(noun) in {"obj", "dobj"}
        and lemma(noun) in DOWN_NOUNS | UP_NOUNS
        and lemma(noun.head) in PARE_VERBS
    )


def _said_of(view: DocView, trigger: Token, amount: Amount) -> bool:
    span = view.doc.char_span(amount.start, amount.end, alignment_mode="expand")
    if span is None:
        return False
    current = span.root
    for _ in range(5):
        if current.i == trigger.i:
            return True
        if current.pos_ in {"VERB", "AUX"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def _when(
    view: DocView, trigger: Token, triggers: list[Token], sentence: Sentence, ref: date | None
) -> When | None:
    """The date of this move: one said in its own clause, else one the sentence says outside
    other moves' clauses; never one in a relative clause ('MiniMax, which listed in January,
    fell on Tuesday') or another move's ('Nvidia, qui avait perdu le 27 janvier, a regagné')."""
    holders = {trigger.i, *(a.i for a in trigger.ancestors)}
    left_out = {
        t.i
        for u in [*view.sentence_tokens(sentence), *triggers]
        if u.i not in holders and ("relcl" in dep(u) or u in triggers)
        for t in u.subtree
    }
    own = [t for t in view.subtree(trigger) if t.i not in left_out]
    rest = [t for t in view.sentence_tokens(sentence) if t.i not in left_out]
    return resolve_date(view.words_of(own), ref) or resolve_date(view.words_of(rest), ref)


def _elliptical(  # noqa: PLR0917
    view: DocView,
    sentence: Sentence,
    amounts: list[Amount],
    events: list[MarketRecord],
    directions: tuple[Direction, list[tuple[int, Direction]]],
    ref: date | None,
) -> None:
    """'..., l'indice Nasdaq avec 3%': a further subject sharing the verb, with its own amount.
    It shares the nearest move before it ('Thales a progressé de 2 % et Airbus de 1 %, tandis
    que le CAC 40 a cédé 12 points': Airbus rose), else the sentence's lead."""
    lead, moved = directions
    taken = {e.subject.id for e in events}
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
            direction = next((d for at, d in reversed(moved) if at < mention.start), lead)
            events.append(
                MarketRecord(
                    subject=mention.actor,
                    measure=_measure(view.text[mention.start : amount.end], mention, amount),
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
    amounts = [
        a for a in find_amounts(text, view.lang) if not a.level and a.unit not in {"%", "pts"}
    ]
    measure = next((name for name, p in MEASURES if p.search(text)), None)
    if not amounts or measure != "market value" or _owned_by_a_market(view, sentence):
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


def _owned_by_a_market(view: DocView, sentence: Sentence) -> bool:
    """'La capitalisation totale des cryptoactifs a fondu', 'the market value of chip stocks':
    a value said of a whole market, which no earlier firm or coin restates."""
    for token in view.sentence_tokens(sentence):
        if lemma(token) not in MARKET_NOUNS:
            continue
        owners = [c for c in token.children if dep(c) in {"nmod", "prep"}]
        owners += [g for c in owners if dep(c) == "prep" for g in c.children if dep(g) == "pobj"]
        if any(o.pos_ == "NOUN" and o.tag_ != "CD" for o in owners):
            return True
    return False


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
