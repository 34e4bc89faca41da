"""The words around a person's name where a title may sit, for roles.py to read.

Before the name: back to a verb or the sentence start ('Canada's Minister of Industry, Jean
Tremblay'), stopping at an earlier person joined by 'and' ('X and Chinese Vice-Premier Y').
After it: the apposition ', le PDG d'OpenAI,' or '(PDG de Norwind)', and further titles joined
by 'and' in it. A hard line wrap inside a title is read across.
"""

from __future__ import annotations

import re

from ingest.extract.role_titles import find_title
from ingest.extract.syntax import PEOPLE, DocView, Token
from ingest.extract.types import Sentence

_STOP_POS = frozenset({"VERB", "AUX"})
_HEAD_OF = re.compile(r"à la tête", re.IGNORECASE)
_NEXT_ITEM = frozenset({"au", "aux", "à", "to", "from", "and", "et", "ou", "or"})

_OPEN_END = re.compile(r"(\b[a-zàâçéèêëîïôûù'’-]+|,)$")


def wrapped(view: DocView, sentence: Sentence) -> tuple[int, int]:
    """The sentence's bounds over hard line wraps: a line that ends on a lowercase word or a
    comma ('le directeur général de' / 'Norwind, Hugo Perrin, ...') goes on after one newline."""
    start, end = sentence.start, sentence.end
    index = sentence.index
    while index > 0 and _wraps(view, view.sentences[index - 1], view.sentences[index]):
        index -= 1
        start = view.sentences[index].start
    index = sentence.index
    while index + 1 < len(view.sentences) and _wraps(
        view, view.sentences[index], view.sentences[index + 1]
    ):
        index += 1
        end = view.sentences[index].end
    return start, end


def _wraps(view: DocView, line: Sentence, following: Sentence) -> bool:
    gap = view.text[line.end : following.start]
    return gap.strip(" \t") == "\n" and _OPEN_END.search(line.text) is not None


def before(view: DocView, first: Token, start: int) -> list[Token]:
    """Words before the person, back to a verb or the sentence start; one comma allowed right
    before the person ('Canada's Minister of Industry, Jean Tremblay')."""
    window: list[Token] = []
    index = first.i - 1
    while index >= 0 and len(window) < 12:
        token = view.doc[index]
        if (
            token.idx < start
            or (
                token.pos_ in _STOP_POS
                and not _CHARGED.fullmatch(str(token.text))
                and not _hyphened(token)
            )
            or str(token.text) in {".", ";", ":", "«", "“", '"', "»", "”"}
        ):
            break
        if token.pos_ == "SPACE":
            index -= 1
            continue  # a line wrap inside the title
        if str(token.text) == "," and window and not _continued(window[0]):
            break
        if window and str(window[0].text).lower() in _AND and _person_at(view, token):
            break  # 'X and Chinese Vice-Premier Y': the title after the 'and' is Y's
        window.insert(0, token)
        index -= 1
    if window and str(window[0].text).lower() in _AND:
        window.pop(0)
    return window


def _hyphened(token: Token) -> bool:
    """The second half of a compound adjective the parser takes for a verb ('the Paris-based
    group's chief executive', 'the data-labelling company's founder')."""
    return token.i > 0 and str(token.doc[token.i - 1].text) == "-"


_AND = frozenset({"and", "et"})
_SOURCE = frozenset({"selon", "d'après", "d’après", "according", "to", "pour", "for"})


def adjunct(view: DocView, window: list[Token], last: Token) -> bool:
    """'Selon le président américain, Michael Dell pourrait...': the title is the source the
    clause cites; the name after the comma opens the clause (an apposition closes with one)."""
    if len(window) < 2 or str(window[0].text).lower() not in _SOURCE:
        return False
    following = view.doc[last.i + 1] if last.i + 1 < len(view.doc) else None
    return str(window[-1].text) == "," and following is not None and not following.is_punct


def more_titles(view: DocView, window: list[Token]) -> list[list[Token]]:
    """Further titles in one apposition: ', Acme's chief executive and the founder of its parent
    Bolt,' also makes a founder of Bolt (not ', head of sales and marketing at Acme')."""
    parts: list[list[Token]] = []
    for index, token in enumerate(window):
        if str(token.text).lower() not in _AND:
            continue
        part = window[index + 1 :]
        title = find_title(view.text_of(part), view.lang)
        lead = [t for t in part if t.idx - part[0].idx < (title.start if title else 0)]
        if title is not None and all(t.pos_ in {"DET", "PRON", "ADJ"} for t in lead):
            parts.append(part)
    return parts


def _continued(after_comma: Token) -> bool:
    """A comma inside a title listing its portfolios: 'le ministre de l'Investissement, du
    Commerce et de l'Industrie, X' goes on with 'du'/'de' after the comma."""
    return str(after_comma.text).lower() in {"du", "de", "des", "d'", "d’"}


def _person_at(view: DocView, token: Token) -> bool:
    found = view.mention(token)
    return found is not None and found.actor.kind in PEOPLE


# Participles that belong to a title: 'la ministre déléguée chargée du Numérique', and the
# adjective the parser takes for one ('la vice-présidente exécutive')
_CHARGED = re.compile(r"(chargé|délégué|responsible|in charge|exécuti(f|v))e?s?", re.IGNORECASE)


def after(view: DocView, last: Token, end: int) -> list[Token]:
    """The apposition after the person: ', le PDG d'OpenAI,' (not ', au directeur de X')."""
    doc = view.doc
    if last.i + 2 >= len(doc) or str(doc[last.i + 1].text) not in {",", "("}:
        return []  # 'X (PDG de Norwind)' is an apposition too
    if str(doc[last.i + 2].text).lower() in _NEXT_ITEM and not _HEAD_OF.match(
        view.text[doc[last.i + 2].idx : doc[last.i + 2].idx + 15]
    ):
        return []  # the next item of a list ('du PDG d'OpenAI, X, au patron de Google, Y')
    window: list[Token] = []
    index = last.i + 2
    while index < len(doc) and len(window) < 16:
        token = doc[index]
        if token.idx >= end or str(token.text) in {",", ".", ";", ":", ")"}:
            break
        if token.pos_ in _STOP_POS and not _titular(token, view.lang):
            break
        if token.pos_ != "SPACE":
            window.append(token)
        index += 1
    return window


def _titular(token: Token, lang: str) -> bool:
    """A title word the parser took for a verb ('gérant chez X', 'avocate associée')."""
    word = str(token.text)
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.pos_ in {"DET", "PRON", "PROPN"}:
        return False  # a verb with its object: 'représentant la France'
    if _CHARGED.fullmatch(word):
        return True  # 'directeur général délégué', 'vice-président chargé de la sécurité'
    if nxt is not None and str(token.tag_) in {"VBG", "VBN"} and find_title(str(nxt.text), lang):
        return True  # 'a managing director at X', 'acting chief executive'
    return find_title(word, lang) is not None or word.lower().startswith("associé")
