"""Bans and investigations stated by a verb or a noun of the act ('Italy banned DeepSeek',
'imposed a ban', 'mènent une enquête pour savoir si elle a...'): the acting authority or
company from the parse, and the party it targets, named or referred to.
"""

from __future__ import annotations

from graph.model import ActorKind
from ingest.extract.cues import BAN_LEMMAS, INVESTIGATE_LEMMAS
from ingest.extract.link_spans import Found, acting_parties, joined
from ingest.extract.records import LinkKind
from ingest.extract.syntax import DocView, Token, dep, lemma
from ingest.extract.types import Mention

_GENERIC_REFERENCES = frozenset(
    {
        "chatbot", "app", "startup", "start-up", "service", "company", "firm", "application",
        "entreprise", "société", "jeune pousse", "plateforme", "platform",
    }
)  # fmt: skip
_PERSONAL = frozenset({"he", "she", "i", "we", "you", "who", "je", "nous", "vous", "on"})
# A relative pronoun stands for the noun it follows ('des comptes ..., qui demandaient'), never
# for a firm named sentences earlier.
_RELATIVES = frozenset({"qui", "que", "qu'", "qu’", "which", "that", "whom", "lequel", "laquelle"})
# An object pronoun standing for what is banned: "l'a bloquée", "blocked it".
_OBJECT_PRONOUNS = frozenset({"l'", "l’", "la", "le", "it"})
_BANNABLE = frozenset({ActorKind.COMPANY, ActorKind.PRODUCT})
# Acts whose object is often no product ('suspendu l'application' of a law, 'restrict
# access'): they need the target named.
_WEAK_ACTS = frozenset({"suspendre", "suspend", "restrict", "restreindre"})
_LIGHT_VERBS = frozenset(
    {"mener", "lancer", "ouvrir", "imposer", "launch", "open", "impose", "conduct", "announce"}
)


def action_links(view: DocView, tokens: list[Token]) -> list[Found]:
    """Bans and investigations: the acting authority or company, and what it targets."""
    found: list[Found] = []
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
                (a, stated, kind, f"ban: {token.text!s}")
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
        claimant = {t.i for t in subject.subtree} - {t.i for t in verb.subtree}
        # Clauses with a subject of their own ('après que la commission eut établi que ...')
        # are other statements; a clause the verb governs ('si elle a accédé') is kept.
        above = any(a.i == subject.i for a in verb.ancestors)  # the verb hangs off the subject
        scope = [
            t for t in view.subtree(verb, exclude=[] if above else [subject]) if t.i not in claimant
        ]
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
                    and str(t.text).lower() not in _PERSONAL | _RELATIVES
                )
                or (lemma(t) in _GENERIC_REFERENCES and t.i > verb.i)
                or (
                    t.pos_ == "PRON"
                    and dep(t) in {"obj", "dobj"}
                    and t.head.i == verb.i
                    and str(t.text).lower() in _OBJECT_PRONOUNS
                )
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
                found.append((actor, target, kind, reason))
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
    premier who 'a déclaré que DeepSeek était interdit', the state that 'responded by banning'."""
    holder = verb.head
    if dep(verb) == "conj" and holder.pos_ in {"PROPN", "NOUN"} and view.mention(holder):
        return holder  # parsed as 'la Garante, l'autorité..., [conj] l'a bloquée': no subject
    if dep(verb) == "acl" and holder.head.pos_ in {"VERB", "AUX"}:
        return view.subject(holder.head)
    if dep(verb) == "pcomp" and holder.head.pos_ in {"VERB", "AUX"}:
        return view.subject(holder.head)  # 'Beijing responded by banning X'

    passive = any("pass" in dep(c) for c in verb.children)
    if passive and dep(verb) == "ccomp" and holder.pos_ in {"VERB", "AUX"}:
        return view.subject(holder)
    return None
