"""Acts the older cue lists missed, penalties and lists, lists of accused (invented sentences)."""

from __future__ import annotations

import pytest

from ingest.extract.accused import _list_gap
from tests.ingest.extract.test_allegations_general import _pairs


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("The FBI said Salt Typhoon had spied on senior officials for two years.", "en",
         ("FBI", "Salt Typhoon")),
        ("Le FBI affirme que Salt Typhoon a mené une campagne d'espionnage contre des élus.",
         "fr", ("FBI", "Salt Typhoon")),
        ("The Commerce Department said SMIC had helped evade US sanctions on Huawei.", "en",
         ("Department of Commerce", "SMIC")),
        ("Ken Paxton said Wingtech had bribed local officials to win the contract.", "en",
         ("Ken Paxton", "Wingtech")),
        ("Selon la CNIL, Orbis aurait versé des pots-de-vin à des fonctionnaires.", "fr",
         ("CNIL", "Orbis")),
        ("John Moolenaar said TP-Link had forged end-user certificates for its routers.", "en",
         ("John Moolenaar", "TP-Link")),
        ("The FBI said Orbis had supplied software to units of the People's Liberation Army.",
         "en", ("FBI", "Orbis")),
        ("Meike Kamp said Orbis had failed to protect the personal data of its customers.", "en",
         ("Meike Kamp", "Orbis")),
        ("La CNIL estime que Orbis n'a pas été en mesure de garantir la sécurité des données.",
         "fr", ("CNIL", "Orbis")),
        ("Ken Paxton said Orbis ran a disinformation campaign before the vote.", "en",
         ("Ken Paxton", "Orbis")),
        ("La Commission européenne affirme que Orbis a eu recours au travail forcé.", "fr",
         ("European Commission", "Orbis")),
        ("The Authors Guild said Meta had trained its models on pirated books.", "en",
         ("Authors Guild", "Meta")),
        ("The FBI summoned Orbis representatives, saying its routers could carry remote "
         "shutdown features.", "en", ("FBI", "Orbis")),
        ("La CNIL estime que les caméras d'Orbis intègrent un suivi de localisation.", "fr",
         ("CNIL", "Orbis")),
        ("The FBI said Orbis had bought the chips through front companies in Hong Kong.", "en",
         ("FBI", "Orbis")),
        ("Selon le FBI, Salt Typhoon a pénétré les réseaux de plusieurs opérateurs en exploitant "
         "des failles connues.", "fr", ("FBI", "Salt Typhoon")),
    ],
)  # fmt: skip
def test_acts_named_by_their_own_word(text: str, lang: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The FBI said Salt Typhoon had targeted companies that Orbis had not audited.", "en"),
        ("Ken Paxton said Orbis had not bribed anyone.", "en"),
        ("The FBI said Orbis failed to meet its revenue forecast.", "en"),
    ],
)
def test_no_wrong_no_allegation(text: str, lang: str) -> None:
    assert not _pairs(text, lang)


def test_a_topic_before_a_wrong_does_not_hide_the_wrong() -> None:
    pairs = _pairs("The FBI said Orbis, which handles personal data, had used forced labour.", "en")
    assert ("FBI", "Orbis") in pairs


@pytest.mark.parametrize(
    ("text", "lang", "claimant", "accused"),
    [
        ("The Commerce Department designated Wingtech, chipmaker SMIC and router maker TP-Link "
         "as Chinese military companies.", "en", "Department of Commerce",
         {"Wingtech", "SMIC", "TP-Link"}),
        ("Washington a inscrit SMIC sur sa liste des entreprises liées à l'armée chinoise.",
         "fr", "United States", {"SMIC"}),
    ],
)  # fmt: skip
def test_a_listing_accuses_each_party_listed(
    text: str, lang: str, claimant: str, accused: set[str]
) -> None:
    assert {a for c, a in _pairs(text, lang) if c == claimant} == accused


def test_a_growing_list_is_no_listing() -> None:
    assert not _pairs(
        "Texas joined a growing list of states raising security concerns about DeepSeek.", "en"
    )


def test_a_penalty_accuses_its_object_even_without_a_named_wrong() -> None:
    assert ("CNIL", "Meta") in _pairs(
        "La CNIL a infligé jeudi une amende de 20 millions d'euros à Meta.", "fr"
    )


def test_the_maker_of_an_exploited_flaw_is_a_victim() -> None:
    pairs = _pairs(
        "The FBI said Salt Typhoon had compromised telecom networks by exploiting flaws in "
        "routers made by TP-Link.",
        "en",
    )
    assert ("FBI", "Salt Typhoon") in pairs
    assert ("FBI", "TP-Link") not in pairs


@pytest.mark.parametrize(
    ("gap", "joins"),
    [
        (", module maker ", True),
        (" and drone maker ", True),
        (", ", True),
        (", a unit of ", False),
        (", which ", False),
        (" and the Chinese firm ", False),
    ],
)
def test_list_items_may_carry_a_short_description(gap: str, joins: bool) -> None:
    assert _list_gap(gap) is joins
