"""French claim constructions the parse gets wrong, with their English mirrors (invented
sentences): active verbs labelled passive, objects hung on a date word, relative 'qu'il
accuse', cleft sentences, participles whose subject is set off by commas."""

from __future__ import annotations

import pytest

from graph.model import Actor, ActorKind
from ingest.extract.pipeline import extract_facts, kb_maker
from tests.ingest.extract.mentions_by_name import analyze_with, sentence_article

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


def _pairs(text: str, lang: str) -> set[tuple[str, str]]:
    article = sentence_article(text, lang)
    return {
        (a.claimant.name, a.accused.name)
        for a in extract_facts(analyze_with(article, ACTORS), kb_maker()).allegations
        if a.stance != "denies"
    }


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
