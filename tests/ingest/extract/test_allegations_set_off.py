"""The one accused where French word order, not the parse, says who it is (invented sentences).

A participle set off by a comma describes the last name before it ('la société X, accusée
d'avoir'); a plural object pronoun stands for the parties the sentence before took ('a
sanctionné X et Y. Washington les accuse'); a relative 'qu'' stands for the name right before
its comma ('une plainte contre X, qu'elle accuse de'); an object pronoun skips the places
named on the way ('vers la Chine. Le régulateur lui reproche').
"""

from __future__ import annotations

import pytest

from graph.model import Actor, ActorKind
from tests.ingest.extract.mentions_by_name import claim_pairs

K = ActorKind
ACTORS = (
    Actor(kind=K.GOVERNMENT_BODY, name="European Union", aliases=("Union européenne",)),
    Actor(kind=K.GOVERNMENT_BODY, name="US Department of the Treasury", aliases=("Trésor",)),
    Actor(kind=K.GOVERNMENT_BODY, name="CNIL"),
    Actor(kind=K.COUNTRY, name="United States", aliases=("Washington",)),
    Actor(kind=K.COUNTRY, name="China", aliases=("Chine",)),
    Actor(kind=K.COMPANY, name="Korvex"),
    Actor(kind=K.COMPANY, name="Lumora"),
    Actor(kind=K.COMPANY, name="Vantor Systems"),
    Actor(kind=K.ORGANIZATION, name="Syndicat des auteurs"),
    Actor(kind=K.PERSON, name="Ivan Marek"),
    Actor(kind=K.PERSON, name="Paul Renard"),
)


def _pairs(text: str) -> set[tuple[str, str]]:
    return claim_pairs(text, "fr", ACTORS)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Le Trésor a sanctionné mardi la société Korvex, accusée d'avoir livré des moteurs "
         "de drones à Lumora.", ("US Department of the Treasury", "Korvex")),
        ("Lumora a poursuivi mardi un ancien cadre, Paul Renard, accusé d'avoir copié des "
         "secrets industriels avant de rejoindre Vantor Systems.", ("Lumora", "Paul Renard")),
    ],
)  # fmt: skip
def test_a_set_off_participle_accuses_the_name_it_follows(text: str, pair: tuple[str, str]) -> None:
    pairs = _pairs(text)
    assert pair in pairs
    # the parties inside the act are not the accused
    assert {p for p in pairs if p[0] == pair[0]} == {pair}


def test_a_plural_pronoun_stands_for_the_parties_taken_before() -> None:
    pairs = _pairs(
        "Le Trésor a sanctionné la société Korvex et son dirigeant Ivan Marek. Washington les "
        "accuse d'avoir livré des drones à la Russie."
    )
    assert {("United States", "Korvex"), ("United States", "Ivan Marek")} <= pairs


def test_a_relative_after_a_complaint_stands_for_the_name_before_its_comma() -> None:
    pairs = _pairs(
        "Le Syndicat des auteurs a porté plainte lundi contre Lumora, qu'il accuse d'avoir "
        "copié des milliers de romans sans autorisation."
    )
    assert ("Syndicat des auteurs", "Lumora") in pairs


def test_an_object_pronoun_skips_the_places_named_on_the_way() -> None:
    pairs = _pairs(
        "La CNIL a infligé une amende à Vantor Systems pour avoir transféré des données vers la "
        "Chine. Le régulateur lui reproche aussi d'avoir fourni des informations inexactes."
    )
    assert ("CNIL", "China") not in pairs


def test_a_subordinate_clause_speaks_for_its_own_subject() -> None:
    pairs = _pairs(
        "La décision intervient deux jours après que la CNIL et l'Union européenne ont accusé "
        "Korvex d'avoir piraté les serveurs de Lumora."
    )
    assert {("CNIL", "Korvex"), ("European Union", "Korvex")} <= pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a duty not shown to be met is the act, in French as in English
        ("« Korvex n'a pas démontré que les données de ses clients étaient protégées », a "
         "déclaré Paul Renard.", ("Paul Renard", "Korvex")),
        # pushing out its own rivals is an antitrust wrong
        ("« Lumora verrouille ce marché pour évincer ses rivaux », affirme Paul Renard.",
         ("Paul Renard", "Lumora")),
    ],
)  # fmt: skip
def test_a_quotation_accuses_its_own_subject(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text)


def test_rivals_named_as_harmed_are_not_accused() -> None:
    pairs = _pairs(
        "Selon la CNIL, la règle de Lumora pourrait évincer des concurrents comme Vantor Systems."
    )
    assert ("CNIL", "Vantor Systems") not in pairs
