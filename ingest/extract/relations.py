"""Links stated by a verb between two named parties, read from the parse: 'Lumeo est développée
par Brisane', 'X is owned by Y', 'Talgen, which is backed by SoftBank', 'Tessary, qui développe
l'assistant Nova', 'Toyota will invest $500 million in Stellan'.
"""

from __future__ import annotations

from graph.model import ActorKind
from ingest.extract.link_spans import relative_party
from ingest.extract.records import LinkKind
from ingest.extract.syntax import ORGS, PEOPLE, DocView, Token, dep, lemma
from ingest.extract.types import Mention

_PARTIES = ORGS | PEOPLE | frozenset({ActorKind.PRODUCT})
_DEVELOP = (
    "develop développer concevoir build create créer design fabriquer make produce manufacture"
    " produire commercialiser market"
)
_OWN = "own détenir posséder control contrôler acquire acquérir racheter"
_BACK = "back soutenir fund financer invest investir"
VERB_LINKS: dict[str, LinkKind] = {
    **dict.fromkeys(_DEVELOP.split(), "develops"),
    **dict.fromkeys(_OWN.split(), "owns"),
    **dict.fromkeys(_BACK.split(), "partner"),
}
_INVEST_CASES = frozenset({"in", "dans"})
_STOPS = frozenset({",", ";", ":", ".", "(", ")", "«", "»", '"'})


def _party(view: DocView, token: Token) -> Mention | None:
    """The named party a token stands for (a relative pronoun: the noun it follows)."""
    return relative_party(view, token, _PARTIES)


def _cases(token: Token) -> set[str]:
    return {str(c.text).lower() for c in token.children if dep(c) == "case"}


def _agent_party(view: DocView, agent: Token) -> Mention | None:
    """The party after 'par'/'by' when the parser split its phrase ('par la start-up
    lyonnaise Brisane'): the first name before any punctuation or verb."""
    for token in view.doc[agent.i : agent.i + 8]:
        if str(token.text) in _STOPS or token.pos_ in {"VERB", "AUX"}:
            break
        found = view.mention(token)
        if found is not None and found.actor.kind in _PARTIES:
            if dep(view.head_of(found) or token) in {"poss", "nmod:poss"}:
                continue  # "owned by China's Wingtech": the owner is Wingtech
            return found
    return None


def _roles(view: DocView, verb: Token) -> tuple[list[Token], list[Token]]:
    """(doers, things done to) of a verb, passive or active, relative or participle."""
    doers: list[Token] = []
    done: list[Token] = []
    passive = any(dep(c) in {"aux:pass", "auxpass"} for c in verb.children)
    for child in verb.children:
        label = dep(child)
        if passive and label.startswith("obl") and _cases(child) & {"par"}:
            doers.append(child)  # "soutenue par Microsoft", parsed as a plain oblique
        elif label in {"agent", "obl:agent"}:
            doers.extend(g for g in child.children if dep(g) == "pobj")
            if dep(child) == "obl:agent":
                doers.append(child)
        elif label.startswith("nsubj") and "pass" in label:
            done.append(child)
        elif label.startswith("nsubj"):
            doers.append(child)
        elif label in {"obj", "dobj"}:
            done.append(child)
        elif lemma(verb) in {"invest", "investir"}:
            cases = {str(c.text).lower() for c in child.children if dep(c) in {"case"}}
            if label == "prep" and str(child.text).lower() in _INVEST_CASES:
                done.extend(g for g in child.children if dep(g) == "pobj")
            elif label.startswith("obl") and cases & _INVEST_CASES:
                done.append(child)
    if dep(verb) == "acl" and not done:  # "une start-up détenue par Y": the noun is done to
        done.append(verb.head)
    if passive and not done and verb.i >= 2:
        # The parser cut the subject off ('Hexalis | est détenue par'): the word before 'est'.
        before = view.doc[verb.i - 2]
        cut = dep(view.doc[verb.i - 1]) in {"aux:pass", "auxpass"}
        if cut and view.mention(before) is not None:
            done.append(before)
    return doers, done


_MAKER_NOUNS = frozenset(
    {"maker", "developer", "creator", "éditeur", "créateur", "concepteur", "développeur"}
)


def maker_links(view: DocView, tokens: list[Token]) -> list[tuple[Mention, Mention, LinkKind, str]]:
    """'Quillon, the maker of the chatbot Echo', "Tessary, l'éditeur de Nova": the firm the
    maker noun stands in apposition to, and the product it makes."""
    found: list[tuple[Mention, Mention, LinkKind, str]] = []
    for noun in tokens:
        if lemma(noun) not in _MAKER_NOUNS or dep(noun) != "appos":
            continue
        firm = view.actor_of(noun.head, ORGS)
        if firm is not None and view.mentions_in(view.doc[noun.head.i + 1 : noun.i]):
            firm = None  # 'SoftBank and OpenAI, the developer of': the apposition is OpenAI's
        products = [
            m for m in view.mentions_in(list(noun.subtree)) if m.actor.kind == ActorKind.PRODUCT
        ]
        if firm is not None and products:
            found.append((firm, products[0], "develops", str(noun.text)))
    return found


def verb_links(view: DocView, tokens: list[Token]) -> list[tuple[Mention, Mention, LinkKind, str]]:
    """(doer, done-to, kind, verb) for each linking verb with both parties named."""
    found = []
    for verb in tokens:
        kind = VERB_LINKS.get(lemma(verb))
        if kind is None or verb.pos_ not in {"VERB", "AUX"}:
            continue
        doers, done = _roles(view, verb)
        for doer_token in doers:
            doer = _party(view, doer_token)
            if doer is None and dep(doer_token).startswith(("obl", "pobj")):
                doer = _agent_party(view, doer_token)
            for done_token in done:
                target = _party(view, done_token)
                if doer is None or target is None or doer.actor.id == target.actor.id:
                    continue
                if kind == "develops" and ActorKind.PRODUCT not in {
                    doer.actor.kind,
                    target.actor.kind,
                }:
                    continue  # a firm 'makes' chips for another firm: no product named
                found.append((doer, target, kind, str(verb.text)))
    return found
