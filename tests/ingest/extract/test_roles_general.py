"""Roles as news states them, both languages (invented sentences, names given by a list)."""

from __future__ import annotations

import pytest

from graph.model import Actor, ActorKind
from ingest.extract.pipeline import extract_facts
from tests.ingest.extract.mentions_by_name import analyze_with, sentence_article
from tests.ingest.extract.test_facts import ACTORS

K = ActorKind
EXTRA = (
    Actor(kind=K.PERSON, name="Ruth Agyeman"),
    Actor(kind=K.COMPANY, name="Calloway & Finch"),
    Actor(kind=K.PERSON, name="Mathieu Cordier"),
    Actor(kind=K.COMPANY, name="Orsay Conseil"),
    Actor(kind=K.PERSON, name="Karim Haddad"),
    Actor(kind=K.ORGANIZATION, name="Institut Méditerranée"),
    Actor(kind=K.PERSON, name="Masayoshi Son"),
    Actor(kind=K.COMPANY, name="SoftBank"),
    Actor(kind=K.COUNTRY, name="Japan", aliases=("Tokyo",)),
    Actor(kind=K.PERSON, name="Eric Xu"),
    Actor(kind=K.COMPANY, name="Huawei"),
    Actor(kind=K.OFFICIAL, name="John Eisenberg"),
    Actor(kind=K.GOVERNMENT_BODY, name="National Security Division"),
    Actor(kind=K.OFFICIAL, name="Tahnoun ben Zayed"),
    Actor(kind=K.COMPANY, name="G42"),
    Actor(kind=K.COMPANY, name="MGX"),
    Actor(kind=K.PERSON, name="Liang Wenfeng"),
    Actor(kind=K.PERSON, name="Yang Zhilin"),
    Actor(kind=K.COMPANY, name="Moonshot AI"),
    Actor(kind=K.OFFICIAL, name="Tony Burke"),
    Actor(kind=K.COUNTRY, name="Australia"),
    Actor(kind=K.GOVERNMENT_BODY, name="Department of Home Affairs", aliases=("Home Affairs",)),
    Actor(kind=K.OFFICIAL, name="Mao Ning"),
    Actor(kind=K.GOVERNMENT_BODY, name="Ministry of Foreign Affairs"),
    Actor(kind=K.OFFICIAL, name="Bruno Le Maire"),
    Actor(kind=K.COUNTRY, name="France"),
    Actor(kind=K.OFFICIAL, name="John Moolenaar"),
    Actor(kind=K.GOVERNMENT_BODY, name="Select Committee", aliases=("commission spéciale",)),
    Actor(kind=K.PERSON, name="Sundar Pichai"),
    Actor(kind=K.COMPANY, name="Google"),
    Actor(kind=K.COMPANY, name="Industrie"),
    Actor(kind=K.COUNTRY, name="Canada"),
    Actor(kind=K.OFFICIAL, name="Mélanie Joly"),
    Actor(kind=K.PERSON, name="Julien Marceau"),
    Actor(kind=K.GOVERNMENT_BODY, name="Data Protection Commission"),
    Actor(kind=K.OFFICIAL, name="Teresa Ribera"),
)


def _roles(text: str, lang: str) -> set[tuple[str, str]]:
    article = sentence_article(text, lang)
    got = extract_facts(analyze_with(article, (*ACTORS, *EXTRA)))
    return {(r.person.name, r.org.name) for r in got.roles}


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ('"Chips are easy to move," said Ruth Agyeman, a trade compliance lawyer at '
         "Calloway & Finch.", "en", ("Ruth Agyeman", "Calloway & Finch")),
        ("« Le marché se trompe », estime Mathieu Cordier, analyste chez Orsay Conseil.", "fr",
         ("Mathieu Cordier", "Orsay Conseil")),
        ("« Rien n'a changé », observe Karim Haddad, chercheur associé à l'Institut "
         "Méditerranée.", "fr", ("Karim Haddad", "Institut Méditerranée")),
    ],
)  # fmt: skip
def test_experts_quoted_with_their_firm(text: str, lang: str, pair: tuple[str, str]) -> None:
    assert _roles(text, lang) == {pair}


def test_a_firm_or_body_noun_in_the_title_refers_back() -> None:
    assert _roles(
        "SoftBank shares jumped in Tokyo on Wednesday after the group's chief executive, "
        "Masayoshi Son, met investors.",
        "en",
    ) == {("Masayoshi Son", "SoftBank")}
    assert _roles(
        "Huawei a présenté ses puces. Le président tournant du groupe, Eric Xu, a détaillé "
        "la feuille de route.",
        "fr",
    ) == {("Eric Xu", "Huawei")}
    assert _roles(
        "La commission spéciale a publié un rapport. Le président de la commission, John "
        "Moolenaar, a dénoncé la société.",
        "fr",
    ) == {("John Moolenaar", "Select Committee")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The decision was announced by John Eisenberg, who heads the National Security "
         "Division.", "en", {("John Eisenberg", "National Security Division")}),
        ("Le cheikh Tahnoun ben Zayed, qui préside à la fois G42 et MGX, était présent.", "fr",
         {("Tahnoun ben Zayed", "G42"), ("Tahnoun ben Zayed", "MGX")}),
        ("Fondée en 2023 par Liang Wenfeng, DeepSeek n'a jamais répondu.", "fr",
         {("Liang Wenfeng", "DeepSeek")}),
        ("Moonshot AI, founded by Yang Zhilin in 2023, raised new funds.", "en",
         {("Yang Zhilin", "Moonshot AI")}),
    ],
)  # fmt: skip
def test_roles_stated_by_a_verb(text: str, lang: str, expected: set[tuple[str, str]]) -> None:
    assert _roles(text, lang) == expected


def test_ministers_belong_to_the_country_and_spokespeople_to_their_body() -> None:
    assert _roles(
        "Australia's Minister for Home Affairs, Tony Burke, spoke to reporters on Monday.", "en"
    ) == {("Tony Burke", "Australia")}
    assert _roles(
        "Mao Ning, a spokeswoman for China's Ministry of Foreign Affairs, rejected the claims.",
        "en",
    ) == {("Mao Ning", "Ministry of Foreign Affairs")}
    assert _roles(
        "Le ministre de l'Économie, Bruno Le Maire, a réagi. La France veut une réponse.", "fr"
    ) == {("Bruno Le Maire", "France")}


def test_a_prepositional_phrase_after_a_name_is_not_its_title() -> None:
    assert _roles(
        "Les patrons étaient là, du PDG d'OpenAI, Sam Altman, au directeur général de Google, "
        "Sundar Pichai.",
        "fr",
    ) == {("Sam Altman", "OpenAI"), ("Sundar Pichai", "Google")}


def test_ministers_serve_states_and_named_bodies_are_not_referred_back() -> None:
    assert _roles(
        "Le Canada a tranché. « C'est une menace », a indiqué la ministre de l'Industrie, "
        "Mélanie Joly.",
        "fr",
    ) == {("Mélanie Joly", "Canada")}
    assert not _roles(
        "La Data Protection Commission a sanctionné Meta. Selon Teresa Ribera, "
        "vice-présidente de la Commission, la décision est juste.",
        "fr",
    )
    assert not _roles(
        "Les caméras envoient des données vers la Chine. « C'est grave », estime Julien "
        "Marceau, son directeur.",
        "fr",
    )
