"""Roles: person -> title -> organisation ('David Sacks, responsable de l'IA à la Maison Blanche',
'Acme CEO Jane Roe', 'said Jane Roe, an analyst at Acme Capital', 'Canada's Minister of
Industry, Jean Tremblay').

The title sits in the words right before the person (up to a verb) or in the apposition right
after it (role_windows). The organisation is a mention tied to the title (after 'at'/'chez', a
possessive, after 'of'/'de', or a name right before the title), else one the title implies
(role_orgs). A title owned by a person ('Trump's AI czar'), someone else's ('le successeur du
PDG'), or former/incoming titles, are not roles of the organisation. Titles after 'to be' or an
appointment ('X is Acme's CEO', 'a été nommé PDG de') or in a relative clause on the firm
('Acme, dont X est le PDG', role_whose) are read the same way; roles stated by a verb ('founded
by', 'qui préside') are in role_verbs, a head of state named by title alone ('a assuré le
président américain') in role_unnamed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.model import ActorKind
from ingest.extract import role_orgs
from ingest.extract.records import RoleRecord
from ingest.extract.role_titles import NOT_CURRENT, Title, find_title
from ingest.extract.role_unnamed import unnamed_roles
from ingest.extract.role_verbs import copular_windows, verb_roles
from ingest.extract.role_whose import whose_windows
from ingest.extract.role_windows import adjunct, after, before, more_titles, wrapped
from ingest.extract.syntax import ORGS, PEOPLE, DocView, Token, dep
from ingest.extract.types import Mention

_POSSESSIVE = re.compile(r"\b(son|sa|ses|its|their|leur|leurs)\b", re.IGNORECASE)
_WHOSE = re.compile(r"\b(whose|dont)\b", re.IGNORECASE)
_LOCATIVE = frozenset({"at", "with", "for", "on", "chez", "au", "aux", "à", "auprès"})
_OF = frozenset({"of", "de", "du", "des", "d'", "d’"})
_RANK = {"loc": 0, "for": 1, "poss": 2, "of": 3, "compound": 4}
# Which kinds of organisation, and which ties to the title, each class of title accepts.
_KINDS = {
    "pro": frozenset({ActorKind.COMPANY, ActorKind.ORGANIZATION, ActorKind.GOVERNMENT_BODY}),
    "cabinet": frozenset({ActorKind.GOVERNMENT_BODY, ActorKind.COUNTRY, ActorKind.ORGANIZATION}),
    "governor": frozenset({ActorKind.GOVERNMENT_BODY}),
    "body": frozenset({ActorKind.GOVERNMENT_BODY, ActorKind.ORGANIZATION}),
    "parliament": frozenset({ActorKind.GOVERNMENT_BODY}),
}
_TIES = {"pro": frozenset({"loc", "for", "poss", "compound"})}
_BARE = re.compile(r"\s*((de la|of the) (république|republic)\b.*)?", re.IGNORECASE)


def find_roles(view: DocView) -> list[RoleRecord]:
    """Roles stated in the article, one per person and organisation."""
    found: dict[tuple[str, str], RoleRecord] = {}
    for sentence in view.sentences:
        for person in view.sentence_mentions(sentence.index):
            if person.actor.kind not in PEOPLE:
                continue
            tokens = list(view.tokens_in(person.start, person.end))
            if not tokens:
                continue
            start, end = wrapped(view, sentence)
            ahead = before(view, tokens[0], start)
            if adjunct(view, ahead, tokens[-1]):
                ahead = []
            behind = after(view, tokens[-1], end)
            windows = (ahead, behind, *more_titles(view, behind))
            records = [r for w in windows for r in _roles(view, person, w)]
            titled = find_title(view.text_of(behind), view.lang) is not None
            for record in _most_specific(records, titled):
                found.setdefault((person.actor.id, record.org.id), record)
    for person, window in (*copular_windows(view), *whose_windows(view)):
        for stated in _roles(view, person, window):
            found.setdefault((person.actor.id, stated.org.id), stated)
    for record in verb_roles(view):
        found.setdefault((record.person.id, record.org.id), record)
    for record in unnamed_roles(view, list(found.values())):
        found.setdefault((record.person.id, record.org.id), record)
    return list(found.values())


def _most_specific(records: list[RoleRecord], titled: bool) -> list[RoleRecord]:
    """'Senator X, chairman of the Senate Intelligence Committee' is the committee's chairman:
    a senator's country is the role only when the text gives the senator no title more precise
    (`titled`: the apposition after the name has one, even of a body left unresolved)."""
    more = [r for r in records if not _senator_of_country(r)]
    return more if more or titled else records


def _senator_of_country(record: RoleRecord) -> bool:
    return record.title == "Senator" and record.org.kind == ActorKind.COUNTRY


# 'PDG de X jusqu'en 2020', 'X's chief executive until 2020': a role that has ended.
_UNTIL = re.compile(
    r"(\bjusqu['’]\s*(en|à|au|aux)|\buntil)\s+(?!présent|maintenant|now|further)", re.IGNORECASE
)
# A title that names someone the person is measured against, not the person's own.
_SOMEONE_ELSES = re.compile(
    r"\b(successeur|successor|prédécesseur|predecessor|rival(e)?|critic|critique|allié(e)?|ally"
    r"|proche|adversaire|opponent|ami(e)?|friend|confident(e)?|confidant|advis[eo]r|aide"
    r"|conseill(er|ère)|bras droit|right-hand man)s?\s+(of|to|du|de|des|d['’]|auprès( du| de)?)\b",
    re.IGNORECASE,
)
# Kin in an apposition: 'X, frère du président émirien' is not the president (a title right
# before a name, 'a brother of President Y', is still Y's).
_KIN = re.compile(
    r"\b(frère|brother|sœur|sister|fils|fille|daughter|épou(x|se)|wife|husband|père|father|mère"
    r"|mother|neveu|nephew|nièce|niece|cousin(e)?)s?\s+(of|du|de|des|d['’])",
    re.IGNORECASE,
)


def _roles(view: DocView, person: Mention, window: list[Token]) -> list[RoleRecord]:
    """The role the window's title gives, and the same title at the names joined to its
    organisation ('patron de xAI et de Tesla', 'chief executive of Acme and Bolt')."""
    record = _role(view, person, window)
    if record is None or record.confidence < _NAMED:
        return [] if record is None else [record]
    inside = view.mentions_in(window)
    org = next((m for m in inside if m.actor.id == record.org.id), None)
    joined = _joined(view, org, inside) if org is not None else []
    return [record, *(replace(record, org=m.actor) for m in joined)]


_NAMED = 0.8  # the confidence of a role whose organisation is named next to its title
_AND_OF = re.compile(
    r"\s*,?\s+(and|et)\s+((of|de|du|des)\s+|d['’]\s*)?((the|la|le)\s+|l['’]\s*)?", re.IGNORECASE
)


def _joined(view: DocView, org: Mention, inside: list[Mention]) -> list[Mention]:
    """The names of the same kind joined to `org` by 'and'/'et' in the window."""
    joined: list[Mention] = []
    last = org
    for mention in inside:
        if mention.start < last.end:
            continue
        if mention.actor.kind != org.actor.kind or not _AND_OF.fullmatch(
            view.text[last.end : mention.start]
        ):
            break
        joined.append(mention)
        last = mention
    return joined


def _role(view: DocView, person: Mention, window: list[Token]) -> RoleRecord | None:
    if not window:
        return None
    text = view.text_of(window)
    title = find_title(text, view.lang)
    # The word just before the window may be what makes it past or future ("incoming").
    context = view.text[max(0, window[0].idx - 20) : window[-1].idx + len(window[-1])]
    if title is None or NOT_CURRENT.search(context) or _UNTIL.search(text[title.end :]):
        return None
    if _SOMEONE_ELSES.search(text[: title.start]):
        return None  # 'le successeur du PDG de X', 'a critic of X's chief executive'
    if window[0].idx > person.start and _KIN.search(text[: title.start]):
        return None
    offset = window[0].idx
    inside = [m for m in view.mentions_in(window) if m.actor.id != person.actor.id]
    if any(m.actor.kind in PEOPLE for m in inside):
        return None  # "Trump's AI czar": a person's aide, not a role in an organisation
    org = _named_org(view, title, inside, text, offset)
    if title.cls == "cabinet" and org is not None and org.actor.kind != ActorKind.COUNTRY:
        # 'US Treasury Secretary X' is the country's secretary, as for 'US Commerce Secretary'
        org = role_orgs.demonym_country(view, text, (title.start, title.end))[1] or org
    confidence = _NAMED
    if org is None:
        org = _implied_org(view, person, window, text, title)
        confidence = 0.6
    if org is None or (title.label in _BUSINESS and role_orgs.is_place(org)):
        return None  # 'cofondateur d'Interaction Company of California': no firm of a place
    return RoleRecord(
        person=person.actor,
        title=_label(title, text, view.lang, org),
        org=org.actor,
        quote=view.quote(view.sentence_at(person.start)),
        confidence=confidence,
    )


def _named_org(
    view: DocView, title: Title, inside: list[Mention], text: str, offset: int
) -> Mention | None:
    """The organisation mention tied to the title, the firm after 'at' first."""
    kinds = _KINDS.get(title.cls, ORGS | {ActorKind.PRODUCT})  # 'YouTube's chief executive'
    ties = _TIES.get(title.cls, frozenset(_RANK))
    tied: list[tuple[int, int, Mention]] = []
    for mention in inside:
        if mention.actor.kind not in kinds:
            continue
        tie = _tie(view, mention, title, text, offset)
        if tie in ties:
            tied.append((_RANK[tie], mention.start, mention))
    if title.cls == "cabinet" and any(t[2].actor.kind == ActorKind.COUNTRY for t in tied):
        # the country the title names beats its portfolio ('Minister for Home Affairs')
        tied = [t for t in tied if t[2].actor.kind == ActorKind.COUNTRY]
    # the nearest name: 'backed by Nvidia and by Amazon founder Jeff Bezos' is Amazon's founder
    if not tied:
        return None
    return min(tied, key=lambda item: (item[0], abs(item[1] - offset - title.start)))[2]


def _tie(view: DocView, mention: Mention, title: Title, text: str, offset: int) -> str | None:
    """How a mention hangs on the title: 'loc' (at, chez), 'poss' ('s), 'of' (of, de),
    'compound' (a name right before the title: 'Microsoft chief executive')."""
    tokens = list(view.tokens_in(mention.start, mention.end))
    after = view.doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(view.doc) else None
    if mention.text.endswith(("'s", "’s")) or (after is not None and _is_pos(after)):
        owned = view.doc[after.i + 1] if after is not None and after.i + 1 < len(view.doc) else None
        # "a spokeswoman for China's Ministry of X": the ministry's owner, not the title's
        return None if owned is not None and view.mention(owned) is not None else "poss"
    start, end = mention.start - offset, mention.end - offset
    if end <= title.start:
        between = text[end : title.start]
        return "compound" if re.fullmatch(r"(\s+[A-Za-z][\w-]*)*\s*", between) else None
    if start < title.end:
        return None  # the title is inside the name ('Ministry of Commerce')
    words = list(view.tokens_in(offset + title.end, mention.start))
    gap: list[Token] = []
    for index in range(len(words) - 1, -1, -1):
        token = words[index]
        lowered = str(token.text).lower()
        if _owner(view, token) or token.pos_ == "SPACE":
            continue  # "head of the Commerce Department's Bureau of X"
        if lowered in _LOCATIVE or lowered in _OF:
            if len(gap) > 3 or _modifier(view, mention, tokens):
                return None  # 'of Greater China equity strategy', 'on the Senate X Committee'
            if lowered in _LOCATIVE and (lowered != "on" or view.lang == "en"):
                return "loc" if lowered in _AT else "for"
            return _of_tie(words[:index], gap)
        if view.mention(token) or not (
            token.pos_ in {"DET", "NOUN", "ADJ", "PROPN"} or _POSSESSIVE.fullmatch(str(token.text))
        ):
            return None  # 'the founder of its parent Bolt' goes on
        gap.append(token)
    return None


_AT = frozenset({"at", "with", "chez", "auprès"})
# Bodies inside a body: 'chair of the committee of the House' is the committee's, not the House's.
_PANELS = frozenset({"commission", "committee", "comité", "subcommittee", "sous-commission"})


def _of_tie(before: list[Token], gap: list[Token]) -> str | None:
    """The tie of a name after 'of'/'de', given the words between the title and that 'de':
    'analyste chez la société de gestion X' works at X; 'président de la commission spéciale
    de la Chambre' chairs the committee, not the House."""
    if any(str(t.text).lower() in _PANELS for t in before):
        return None
    for index in range(len(before) - 1, -1, -1):
        lowered = str(before[index].text).lower()
        if lowered in _AT:
            described = [*before[index + 1 :], *gap]
            plain = all(_plain(t) for t in described)
            return "loc" if plain and len(before) - index <= 3 else "of"
        if before[index].pos_ not in {"DET", "NOUN", "ADJ"}:
            break
    return "of"


def _plain(token: Token) -> bool:
    """A lowercase descriptor word ('la société de gestion'), not part of a name."""
    return token.pos_ in {"DET", "NOUN", "ADJ"} and str(token.text).islower()


def _is_pos(token: Token) -> bool:
    return str(token.tag_) == "POS" or str(token.text) in {"'s", "’s", "’"}


def _owner(view: DocView, token: Token) -> bool:
    """A possessive 's, or a word of the name that owns it ('China's Ministry of X')."""
    if _is_pos(token):
        return True
    found = view.mention(token)
    if found is None:
        return False
    last = list(view.tokens_in(found.start, found.end))[-1]
    return last.i + 1 < len(view.doc) and _is_pos(view.doc[last.i + 1])


_AMONG = frozenset({"including", "among", "notamment", "dont", "parmi", "like", "comme"})


def _group(view: DocView, first: Token) -> Mention | None:
    """'three Acme executives, including chief financial officer X': the group's firm."""
    if first.i == 0 or str(view.doc[first.i - 1].text).lower() not in _AMONG:
        return None
    group = view.doc[first.i - 1].head
    if group.pos_ != "NOUN" or str(group.tag_) not in {"NNS", "NOUN"}:
        return None
    for child in group.children:
        found = view.mention(child)
        if (
            found is not None
            and found.actor.kind in ORGS - {ActorKind.COUNTRY}
            and dep(child) in {"compound", "poss", "nmod", "nmod:poss"}
        ):
            return found
    return None


def _modifier(view: DocView, mention: Mention, tokens: list[Token]) -> bool:
    """A name that is only part of a longer one the text goes on with ('the Senate Intelligence
    Committee', 'Greater China equity strategy', 'Pacific Ledger')."""
    head = view.head_of(mention)
    if head is not None and dep(head) == "compound" and head.head.i > tokens[-1].i:
        return True
    around = [view.doc[i] for i in (tokens[0].i - 1, tokens[-1].i + 1) if 0 <= i < len(view.doc)]
    return any(  # a capitalised word glued to the name: 'the Senate Intelligence Committee'
        t.pos_ == "PROPN" and str(t.text)[:1].isupper() and view.mention(t) is None for t in around
    )


def _implied_org(
    view: DocView, person: Mention, window: list[Token], text: str, title: Title
) -> Mention | None:
    """The organisation the title implies when none is named next to it."""
    sentence = view.sentence_of(person)
    if title.cls == "parliament":
        return role_orgs.parliament(view, sentence)
    demonym, country = role_orgs.demonym_country(view, text, (title.start, title.end))
    if demonym:  # a cabinet title that names its country is the country's ('US Commerce
        # Secretary'); None is "le président américain" in a text that never names the US
        return country
    if _POSSESSIVE.search(text) and title.cls != "pro":
        pronoun = next((t for t in window if _POSSESSIVE.fullmatch(str(t.text))), None)
        if pronoun is not None:
            kinds = _owners(title, text)
            return _conjoined(view, pronoun, kinds) or view.antecedent(pronoun, kinds)
    if _WHOSE.search(text):  # the name 'whose' follows: 'Apple, whose CEO'
        start = window[0].idx
        return next(
            (
                m
                for m in view.sentence_mentions(sentence)
                if m.actor.kind in ORGS - {ActorKind.COUNTRY}
                and re.fullmatch(r"\s*,?\s*", view.text[m.end : start])
            ),
            None,
        )
    coref = role_orgs.coreferent(view, text, window[0].idx) or _group(view, window[0])
    if coref is not None:
        return coref
    bare = _BARE.fullmatch(text[title.end :].strip(" ,")) is not None
    if title.label in _SPEAKERS and _ALONE.fullmatch(text[: title.start]) and bare:
        kinds = _SPEAKERS[title.label]  # 'G42 rejected the claims. "..." chief executive X told'
        return role_orgs.speaker_before(view, window[0].idx, kinds)
    if _EXECUTIVE_VP.search(text) and _ALONE.fullmatch(text[: title.start]) and bare:
        # 'la vice-présidente exécutive X' of the body that just spoke, else of the Commission
        speaker = role_orgs.speaker_before(view, window[0].idx, ORGS - {ActorKind.COUNTRY})
        return speaker or role_orgs.european_commission(view)
    if title.label == "Senator" and bare:  # 'Senator X', 'la sénatrice X': the country's
        return role_orgs.senator_country(view, person, window[0].idx)
    if title.cls == "state" and bare:
        return role_orgs.head_of_state_country(view, person, sentence)
    if title.cls == "governor" and bare:
        return role_orgs.us_state(view, sentence)
    if title.cls == "body" and _EUROPEAN.search(text):  # 'EU Competition Commissioner X'
        return role_orgs.european_commission(view)
    if title.cls == "body" and bare:  # 'le commissaire adjoint X' of the commission just named
        return role_orgs.commission_before(view, window[0].idx)
    if title.cls != "pro" and _GOVERNMENT.search(text):  # 'porte-parole du gouvernement'
        return role_orgs.government_country(view, text, person, sentence)
    if title.cls == "cabinet" and _MINISTER.search(title.label):
        # a minister sits in the country's government: the country, not the ministry
        country = role_orgs.cabinet_country(view, person, sentence)
        if country is not None:
            return country
    if title.cls == "cabinet":  # the department the text names, else the minister's country
        department = role_orgs.department(view, text, person.actor.country)
        if department is None and "attorney general" in title.label.lower():
            department = role_orgs.us_state(view, sentence)  # a state's attorney general
        return department or role_orgs.cabinet_country(view, person, sentence)
    return None


def _conjoined(view: DocView, pronoun: Token, kinds: frozenset[ActorKind]) -> Mention | None:
    """'charges against Acme, a forwarder, and its owner, X': the name the title is coordinated
    with owns it."""
    noun = pronoun.head
    if dep(noun) != "conj":
        return None
    found = view.mention(noun.head)
    return found if found is not None and found.actor.kind in kinds else None


_MINISTER = re.compile(r"minist", re.IGNORECASE)
# Titles that name whom they speak for by standing alone after that one spoke, and its kinds.
_FIRMS = frozenset({ActorKind.COMPANY, ActorKind.ORGANIZATION})
_SPEAKERS = {
    "CEO": _FIRMS, "CFO": _FIRMS, "CTO": _FIRMS, "COO": _FIRMS, "Founder": _FIRMS,
    "Spokesperson": frozenset(ORGS - {ActorKind.COUNTRY}),
}  # fmt: skip
_EXECUTIVE_VP = re.compile(
    r"vice[- ]pr[ée]sident(e)? exécuti(f|ve)|executive vice[- ]president", re.I
)
_ALONE = re.compile(r"\s*((the|a|an|le|la|l['’]|un|une)\s+)?", re.IGNORECASE)
_GENERAL_DIRECTOR = re.compile(r"direct(eur|rice) général(e)?|director general", re.IGNORECASE)
_GOVERNMENT = re.compile(r"\b(gouvernement|government)\b", re.IGNORECASE)
_EUROPEAN = re.compile(r"\b(EU|European|europ[ée]en(ne)?)\b")
# Titles only a firm or an association has: 'its founder' is no ministry's.
_BUSINESS = frozenset({"CEO", "CFO", "CTO", "COO", "Founder", "Owner", "Executive"})


def _owners(title: Title, text: str) -> frozenset[ActorKind]:
    """Who 'its'/'son' may stand for before this title: a country has a president and ministers,
    a firm a founder, anything else a director ('son directeur', and the 'directeur général' of
    an agency as of a firm)."""
    if title.cls in {"state", "cabinet"}:
        return ORGS
    if title.label in _BUSINESS and not _GENERAL_DIRECTOR.fullmatch(text[title.start : title.end]):
        return frozenset({ActorKind.COMPANY, ActorKind.ORGANIZATION})
    return ORGS - {ActorKind.COUNTRY}


_ARTICLE = re.compile(r".*(\b(the|a|an|its|his|her|their)\s|['’]s\s|,\s)", re.IGNORECASE)


def _label(title: Title, text: str, lang: str, org: Mention) -> str:
    """The English label; English titles keep the words that qualify them ('trade lawyer',
    'Treasury Secretary') but not the organisation's name."""
    if title.label == "President" and org.actor.kind in role_orgs.BODIES:
        return "Chairman"  # 'le président de la commission'
    if title.label == "CEO" and org.actor.kind == ActorKind.GOVERNMENT_BODY:
        return "Head"  # 'le patron de l'Arcep'
    if lang != "en" or not (title.cls == "pro" or title.written):
        return title.label
    prefix = _ARTICLE.sub("", text[: title.start]).replace(org.text, " ")
    label = title.label
    cut = label.find(org.text)
    if cut > 0:  # 'director of the Centre for X' -> 'director'
        label = re.sub(r"\s+(of|at|for|with)(\s+the)?\s*$", "", label[:cut].rstrip(" '’s"))
    return " ".join([*prefix.split()[-3:], label]).strip()
