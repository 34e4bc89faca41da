"""Explicit links between entities: case comparisons, developers of products, partners and
owners, bans and investigations by an authority. Each keeps its reason and its sentence.
"""

from __future__ import annotations

import re

from graph.model import ActorKind
from ingest.extract.attribution import relays_in
from ingest.extract.cues import BAN_LEMMAS, COMPARISON, INVESTIGATE_LEMMAS, OWNER, PARTNER
from ingest.extract.link_authority import authority_links
from ingest.extract.link_cues import SAME_AS
from ingest.extract.link_descriptions import description_links
from ingest.extract.link_frames import frame_links
from ingest.extract.link_possessives import possessive_links
from ingest.extract.link_spans import acting_parties, joined
from ingest.extract.records import LinkKind, LinkRecord
from ingest.extract.relations import maker_links, verb_links
from ingest.extract.syntax import ORGS, PEOPLE, DocView, Token, dep, lemma
from ingest.extract.types import Mention, Sentence

_PARTIES = ORGS | PEOPLE
_CUE_GAP = re.compile(
    r"\s*((à|a|to|with|avec|de|d['’]|du|des|that of|those of|celle de|celui de)\s*)?"
    r"((la|le|les|l['’]|the)\s*)?"
    r"((case|cas|affaire|situation|sort|fate|example|exemple|précédent|precedent|saga)\s*"
    r"((of|de|d['’]|du)\s*)?((la|le|les|l['’]|the)\s*)?)?",
    re.IGNORECASE,
)
# The other side of a comparison may be named first: 'Le cas DeepSeek rappelle le cas TikTok'.
_LEAD = re.compile(r"[^,;:.!?()«»\"]{0,40}", re.IGNORECASE)
_OF = re.compile(r"\s*(de |d['’] ?|by |from )\s*", re.IGNORECASE)
_POSSESSED = re.compile(r"['’]s?\s+(\w+\s+){0,2}")
_GENERIC_REFERENCES = frozenset(
    {
        "chatbot", "app", "startup", "start-up", "service", "company", "firm", "application",
        "entreprise", "société", "jeune pousse", "plateforme", "platform",
    }
)  # fmt: skip
_POSSESSIVE_END = re.compile(r"['’]s?")
# 'Microsoft, OpenAI's investor', 'Microsoft is OpenAI's investor'; not 'Trump ... TikTok's owner'.
# Acts whose object is often no product ('suspendu l'application' of a law, 'restrict
# access'): they need the target named.
_PERSONAL = frozenset({"he", "she", "i", "we", "you", "who", "je", "nous", "vous", "on"})
_BANNABLE = frozenset({ActorKind.COMPANY, ActorKind.PRODUCT})
_WEAK_ACTS = frozenset({"suspendre", "suspend", "restrict", "restreindre"})
_APPOSED = re.compile(
    r"\s*(,|is|was|remains|became|has become|est|était|reste|est devenu|est devenue)\s*",
    re.IGNORECASE,
)
_JOB = re.compile(r"\s+(at|chez)\b", re.IGNORECASE)
_LIGHT_VERBS = frozenset(
    {"mener", "lancer", "ouvrir", "imposer", "launch", "open", "impose", "conduct", "announce"}
)


def _between(view: DocView, a: Mention, b: Mention) -> str:
    lo, hi = sorted((a, b), key=lambda m: m.start)
    return str(view.doc.text[lo.end : hi.start])


def _comparisons(view: DocView, sentence: Sentence, mentions: list[Mention]) -> list[LinkRecord]:
    found = []
    text = view.doc.text
    matches = [*COMPARISON.finditer(sentence.text), *SAME_AS.finditer(sentence.text)]
    for match in matches:
        cue_end = sentence.start + match.end()
        near = [
            m
            for m in mentions
            if m.start >= cue_end
            and _CUE_GAP.fullmatch(text[cue_end : m.start])
            and m.actor.kind in _PARTIES
        ]
        if not near:
            continue
        compared = near[0]
        others = [
            m
            for m in mentions
            if m.actor.id != compared.actor.id
            and m.actor.kind in {ActorKind.COMPANY, ActorKind.PRODUCT}
            and m.start > compared.end
        ]
        if not others:
            cue_start = sentence.start + match.start()
            lead = [
                m
                for m in mentions
                if m.end <= cue_start
                and m.actor.id != compared.actor.id
                and m.actor.kind in {ActorKind.COMPANY, ActorKind.PRODUCT}
            ]
            if lead and _LEAD.fullmatch(text[lead[-1].end : cue_start]):
                others = lead[-1:]
        if others and others[0] not in joined(view, compared):  # 'des groupes comme A et B'
            other = others[0]
            lo, hi = sorted((sentence.start + match.start(), other.end))
            reason = f"compared: {text[lo : max(hi, compared.end)].strip()}"
            found.append(_link(view, compared, other, "compared", reason[:300], sentence, 0.7))
    return found


def _developers(view: DocView, sentence: Sentence, mentions: list[Mention]) -> list[LinkRecord]:
    """'OpenAI's ChatGPT', 'le ChatGPT d'OpenAI', 'le modèle R1 de Deepseek'."""
    found = []
    for product in (m for m in mentions if m.actor.kind == ActorKind.PRODUCT):
        for company in (m for m in mentions if m.actor.kind == ActorKind.COMPANY):
            gap = _between(view, product, company)
            after = company.start > product.end and _OF.fullmatch(gap)
            before = company.end <= product.start and _POSSESSED.fullmatch(gap)
            if after or before:
                found.append(_link(view, company, product, "develops", "developer", sentence, 0.7))
    return found


def _affiliations(view: DocView, sentence: Sentence, mentions: list[Mention]) -> list[LinkRecord]:
    """'OpenAI et son partenaire Microsoft', 'Microsoft, OpenAI's largest investor',
    'Meta, la maison mère de WhatsApp', 'its Chinese owner ByteDance'."""
    found = []
    for pattern, kind in ((PARTNER, "partner"), (OWNER, "owns")):
        for match in pattern.finditer(sentence.text):
            if _JOB.match(sentence.text, match.end()):
                continue  # 'a partner at Coastline Capital' is a job, not a partnership
            cue_start = sentence.start + match.start()
            cue_end = sentence.start + match.end()
            # An owner owns products too ("la maison mère de WhatsApp").
            owned = _PARTIES | {ActorKind.PRODUCT} if kind == "owns" else _PARTIES
            after = [
                m
                for m in mentions
                if 0 <= m.start - cue_end <= 40
                and m.actor.kind in owned
                and not _possessor(view, m)  # "owned by China's Wingtech"
                and str(view.doc.text[m.end : m.end + 1]) != "-"  # 'Beijing-based ByteDance'
                and "," not in str(view.doc.text[cue_end : m.start])  # 'owner of A, OpenAI is'
                and not _has_verb(view, cue_end, m.start)  # 'investors fell apart when X'
            ]
            before = [
                m for m in mentions if 0 <= cue_start - m.end <= 60 and m.actor.kind in _PARTIES
            ]
            if (
                not after
                and len(before) >= 2
                and _POSSESSIVE_END.match(str(view.doc.text[before[-1].end : before[-1].end + 2]))
                and _APPOSED.fullmatch(_between(view, before[-2], before[-1]))
            ):
                # "Microsoft, OpenAI's largest investor": the apposition's head and the owner.
                before, after = before[-2:-1], before[-1:]
            if not after or not before:
                continue
            anchor = before[-1]
            for other in after:
                if other.actor.id != anchor.actor.id and not re.search(
                    r"[.;]", _between(view, anchor, other)
                ):
                    word = match.group(0).lower()
                    found.append(_link(view, anchor, other, kind, word, sentence, 0.6))  # type: ignore[arg-type]
    return found


def _has_verb(view: DocView, start: int, end: int) -> bool:
    return (
        any(t.pos_ in {"VERB", "AUX"} for t in view.tokens_in(start, end)) if end > start else False
    )


def _possessor(view: DocView, mention: Mention) -> bool:
    head = view.head_of(mention)
    return head is not None and dep(head) in {"poss", "nmod:poss"} and head.head.i > head.i


def _actions(view: DocView, sentence: Sentence, tokens: list[Token]) -> list[LinkRecord]:
    """Bans and investigations: the acting authority or company, and what it targets."""
    found: list[LinkRecord] = []
    for token in tokens:
        word = lemma(token)
        kind: LinkKind | None = (
            "bans" if word in BAN_LEMMAS else "investigates" if word in INVESTIGATE_LEMMAS else None
        )
        if kind is None:
            continue
        verb = token if token.pos_ in {"VERB", "AUX"} else token.head
        if token.pos_ != "VERB" and lemma(verb) not in _LIGHT_VERBS:
            continue  # "defended the ban" is no ban by the speaker; "imposed a ban" is
        stated = _declared_banned(view, verb)
        if stated is not None:
            found.extend(
                _link(view, a, stated, kind, f"ban: {token.text!s}", sentence, 0.6)
                for a in _speakers(view, verb)
                if a.actor.id != stated.actor.id
            )
            continue
        subject = view.subject(verb) or _acting_for(view, verb)
        if subject is None:
            continue
        actors = acting_parties(view, subject)
        if not actors:  # "Le gendarme boursier, l'Autorité des marchés financiers, a ouvert"
            for other in subject.head.children:
                if other.i != subject.i and dep(other) == dep(subject) and not actors:
                    subject, actors = other, acting_parties(view, other)
        # The whole clause: what is investigated is often a clause of its own ("si elle a...").
        claimant = {t.i for t in subject.subtree}
        # Clauses with a subject of their own ('après que la commission eut établi que ...')
        # are other statements; a clause the verb governs ('si elle a accédé') is kept.
        scope = [t for t in view.subtree(verb, exclude=[subject]) if t.i not in claimant]
        scope += view.continuation(verb)
        mentioned = [
            m
            for m in view.mentions_in(scope)
            if m.actor.kind in {ActorKind.COMPANY, ActorKind.PRODUCT}
            and m.actor.id not in {a.actor.id for a in actors}
        ]
        # A company targeted beats a product only named in passing ("l'éditeur de ChatGPT").
        companies = [m for m in mentioned if m.actor.kind == ActorKind.COMPANY]
        targets = companies or []
        if not targets and word not in _WEAK_ACTS:
            # "si elle a accédé", "the chatbot's practices", "bloqué le service d'IA".
            pronouns = [
                t
                for t in scope
                if (
                    t.pos_ == "PRON"
                    and dep(t).startswith("nsubj")
                    and str(t.text).lower() not in _PERSONAL
                )
                or (lemma(t) in _GENERIC_REFERENCES and t.i > verb.i)
            ]
            acting = frozenset(a.actor.id for a in actors)
            resolved = [
                view.antecedent(p, frozenset({ActorKind.COMPANY}), exclude=acting) for p in pronouns
            ]
            targets = [
                m
                for m in resolved + mentioned
                if m is not None and m.actor.id not in {a.actor.id for a in actors}
            ]
        for actor in actors:
            for target in joined(view, targets[0]) if targets else []:
                if target.actor.kind not in {ActorKind.COMPANY, ActorKind.PRODUCT}:
                    continue
                reason = f"{'ban' if kind == 'bans' else 'investigation'}: {token.text!s}"
                found.append(_link(view, actor, target, kind, reason, sentence, 0.6))
    return found


def _declared_banned(view: DocView, verb: Token) -> Mention | None:
    """'a déclaré que DeepSeek était interdit', 'said DeepSeek was banned': a participle after
    'être'/'be' whose subject is what is banned, in a clause someone declares."""
    if dep(verb) != "ccomp" or str(verb.text).lower().endswith("ing"):
        return None  # 'said Microsoft was banning X': Microsoft bans
    if not any(lemma(c) in {"être", "be"} and dep(c).startswith("aux") for c in verb.children):
        return None
    subject = next((c for c in verb.children if dep(c).startswith("nsubj")), None)
    target = view.actor_of(subject) if subject is not None else None
    return target if target is not None and target.actor.kind in _BANNABLE else None


def _speakers(view: DocView, verb: Token) -> list[Mention]:
    speaker = view.subject(verb.head) if verb.head.pos_ in {"VERB", "AUX"} else None
    return acting_parties(view, speaker) if speaker is not None else []


def _acting_for(view: DocView, verb: Token) -> Token | None:
    """Who bans when the clause does not say: the court upholding 'a law banning TikTok', the
    premier who 'a déclaré que DeepSeek était interdit'."""
    holder = verb.head
    if dep(verb) == "acl" and holder.head.pos_ in {"VERB", "AUX"}:
        return view.subject(holder.head)
    passive = any("pass" in dep(c) for c in verb.children)
    if passive and dep(verb) == "ccomp" and holder.pos_ in {"VERB", "AUX"}:
        return view.subject(holder)
    return None


def _link(  # noqa: PLR0917
    view: DocView,
    a: Mention,
    b: Mention,
    kind: LinkKind,
    reason: str,
    sentence: Sentence,
    confidence: float,
) -> LinkRecord:
    return LinkRecord(
        a=a.actor,
        b=b.actor,
        kind=kind,
        reason=reason,
        quote=view.quote(sentence),
        confidence=confidence,
    )


def _stated(view: DocView, sentence: Sentence) -> list[tuple[Mention, Mention, LinkKind, str]]:
    """Links a cue phrase, a possessive, an authority's act or a description states (relay
    outlets included: 'backed by Amazon' is no attribution)."""
    every = view.sentence_mentions(sentence.index)
    return (
        frame_links(view, sentence, every)
        + possessive_links(view, sentence, every)
        + authority_links(view, sentence, every)
        + description_links(view, sentence, every)
    )


def find_links(view: DocView) -> list[LinkRecord]:
    """Explicit links of the article, one per pair of entities and kind."""
    found: dict[tuple[str, str, str], LinkRecord] = {}
    for sentence in view.sentences:
        tokens = view.sentence_tokens(sentence)
        relays = {id(m) for m in relays_in(view, view.sentence_mentions(sentence.index))}
        mentions = [m for m in view.sentence_mentions(sentence.index) if id(m) not in relays]
        for link in (
            _comparisons(view, sentence, mentions)
            + _developers(view, sentence, mentions)
            + _affiliations(view, sentence, mentions)
            + _actions(view, sentence, tokens)
            + [
                _link(view, a, b, kind, f"{kind}: {verb}", sentence, 0.6)
                for a, b, kind, verb in verb_links(view, tokens) + maker_links(view, tokens)
            ]
            + [
                _link(view, a, b, kind, f"{kind}: {cue}", sentence, 0.6)
                for a, b, kind, cue in _stated(view, sentence)
            ]
        ):
            if link.a.id == link.b.id:
                continue
            pair = tuple(sorted((link.a.id, link.b.id)))
            found.setdefault((pair[0], pair[1], link.kind), link)
    return list(found.values())
