"""Roles on real spaCy parses of invented sentences; entity spans come from a name list."""

from __future__ import annotations

from graph.model import Actor, ActorKind, Article
from ingest.extract.pipeline import extract_facts
from tests.ingest.extract.mentions_by_name import analyze_with, sentence_article


def _actor(kind: ActorKind, name: str, *aliases: str, country: str | None = None) -> Actor:
    return Actor(kind=kind, name=name, aliases=aliases, country=country)


P, OFF, C = ActorKind.PERSON, ActorKind.OFFICIAL, ActorKind.COMPANY
GOV, LAND = ActorKind.GOVERNMENT_BODY, ActorKind.COUNTRY
ACTORS = (
    _actor(P, "Nadia Brook"),
    _actor(P, "Marc Olsen"),
    _actor(P, "Léa Fontaine"),
    _actor(P, "Hugo Perrin"),
    _actor(P, "Ana Ruiz"),
    _actor(P, "Kenji Mori", country="Japan"),
    _actor(OFF, "Rita Vale", country="United States"),
    _actor(OFF, "Tom Hale", country="United States"),
    _actor(OFF, "Ines Navarro", country="Spain"),
    _actor(OFF, "Omar Said"),
    _actor(OFF, "Paul Grant"),
    _actor(C, "Quillon Partners"),
    _actor(C, "Dravo Capital"),
    _actor(C, "Norwind"),
    _actor(C, "Zentra"),
    _actor(C, "Halcyon Labs"),
    _actor(C, "Orbis"),
    _actor(C, "Kestrel Robotics"),
    _actor(GOV, "Ohio"),
    _actor(GOV, "US Department of Commerce", "Commerce Department", country="United States"),
    _actor(GOV, "Select Committee on Chips", "committee"),
    _actor(GOV, "Ministry of Trade", country="Spain"),
    _actor(ActorKind.PRODUCT, "Vizor"),
    _actor(LAND, "United States", "US", "États-Unis"),
    _actor(LAND, "Japan", "Japon"),
    _actor(LAND, "Spain", "Espagne"),
    _actor(LAND, "China", "Chine"),
)


def roles(text: str, lang: str = "en") -> set[tuple[str, str, str]]:
    article = sentence_article(text, lang, "2025-03-04T10:00:00Z")
    found = extract_facts(analyze_with(article, ACTORS)).roles
    return {(r.person.name, r.title, r.org.name) for r in found}


def test_a_title_at_a_firm_after_the_name() -> None:
    assert roles(
        '"Margins will shrink," said Nadia Brook, a senior credit analyst at Quillon Partners '
        "in London. Demand is strong, said Marc Olsen, trade lawyer at the firm Dravo Capital."
    ) == {
        ("Nadia Brook", "senior credit analyst", "Quillon Partners"),
        ("Marc Olsen", "trade lawyer", "Dravo Capital"),
    }


def test_a_french_title_at_a_firm_after_the_name() -> None:
    assert roles(
        "« La demande reste forte », estime Léa Fontaine, avocate associée au cabinet Norwind. "
        "« Rien ne change », résume Hugo Perrin, gérant chez Zentra. Ana Ruiz, chercheuse au "
        "laboratoire Halcyon Labs, est prudente.",
        "fr",
    ) == {
        ("Léa Fontaine", "partner", "Norwind"),
        ("Hugo Perrin", "fund manager", "Zentra"),
        ("Ana Ruiz", "researcher", "Halcyon Labs"),
    }


def test_a_professional_title_needs_its_firm() -> None:
    # a city or a country is where the analyst sits, not whom they work for
    assert roles("Prices will fall, said Nadia Brook, an analyst in Japan.") == set()
    assert roles("« Prix en baisse », estime Léa Fontaine, analyste au Japon.", "fr") == set()


def test_the_firm_after_at_beats_a_name_inside_the_title() -> None:
    # "China" qualifies a desk here, it is not the employer
    got = roles("Marc Olsen, head of China equities at Dravo Capital, was cautious.")
    assert got == {("Marc Olsen", "Head", "Dravo Capital")}


def test_head_of_state_and_governor_belong_to_the_place_the_text_names() -> None:
    text = (
        "Ohio will ban the app, Governor Paul Grant said. The move follows a warning from the "
        "United States. Prime Minister Ines Navarro of Spain did not comment."
    )
    assert roles(text) == {
        ("Paul Grant", "Governor", "Ohio"),
        ("Ines Navarro", "Prime Minister", "Spain"),
    }
    assert roles("En Espagne, la nouvelle Première ministre, Ines Navarro, a réagi.", "fr") == {
        ("Ines Navarro", "Prime Minister", "Spain")
    }


def test_a_president_of_something_unnamed_is_not_the_country_s() -> None:
    assert (
        roles("Le président de Kessla, Omar Said, a salué l'accord avec la Chine.", "fr") == set()
    )


def test_a_cabinet_secretary_goes_to_the_named_department_else_the_country() -> None:
    assert roles(
        "The Commerce Department tightened the rules. Commerce Secretary Rita Vale said more "
        "would follow."
    ) == {("Rita Vale", "Commerce Secretary", "US Department of Commerce")}
    assert roles("US Commerce Secretary Rita Vale praised the deal with Japan.") == {
        ("Rita Vale", "Commerce Secretary", "United States")
    }
    assert roles(
        "Le secrétaire américain au Commerce, Tom Hale, a salué l'accord entre les États-Unis "
        "et le Japon.",
        "fr",
    ) == {("Tom Hale", "Secretary", "United States")}


def test_the_group_stands_for_the_company_spoken_of() -> None:
    assert roles(
        "Orbis shares rose after the group's chief executive, Kenji Mori, met officials in Japan."
    ) == {("Kenji Mori", "CEO", "Orbis")}
    assert roles(
        "Kestrel Robotics a présenté ses résultats. Le président tournant du groupe, Omar Said, "
        "s'est dit confiant.",
        "fr",
    ) == {("Omar Said", "rotating chairman", "Kestrel Robotics")}


def test_a_role_stated_by_a_verb() -> None:
    assert roles(
        "Fondée en 2021 par Léa Fontaine, Zentra vend des robots. Norwind, fondée par Hugo "
        "Perrin, recrute.",
        "fr",
    ) == {("Léa Fontaine", "Founder", "Zentra"), ("Hugo Perrin", "Founder", "Norwind")}
    assert roles("Ana Ruiz, who founded Orbis, and Omar Said, who chairs Zentra, spoke.") == {
        ("Ana Ruiz", "Founder", "Orbis"),
        ("Omar Said", "Chairman", "Zentra"),
    }


def test_a_past_or_future_chair_is_not_a_role() -> None:
    assert roles("Omar Said, who chaired Zentra until 2019, will head Norwind next year.") == set()


def test_whose_names_the_company() -> None:
    assert roles("Shares of Orbis, whose chief executive Kenji Mori met analysts, rose.") == {
        ("Kenji Mori", "CEO", "Orbis")
    }


def test_who_after_an_apposition_and_names_after_the_verb() -> None:
    assert roles(
        "Au centre du projet se trouve Omar Said, conseiller du gouvernement, qui préside à la "
        "fois Zentra et Norwind.",
        "fr",
    ) == {("Omar Said", "Chairman", "Zentra"), ("Omar Said", "Chairman", "Norwind")}


def test_a_name_that_is_only_part_of_a_longer_one_is_not_the_firm() -> None:
    # "Orbis" alone is known; "Pacific Orbis" is another, unrecognised firm
    assert roles("Prices will rise, said Nadia Brook, an economist at Pacific Orbis.") == set()


def test_a_head_of_state_named_by_title_alone() -> None:
    text = (
        "Tom Hale a signé le décret jeudi. Rita Vale, la secrétaire américaine au Commerce, "
        "était présente. « C'est une victoire pour les États-Unis », a assuré le président "
        "américain."
    )
    assert ("Tom Hale", "President", "United States") in roles(text, "fr")
    # two officials of the country and no way to tell which one is meant
    two = "Rita Vale and Tom Hale met the press. The US president said the deal was done."
    assert roles(two) == set()


def test_a_role_stated_with_to_be() -> None:
    assert roles("Ana Ruiz, who founded Orbis and is also Zentra's chief executive, spoke.") == {
        ("Ana Ruiz", "Founder", "Orbis"),
        ("Ana Ruiz", "CEO", "Zentra"),
    }
    assert roles("Hugo Perrin est le directeur général de Norwind.", "fr") == {
        ("Hugo Perrin", "CEO", "Norwind")
    }
    assert roles("Marc Olsen was the chief executive of Dravo Capital.") == set()
    assert roles("Hugo Perrin sera le président de Norwind.", "fr") == set()


def test_heading_somewhere_or_leading_someone_s_efforts_is_no_role() -> None:
    assert (
        roles(
            "Ana Ruiz, who heads to the Commerce Department next week, and Omar Said, who leads "
            "Zentra's lobbying effort, spoke."
        )
        == set()
    )


def test_the_company_is_the_one_the_article_is_about_not_a_source_s_firm() -> None:
    text = (
        'Orbis shares fell on Monday. Orbis had warned of weak demand. "It is a warning," '
        "said Nadia Brook, an analyst at Dravo Capital. The company's founder, Ana Ruiz, "
        "stayed calm."
    )
    assert roles(text) == {
        ("Nadia Brook", "analyst", "Dravo Capital"),
        ("Ana Ruiz", "Founder", "Orbis"),
    }


def test_a_title_inside_a_group_of_the_firm_s_people() -> None:
    assert roles(
        "In court filings, three Orbis executives, including chief financial officer Ana Ruiz, "
        "said the plan failed."
    ) == {("Ana Ruiz", "CFO", "Orbis")}
    assert roles(
        "Plusieurs dirigeants de Zentra, dont le directeur financier Hugo Perrin, ont démissionné.",
        "fr",
    ) == {("Hugo Perrin", "CFO", "Zentra")}


def test_more_title_shapes() -> None:
    assert roles(
        "Ana Ruiz, who co-founded Orbis in 2015, spoke. Zentra's interim co-chief executive "
        "Omar Said was silent. Commerce Department chief Nadia Brook left early."
    ) == {
        ("Ana Ruiz", "Founder", "Orbis"),
        ("Omar Said", "CEO", "Zentra"),
        ("Nadia Brook", "Head", "US Department of Commerce"),
    }


def test_a_possessive_inside_the_body_s_name_is_not_the_employer() -> None:
    assert roles("Omar Said, a spokesman for Spain's Ministry of Trade, declined to comment.") == {
        ("Omar Said", "Spokesperson", "Ministry of Trade")
    }


def test_a_minister_of_unknown_country_belongs_to_the_country_named() -> None:
    assert roles(
        "Le ministre de l'Économie, Omar Said, a réagi. L'Espagne veut une réponse.", "fr"
    ) == {("Omar Said", "Minister", "Spain")}


def test_a_national_security_adviser_serves_the_country() -> None:
    assert roles(
        "Omar Said, conseiller à la sécurité nationale de l'Espagne, qui préside Zentra, est venu.",
        "fr",
    ) == {
        ("Omar Said", "national security adviser", "Spain"),
        ("Omar Said", "Chairman", "Zentra"),
    }


def test_the_body_after_an_owner_s_possessive_is_the_employer() -> None:
    assert roles(
        "The head of the Commerce Department's Select Committee on Chips, Nadia Brook, spoke."
    ) == {("Nadia Brook", "Head", "Select Committee on Chips")}


def test_whose_refers_to_the_name_right_before_it() -> None:
    # Norwind is named earlier in the sentence, but 'whose' follows Orbis
    assert roles("Norwind sued Orbis, whose chief executive Kenji Mori denied it.") == {
        ("Kenji Mori", "CEO", "Orbis")
    }


def test_heads_envoys_and_executives() -> None:
    assert roles(
        "Hugo Perrin, à la tête de Zentra depuis 2019, a réagi. Léa Fontaine, cadre dirigeante "
        "de Norwind, a refusé de commenter.",
        "fr",
    ) == {("Hugo Perrin", "Head", "Zentra"), ("Léa Fontaine", "Executive", "Norwind")}
    assert roles(
        "Nadia Brook, a senior Orbis executive, and Spain's trade envoy Ines Navarro met. "
        "Representative Omar Said, who sits on the panel, was absent."
    ) == {
        ("Nadia Brook", "senior executive", "Orbis"),
        ("Ines Navarro", "trade envoy", "Spain"),
    }


def test_a_participle_with_an_object_is_not_a_title() -> None:
    assert roles("Hugo Perrin, représentant l'Espagne à Bruxelles, a voté contre.", "fr") == set()


def test_a_secretary_general_belongs_to_the_organisation_named() -> None:
    actors = (*ACTORS, Actor(kind=ActorKind.ORGANIZATION, name="NATO"))
    text = "NATO Secretary-General Ines Navarro met officials from Spain."
    article = Article(
        url="https://news.example.org/sg",
        title="t",
        lang="en",
        published="2025-03-04T10:00:00Z",
        fetched_at="2025-03-04T10:00:00Z",
        content_hash="sg",
        text=text,
    )
    found = extract_facts(analyze_with(article, actors)).roles
    assert {(r.person.name, r.org.name) for r in found} == {("Ines Navarro", "NATO")}


def test_an_appointment_is_a_current_role() -> None:
    assert roles(
        "Ana Ruiz was named chief executive of Orbis in May. Omar Said became chairman of "
        "Zentra. Marc Olsen will become head of Norwind."
    ) == {("Ana Ruiz", "CEO", "Orbis"), ("Omar Said", "Chairman", "Zentra")}
    assert roles("Hugo Perrin a été nommé directeur général de Norwind en mars.", "fr") == {
        ("Hugo Perrin", "CEO", "Norwind")
    }


def test_a_demonym_must_qualify_the_title_itself() -> None:
    text = "Omar Said, a spokesman for the Chinese embassy, denied it. China said nothing."
    assert roles(text) == set()
    assert roles("Le ministre chinois Omar Said a démenti. La Chine se tait.", "fr") == {
        ("Omar Said", "Minister", "China")
    }


def test_a_state_attorney_general_serves_the_state() -> None:
    assert roles(
        "In Ohio, Attorney General Paul Grant sued Orbis, which he says spied for China."
    ) == {("Paul Grant", "Attorney General", "Ohio")}


def test_a_commissioner_belongs_to_a_named_body_not_a_place() -> None:
    text = "« Non », a dit Omar Said, commissaire à la protection des données de l'Espagne."
    assert roles(text, "fr") == set()
    assert roles(
        "« Non », a dit Omar Said, commissaire adjoint de la Select Committee on Chips.", "fr"
    ) == {("Omar Said", "Commissioner", "Select Committee on Chips")}


def test_a_french_title_with_charged_with() -> None:
    assert roles(
        "À Madrid, la ministre déléguée chargée du Numérique, Ines Navarro, a parlé. "
        "L'Espagne attend.",
        "fr",
    ) == {("Ines Navarro", "Minister Delegate", "Spain")}


def test_the_chief_executive_of_a_platform() -> None:
    assert roles("Ana Ruiz, Vizor's chief executive, spoke.") == {("Ana Ruiz", "CEO", "Vizor")}
    assert roles("Prices rise, said Nadia Brook, an analyst at Vizor.") == set()
