"""Find every KB alias in a text: a word trie over normalised tokens, longest match first.

Matching works on our own word tokens, not spaCy's, so "Maison-Blanche", "d'OpenAI",
"OpenAI's" and "O1-MinI" all meet the same keys whichever language model is in use. Case is
folded, with two guards: an alias of one or two words written with capitals only matches
capitalised text ("Meta", not "meta"), and a short all-caps alias matches its exact case ("US",
not "us").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from graph.ids import normalize_name
from ingest.extract.kb import KBEntry, KnowledgeBase

_WORD = re.compile(r"[^\W_]+")
# Qualifiers a writer may slip inside a multi-word name ("Chambre des représentants américaine",
# "Département américain de la Justice").
_SKIPPABLE = frozenset(
    {
        "americaine",
        "americain",
        "american",
        "us",
        "chinois",
        "chinoise",
        "europeen",
        "europeenne",
        "francais",
        "francaise",
        "britannique",
        "federal",
        "federale",
    }
)


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str
    key: str  # normalised, one token


def words(text: str) -> list[Word]:
    """Word tokens with their offsets and normalised keys (tokens that fold to nothing dropped)."""
    out: list[Word] = []
    for match in _WORD.finditer(text):
        key = normalize_name(match.group()).replace(" ", "")
        if key:
            out.append(Word(match.start(), match.end(), match.group(), key))
    return out


@dataclass(frozen=True)
class Form:
    """One surface form of one KB entry, with its case policy."""

    text: str
    entry: KBEntry
    tokens: tuple[str, ...]  # original-case tokens
    strict: bool  # exact case required
    capitalised: bool  # the form starts with a capital: so must the text


def _form(text: str, entry: KBEntry) -> Form:
    tokens = tuple(w.text for w in words(text))
    alnum = "".join(tokens)
    letters = [ch for ch in alnum if ch.isalpha()]
    strict = bool(letters) and all(ch.isupper() for ch in letters) and len(alnum) <= 5
    capitalised = bool(letters) and letters[0].isupper()
    return Form(text, entry, tokens, strict, capitalised)


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    forms: list[Form] = field(default_factory=list)


@dataclass(frozen=True)
class Hit:
    start: int  # character offsets in the text
    end: int
    first_word: int  # index into the word list
    last_word: int
    forms: tuple[Form, ...]

    @property
    def entries(self) -> list[KBEntry]:
        return list(dict.fromkeys(f.entry for f in self.forms))


class Gazetteer:
    """All surface forms of a knowledge base, matched longest-first."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._root = _Node()
        for text, entry in kb.forms():
            form = _form(text, entry)
            if not form.tokens:
                continue
            node = self._root
            for token in (w.key for w in words(text)):
                node = node.children.setdefault(token, _Node())
            node.forms.append(form)

    def find(self, text: str, word_list: list[Word] | None = None) -> list[Hit]:
        """Non-overlapping hits, left to right, longest first."""
        ws = word_list if word_list is not None else words(text)
        hits: list[Hit] = []
        i = 0
        while i < len(ws):
            hit = self._longest_at(ws, i)
            if hit is None:
                i += 1
                continue
            hits.append(hit)
            i = hit.last_word + 1
        return hits

    def _longest_at(self, ws: list[Word], i: int) -> Hit | None:
        best: Hit | None = None
        # Paths through the trie: (node, next word, words matched so far). A qualifier word
        # may be skipped inside a name even where the trie could also go on through it.
        paths: list[tuple[_Node, int, tuple[int, ...]]] = [(self._root, i, ())]
        while paths:
            node, j, matched = paths.pop()
            if j >= len(ws):
                continue
            if matched and ws[j].key in _SKIPPABLE:
                paths.append((node, j + 1, matched))
            child = node.children.get(ws[j].key)
            if child is None:
                continue
            now = (*matched, j)
            forms = tuple(f for f in child.forms if _case_ok(f, [ws[k] for k in now]))
            if forms and (best is None or j > best.last_word):
                best = Hit(ws[i].start, ws[j].end, i, j, forms)
            paths.append((child, j + 1, now))
        return best


# From this many words on, a name is specific enough to match in any case: writers lowercase
# long official names ("the bureau of industry and security", "département de la justice").
_CASELESS_FROM = 3
_ARTICLES = frozenset({"the", "le", "la", "les", "l"})


def _case_ok(form: Form, matched: list[Word]) -> bool:
    if form.strict:
        return tuple(w.text for w in matched) == form.tokens
    if len(form.tokens) >= _CASELESS_FROM:
        # ...but a leading article belongs to the name only when capitalised: "The White
        # House" is the name, the "the" of "the White House" is the sentence's.
        first = form.tokens[0]
        return (
            first.lower() not in _ARTICLES or not first[0].isupper() or matched[0].text[0].isupper()
        )
    # Every word the form capitalises must be capitalised in the text: "Le Monde" the paper,
    # not "le monde" (the world); "Le Chat", not "le chat".
    words_iter = iter(matched)
    for token in form.tokens:
        word = next(words_iter, None)
        if word is None:
            break
        if token[0].isupper() and not (word.text[0].isupper() or word.text[0].isdigit()):
            return False
    return True


@lru_cache(maxsize=4)
def gazetteer_for(kb: KnowledgeBase) -> Gazetteer:
    """One gazetteer per knowledge base object (building the trie takes a moment)."""
    return Gazetteer(kb)
