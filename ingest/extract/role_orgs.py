"""Where a title's organisation is implied rather than named next to it.

'le Premier ministre taïwanais' (a demonym of a country the article names), 'the group's chief
executive' (the company spoken of), 'Governor Greg Abbott' (the US state the article names),
'Commerce Secretary Howard Lutnick' (the department if the article names it, else the country),
'President X' (the country the text names).
"""

from __future__ import annotations

import re
from collections import Counter

from graph.ids import normalize_name
from graph.model import ActorKind
from ingest.extract.syntax import DocView, is_subject
from ingest.extract.types import Mention

DEMONYMS = {
    "américain": "United States", "américaine": "United States", "us": "United States",
    "u.s.": "United States", "american": "United States",
    "chinois": "China", "chinoise": "China", "chinese": "China",
    "taïwanais": "Taiwan", "taïwanaise": "Taiwan", "taiwanese": "Taiwan",
    "français": "France", "française": "France", "french": "France",
    "britannique": "United Kingdom", "british": "United Kingdom", "uk": "United Kingdom",
    "australien": "Australia", "australienne": "Australia", "australian": "Australia",
    "italien": "Italy", "italienne": "Italy", "italian": "Italy",
    "japonais": "Japan", "japonaise": "Japan", "japanese": "Japan",
    "russe": "Russia", "russian": "Russia",
    "allemand": "Germany", "allemande": "Germany", "german": "Germany",
    "coréen": "South Korea", "sud-coréen": "South Korea", "sud-coréenne": "South Korea",
    "south korean": "South Korea", "korean": "South Korea",
    "indien": "India", "indienne": "India", "indian": "India",
    "canadien": "Canada", "canadienne": "Canada", "canadian": "Canada",
    "néerlandais": "Netherlands", "néerlandaise": "Netherlands", "dutch": "Netherlands",
    "singapourien": "Singapore", "singapourienne": "Singapore", "singaporean": "Singapore",
    "émirien": "United Arab Emirates", "émirienne": "United Arab Emirates",
    "emirati": "United Arab Emirates",
    "saoudien": "Saudi Arabia", "saoudienne": "Saudi Arabia", "saudi": "Saudi Arabia",
    "israélien": "Israel", "israélienne": "Israel", "israeli": "Israel",
    "ukrainien": "Ukraine", "ukrainienne": "Ukraine", "ukrainian": "Ukraine",
    "espagnol": "Spain", "espagnole": "Spain", "spanish": "Spain",
    "tchèque": "Czech Republic", "czech": "Czech Republic",
    "polonais": "Poland", "polonaise": "Poland", "polish": "Poland",
    "belge": "Belgium", "belgian": "Belgium", "irlandais": "Ireland", "irlandaise": "Ireland",
    "irish": "Ireland", "suédois": "Sweden", "suédoise": "Sweden", "swedish": "Sweden",
    "suisse": "Switzerland", "swiss": "Switzerland", "turc": "Turkey", "turque": "Turkey",
    "turkish": "Turkey", "iranien": "Iran", "iranienne": "Iran", "iranian": "Iran",
    "brésilien": "Brazil", "brésilienne": "Brazil", "brazilian": "Brazil",
    "mexicain": "Mexico", "mexicaine": "Mexico", "mexican": "Mexico",
    "malaisien": "Malaysia", "malaisienne": "Malaysia", "malaysian": "Malaysia",
    "vietnamien": "Vietnam", "vietnamienne": "Vietnam", "vietnamese": "Vietnam",
    "nord-coréen": "North Korea", "nord-coréenne": "North Korea", "north korean": "North Korea",
    "qatari": "Qatar", "qatarien": "Qatar", "égyptien": "Egypt", "egyptian": "Egypt",
}  # fmt: skip
# The demonyms as one regex alternation, longest first so "sud-coréen" wins over "coréen".
DEMONYM_ALTERNATION = "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True))
_STATE_NAMES = (
    "Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, "
    "Georgia, Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, "
    "Maryland, Massachusetts, Michigan, Minnesota, Mississippi, Missouri, Montana, Nebraska, "
    "Nevada, New Hampshire, New Jersey, New Mexico, New York, North Carolina, North Dakota, Ohio, "
    "Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, "
    "Texas, Utah, Vermont, Virginia, Washington, West Virginia, Wisconsin, Wyoming"
)
US_STATES = frozenset(normalize_name(s) for s in _STATE_NAMES.split(", "))
# A cabinet title's words -> words of its department's name.
_DEPARTMENTS = tuple(
    (re.compile(title, re.I), re.compile(body, re.I))
    for title, body in (
        (r"treasury|trésor", r"treasury|trésor"),
        (r"commerce", r"commerce"),
        (r"attorney general|solicitor general|justice", r"justice"),
        (r"defen[cs]e|défense|\bwar\b|armées", r"defen[cs]e|défense|pentagon|armées"),
        (r"homeland security", r"homeland security"),
        (r"energy|énergie", r"energy|énergie"),
        (r"economic affairs|affaires économiques|economy|économie", r"econom"),
        (r"foreign affairs|affaires étrangères|foreign", r"foreign|affaires étrangères"),
        (r"home affairs|intérieur|interior", r"home affairs|intérieur|interior"),
        (r"trade|industry|industrie", r"trade|industr"),
        (r"digital|numérique", r"digital|numérique"),
    )
)
# Nouns that stand for an organisation already named: 'the group's chief executive',
# 'le président de la commission'. Values: the kinds it may be, and words its name must have.
_COREF = re.compile(  # 'the troubled chipmaker's chief executive': lowercase words may qualify it
    r"\b(?:the|this|that|of the)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?(group|company|firm|startup"
    r"|start-up|chipmaker|maker|lab|committee|commission|department|ministry|agency|authority|regulator|watchdog)(?:'s|’s)?\b"
    r"|\b(?:du|de la|de l['’]|of the)\s*(groupe|société|entreprise|firme|start-up|laboratoire"
    r"|constructeur|fabricant|commission|comité|ministère|département|agence|autorité"
    r"|régulateur|gendarme)\b",
    re.IGNORECASE,
)
_COMPANY_WORDS = frozenset(
    {"group", "company", "firm", "startup", "start-up", "chipmaker", "maker", "lab", "groupe",
     "société", "entreprise", "firme", "laboratoire", "constructeur", "fabricant"}
)  # fmt: skip
_BODY_NAMES = {
    "committee": r"committee|commission|comité",
    "commission": r"committee|commission|comité",
    "comité": r"committee|commission|comité",
    "department": r"department|ministry|ministère|département",
    "ministry": r"department|ministry|ministère|département",
    "ministère": r"department|ministry|ministère|département",
    "département": r"department|ministry|ministère|département",
    "agency": r"agency|agence|bureau",
    "agence": r"agency|agence|bureau",
}
# A regulator is named many ways ('CNIL', 'Data Protection Commission'); 'the regulator' stands
# only for one named just before, never for the body the article names most.
_REGULATOR = r"authority|autorité|commission|commissioner|agency|agence|office|bureau|regulat"
_NEARBY_ONLY = frozenset(
    {"authority", "regulator", "watchdog", "autorité", "régulateur", "gendarme"}
)
_BODY_NAMES |= dict.fromkeys(_NEARBY_ONLY, _REGULATOR)
# The firm a quoted expert works at is no topic: '..., an analyst at Bernstein. The company's'
_SOURCE_FIRM = re.compile(
    r"\b(analyst|analyste|economist|économiste|strategist|stratégiste|lawyer|avocat|researcher"
    r"|chercheu\w+|consultant|partner|fellow|gérant|manager)e?s?\b[^.,;]{0,25}"
    r"\b(at|with|chez|au|à)\s+(the\s+|l[ae']\s*)?\w*\s*$",
    re.IGNORECASE,
)
COMPANIES = frozenset({ActorKind.COMPANY, ActorKind.ORGANIZATION})
BODIES = frozenset({ActorKind.GOVERNMENT_BODY, ActorKind.ORGANIZATION})


def _names(mention: Mention) -> set[str]:
    return {normalize_name(n) for n in (mention.actor.name, *mention.actor.aliases)}


def _most_named(mentions: list[Mention]) -> Mention | None:
    if not mentions:
        return None
    best = Counter(m.actor.id for m in mentions).most_common(1)[0][0]
    return next(m for m in mentions if m.actor.id == best)


def countries(view: DocView) -> list[Mention]:
    return [m for m in view.analyzed.mentions if m.actor.kind == ActorKind.COUNTRY]


def country_named(view: DocView, name: str | None) -> Mention | None:
    """The article's mention of the country called `name`, if the article names it."""
    if not name:
        return None
    wanted = normalize_name(name)
    return next((m for m in countries(view) if wanted in _names(m)), None)


_GAP = re.compile(r"\s*([\w-]+\s+){0,2}", re.IGNORECASE)
_PREPOSITION = re.compile(r"\b(of|for|at|in|on|the|de|du|des|d'|à|au|aux|chez|pour|la|le)\b")


def demonym_country(
    view: DocView, words: str, title: tuple[int, int]
) -> tuple[bool, Mention | None]:
    """(a demonym qualifies the title, the named country it stands for). The demonym must sit
    in the title ('le président américain', 'Chinese Commerce Minister'), not qualify another
    noun ('a spokesman for the Chinese embassy', 'porte-parole du ministère chinois')."""
    found = False
    said = re.finditer(r"(?:south|north) korean|[\w.\-]+", words, re.IGNORECASE)
    for match in said:
        word = match.group(0)
        if word.lower() in {"us", "uk"} and not word.isupper():
            continue  # the pronoun 'us'
        gap = words[match.end() : title[0]] if match.end() <= title[0] else ""
        if match.start() >= title[1]:
            gap = words[title[1] : match.start()]
        if not _GAP.fullmatch(gap) or _PREPOSITION.search(gap.lower()):
            continue
        name = DEMONYMS.get(word.lower())
        if name is not None:
            found = True
            country = country_named(view, name)
            if country is not None:
                return True, country
    return found, None


def head_of_state_country(view: DocView, person: Mention, sentence: int) -> Mention | None:
    """'President X' is president of the country the text names: X's own country if named,
    else a country of the same sentence, else the country named most often."""
    if person.actor.country:
        return country_named(view, person.actor.country)
    near = [m for m in countries(view) if view.sentence_of(m) == sentence]
    return near[0] if near else _most_named(countries(view))


def cabinet_country(view: DocView, person: Mention, sentence: int) -> Mention | None:
    """A minister's country: their own if named, else one the sentence names, else the only
    country the article names."""
    if person.actor.country:
        return country_named(view, person.actor.country)
    near = [m for m in countries(view) if view.sentence_of(m) == sentence]
    if near:
        return near[0]
    named = countries(view)
    return named[0] if len({m.actor.id for m in named}) == 1 else None


def senator_country(view: DocView, person: Mention, at: int) -> Mention | None:
    """A senator's country: their own if named, else one named before the title in the sentence
    ('En France, la sénatrice X'), not one the senator then speaks of."""
    if person.actor.country:
        return country_named(view, person.actor.country)
    sentence = view.sentence_at(at).index
    before = [m for m in countries(view) if view.sentence_of(m) == sentence and m.end <= at]
    return before[-1] if before else None


def government_country(view: DocView, words: str, person: Mention, sentence: int) -> Mention | None:
    """Whose government: the country a demonym names ('le gouvernement chinois', 'the Chinese
    government'), else the minister's country (cabinet_country)."""
    for word in re.findall(r"[\w.\-]+", words):
        name = DEMONYMS.get(word.lower())
        if name is not None and (word.lower() not in {"us", "uk"} or word.isupper()):
            return country_named(view, name)
    return cabinet_country(view, person, sentence)


def us_state(view: DocView, sentence: int) -> Mention | None:
    """A governor's state: one the sentence names, else the one the article names most."""
    states = [
        m
        for m in view.analyzed.mentions
        if m.actor.kind == ActorKind.GOVERNMENT_BODY and _names(m) & US_STATES
    ]
    near = [m for m in states if view.sentence_of(m) == sentence]
    return near[0] if near else _most_named(states)


_PARLIAMENT = re.compile(r"assembl|parliament|parlement|bundestag|house of commons", re.I)


def parliament(view: DocView, sentence: int) -> Mention | None:
    """A member's parliament: the last one named in this or the two previous sentences."""
    near = [
        m
        for m in view.analyzed.mentions
        if m.actor.kind == ActorKind.GOVERNMENT_BODY
        and sentence - 2 <= view.sentence_of(m) <= sentence
        and any(_PARLIAMENT.search(n) for n in (m.actor.name, *m.actor.aliases))
    ]
    return near[-1] if near else None


_COMMISSION = re.compile(r"european commission|commission européenne", re.I)


def european_commission(view: DocView) -> Mention | None:
    """An EU commissioner's body, if the article names the European Commission."""
    return next(
        (
            m
            for m in view.analyzed.mentions
            if m.actor.kind == ActorKind.GOVERNMENT_BODY
            and any(_COMMISSION.search(n) for n in (m.actor.name, *m.actor.aliases))
        ),
        None,
    )


def department(view: DocView, title_words: str, country: str | None) -> Mention | None:
    """The department a cabinet title names ('Commerce Secretary'), if the article names it, of
    the official's country (unknown: only if the article names one such department)."""
    for title, body in _DEPARTMENTS:
        if not title.search(title_words):
            continue
        bodies = [
            m
            for m in view.analyzed.mentions
            if m.actor.kind == ActorKind.GOVERNMENT_BODY
            and any(body.search(n) for n in (m.actor.name, *m.actor.aliases))
            and (country is None or not m.actor.country or m.actor.country == country)
        ]
        if country is None and len({m.actor.id for m in bodies}) > 1:
            return None  # whose ministry is it?
        return _most_named(bodies)
    return None


def coreferent(view: DocView, words: str, at: int) -> Mention | None:
    """The organisation 'the group' or 'la commission' in `words` stands for: the latest fitting
    mention before `at` (this and the two previous sentences); for a company, the one the article
    names most among those and its topic (in the lede, the topic alone)."""
    match = _COREF.search(words)
    if match is None:
        return None
    said = match.group(1) or match.group(2)
    noun = said.lower()
    if noun not in _COMPANY_WORDS and said[0].isupper():
        return None  # 'la Commission', 'the Department': a proper name, not one just named
    sentence = view.sentence_at(at).index
    before = [
        m
        for m in view.analyzed.mentions
        if m.end <= at and sentence - 2 <= view.sentence_of(m) <= sentence
    ]
    if noun in _COMPANY_WORDS:
        # the company the article is about, among those just named: not the broker a source
        # works for ('..., said an analyst at Bernstein. The company's founder')
        companies = [m for m in view.analyzed.mentions if m.actor.kind == ActorKind.COMPANY]
        near = [
            m
            for m in view.analyzed.mentions
            if m.actor.kind == ActorKind.COMPANY
            and m.end <= at
            and sentence - 3 <= view.sentence_of(m) <= sentence
            and not _SOURCE_FIRM.search(view.text[max(0, m.start - 60) : m.start])
        ]
        if near:
            return near[-1]
        # in the lede, the company the article is about; later, a firm entity analysis missed
        return _most_named([m for m in companies if m.end <= at]) if sentence <= 2 else None
    pattern = re.compile(_BODY_NAMES[noun], re.I)
    bodies = [
        m
        for m in view.analyzed.mentions
        if m.actor.kind in BODIES
        and any(pattern.search(n) for n in (m.actor.name, *m.actor.aliases))
    ]
    near = [m for m in bodies if m in before]
    if noun in _NEARBY_ONLY:
        return near[-1] if near else None
    return near[-1] if near else _most_named(bodies)


_COMMISSIONS = re.compile(r"commission|commissioner|commissaire", re.IGNORECASE)


def commission_before(view: DocView, at: int) -> Mention | None:
    """A bare 'commissioner''s body: the latest commission named before `at`, in this or the
    two previous sentences ('... la Commission irlandaise de protection des données (DPC) ...
    a résumé le commissaire adjoint X')."""
    sentence = view.sentence_at(at).index
    near = [
        m
        for m in view.analyzed.mentions
        if m.actor.kind in BODIES
        and m.end <= at
        and sentence - 2 <= view.sentence_of(m) <= sentence
        and any(_COMMISSIONS.search(n) for n in (m.actor.name, *m.actor.aliases))
    ]
    return near[-1] if near else None


_STATE_OF = re.compile(r"^(state of|état de|etat de)\s+", re.IGNORECASE)


def is_place(mention: Mention) -> bool:
    """A country or a US state ('State of California'): a place, which no firm title is held at."""
    if mention.actor.kind == ActorKind.COUNTRY:
        return True
    names = {_STATE_OF.sub("", n) for n in (mention.actor.name, *mention.actor.aliases)}
    return any(normalize_name(n) in US_STATES for n in names)


def speaker_before(view: DocView, at: int, kinds: frozenset[ActorKind]) -> Mention | None:
    """Whom a bare title speaks for ('G42 rejected the claims. "..." chief executive X told'):
    the latest main-clause subject of those kinds named before `at` in this or the previous
    sentence (further back, the firm that spoke is seldom the one the title stands for)."""
    sentence = view.sentence_at(at).index
    for mention in reversed(view.analyzed.mentions):
        if mention.end > at or mention.actor.kind not in kinds:
            continue
        if view.sentence_of(mention) < sentence - 1:
            return None
        head = view.head_of(mention)
        if head is not None and is_subject(head) and head.head.head.i == head.head.i:
            return mention  # the main clause's subject, not 'que TikTok n'avait pas publié'
    return None
