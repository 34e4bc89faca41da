"""Reading an analysed article through its dependency parse: mentions by token, subjects, pronouns.

Every fact rule asks the same questions (who is the subject of this verb, which mention is this
token, who does 'il' refer to), so they are answered once here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from graph.model import Actor, ActorKind
from ingest.extract.cues import SPOKES_NOUNS
from ingest.extract.records import Quote
from ingest.extract.types import AnalyzedDoc, Mention, Sentence

Token = Any  # spaCy Token; spaCy ships no type information

PEOPLE = frozenset({ActorKind.PERSON, ActorKind.OFFICIAL})
FIRMS = frozenset({ActorKind.COMPANY, ActorKind.ORGANIZATION})
ORGS = frozenset(
    {
        ActorKind.COMPANY,
        ActorKind.ORGANIZATION,
        ActorKind.GOVERNMENT_BODY,
        ActorKind.COUNTRY,
    }
)
_PERSON_PRONOUNS = frozenset({"il", "elle", "he", "she"})
_ORG_PRONOUNS = frozenset({"it", "elle"})
_OWN_CLAUSES = frozenset({"advcl", "conj", "parataxis"})
_JOINER = re.compile(r"\s*(,|et|and|ou|or|, et|, and)\s*", re.IGNORECASE)
_POSSESSIVES = frozenset({"son", "sa", "ses", "its", "his", "her", "their", "leur", "leurs"})


_NAMING_DEPS = frozenset({"amod", "nmod", "flat", "flat:name", "appos", "compound", "npadvmod"})


def dep(token: Token) -> str:
    return str(token.dep_).lower()


def lemma(token: Token) -> str:
    return str(token.lemma_).lower()


def negated(token: Token, words: frozenset[str]) -> bool:
    """Whether a 'neg' dependent, or an adverb among the caller's negation `words` ('pas',
    'jamais'), hangs on the token."""
    return any(
        dep(c) == "neg" or str(c.text).lower() in words
        for c in token.children
        if dep(c) in {"neg", "advmod"}
    )


def is_subject(token: Token) -> bool:
    # A passive subject is the topic too: "Veridian is owned by ... Its chief executive".
    return dep(token) in {"nsubj", "csubj", "nsubjpass", "nsubj:pass"}


class DocView:
    """An AnalyzedDoc indexed by token: which mention covers a token, which sentence holds it."""

    def __init__(self, analyzed: AnalyzedDoc) -> None:
        self.analyzed = analyzed
        self.doc = analyzed.doc
        # spaCy rebuilds Doc.text from every token on each access: read it once.
        self.text = str(analyzed.doc.text)
        self.lang = analyzed.lang
        self._by_token: dict[int, Mention] = {}
        self._sentence_tokens: dict[tuple[int, int], tuple[Token, ...]] = {}
        for mention in analyzed.mentions:
            for token in self.tokens_in(mention.start, mention.end):
                self._by_token.setdefault(token.i, mention)
        self.sentences = _join_fragments(analyzed.sentences, self.text)
        self._in_sentence: dict[int, int] = {
            id(m): self._sentence_index(m.start) for m in analyzed.mentions
        }

    # --- positions -------------------------------------------------------------------------
    def tokens_in(self, start: int, end: int) -> Iterator[Token]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            yield from span

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        # Fact passes ask for the same sentences' tokens many times over; spaCy builds new
        # Token objects on every walk, so each sentence is walked once (a fresh list per call).
        key = (sentence.start, sentence.end)
        tokens = self._sentence_tokens.get(key)
        if tokens is None:
            tokens = self._sentence_tokens[key] = tuple(self.tokens_in(*key))
        return list(tokens)

    def quote(self, sentence: Sentence) -> Quote:
        return Quote(sentence=sentence.text, start=sentence.start, end=sentence.end)

    def mention(self, token: Token) -> Mention | None:
        return self._by_token.get(token.i)

    def mentions_in(self, tokens: Iterable[Token]) -> list[Mention]:
        seen: dict[int, Mention] = {}
        for token in tokens:
            found = self._by_token.get(token.i)
            if found is not None:
                seen.setdefault(id(found), found)
        return sorted(seen.values(), key=lambda m: m.start)

    def head_of(self, mention: Mention) -> Token | None:
        tokens = list(self.tokens_in(mention.start, mention.end))
        inside = {t.i for t in tokens}
        for token in tokens:
            if token.head.i not in inside or token.head.i == token.i:
                return token
        return tokens[0] if tokens else None

    def sentence_mentions(self, index: int) -> list[Mention]:
        return [m for m in self.analyzed.mentions if self._in_sentence[id(m)] == index]

    def sentence_of(self, mention: Mention) -> int:
        return self._in_sentence[id(mention)]

    def listed_with(self, mention: Mention, joins: Callable[[str], bool]) -> list[Mention]:
        """The mention and its neighbours in the sentence whose gaps `joins` accepts, in order:
        the run of a list such as 'A, B and C'."""
        same = self.sentence_mentions(self.sentence_of(mention))
        if mention not in same:
            return [mention]
        lo = hi = same.index(mention)
        while lo > 0 and joins(self.text[same[lo - 1].end : same[lo].start]):
            lo -= 1
        while hi + 1 < len(same) and joins(self.text[same[hi].end : same[hi + 1].start]):
            hi += 1
        return same[lo : hi + 1]

    def continuation(self, token: Token) -> list[Token]:
        """Tokens after the parse's own sentence of `token` within the same joined sentence:
        the rest of a clause the parser cut at a dash ('accuse trois laboratoires — DeepSeek')."""
        sentence = self.sentence_at(token.idx)
        cut = token.sent.end_char
        return [t for t in self.sentence_tokens(sentence) if t.idx >= cut]

    @staticmethod
    def subtree(token: Token, exclude: Iterable[Token] = ()) -> list[Token]:
        """Tokens of `token`'s own clause, minus the subtrees of `exclude` (e.g. the claimant's).

        Coordinated or adverbial clauses with a subject of their own ('..., while regulators in
        France have launched...') are other statements and are left out.
        """
        cut: set[int] = set()
        for other in exclude:
            cut |= {t.i for t in other.subtree}
        for child in token.subtree:
            if (
                child.i != token.i
                and dep(child) in _OWN_CLAUSES
                and any(dep(g).startswith(("nsubj", "csubj")) for g in child.children)
            ):
                cut |= {t.i for t in child.subtree}
        return [t for t in token.subtree if t.i not in cut or t.i == token.i]

    def coordinated(self, mention: Mention) -> list[Mention]:
        """The mention and those joined to it by 'et', 'and' or commas ('Alphabet et Microsoft')."""
        text = self.text
        same = sorted(self.sentence_mentions(self.sentence_of(mention)), key=lambda m: m.start)
        group = [mention]
        at = same.index(mention) if mention in same else -1
        for step in (-1, 1):
            i = at + step
            while at >= 0 and 0 <= i < len(same):
                lo, hi = (same[i], group[0]) if step < 0 else (group[-1], same[i])
                if not _JOINER.fullmatch(text[lo.end : hi.start]):
                    break
                if step < 0:
                    group.insert(0, same[i])
                else:
                    group.append(same[i])
                i += step
        return group

    @staticmethod
    def words_of(tokens: list[Token]) -> str:
        """Only these tokens' words, in order: a clause with a sub-clause cut out of it."""
        return "".join(str(t.text_with_ws) for t in sorted(tokens, key=lambda t: t.i)).strip()

    def text_of(self, tokens: list[Token]) -> str:
        """The text from the first to the last token (offsets into it are article offsets)."""
        if not tokens:
            return ""
        start = min(t.idx for t in tokens)
        end = max(t.idx + len(t.text) for t in tokens)
        return str(self.text[start:end])

    # --- subjects -----------------------------------------------------------------------------
    def subject(self, verb: Token) -> Token | None:
        """The subject of a verb, climbing through clauses that share it ('..., indiquant')."""
        current = verb
        for _ in range(4):
            for child in current.children:
                if dep(child).startswith(("nsubj", "csubj")) and "pass" not in dep(child):
                    return child
            for child in current.children:  # passive: the agent is the one who acts
                if dep(child) in {"agent", "obl:agent"}:
                    return next((g for g in child.children if dep(g) == "pobj"), child)
            if (
                dep(current) not in {"advcl", "xcomp", "conj", "ccomp"}
                or current.head.i == current.i
            ):
                return None
            if dep(current) == "ccomp":
                return None
            current = current.head
        return None

    def named(self, noun: Token) -> Mention | None:
        """The name a common noun introduces: 'la société Quantelia', "l'association Privacy
        International", 'le fonds américain Orion Capital' (no preposition in between)."""
        if noun.pos_ != "NOUN":
            return None
        for child in noun.children:
            found = self.mention(child)
            between = self.doc[noun.i + 1 : child.i]
            if (
                found is not None
                and child.i > noun.i
                and dep(child) in _NAMING_DEPS
                and all(t.pos_ == "ADJ" for t in between)
                and not any(dep(c) in {"case", "prep"} for c in child.children)
            ):
                return found
        return None

    def actor_of(self, token: Token, kinds: frozenset[ActorKind] | None = None) -> Mention | None:
        """The mention a subject token stands for: itself, its apposition, its organisation
        ('Microsoft's researchers', 'an OpenAI spokesperson'), or a pronoun's antecedent."""
        own = self.mention(token)
        if own is not None:
            return own if kinds is None or own.actor.kind in kinds else None
        for child in token.children:
            found = self.mention(child)
            if dep(child) == "appos" and found and (kinds is None or found.actor.kind in kinds):
                return found
        named = self.named(token)
        if named is not None and (kinds is None or named.actor.kind in kinds):
            return named
        if lemma(token) in SPOKES_NOUNS or token.pos_ == "NOUN":
            for child in token.children:
                found = self.mention(child)
                if (
                    found
                    and dep(child) in {"poss", "nmod", "compound", "nmod:poss"}
                    and (kinds is None or found.actor.kind in kinds)
                    and (lemma(token) in SPOKES_NOUNS or dep(child) == "poss")
                ):
                    return found
        if token.pos_ == "PRON":
            return self.antecedent(token, kinds)
        return None

    def _is_subject_mention(self, mention: Mention) -> bool:
        """A subject itself, or the name of a subject noun ('La société Hexalis ... a vu')."""
        head = self.head_of(mention)
        if head is None:
            return False
        return (
            is_subject(head)
            or (is_subject(head.head) and self.named(head.head) is mention)
            or _cleft_focus(head)
            or _controller(head)
        )

    def antecedent(
        self,
        pronoun: Token,
        kinds: frozenset[ActorKind] | None = None,
        exclude: frozenset[str] = frozenset(),
    ) -> Mention | None:
        """The latest fitting subject mention before a pronoun (this and two earlier sentences).
        A relative pronoun stands for the noun its clause follows, never for the sentence's
        subject ('Nvidia praised Acme Corp, which makes servers': Acme, not Nvidia)."""
        word = str(pronoun.text).lower()
        relative = "Rel" in pronoun.morph.get("PronType") or (
            pronoun.tag_ in {"WDT", "WP"} and dep(pronoun.head).endswith("relcl")
        )
        # a relative on an unnamed noun keeps the subject ('X joined the ministries that ...')
        named = self._relative_head(pronoun) if relative else None
        if named is not None:
            fits = kinds is None or named.actor.kind in kinds
            return named if fits and named.actor.id not in exclude else None
        if kinds is None:
            if word in _PERSON_PRONOUNS:
                kinds = PEOPLE
            elif word in _ORG_PRONOUNS or word in _POSSESSIVES:
                kinds = ORGS
            else:
                return None
        before = [m for m in self.analyzed.mentions if m.end <= pronoun.idx]
        current = self._sentence_index(pronoun.idx)
        before = [m for m in before if current - 2 <= self.sentence_of(m) <= current]
        fitting = [m for m in before if m.actor.kind in kinds and m.actor.id not in exclude]
        subjects = [m for m in fitting if self._is_subject_mention(m)]
        if subjects:
            return subjects[-1]
        return fitting[-1] if fitting else None

    def antecedent_passing(
        self,
        pronoun: Token,
        kinds: frozenset[ActorKind],
        accept: Callable[[Mention], bool],
        exclude: frozenset[str] = frozenset(),
        tries: int = 3,
    ) -> Mention | None:
        """The latest antecedent that passes `accept`, passing over up to `tries` that do not
        (a place named on the way, a firm of the wrong country); None when none fits."""
        for _ in range(tries):
            found = self.antecedent(pronoun, kinds, exclude=exclude)
            if found is None or accept(found):
                return found
            exclude = exclude | {found.actor.id}
        return None

    def _relative_head(self, relative: Token) -> Mention | None:
        """The name a relative clause hangs on, or when the parse leaves the clause loose, the
        name right before its comma ('..., Acme Corp, which')."""
        clause = relative.head
        if dep(clause).endswith("relcl") or dep(clause) == "acl":
            return self.mention(clause.head) or self.named(clause.head)
        comma = relative.i >= 2 and str(self.doc[relative.i - 1].text) == ","
        return self.mention(self.doc[relative.i - 2]) if comma else None

    def _sentence_index(self, char: int) -> int:
        for sentence in self.sentences:
            if char < sentence.end:
                return sentence.index
        return len(self.sentences) - 1

    def sentence_at(self, char: int) -> Sentence:
        return self.sentences[self._sentence_index(char)]


_SENTENCE_END = re.compile(r"[.!?…:»”\"']\s*$")


def _controller(token: Token) -> bool:
    """The object that does what the next verb says: 'prompting TSMC to halt', 'forced the
    firm to sell'. It is that verb's subject in all but the parse."""
    return dep(token) in {"dobj", "obj"} and any(dep(c) == "xcomp" for c in token.head.children)


def _join_fragments(sentences: list[Sentence], text: str) -> list[Sentence]:
    """Sentences as a reader sees them: a piece that ends without punctuation on the same
    line ('accuse trois laboratoires —'), or is followed by one that opens on a comma (a
    quotation's speech tag), continues in the next one."""
    joined: list[Sentence] = []
    for sentence in sentences:
        if joined:
            last = joined[-1]
            gap = text[last.end : sentence.start]
            cut = not _SENTENCE_END.search(last.text) or sentence.text.startswith((",", ";"))
            if "\n" not in gap and cut:  # "« ... » | , a écrit le ministre": one sentence
                joined[-1] = Sentence(
                    index=last.index,
                    start=last.start,
                    end=sentence.end,
                    text=text[last.start : sentence.end],
                )
                continue
        joined.append(
            Sentence(index=len(joined), start=sentence.start, end=sentence.end, text=sentence.text)
        )
    return joined


_CLEFT_SUBJECTS = frozenset({"ce", "c'", "c’", "it"})


def _cleft_focus(head: Token) -> bool:
    """The focus of a cleft sentence is its subject: "c'est l'autorité italienne, la Garante,
    qui a ouvert le bal", 'it was the regulator, the Garante, that blocked the app'."""
    focus = head.head if dep(head) in {"appos", "conj"} else head  # "l'autorité, la Garante"
    if dep(focus) == "attr":  # English: 'it was X that', X hangs on 'was'
        frame = focus.head
    elif any(dep(c) == "cop" for c in focus.children):
        frame = focus
    else:
        return False
    if not any(
        dep(c) in {"nsubj", "expl"} and str(c.text).lower() in _CLEFT_SUBJECTS
        for c in frame.children
    ):
        return False
    return any(
        "relcl" in dep(clause)
        and any(dep(c).startswith("nsubj") and c.pos_ == "PRON" for c in clause.children)
        for owner in (head, focus)
        for clause in owner.children
    )


def unique_actors(mentions: Iterable[Mention]) -> list[Actor]:
    """Distinct actors in order of first mention."""
    seen: dict[str, Actor] = {}
    for mention in mentions:
        seen.setdefault(mention.actor.id, mention.actor)
    return list(seen.values())
