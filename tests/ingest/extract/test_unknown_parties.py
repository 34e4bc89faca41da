"""Parties the KB does not know that accusations name: hacking groups by the shape of their
designations, and embassies by the country they represent."""

from __future__ import annotations

import pytest

from graph.model import ActorKind

from .conftest import Analyze


def _named(run: Analyze, text: str, lang: str = "en") -> dict[str, tuple[str, ActorKind]]:
    (doc,) = run((text, lang))
    return {m.text: (m.actor.name, m.actor.kind) for m in doc.mentions}


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Analysts tied the break-in to APT 19, a unit of hackers.", "APT 19", "APT19"),
        ("The campaign was run by UNC4990, the firm said.", "UNC4990", "UNC4990"),
        ("Storm-1849 exploited the flaw in the gateway.", "Storm-1849", "Storm-1849"),
        ("The lab tracks the operators as GTG-2047.", "GTG-2047", "GTG-2047"),
        ("Plum Typhoon carried out the cyber intrusions.", "Plum Typhoon", "Plum Typhoon"),
        ("Le groupe de pirates Ruby Sleet visait des ministères.", "Ruby Sleet", "Ruby Sleet"),
    ],
)
def test_hacking_groups_are_organisations(run: Analyze, text: str, surface: str, name: str) -> None:
    lang = "fr" if text.startswith("Le ") else "en"
    assert _named(run, text, lang)[surface] == (name, ActorKind.ORGANIZATION)


def test_a_weather_or_animal_name_outside_hacking_is_no_group(run: Analyze) -> None:
    named = _named(run, "The air force flew its Eurofighter Typhoon over the Brown Bear park.")
    assert all(kind is not ActorKind.ORGANIZATION for _, kind in named.values())


def test_a_known_alias_of_a_group_reaches_it(run: Analyze) -> None:
    named = _named(run, "Investigators said RedMike kept access to the carriers' routers.")
    assert named["RedMike"] == ("Salt Typhoon", ActorKind.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "lang", "surface", "name"),
    [
        ("A spokesman for the Chinese embassy rejected the report.", "en", "Chinese embassy",
         "Embassy of China"),
        ("Russia's embassy in Canberra called it a smear.", "en",
         "Russia's embassy in Canberra", "Embassy of Russia in Australia"),
        ("The Iranian Embassy in Lyon did not reply.", "en", "Iranian Embassy", "Embassy of Iran"),
        ("L'ambassade de Chine a démenti ces accusations.", "fr", "ambassade de Chine",
         "Embassy of China"),
        ("L'ambassade russe à Tokyo a protesté.", "fr", "ambassade russe à Tokyo",
         "Embassy of Russia in Japan"),
        ("China's embassy in Washington denied it.", "en", "China's embassy in Washington",
         "Chinese Embassy in the United States"),
    ],
)  # fmt: skip
def test_embassies_are_bodies_of_their_country(
    run: Analyze, text: str, lang: str, surface: str, name: str
) -> None:
    assert _named(run, text, lang)[surface] == (name, ActorKind.GOVERNMENT_BODY)


def test_an_ambassador_is_no_embassy(run: Analyze) -> None:
    named = _named(run, "L'ambassadeur de Chine à Prague a été convoqué.", "fr")
    assert all(kind is not ActorKind.GOVERNMENT_BODY for _, kind in named.values())


def test_a_lower_case_noun_tagged_as_a_name_is_no_actor(run: Analyze) -> None:
    named = _named(run, '"It will fail," the Austin-based chipmaker said in a statement on Monday.')
    assert "chipmaker" not in named


def test_a_portfolio_after_for_is_part_of_a_title(run: Analyze) -> None:
    named = _named(
        run, "said Maria Lowe, the Deputy Attorney General for National Security, on Friday."
    )
    assert "National Security" not in named


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The founder, Lin Qiaowen, spoke first. Later, Mr Lin declined to comment.", "en"),
        ("Le fondateur, Lin Qiaowen, a parlé. Selon M. Lin, rien n'a changé.", "fr"),
    ],
)
def test_an_honorific_joins_a_family_name_written_first(run: Analyze, text: str, lang: str) -> None:
    (doc,) = run((text, lang))
    assert [m.actor.name for m in doc.mentions if m.text == "Lin"] == ["Lin Qiaowen"]


def test_the_country_inside_an_embassy_keeps_its_mention(run: Analyze) -> None:
    named = _named(run, "L'ambassade de Chine à Singapour a rejeté ces accusations.", "fr")
    assert named["Chine"] == ("China", ActorKind.COUNTRY)
    assert named["ambassade de Chine à Singapour"][0] == "Embassy of China in Singapore"


@pytest.mark.parametrize(
    ("text", "lang", "surface", "name"),
    [
        ("Un rapport de la commission de la Chambre des représentants sur la Chine est paru.",
         "fr", "commission de la Chambre des représentants sur la Chine",
         "House Select Committee on China"),
        ("Berlin's data protection authority wrote to the app stores.", "en",
         "Berlin's data protection authority",
         "Berlin Commissioner for Data Protection and Freedom of Information"),
        ("Malaysia's Ministry of Investment, Trade and Industry set new permit rules.", "en",
         "Malaysia's Ministry of Investment, Trade and Industry",
         "Ministry of Investment, Trade and Industry"),
        ("The hackers worked for i-Soon, prosecutors said.", "en", "i-Soon", "i-Soon"),
    ],
)  # fmt: skip
def test_bodies_and_contractors_the_kb_now_knows(
    run: Analyze, text: str, lang: str, surface: str, name: str
) -> None:
    assert _named(run, text, lang)[surface][0] == name


@pytest.mark.parametrize(
    "name", ["Hanxin Telecom", "Brightwave Logistics", "Morrow Software", "Qiyuan Networks"]
)
def test_a_capitalised_run_ending_with_a_firm_word_is_a_company(run: Analyze, name: str) -> None:
    named = _named(run, f"Investigators named {name} in the filing on Tuesday.")
    assert named[name] == (name, ActorKind.COMPANY)


def test_an_apposition_headed_by_a_firm_noun_makes_a_company_of_a_person_shaped_name(
    run: Analyze,
) -> None:
    named = _named(run, "The pair used Harlow Realtor, a front company they controlled, to pay.")
    assert named["Harlow Realtor"] == ("Harlow Realtor", ActorKind.COMPANY)
    named = _named(run, "Jane Morrow, a company spokeswoman, declined to comment.")
    assert named["Jane Morrow"][1] is ActorKind.PERSON


@pytest.mark.parametrize(
    "text",
    [
        "« C'est grave », a déclaré Claire Vasseur, procureure fédérale à Bruxelles.",
        "« C'est grave », a estimé Claire Vasseur, ambassadrice de France au Japon.",
    ],
)
def test_feminine_public_titles_make_officials(run: Analyze, text: str) -> None:
    assert _named(run, text, "fr")["Claire Vasseur"][1] is ActorKind.OFFICIAL
