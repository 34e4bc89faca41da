"""French claim constructions the parse gets wrong, with their English mirrors (invented
sentences): active verbs labelled passive, objects hung on a date word, relative 'qu'il
accuse', cleft sentences, participles whose subject is set off by commas."""

from __future__ import annotations

import pytest

from graph.model import Actor, ActorKind
from tests.ingest.extract.mentions_by_name import (
    claim_pairs,
)

K = ActorKind
ACTORS = (
    Actor(kind=K.COUNTRY, name="Poland", aliases=("Pologne",)),
    Actor(kind=K.COUNTRY, name="Russia", aliases=("Russie",)),
    Actor(kind=K.COUNTRY, name="China", aliases=("Chine", "Pékin")),
    Actor(kind=K.GOVERNMENT_BODY, name="Treasury", aliases=("Trésor",)),
    Actor(kind=K.GOVERNMENT_BODY, name="Commerce Department", aliases=("Commerce",)),
    Actor(kind=K.GOVERNMENT_BODY, name="Garante"),
    Actor(kind=K.GOVERNMENT_BODY, name="Digital Ministry", aliases=("ministère du numérique",)),
    Actor(kind=K.GOVERNMENT_BODY, name="Ohio"),
    Actor(kind=K.OFFICIAL, name="Mike DeWine"),
    Actor(kind=K.ORGANIZATION, name="Chinese Communist Party", aliases=("Parti communiste",)),
    Actor(kind=K.COMPANY, name="Quantix Systems"),
    Actor(kind=K.COMPANY, name="Orbis"),
    Actor(kind=K.COMPANY, name="Tencent"),
    Actor(kind=K.COMPANY, name="DeepSeek"),
)


def _pairs(text: str, lang: str, actors: tuple[Actor, ...] = ACTORS) -> set[tuple[str, str]]:
    return claim_pairs(text, lang, actors)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Pologne a publiquement accusé mercredi la Russie d'être à l'origine d'une "
         "campagne de cyberespionnage visant son ministère des Affaires étrangères.", "fr"),
        ("Poland has publicly accused Russia of being behind a cyber-espionage campaign "
         "against its foreign ministry.", "en"),
    ],
)  # fmt: skip
def test_an_active_accusation_is_never_read_as_a_passive(text: str, lang: str) -> None:
    assert _pairs(text, lang) == {("Poland", "Russia")}


@pytest.mark.parametrize(
    ("text", "lang", "accused"),
    [
        ("Le Trésor a sanctionné en janvier la société Quantix Systems, qu'il accuse d'avoir "
         "directement participé à ces attaques.", "fr", "Quantix Systems"),
        ("Le Commerce a également désigné publiquement Orbis, rival chinois dont Tencent et "
         "Alibaba sont actionnaires, qu'il accuse de chercher à placer des modèles chinois "
         "auprès de gouvernements étrangers.", "fr", "Orbis"),
    ],
)  # fmt: skip
def test_the_one_a_relative_que_stands_for_is_accused(text: str, lang: str, accused: str) -> None:
    claimant = "Treasury" if "Trésor" in text else "Commerce Department"
    assert _pairs(text, lang) == {(claimant, accused)}


def test_the_focus_of_a_cleft_sentence_is_what_a_pronoun_stands_for() -> None:
    text = (
        "Le ministère du numérique a interdit DeepSeek aux agences publiques. En Europe, c'est "
        "l'autorité italienne, la Garante, qui a ouvert le bal le 30 janvier en ordonnant le "
        "blocage de l'application. Elle reproche à DeepSeek de ne pas avoir expliqué quelles "
        "données personnelles étaient collectées."
    )
    assert ("Garante", "DeepSeek") in _pairs(text, "fr")
    assert ("Digital Ministry", "DeepSeek") not in _pairs(text, "fr")


def test_a_participle_speaks_for_the_titled_person_set_off_before_it() -> None:
    said = _pairs(
        "L'Ohio a banni l'application des appareils de l'Etat, son gouverneur, Mike DeWine, "
        "accusant le Parti communiste chinois de chercher à « infiltrer » les infrastructures "
        "critiques de l'Etat au moyen d'applications collectant des données.",
        "fr",
    )
    assert ("Mike DeWine", "Chinese Communist Party") in said


SPEAKERS = (
    Actor(kind=K.OFFICIAL, name="Hugo Marchal"),
    Actor(kind=K.OFFICIAL, name="Lena Ortiz"),
    Actor(kind=K.ORGANIZATION, name="Sandworm"),
    Actor(
        kind=K.GOVERNMENT_BODY,
        name="Foreign Ministry",
        aliases=("ministère des Affaires étrangères",),
    ),
    Actor(kind=K.COMPANY, name="Veltra"),
    Actor(kind=K.COMPANY, name="Corvane"),
    Actor(kind=K.GOVERNMENT_BODY, name="Cyber Agency", aliases=("agence",)),
)


def _said(text: str) -> set[tuple[str, str]]:
    return _pairs(text, "fr", (*ACTORS, *SPEAKERS))


def test_a_speech_tag_speaks_even_when_its_speaker_is_parsed_as_its_object() -> None:
    assert _said(
        "« Sandworm a piraté les réseaux de nos hôpitaux depuis des années », a résumé le "
        "commissaire adjoint Hugo Marchal."
    ) == {("Hugo Marchal", "Sandworm")}


def test_the_speaker_of_a_tag_is_never_the_subject_inside_the_quotation() -> None:
    said = _said(
        "« Sandworm a piraté depuis des années les réseaux de nos hôpitaux », a écrit "
        "le ministre de l'Intérieur, Hugo Marchal, sur le réseau social X."
    )
    assert ("Hugo Marchal", "Sandworm") in said
    assert not any(claimant == "Sandworm" for claimant, _ in said)


def test_a_relative_after_a_title_speaks_for_the_person_titled() -> None:
    said = _said(
        "« Nous rejetons ces calomnies », a déclaré jeudi Lena Ortiz, porte-parole du ministère "
        "des Affaires étrangères, qui a accusé Veltra d'avoir piraté des réseaux publics."
    )
    assert ("Lena Ortiz", "Veltra") in said
    assert ("Foreign Ministry", "Veltra") not in said


def test_we_in_a_quotation_is_no_party_named_before() -> None:
    said = _said(
        "Sandworm a piraté les réseaux de Veltra. « Nous le voyons, nous le dénonçons pour ce "
        "piratage. »"
    )
    assert not any(claimant in {"Sandworm", "Veltra"} for claimant, _ in said)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("L'investisseur Hugo Marchal a mis en cause Corvane lors d'une conférence "
         "à Paris.", ("Hugo Marchal", "Corvane")),
        ("L'agence impute aussi à Sandworm le sabotage de la chaîne de télévision en 2015.",
         ("Cyber Agency", "Sandworm")),
    ],
)  # fmt: skip
def test_french_ways_of_laying_blame(text: str, pair: tuple[str, str]) -> None:
    assert pair in _said(text)


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("La Pologne avait déjà attribué à Sandworm des attaques contre ses ministères.",
         "fr", ("Poland", "Sandworm")),
        ("La Pologne attribue à Sandworm les cyberattaques du mois dernier.",
         "fr", ("Poland", "Sandworm")),
    ],
)  # fmt: skip
def test_attacks_laid_on_someone_are_a_wrong(text: str, lang: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text, lang, (*ACTORS, *SPEAKERS))


def test_a_body_publishing_a_report_that_lays_blame_is_its_author() -> None:
    said = _said(
        "L'agence a publié jeudi un rapport attribuant à Sandworm une série d'intrusions "
        "contre des opérateurs d'énergie."
    )
    assert said == {("Cyber Agency", "Sandworm")}


def test_what_is_ascribed_after_a_long_indirect_object_is_read_with_it() -> None:
    said = _said(
        "L'agence a diffusé hier un rapport attribuant au groupe Sandworm, proche de "
        "l'armée russe, une vague d'intrusions contre des opérateurs d'énergie."
    )
    assert ("Cyber Agency", "Sandworm") in said


def test_a_success_laid_on_someone_is_no_wrong() -> None:
    assert not _said("La Pologne attribue à Sandworm ses succès récents sur le marché.")


MEMBERS = (
    Actor(kind=K.PERSON, name="Clara Vidal"),
    Actor(kind=K.PERSON, name="Omar Haddad"),
    Actor(kind=K.COMPANY, name="Lumora"),
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La plainte a été déposée par plusieurs auteurs, dont la romancière Clara Vidal et "
         "l'essayiste Omar Haddad, qui reprochent à Lumora d'avoir téléchargé des millions de "
         "livres piratés.", "fr"),
        ("The suit was filed by several authors, including novelist Clara Vidal and essayist "
         "Omar Haddad, who accuse Lumora of downloading millions of pirated books.", "en"),
    ],
)  # fmt: skip
def test_each_member_a_group_names_makes_its_claim(text: str, lang: str) -> None:
    assert _pairs(text, lang, MEMBERS) == {("Clara Vidal", "Lumora"), ("Omar Haddad", "Lumora")}


FIRMS = (
    Actor(kind=K.PERSON, name="Elio Marks"),
    Actor(kind=K.COMPANY, name="Veltra"),
    Actor(kind=K.COMPANY, name="Lumora"),
    Actor(kind=K.GOVERNMENT_BODY, name="UK Government", aliases=("gouvernement britannique",)),
    Actor(kind=K.ORGANIZATION, name="Sonorum"),
    Actor(kind=K.ORGANIZATION, name="Writers Union", aliases=("Syndicat des écrivains",)),
)


def test_a_title_and_a_verb_after_a_name_are_no_list_of_accused() -> None:
    said = _pairs(
        "Elio Marks, également directeur général de Veltra, a accusé le gouvernement "
        "britannique de piratage.",
        "fr",
        FIRMS,
    )
    assert ("Elio Marks", "Veltra") not in said
    assert ("Elio Marks", "UK Government") in said


def test_the_firm_named_before_stands_for_au_groupe_de() -> None:
    said = _pairs(
        "Lumora a lancé son modèle en mars. Le Syndicat des écrivains reproche au groupe de "
        "Menlo Park des actes de « contrefaçon », a-t-on appris mercredi.",
        "fr",
        FIRMS,
    )
    assert said == {("Writers Union", "Lumora")}


def test_a_participle_heading_the_parse_speaks_for_the_clause_before_it() -> None:
    said = _pairs(
        "En Allemagne, la société de gestion collective Sonorum a attaqué Lumora en novembre, "
        "lui reprochant d'avoir reproduit sans licence des paroles de chansons de son "
        "répertoire.",
        "fr",
        FIRMS,
    )
    assert ("Sonorum", "Lumora") in said
