"""Grammatical gender of a pronoun and of a person as the article itself marks it.

'She said' after 'Marco Rubio met Meike Kamp' is Meike Kamp speaking, not the subject before.
The article tells a person's gender by an honorific ('Mme Kamp', 'M. Xu', 'Mr Smith') or, in
French, by the title set beside the name ('la commissaire, Meike Kamp'). Nothing is guessed
from first names: with no mark, any person agrees.
"""

from __future__ import annotations

import re
from typing import Literal

from ingest.extract.syntax import DocView, Token, dep

Gender = Literal["Fem", "Masc"]

_PRONOUNS: dict[str, Gender] = {
    "he": "Masc",
    "him": "Masc",
    "il": "Masc",
    "-il": "Masc",
    "lui": "Masc",
    "she": "Fem",
    "her": "Fem",
    "elle": "Fem",
    "-elle": "Fem",
}
_FEMININE = re.compile(r"(?:^|\s)(?:Mme|Madame|Mrs\.?|Ms\.?)\s+$")
_MASCULINE = re.compile(r"(?:^|\s)(?:M\.|Monsieur|Mr\.?)\s+$")


def pronoun_gender(pronoun: Token) -> Gender | None:
    return _PRONOUNS.get(str(pronoun.text).lower())


def _title_gender(head: Token) -> Gender | None:
    """'la ministre, Mélanie Joly', 'Meike Kamp, commissaire' : the gender of the title noun."""
    titles = [c for c in head.children if dep(c) == "appos"]
    if dep(head) == "appos":
        titles.append(head.head)
    for title in titles:
        if title.pos_ != "NOUN":
            continue
        found = title.morph.get("Gender")
        if len(found) == 1 and found[0] in {"Fem", "Masc"}:
            return "Fem" if found[0] == "Fem" else "Masc"
    return None


def person_gender(view: DocView, actor_id: str) -> Gender | None:
    """The gender the article marks for a person, from any of its mentions."""
    french = view.lang.startswith("fr")
    for mention in view.analyzed.mentions:
        if mention.actor.id != actor_id:
            continue
        before = view.text[max(0, mention.start - 12) : mention.start]
        if _FEMININE.search(before):
            return "Fem"
        if _MASCULINE.search(before):
            return "Masc"
        head = view.head_of(mention)
        marked = _title_gender(head) if french and head is not None else None
        if marked is not None:
            return marked
    return None
