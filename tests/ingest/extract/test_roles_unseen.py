"""Roles in constructions common in wire copy that the first rules missed (invented sentences,
names given by a list)."""

from __future__ import annotations

from graph.model import Actor, ActorKind
from ingest.extract.pipeline import extract_facts
from tests.ingest.extract.mentions_by_name import analyze_with, sentence_article

K = ActorKind
ACTORS = (
    Actor(kind=K.COUNTRY, name="United States", aliases=("US", "Washington")),
    Actor(kind=K.GOVERNMENT_BODY, name="US Department of Energy", aliases=("US Energy",)),
    Actor(kind=K.OFFICIAL, name="Dana Whitlock", country="United States"),
    Actor(kind=K.COMPANY, name="Corvane"),
    Actor(kind=K.COMPANY, name="Pellworth"),
    Actor(kind=K.PERSON, name="Ines Marlow"),
)


def _roles(text: str, lang: str = "en") -> set[tuple[str, str]]:
    article = sentence_article(text, lang)
    got = extract_facts(analyze_with(article, ACTORS))
    return {(r.person.name, r.org.name) for r in got.roles}


def test_a_cabinet_title_qualified_by_its_country_is_the_countrys() -> None:
    assert _roles("US Energy Secretary Dana Whitlock said Washington would go ahead.") == {
        ("Dana Whitlock", "United States")
    }


def test_a_title_after_two_names_belongs_to_the_nearer_one() -> None:
    assert _roles(
        "The start-up is backed by Corvane and by Pellworth founder Ines Marlow, it said."
    ) == {("Ines Marlow", "Pellworth")}


def test_a_bare_title_speaks_for_the_firm_that_just_spoke() -> None:
    assert _roles(
        'Corvane rejected the claims. "We follow the law," spokeswoman Ines Marlow said.'
    ) == {("Ines Marlow", "Corvane")}
    assert _roles(
        "Corvane a rejeté les accusations. « Nous respectons la loi », a déclaré le PDG, "
        "Ines Marlow.",
        "fr",
    ) == {("Ines Marlow", "Corvane")}


def test_a_bare_title_far_from_any_firm_stays_unplaced() -> None:
    assert not _roles(
        "Markets fell. Traders were nervous. Bonds rallied. Chief executive Ines Marlow said "
        "nothing."
    )
    assert not _roles("Ines Marlow, an analyst, said Corvane had erred.")


SENATE = (
    Actor(kind=K.OFFICIAL, name="Ross Tanner", country="United States"),
    Actor(kind=K.GOVERNMENT_BODY, name="Senate Banking Committee"),
    Actor(kind=K.OFFICIAL, name="Odile Verlaine"),
    Actor(kind=K.COUNTRY, name="France"),
)


def test_a_senator_is_the_countrys_unless_given_a_closer_role() -> None:
    def roles(text: str, lang: str = "en") -> set[tuple[str, str]]:
        got = extract_facts(analyze_with(sentence_article(text, lang), (*ACTORS, *SENATE)))
        return {(r.person.name, r.org.name) for r in got.roles}

    assert roles("Senator Ross Tanner has asked Washington to act.") == {
        ("Ross Tanner", "United States")
    }
    assert roles("En France, la sénatrice Odile Verlaine réclame une interdiction.", "fr") == {
        ("Odile Verlaine", "France")
    }
    assert roles(
        "Senator Ross Tanner, chairman of the Senate Banking Committee, said Washington would act."
    ) == {("Ross Tanner", "Senate Banking Committee")}
    assert not roles(
        "Senator Ross Tanner, vice chairman of the intelligence panel, said Washington would act."
    )


def test_an_executive_vice_president_alone_is_the_bodys_that_spoke() -> None:
    eu = (
        Actor(
            kind=K.GOVERNMENT_BODY, name="European Commission", aliases=("Commission européenne",)
        ),
        Actor(kind=K.OFFICIAL, name="Aino Lehto"),
    )
    article = sentence_article(
        "La Commission européenne a ouvert une enquête. « C'est inacceptable », a déclaré la "
        "vice-présidente exécutive Aino Lehto.",
        "fr",
    )
    got = extract_facts(analyze_with(article, (*ACTORS, *eu)))
    assert {(r.person.name, r.org.name) for r in got.roles} == {
        ("Aino Lehto", "European Commission")
    }


def test_a_senator_is_not_the_country_they_speak_of() -> None:
    actors = (
        Actor(kind=K.OFFICIAL, name="Odile Verlaine"),
        Actor(kind=K.COUNTRY, name="China", aliases=("Pékin",)),
    )
    article = sentence_article("Le sénateur Odile Verlaine a critiqué Pékin mardi.", "fr")
    assert not extract_facts(analyze_with(article, actors)).roles


def test_one_title_reaches_every_firm_joined_to_its_organisation() -> None:
    assert _roles("Ines Marlow, patronne de Corvane et de Pellworth, a démenti.", "fr") == {
        ("Ines Marlow", "Corvane"),
        ("Ines Marlow", "Pellworth"),
    }


def test_a_firm_noun_with_adjectives_refers_back() -> None:
    assert _roles(
        "Corvane agreed to sell a stake. The troubled chipmaker's chief executive, Ines Marlow, "
        "will stay on."
    ) == {("Ines Marlow", "Corvane")}


def test_a_relatives_title_is_not_the_persons() -> None:
    assert not _roles("Ines Marlow, sœur du PDG de Corvane, a démenti.", "fr")


def test_a_title_right_before_a_name_is_its_own_after_a_kin_word() -> None:
    assert _roles("Ines Marlow is a sister of Corvane founder Dana Whitlock, it said.") == {
        ("Dana Whitlock", "Corvane")
    }


def test_a_hyphened_adjective_stays_in_the_title() -> None:
    assert _roles(
        "Corvane agreed to sell a stake. The data-labelling company's founder, Ines Marlow, "
        "will stay on."
    ) == {("Ines Marlow", "Corvane")}
