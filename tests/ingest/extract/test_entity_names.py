"""Entity names and kinds: places never fuzzy-match common words, bare force names are no
actors, and full legal names reach the known actor."""

from __future__ import annotations

import pytest

from graph.model import ActorKind
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.kb import KnowledgeBase
from ingest.extract.kinds import best_kind
from ingest.extract.places import is_known_place
from ingest.extract.resolve import Resolver

from .conftest import Analyze


@pytest.mark.parametrize("word", ["Marine", "Alaskan", "Texan"])
def test_states_never_match_fuzzily(kb: KnowledgeBase, word: str) -> None:
    # "la Marine" is one letter away from Maine: a common word, not a misspelt state.
    assert Resolver(kb).fuzzy(word) is None


def test_institutions_still_match_typos(kb: KnowledgeBase) -> None:
    found = Resolver(kb).fuzzy("Bundestagg")
    assert found is not None
    assert found[0].name == "Bundestag"


def test_a_bare_navy_is_no_actor_but_a_person_named_marine_is() -> None:
    assert best_kind("ORG", "Marine", "En Floride, la ", " a suspendu le contrat.") is None
    assert best_kind("PER", "Marine Dupuis", "selon ", ", analyste.") is ActorKind.PERSON


_CHAMBER = "Enterprise Chamber of the Amsterdam Court of Appeal"


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("The Enterprise Chamber of the Amsterdam Court of Appeal ruled.", _CHAMBER, _CHAMBER),
        (
            "Une décision de la chambre des entreprises de la cour d'appel d'Amsterdam.",
            "chambre des entreprises de la cour d'appel d'Amsterdam",
            _CHAMBER,
        ),
        ("Shares of Mellanox Technologies rose.", "Mellanox Technologies", "Mellanox"),
        (
            "Beijing Volcano Engine Technology signed.",
            "Beijing Volcano Engine Technology",
            "Volcano Engine",
        ),
        ("Wingtech Technology appealed.", "Wingtech Technology", "Wingtech"),
    ],
)
def test_full_names_reach_the_known_actor(
    kb: KnowledgeBase, text: str, surface: str, name: str
) -> None:
    hits = Gazetteer(kb).find(text)
    assert [(text[h.start : h.end], h.entries[0].name) for h in hits] == [(surface, name)]


def test_stargate_is_a_joint_venture_company(kb: KnowledgeBase) -> None:
    entry = Resolver(kb).exact("projet Stargate")
    assert entry is not None
    assert entry.kind is ActorKind.COMPANY


def test_code_named_projects_are_products() -> None:
    left, right = "the data-centre cluster known as ", ", which will run 400,000 chips"
    assert best_kind("ORG", "Project Halcyon", left, right) is ActorKind.PRODUCT


def test_trading_houses_are_firms() -> None:
    # spaCy often tags such a name as a person; its last word makes it a firm.
    kind = best_kind("PER", "Golden Lotus Trading", "shares held by ", " were sold")
    assert kind is ActorKind.COMPANY


@pytest.mark.parametrize(
    ("surface", "name", "kind"),
    [
        ("CCPIT", "China Council for the Promotion of International Trade", "Organization"),
        ("Suno", "Suno", "Company"),
        ("SGDL", "Société des gens de lettres", "Organization"),
        ("Society of Men of Letters", "Société des gens de lettres", "Organization"),
        # Widely reported courts, exchanges and firms once missed or read as persons.
        ("parquet de Paris", "Paris Public Prosecutor's Office", "GovernmentBody"),
        ("Paris prosecutor's office", "Paris Public Prosecutor's Office", "GovernmentBody"),
        ("PNAT", "National Anti-Terrorism Prosecutor's Office", "GovernmentBody"),
        ("HKEX", "Hong Kong Stock Exchange", "Organization"),
        ("Galaxy Digital", "Galaxy Digital", "Company"),
        ("CoinGecko", "CoinGecko", "Company"),
        ("Oxylabs", "Oxylabs", "Company"),
        ("Citrix", "Citrix", "Company"),
        ("Yuyuan Tantian", "Yuyuan Tantian", "Organization"),
    ],
)
def test_known_actors_resolve_with_their_kind(
    kb: KnowledgeBase, surface: str, name: str, kind: str
) -> None:
    entry = Resolver(kb).exact(surface)
    assert entry is not None
    assert (entry.name, entry.kind.value) == (name, kind)


def test_french_institute_keeps_a_complement_parsed_beside_it(run: Analyze) -> None:
    (doc,) = run(
        (
            "« Le risque est réel, et Bruxelles doit agir vite », estime Paul Girard, "
            "chercheur à l'Institut Horizon pour le numérique.",
            "fr",
        )
    )
    names = {m.actor.name for m in doc.mentions}
    assert "Institut Horizon pour le numérique" in names
    assert "Institut Horizon" not in names


def test_french_institute_leaves_a_verb_complement_out(run: Analyze) -> None:
    (doc,) = run(("Le gouvernement a choisi l'Institut Horizon pour cette mission.", "fr"))
    names = {m.actor.name for m in doc.mentions}
    assert not any("mission" in name for name in names)


def test_hong_kong_is_a_place_its_government_an_actor(kb: KnowledgeBase) -> None:
    assert is_known_place("Hong Kong")
    assert Resolver(kb).exact("Hong Kong") is None
    government = Resolver(kb).exact("gouvernement de Hong Kong")
    assert government is not None
    assert government.kind is ActorKind.GOVERNMENT_BODY


def test_a_name_with_a_colon_is_one_known_firm(run: Analyze) -> None:
    # "Run:ai" must not shrink to the verb "Run" read as a company.
    (doc,) = run("Nvidia completed its purchase of Run:ai, the Israeli software start-up.")
    names = {(m.actor.name, m.actor.kind.value) for m in doc.mentions}
    assert ("Run:ai", "Company") in names
    assert not any(name == "Run" for name, _ in names)
