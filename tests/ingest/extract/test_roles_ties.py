"""How a title is tied to its organisation, both languages (invented sentences, names by list):
coordinated names, ministers of a country, portfolios listed with commas, committees inside a
body, descriptors between 'chez' and the firm."""

from __future__ import annotations

import pytest

from graph.model import Actor, ActorKind
from ingest.extract.pipeline import extract_facts
from tests.ingest.extract.mentions_by_name import analyze_with, sentence_article

K = ActorKind
ACTORS = (
    Actor(kind=K.OFFICIAL, name="Aline Verga"),
    Actor(kind=K.OFFICIAL, name="Bo Tian"),
    Actor(kind=K.OFFICIAL, name="Lucas Prat"),
    Actor(kind=K.OFFICIAL, name="Amir Razak"),
    Actor(kind=K.OFFICIAL, name="Paul Grant"),
    Actor(kind=K.OFFICIAL, name="Rita Vale"),
    Actor(kind=K.OFFICIAL, name="Joao Lima"),
    Actor(kind=K.PERSON, name="Claire Roux"),
    Actor(kind=K.PERSON, name="Nadia Brook"),
    Actor(kind=K.PERSON, name="Marc Olsen"),
    Actor(kind=K.PERSON, name="Hugo Perrin"),
    Actor(kind=K.PERSON, name="Ana Ruiz"),
    Actor(kind=K.COMPANY, name="Arvel Capital"),
    Actor(kind=K.COMPANY, name="Norwind"),
    Actor(kind=K.COMPANY, name="Zentra"),
    Actor(kind=K.GOVERNMENT_BODY, name="Ministry of Economy", country="Spain"),
    Actor(kind=K.GOVERNMENT_BODY, name="Assemblée nationale"),
    Actor(kind=K.GOVERNMENT_BODY, name="House of Representatives"),
    Actor(kind=K.GOVERNMENT_BODY, name="House of Commons"),
    Actor(kind=K.GOVERNMENT_BODY, name="National Security"),
    Actor(kind=K.GOVERNMENT_BODY, name="US Department of Justice", aliases=("Justice Department",)),
    Actor(
        kind=K.GOVERNMENT_BODY, name="US Department of Commerce", aliases=("Commerce Department",)
    ),
    Actor(kind=K.GOVERNMENT_BODY, name="cour d'appel de Paris"),
    Actor(kind=K.COUNTRY, name="China"),
    Actor(kind=K.COUNTRY, name="Spain"),
    Actor(kind=K.COUNTRY, name="Brazil", aliases=("Brésil",)),
    Actor(kind=K.COUNTRY, name="Malaysia", aliases=("Malaisie",)),
    Actor(kind=K.COUNTRY, name="Japan"),
    Actor(kind=K.COUNTRY, name="United States", aliases=("US", "États-Unis")),
)


def _roles(text: str, lang: str = "en") -> set[tuple[str, str]]:
    found = extract_facts(analyze_with(sentence_article(text, lang), ACTORS)).roles
    return {(r.person.name, r.org.name) for r in found}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The talks in Geneva were led by Aline Verga and Chinese Vice-Premier Bo Tian, "
         "state media in China said.", "en", {("Bo Tian", "China")}),
        ("Aline Verga et le président du Brésil, Joao Lima, ont signé un accord à Paris.", "fr",
         {("Joao Lima", "Brazil")}),
    ],
)  # fmt: skip
def test_a_title_after_and_belongs_to_the_second_name(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    assert _roles(text, lang) == expected


def test_a_minister_belongs_to_the_country_even_when_the_ministry_is_named() -> None:
    assert _roles(
        "Spain's Ministry of Economy issued the order on Monday. Economy minister Lucas Prat "
        "said it was needed to protect jobs."
    ) == {("Lucas Prat", "Spain")}


def test_a_portfolio_listed_with_commas_and_a_country_as_its_owner() -> None:
    assert _roles(
        "La Malaisie promet de renforcer ses contrôles. Son ministre de l'Investissement, du "
        "Commerce et de l'Industrie, Amir Razak, a promis des sanctions.",
        "fr",
    ) == {("Amir Razak", "Malaysia")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Paul Grant, président de la commission des finances de l'Assemblée nationale, a "
         "réagi mardi.", "fr"),
        ("Paul Grant, chairman of the oversight committee of the House of Representatives, "
         "welcomed the ruling.", "en"),
    ],
)  # fmt: skip
def test_the_chair_of_a_committee_is_not_a_role_in_the_house_it_belongs_to(
    text: str, lang: str
) -> None:
    assert _roles(text, lang) == set()


def test_a_descriptor_between_chez_and_the_firm() -> None:
    assert _roles(
        "« Le marché se retourne », estime Claire Roux, analyste chez la société de gestion "
        "bordelaise Arvel Capital.",
        "fr",
    ) == {("Claire Roux", "Arvel Capital")}
    # a capitalised name around 'of' is a name of its own, not a descriptor
    assert _roles("Rates will rise, said Nadia Brook, an analyst at the Bank of Japan.") == set()


def test_at_a_body_beats_the_portfolio_after_for() -> None:
    assert _roles(
        '"They knew the law," said Paul Grant, the Assistant Attorney General for National '
        "Security at the Justice Department."
    ) == {("Paul Grant", "US Department of Justice")}


def test_a_solicitor_general_serves_the_justice_department() -> None:
    assert _roles(
        "In court, the Justice Department's solicitor general, Rita Vale, defended the law."
    ) == {("Rita Vale", "US Department of Justice")}


def test_its_owner_coordinated_with_the_firm() -> None:
    assert _roles(
        "The Commerce Department opened an inquiry. Prosecutors then charged Norwind, a small "
        "freight forwarder, and its owner, Marc Olsen."
    ) == {("Marc Olsen", "Norwind")}


def test_a_founder_is_no_court_s_founder() -> None:
    assert _roles(
        "Norwind a fait appel mardi. Le groupe demande que la cour d'appel de Paris lève la "
        "suspension de son fondateur, Hugo Perrin.",
        "fr",
    ) == {("Hugo Perrin", "Norwind")}


def test_a_role_stated_by_a_participle_on_an_apposition() -> None:
    assert _roles(
        "Zentra, the investment fund chaired by Ana Ruiz, bought a stake in the project."
    ) == {("Ana Ruiz", "Zentra")}


def test_a_title_cited_as_a_source_is_not_the_next_name_s() -> None:
    assert (
        _roles("Selon le président américain, Joao Lima pourrait investir aux États-Unis.", "fr")
        == set()
    )
    assert _roles("Selon le patron de Norwind, Hugo Perrin, la demande reste forte.", "fr") == {
        ("Hugo Perrin", "Norwind")
    }


def test_two_titles_in_one_apposition() -> None:
    assert _roles(
        "Marc Olsen, Norwind's chief executive and the founder of its parent Zentra, was "
        "suspended by the court."
    ) == {("Marc Olsen", "Norwind"), ("Marc Olsen", "Zentra")}
    assert _roles(
        "Nadia Brook, head of sales and marketing at Zentra, said demand was strong."
    ) == {("Nadia Brook", "Zentra")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("À l'Assemblée nationale, le ton reste prudent. Le député Paul Grant juge la "
         "situation préoccupante.", "fr", {("Paul Grant", "Assemblée nationale")}),
        ("In the House of Commons the mood was grim. Labour MP Paul Grant called the deal a "
         "failure.", "en", {("Paul Grant", "House of Commons")}),
        ("Le député Paul Grant juge la situation préoccupante.", "fr", set()),
    ],
)  # fmt: skip
def test_a_member_of_the_parliament_named_just_before(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    assert _roles(text, lang) == expected
