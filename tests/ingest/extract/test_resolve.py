"""Resolution of names to canonical actors, without spaCy: normalisation, fuzzy, short forms."""

from __future__ import annotations

import pytest

from graph.model import Actor, ActorKind
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.kb import KnowledgeBase
from ingest.extract.resolve import FUZZY_THRESHOLD, ArticleContext, Resolver, new_actor
from ingest.extract.spans import acronym_after, clean_name


@pytest.fixture(scope="module")
def resolver(kb: KnowledgeBase) -> Resolver:
    return Resolver(kb)


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("OpenAI's", "OpenAI"),
        ("OpenAI’s", "OpenAI"),
        ("d'OpenAI", "OpenAI"),
        ("d’OpenAI", "OpenAI"),
        ("l'Élysée", "Élysée"),
        ("le PDG Sam Altman", "Sam Altman"),
        ("President Donald Trump", "Donald Trump"),
        ("le président américain Donald Trump", "Donald Trump"),
        ("the White House", "White House"),
        ("Fox News mardi", "Fox News"),
        ("Microsoft Corp.", "Microsoft Corp"),
    ],
)
def test_clean_name(surface: str, name: str) -> None:
    assert clean_name(surface) == name


@pytest.mark.parametrize(
    ("surface", "canonical"),
    [
        ("ÉTATS-UNIS", "United States"),
        ("etats unis", "United States"),
        ("Maison Blanche", "White House"),
        ("white house", "White House"),
        ("Corée du Sud", "South Korea"),
        ("O1-MinI", "o1-mini"),
        ("Microsoft Corp", "Microsoft"),
        ("NVIDIA", "Nvidia"),
    ],
)
def test_exact_resolution_folds_case_accents_punctuation(
    resolver: Resolver, surface: str, canonical: str
) -> None:
    entry = resolver.exact(clean_name(surface))
    assert entry is not None
    assert entry.name == canonical


@pytest.mark.parametrize(
    ("typo", "canonical"),
    [("Blomberg", "Bloomberg"), ("Geminis", "Gemini"), ("Antrhopic", "Anthropic")],
)
def test_fuzzy_accepts_close_typos(resolver: Resolver, typo: str, canonical: str) -> None:
    found = resolver.fuzzy(typo)
    assert found is not None
    entry, score = found
    assert entry.name == canonical
    assert score >= FUZZY_THRESHOLD / 100


@pytest.mark.parametrize(
    "far",
    [
        "Bloomingdale",  # shares a prefix, not a name
        "Anthem",
        "American",  # a demonym is not the country (countries never match fuzzily)
        "Italien",
        "US Governments",  # "UK Government" differs in a short word
        "Meta",  # too short to guess
    ],
)
def test_fuzzy_rejects_what_is_not_a_typo(resolver: Resolver, far: str) -> None:
    assert resolver.fuzzy(far) is None


def test_surname_resolves_only_inside_the_article() -> None:
    sacks = Actor(kind=ActorKind.OFFICIAL, name="David Sacks")
    article = ArticleContext()
    article.add(sacks, "David Sacks")
    assert article.short_form("Sacks") == sacks
    assert ArticleContext().short_form("Sacks") is None  # another article: unknown


def test_institution_short_form_inside_article() -> None:
    commission = Actor(kind=ActorKind.GOVERNMENT_BODY, name="European Commission")
    article = ArticleContext()
    article.add(commission, "Commission européenne")
    assert article.short_form("Commission") == commission
    # Generic heads are never short forms.
    white_house = Actor(kind=ActorKind.GOVERNMENT_BODY, name="White House")
    article.add(white_house, "White House")
    assert article.short_form("White") is None


def test_acronym_defined_in_parentheses() -> None:
    text = "the Bureau of Industry and Security (BIS) said"
    end = text.index(" (")
    assert acronym_after(text, end, "Bureau of Industry and Security") == (37, 40, "BIS")
    assert acronym_after("Reuters (AFP) said", 7, "Reuters") is None


def test_new_actor_ids_are_stable_across_surface_forms() -> None:
    a = new_actor("Zorvex Technologies", ActorKind.COMPANY)
    b = new_actor("ZORVEX TECHNOLOGIES", ActorKind.COMPANY)
    assert a.id == b.id == "company:zorvex-technologies"


def test_gazetteer_case_policy(kb: KnowledgeBase) -> None:
    gazetteer = Gazetteer(kb)

    def found(text: str) -> list[str]:
        return [h.entries[0].name for h in gazetteer.find(text)]

    assert found("Meta and meta-analysis") == ["Meta"]
    assert found("tell us about the US") == ["United States"]
    assert found("la Maison-Blanche et d'OpenAI") == ["White House", "OpenAI"]
    assert found("the Washington Post said") == ["The Washington Post"]
    assert found("Le monde entier et le chat") == []  # every capital of the form is needed
    assert found("Le Monde et Le Chat") == ["Le Monde", "Le Chat"]
    # A qualifier slipped inside a long name still matches it.
    assert found("selon la commission spéciale de la Chambre des représentants US sur la Chine")[
        0
    ] == ("House Select Committee on China")
    # ...also right after the first word, where the trie could go on through the qualifier.
    assert found("selon le Département américain de la Justice, qui") == [
        "US Department of Justice"
    ]


def test_long_official_names_match_in_any_case(kb: KnowledgeBase) -> None:
    gazetteer = Gazetteer(kb)

    def found(text: str) -> list[str]:
        return [h.entries[0].name for h in gazetteer.find(text)]

    assert found("officials at the bureau of industry and security said") == [
        "Bureau of Industry and Security"
    ]
    assert found("selon le département de la justice") == ["US Department of Justice"]
    # Short names keep their capitals: "le monde" is the world, "white house" a colour.
    assert found("a white house in le monde entier") == []
