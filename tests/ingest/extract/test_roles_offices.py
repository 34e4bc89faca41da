"""Roles of agency heads, prosecutors, commissioners and firm officers as news writes them
(invented sentences, names by list)."""

from __future__ import annotations

import pytest

from graph.model import Actor, ActorKind
from ingest.extract.pipeline import extract_facts
from tests.ingest.extract.mentions_by_name import analyze_with, sentence_article
from tests.ingest.extract.test_roles_forms import ACTORS as NAMED

K = ActorKind
ACTORS = (
    *(a for a in NAMED if a.name != "Data Protection Commission"),
    Actor(kind=K.GOVERNMENT_BODY, name="Agence nationale des fréquences", aliases=("ANFR",)),
    Actor(kind=K.GOVERNMENT_BODY, name="US Department of Justice",
          aliases=("département de la Justice", "Justice Department")),
    Actor(kind=K.GOVERNMENT_BODY, name="Data Protection Commission",
          aliases=("Commission irlandaise de protection des données",)),
    Actor(kind=K.GOVERNMENT_BODY, name="State of California", aliases=("California",)),
    Actor(kind=K.COUNTRY, name="Germany"),
)  # fmt: skip


def _roles(text: str, lang: str = "en") -> set[tuple[str, str]]:
    found = extract_facts(analyze_with(sentence_article(text, lang), ACTORS)).roles
    return {(r.person.name, r.org.name) for r in found}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("L'ANFR a publié un rapport mardi. « Les brouillages ont doublé », a précisé son "
         "directeur général, Hugo Perrin.", "fr"),
        ("The ANFR published a report on Tuesday. Its director general, Hugo Perrin, said "
         "jamming had doubled.", "en"),
    ],
)  # fmt: skip
def test_an_agencys_general_director_through_its_possessive(text: str, lang: str) -> None:
    assert ("Hugo Perrin", "Agence nationale des fréquences") in _roles(text, lang)


def test_a_firms_chief_executive_through_its_possessive_is_still_no_agencys() -> None:
    roles = _roles("L'ANFR a publié un rapport. Son PDG, Hugo Perrin, a démissionné.", "fr")
    assert ("Hugo Perrin", "Agence nationale des fréquences") not in roles


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("« Ces réseaux ont volé des secrets », a déclaré Lena Sorel, procureure générale "
         "adjointe au département de la Justice.", "fr"),
        ("Lena Sorel, procureur général adjoint chargé de la sécurité nationale au "
         "département de la Justice, a annoncé les poursuites.", "fr"),
        ("\"These networks stole secrets,\" said Lena Sorel, assistant attorney general at the "
         "Justice Department.", "en"),
    ],
)  # fmt: skip
def test_a_french_attorney_general_title(text: str, lang: str) -> None:
    assert ("Lena Sorel", "US Department of Justice") in _roles(text, lang)


def test_a_firms_director_of_operations_through_its_possessive() -> None:
    roles = _roles(
        "Norwind a perdu un contrat. Son directeur des opérations, Ana Ruiz, a démissionné.", "fr"
    )
    assert ("Ana Ruiz", "Norwind") in roles


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Commission irlandaise de protection des données a infligé une amende à Norwind. "
         "« Les transferts étaient illégaux », a résumé le commissaire adjoint Hugo Perrin.", "fr"),
        ("The Data Protection Commission fined Norwind on Monday. \"The transfers were "
         "unlawful,\" said deputy commissioner Hugo Perrin.", "en"),
    ],
)  # fmt: skip
def test_a_bare_commissioner_belongs_to_the_commission_just_named(text: str, lang: str) -> None:
    assert ("Hugo Perrin", "Data Protection Commission") in _roles(text, lang)


def test_a_bare_commissioner_with_no_commission_nearby_has_no_role() -> None:
    assert not _roles('Norwind fined. "We disagree," said deputy commissioner Hugo Perrin.')


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("« Norwind nous évince », affirme Hugo Perrin, cofondateur de Kelpie Labs of "
         "California.", "fr"),
        ("Hugo Perrin, chief executive of a start-up based in Germany, criticised the rule.",
         "en"),
    ],
)  # fmt: skip
def test_no_firm_title_is_held_at_a_place(text: str, lang: str) -> None:
    roles = _roles(text, lang)
    assert ("Hugo Perrin", "State of California") not in roles
    assert ("Hugo Perrin", "Germany") not in roles
