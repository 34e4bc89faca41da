"""Firms named again by their nationality and type: 'the South Korean company', 'le groupe
sud-coréen', 'la start-up chinoise'.

Once a story has named a firm, it often goes on with its country and what it is. Such a
definite phrase stands for the one company of that country (the KB's `country`) named before
it; two such firms, or none, leave it unresolved, and so does a phrase followed by a name
('the Chinese start-up DeepSeek' introduces the name itself).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from graph.model import Actor, ActorKind
from ingest.extract.passes import Found
from ingest.extract.role_orgs import DEMONYM_ALTERNATION, DEMONYMS

_DEMONYM = rf"(?i:(?P<demonym>{DEMONYM_ALTERNATION}))"
_HEADS_EN = (
    r"company|firm|group|giant|tech giant|chipmaker|maker|manufacturer|carmaker|automaker"
    r"|start-?up|conglomerate|lab|chip designer|designer|developer"
)
_HEADS_FR = (
    r"firme|soci[ée]t[ée]|entreprise|groupe|g[ée]ant|fabricant|constructeur|start-up|startup"
    r"|laboratoire|conglom[ée]rat|concepteur|d[ée]veloppeur|[ée]diteur"
)
# What a product is called: 'the Chinese chatbot', "l'application chinoise" stand for the one
# product, or the one firm making it, of that country named before.
_PRODUCT_HEADS_EN = r"chatbot|app|assistant"
_PRODUCT_HEADS_FR = r"chatbot|application|appli|assistant"
# Up to two words describing the firm between the article and its type: 'artificial
# intelligence', 'AI', 'state-backed' ('the Chinese artificial intelligence company').
DESCRIBING = r"(?:(?!(?:and|or|of|the)\b)(?:[a-z]+(?:-[a-z]+)?|[A-Z]{2,3})\s+){0,2}"
_PATTERNS = (
    # 'the South Korean company', 'the Chinese AI start-up'
    re.compile(rf"\b[Tt]he\s+{_DEMONYM}(?![\w-])\s+{DESCRIBING}(?P<head>{_HEADS_EN})(?![\w-])"),
    # 'le groupe sud-coréen', 'la start-up chinoise', 'le géant chinois'
    re.compile(rf"\b(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?P<head>{_HEADS_FR})\s+{_DEMONYM}(?![\w-])"),
    re.compile(
        rf"\b[Tt]he\s+{_DEMONYM}(?![\w-])\s+(?:AI\s+)?(?P<product>{_PRODUCT_HEADS_EN})(?![\w-])"
    ),
    re.compile(
        rf"\b(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?P<product>{_PRODUCT_HEADS_FR})\s+{_DEMONYM}(?![\w-])"
    ),
)
# Headquarters cities (kb/descriptors.yaml) in California, for 'the Californian giant'.
CALIFORNIA = frozenset(
    {"Santa Clara", "Cupertino", "Mountain View", "Menlo Park", "San Francisco", "San Diego",
     "Palo Alto", "San Jose", "Sunnyvale", "Los Angeles"}
)  # fmt: skip
# "the company's", 'the company of', 'la société de': owned or specified, not named again.
_COMPLEMENT = re.compile(r"['’]|\s+(?:of|de|du|des|d['’])\b")
_PRODUCT_KINDS = frozenset({ActorKind.COMPANY, ActorKind.PRODUCT})


def national_firms(text: str, found: list[Found]) -> Iterator[tuple[int, int, Actor]]:
    """Head-noun spans of national descriptors and the one firm each stands for."""
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            country = DEMONYMS[match.group("demonym").lower()]
            product = "product" in pattern.groupindex
            kinds = _PRODUCT_KINDS if product else {ActorKind.COMPANY}
            fits = {
                f.actor.id: f.actor
                for f in found
                if f.actor.kind in kinds and f.end <= match.start() and f.actor.country == country
            }
            if len(fits) != 1 or named_next(text, match.end()):
                continue
            if text[match.end() : match.end() + 2] in ("'s", "’s"):
                continue  # "the Chinese giant's chips": what it owns, not the firm acting
            start, end = match.span("product" if product else "head")
            yield start, end, next(iter(fits.values()))


def named_next(text: str, end: int) -> bool:
    """The descriptor is followed by the name itself ("ChatGPT maker OpenAI", 'la start-up
    chinoise Moonshot'): no coreference is needed, and the name may be someone else's."""
    rest = text[end : end + 3]
    return len(rest) >= 2 and rest[0] == " " and rest[1].isupper()


# 'invested $1.5bn in the company', "a racheté l'entreprise": a bare firm noun as an object.
_BARE = frozenset({"company", "firm", "société", "entreprise"})
_ARTICLES = frozenset({"the", "la", "l'", "l’"})
_OF = frozenset({"de", "du", "des", "d'", "d’", "of"})
_OBJECTS = frozenset({"dobj", "pobj", "obj", "obl", "obl:arg", "obl:mod", "iobj"})


def object_company(doc: Any, text: str, found: list[Found]) -> Iterator[tuple[int, int, Actor]]:
    """ "Microsoft invested $1.5bn in the company": a bare 'the company' as an object stands
    for the one firm the sentence before names, when this sentence does not name it (then
    it would be the actor: 'Nvidia said the company...'). A subject is left to accused.py's
    stand-in, and a noun with an owner, a complement or a name after is someone else."""
    for token in doc:
        word = str(token.text).lower()
        if word not in _BARE or token.pos_ != "NOUN" or not _object(token):
            continue
        if token.i == 0 or str(doc[token.i - 1].text).lower() not in _ARTICLES:
            continue
        start, end = int(token.idx), int(token.idx + len(token.text))
        if named_next(text, end) or _COMPLEMENT.match(text, end):
            continue
        sentence = token.sent
        if sentence.start == 0:
            continue
        before = doc[sentence.start - 1].sent
        previous = {
            f.actor.id: f.actor
            for f in found
            if f.actor.kind == ActorKind.COMPANY and before.start_char <= f.start < before.end_char
        }
        here = {f.actor.id for f in found if sentence.start_char <= f.start < sentence.end_char}
        if len(previous) == 1 and not here & previous.keys():
            yield start, end, next(iter(previous.values()))


def _object(token: Any) -> bool:
    """An object or a complement of the verb ('dans la société', which French parses as an
    nmod); not a noun's complement ('le patron de la société')."""
    role = str(token.dep_)
    if role in _OBJECTS:
        return True
    markers = {str(c.text).lower() for c in token.children if str(c.dep_) == "case"}
    return role == "nmod" and bool(markers) and not markers & _OF


# 'ce groupe', 'this company': a demonstrative points back to what was just named.
_DEMONSTRATIVE = re.compile(
    r"\b(?:[Tt]his|[Cc]e|[Cc]et|[Cc]ette)\s+(?P<head>company|firm|start-?up|group|groupe"
    r"|soci[ée]t[ée]|entreprise|firme|start-up|laboratoire|lab)(?![\w-])"
)
_GROUPS = frozenset({"group", "groupe"})  # a firm, or a hacking or lobbying group
_GROUP_KINDS = frozenset({ActorKind.COMPANY, ActorKind.ORGANIZATION})


def demonstrative_firms(
    doc: Any, text: str, found: list[Found]
) -> Iterator[tuple[int, int, Actor]]:
    """ "X accused the group UNC3886... Mandiant links this group to...": 'ce groupe', 'this
    company' stand for the one firm (or, for a group, organisation) the sentence before names,
    leaving out those this sentence names itself (Mandiant, who speaks)."""
    starts = {int(t.idx): t for t in doc}
    for match in _DEMONSTRATIVE.finditer(text):
        start, end = match.span("head")
        token = starts.get(start)
        if token is None or token.sent.start == 0 or named_next(text, end):
            continue
        if text[end : end + 1] in "'’":
            continue  # "this company's": what it owns
        kinds = _GROUP_KINDS if match.group("head").lower() in _GROUPS else {ActorKind.COMPANY}
        sentence = token.sent
        before = doc[sentence.start - 1].sent
        here = {f.actor.id for f in found if sentence.start_char <= f.start < sentence.end_char}
        fits = {
            f.actor.id: f.actor
            for f in found
            if f.actor.kind in kinds
            and before.start_char <= f.start < before.end_char
            and f.actor.id not in here
        }
        if len(fits) == 1:
            yield start, end, next(iter(fits.values()))


# 'the Amazon-backed lab', 'la start-up soutenue par Nvidia': a firm named by its backer.
_BACKED = (
    re.compile(
        rf"\b[Tt]he\s+(?P<backer>[A-Z][\w.&]*(?:\s[A-Z][\w.&]*)?)-backed\s+(?:[a-zA-Z]+\s+)?"
        rf"(?P<head>{_HEADS_EN})(?![\w-])"
    ),
    re.compile(
        rf"\b(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?P<head>{_HEADS_FR})\s+(?:[a-zé]+\s+)?"
        r"(?:soutenue?|financée?|adossée?)\s+par\s+(?P<backer>[A-Z][\w.&]*)"
    ),
)


def backed_firms(doc: Any, text: str, found: list[Found]) -> Iterator[tuple[int, int, Actor]]:
    """ "Anthropic's use of pirated books... and the Amazon-backed lab agreed to pay": the one
    firm other than the backer named in this sentence (before the phrase) or the one before."""
    starts = {int(t.idx): t for t in doc}
    for pattern in _BACKED:
        for match in pattern.finditer(text):
            start, end = match.span("head")
            token = starts.get(start)
            if token is None or (pattern is _BACKED[0] and named_next(text, end)):
                continue
            sentence = token.sent
            first = doc[sentence.start - 1].sent.start_char if sentence.start else 0
            backers = {
                f.actor.id
                for f in found
                if f.start < match.end("backer") and f.end > match.start("backer")
            }
            fits = {
                f.actor.id: f.actor
                for f in found
                if f.actor.kind == ActorKind.COMPANY
                and first <= f.start < match.start()
                and f.actor.id not in backers
                and f.actor.name != match.group("backer")
            }
            if len(fits) == 1:
                yield start, end, next(iter(fits.values()))
