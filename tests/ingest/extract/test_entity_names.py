"""Entity names and kinds: places never fuzzy-match common words, bare force names are no
actors, and full legal names reach the known actor."""

from __future__ import annotations

import pytest

from graph.model import ActorKind
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.kb import KnowledgeBase
from ingest.extract.kinds import best_kind
from ingest.extract.resolve import Resolver


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
