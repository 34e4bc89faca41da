"""Explicit links between entities: case comparisons, developers of products, partners and
owners, bans and investigations by an authority. Each keeps its reason and its sentence.
"""

from __future__ import annotations

import re

from graph.model import ActorKind
from ingest.extract.attribution import relays_in
from ingest.extract.cues import COMPARISON, OWNER, PARTNER
from ingest.extract.kb import KnowledgeBase, default_kb
from ingest.extract.link_actions import action_links
from ingest.extract.link_among import among_links
from ingest.extract.link_authority import authority_links
from ingest.extract.link_cues import SAME_AS
from ingest.extract.link_descriptions import description_links
from ingest.extract.link_frames import frame_links
from ingest.extract.link_hosting import hosting_links
from ingest.extract.link_known import carried_links, known_links
from ingest.extract.link_possessives import possessive_links
from ingest.extract.link_relatives import relative_links
from ingest.extract.link_spans import is_source, joined, token_at
from ingest.extract.records import LinkKind, LinkRecord
from ingest.extract.relations import maker_links, verb_links
from ingest.extract.syntax import ORGS, PEOPLE, DocView, dep
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
_POSSESSIVE_END = re.compile(r"['’]s?")
# 'Microsoft, OpenAI's investor', 'Microsoft is OpenAI's investor'; not 'Trump ... TikTok's owner'.
_APPOSED = re.compile(
    r"\s*(,|is|was|remains|became|has become|est|était|reste|est devenu|est devenue)\s*",
    re.IGNORECASE,
)
# "Meta, le groupe de Mark Zuckerberg": a group is someone's only in apposition to its name.
_LED = re.compile(r"\s*,\s*(le|the)?\s*", re.IGNORECASE)
_CUSTOMER = re.compile(r"customer|client", re.IGNORECASE)
_JOB = re.compile(r"\s+(at|chez)\b", re.IGNORECASE)


def _between(view: DocView, a: Mention, b: Mention) -> str:
    lo, hi = sorted((a, b), key=lambda m: m.start)
    return view.text[lo.end : hi.start]


def _comparisons(view: DocView, sentence: Sentence, mentions: list[Mention]) -> list[LinkRecord]:
    found = []
    text = view.text
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
            if _qualifies(view, sentence.start + match.start()):
                continue  # 'vice-president for customer security', 'investor relations'
            cue_start = sentence.start + match.start()
            cue_end = sentence.start + match.end()
            # An owner owns products too ("la maison mère de WhatsApp").
            owned = _PARTIES | {ActorKind.PRODUCT} if kind == "owns" else _PARTIES
            if _CUSTOMER.match(match.group(0)):
                owned = owned - {ActorKind.COUNTRY}  # 'ses clients à Singapour': a place
            after = [
                m
                for m in mentions
                if 0 <= m.start - cue_end <= 40
                and m.actor.kind in owned
                and not _possessor(view, m)  # "owned by China's Wingtech"
                and view.text[m.end : m.end + 1] != "-"  # 'Beijing-based ByteDance'
                and "," not in view.text[cue_end : m.start]  # 'owner of A, OpenAI is'
                and not _has_verb(view, cue_end, m.start)  # 'investors fell apart when X'
            ]
            before = [
                m
                for m in mentions
                if 0 <= cue_start - m.end <= 60
                and m.actor.kind in _PARTIES
                and not is_source(view, m)  # 'Selon le régulateur, la filiale de X'
            ]
            if (
                not after
                and len(before) >= 2
                and _POSSESSIVE_END.match(view.text[before[-1].end : before[-1].end + 2])
                and _APPOSED.fullmatch(_between(view, before[-2], before[-1]))
            ):
                # "Microsoft, OpenAI's largest investor": the apposition's head and the owner.
                before, after = before[-2:-1], before[-1:]
            if not after or not before:
                continue
            anchor = before[-1]
            if match.group(0).lower() == "groupe de" and not _LED.fullmatch(
                view.text[anchor.end : cue_start]
            ):
                continue  # "a ordonné au groupe de Mark Zuckerberg": the group, not AGCM
            for other in after:
                if other.actor.id != anchor.actor.id and not re.search(
                    r"[.;]", _between(view, anchor, other)
                ):
                    word = match.group(0).lower()
                    found.append(_link(view, anchor, other, kind, word, sentence, 0.6))  # type: ignore[arg-type]
    return found


def _qualifies(view: DocView, char: int) -> bool:
    """Whether the cue word only qualifies the noun after it ('customer security'); not a
    name after it ('its partner Microsoft')."""
    token = token_at(view, char)
    return (
        token is not None
        and dep(token) == "compound"
        and token.head.i > token.i
        and view.mention(token.head) is None
        and view.mention(view.doc[token.i + 1]) is None
    )


def _has_verb(view: DocView, start: int, end: int) -> bool:
    return (
        any(t.pos_ in {"VERB", "AUX"} for t in view.tokens_in(start, end)) if end > start else False
    )


def _possessor(view: DocView, mention: Mention) -> bool:
    head = view.head_of(mention)
    return head is not None and dep(head) in {"poss", "nmod:poss"} and head.head.i > head.i


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
        + relative_links(view, sentence, every)
        + among_links(view, sentence, every)
        + hosting_links(view, sentence, every)
    )


def find_links(view: DocView, kb: KnowledgeBase | None = None) -> list[LinkRecord]:
    """Explicit links of the article, one per pair of entities and kind; a pair the knowledge
    base vouches for (a product and its developer) is linked when one sentence names both."""
    known = kb or default_kb()
    found: dict[tuple[str, str, str], LinkRecord] = {}
    for sentence in view.sentences:
        tokens = view.sentence_tokens(sentence)
        relays = {id(m) for m in relays_in(view, view.sentence_mentions(sentence.index))}
        mentions = [m for m in view.sentence_mentions(sentence.index) if id(m) not in relays]
        for link in (
            _comparisons(view, sentence, mentions)
            + _developers(view, sentence, mentions)
            + _affiliations(view, sentence, mentions)
            + [
                _link(view, a, b, kind, reason, sentence, 0.6)
                for a, b, kind, reason in action_links(view, tokens)
            ]
            + [
                _link(view, a, b, kind, f"{kind}: {verb}", sentence, 0.6)
                for a, b, kind, verb in verb_links(view, tokens) + maker_links(view, tokens)
            ]
            + [
                _link(view, a, b, kind, f"{kind}: {cue}", sentence, 0.6)
                for a, b, kind, cue in known_links(known, mentions)
                + carried_links(view, sentence, known)
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
