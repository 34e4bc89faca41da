"""Who broke in and who was broken into, who opposes an act, and wrongs named in a few words
(invented sentences; entity spans come from a name list, so these exercise the fact rules)."""

from __future__ import annotations

import pytest

from graph.model import Actor, ActorKind
from tests.ingest.extract.mentions_by_name import claim_pairs, facts_with

K = ActorKind
ACTORS = (
    Actor(kind=K.GOVERNMENT_BODY, name="FBI"),
    Actor(kind=K.GOVERNMENT_BODY, name="Data Protection Commission"),
    Actor(kind=K.GOVERNMENT_BODY, name="High Court"),
    Actor(kind=K.GOVERNMENT_BODY, name="Commerce Department"),
    Actor(kind=K.COMPANY, name="Mandiant"),
    Actor(kind=K.COMPANY, name="Veltra Bank"),
    Actor(kind=K.COMPANY, name="Corvex"),
    Actor(kind=K.COMPANY, name="Norlune"),
    Actor(kind=K.ORGANIZATION, name="Ember Panda"),
    Actor(kind=K.OFFICIAL, name="Wang Jiang"),
    Actor(kind=K.OFFICIAL, name="Ruth Adler"),
    Actor(kind=K.COUNTRY, name="China"),
)


def _pairs(text: str) -> set[tuple[str, str]]:
    return claim_pairs(text, "en", ACTORS)


@pytest.mark.parametrize(
    "text",
    [
        "The FBI said Ember Panda had broken into Veltra Bank and stolen customer records.",
        "Mandiant said Ember Panda hacked Veltra Bank last spring to steal payment data.",
        "The FBI said the intruders used flaws in routers to break into Veltra Bank and other "
        "lenders, according to Ember Panda's own chat logs.",
    ],
)
def test_the_one_broken_into_is_a_victim_not_an_accused(text: str) -> None:
    pairs = _pairs(text)
    assert not {p for p in pairs if p[1] == "Veltra Bank"}
    if "Ember Panda had" in text or "hacked" in text:
        assert any(p[1] == "Ember Panda" for p in pairs)


@pytest.mark.parametrize(
    "text",
    [
        '"China firmly opposes and combats all forms of cyberattacks," Wang Jiang, a spokesman '
        "for the embassy, said on Friday.",
        'Wang Jiang said China "resolutely opposes and cracks down on hacking in any form".',
    ],
)
def test_who_opposes_an_act_is_not_accused_of_it(text: str) -> None:
    assert ("Wang Jiang", "China") not in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The FBI said it was combating hacking by Ember Panda against two lenders.",
        "The FBI said it was fighting Ember Panda, which had hacked two lenders.",
    ],
)
def test_a_claimant_fighting_an_act_still_accuses_its_doer(text: str) -> None:
    assert ("FBI", "Ember Panda") in _pairs(text)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "The Data Protection Commission said Corvex had provided inaccurate information to "
            "its inspectors about where user files were kept.",
            "fraud",
        ),
        (
            "The High Court found Corvex had infringed several of Norlune's trademarks.",
            "legal violation",
        ),
        (
            "The Commerce Department said Corvex had shipped servers to research institutes linked "
            "to the People's Liberation Army.",
            "military ties",
        ),
        (
            "Ruth Adler said Norlune was tied to the Chinese military through two of its funds.",
            "military ties",
        ),
    ],
)
def test_wrongs_named_in_a_few_words(text: str, act: str) -> None:
    allegations = facts_with(text, "en", ACTORS).allegations
    found = {(a.claimant.name, a.accused.name, a.act) for a in allegations}
    assert any(a == act and c != "Norlune" for c, _, a in found), found


NATIONAL = (
    Actor(kind=K.GOVERNMENT_BODY, name="Data Protection Commission"),
    Actor(kind=K.COMPANY, name="Qilin Labs", country="China"),
    Actor(kind=K.COMPANY, name="Apple", country="United States"),
    Actor(kind=K.COMPANY, name="Google", country="United States"),
)


@pytest.mark.parametrize(
    "text",
    [
        "Qilin Labs launched a chatbot in May. The Data Protection Commission asked Apple and "
        "Google to pull Qilin Labs from their stores, saying the Chinese AI company sent users' "
        "personal data to servers in Beijing without consent.",
        "Qilin Labs launched a chatbot in May. The Data Protection Commission told Apple and "
        "Google to drop the app, saying the Chinese company had failed to protect user data.",
    ],
)
def test_a_national_description_stands_for_a_firm_of_that_country(text: str) -> None:
    pairs = claim_pairs(text, "en", NATIONAL)
    assert ("Data Protection Commission", "Qilin Labs") in pairs
    assert not {p for p in pairs if p[1] in {"Apple", "Google"}}


STATES = (
    Actor(kind=K.COMPANY, name="Mandiant"),
    Actor(kind=K.GOVERNMENT_BODY, name="FBI"),
    Actor(kind=K.GOVERNMENT_BODY, name="Justice Department"),
    Actor(kind=K.COUNTRY, name="China"),
    Actor(kind=K.COUNTRY, name="Iran"),
    Actor(kind=K.COUNTRY, name="Russia"),
    Actor(kind=K.COMPANY, name="Nvidia"),
    Actor(kind=K.PRODUCT, name="Nvidia H100"),
)


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Mandiant said hackers working for Iran had broken into two water utilities.", {"Iran"}),
        ("The FBI said the intruders had stolen research data on behalf of Russia.", {"Russia"}),
        ("Mandiant said state-backed hackers from China and Iran had used stolen passwords to "
         "break into defence contractors.", {"China", "Iran"}),
        ("The FBI said a unit backed by Russia had hacked the email accounts of two ministers.",
         {"Russia"}),
    ],
)  # fmt: skip
def test_the_state_an_intrusion_is_done_for_is_accused(text: str, states: set[str]) -> None:
    accused = {a for _, a in claim_pairs(text, "en", STATES)}
    assert states <= accused


def test_a_country_named_only_as_a_place_is_still_no_accused() -> None:
    text = "Mandiant said hackers had flown to Russia after breaking into a bank."
    assert ("Mandiant", "Russia") not in claim_pairs(text, "en", STATES)


def test_the_maker_of_goods_others_smuggled_is_not_accused() -> None:
    text = "The Justice Department said the men smuggled Nvidia H100 chips to Iran through Dubai."
    assert ("Justice Department", "Nvidia") not in claim_pairs(text, "en", STATES)


@pytest.mark.parametrize(
    ("text", "pair", "act"),
    [
        ("The FBI said Ember Panda had laundered the stolen funds through crypto mixers.",
         ("FBI", "Ember Panda"), "money laundering"),
        ("The Commerce Department said Corvex supported the military modernisation of China.",
         ("Commerce Department", "Corvex"), "foreign-state ties"),
    ],
)  # fmt: skip
def test_laundering_and_military_modernisation_are_wrongs(
    text: str, pair: tuple[str, str], act: str
) -> None:
    found = {
        (a.claimant.name, a.accused.name, a.act) for a in facts_with(text, "en", ACTORS).allegations
    }
    assert (*pair, act) in found


def test_maintaining_ties_is_no_claim_but_maintaining_that_is() -> None:
    said = "Ruth Adler has long maintained that Corvex stole trade secrets from its partners."
    assert ("Ruth Adler", "Corvex") in _pairs(said)
    ties = (
        "Ruth Adler said Corvex continues to maintain relationships with Norlune and other firms."
    )
    assert ("Corvex", "Norlune") not in _pairs(ties)


def test_an_outlet_that_saw_a_document_is_not_its_author() -> None:
    actors = (*ACTORS, Actor(kind=K.ORGANIZATION, name="Reuters"))
    text = "A complaint seen by Reuters says Corvex copied millions of articles without permission."
    assert not {p for p in claim_pairs(text, "en", actors) if p[0] == "Reuters"}


def test_a_nationality_before_a_charged_name_is_no_accused() -> None:
    actors = (
        Actor(kind=K.GOVERNMENT_BODY, name="Justice Department"),
        Actor(kind=K.PERSON, name="Ana Ruiz"),
        Actor(kind=K.PERSON, name="Piet Smit"),
        Actor(kind=K.PERSON, name="Kofi Mensah"),
        Actor(kind=K.COUNTRY, name="United States", aliases=("US",)),
        Actor(kind=K.COUNTRY, name="Iran"),
    )
    text = (
        "The Justice Department charged Ana Ruiz, US broker Piet Smit and Dutch trader Kofi "
        "Mensah with smuggling servers to Iran in breach of export controls."
    )
    accused = {a for _, a in claim_pairs(text, "en", actors)}
    assert accused == {"Ana Ruiz", "Piet Smit", "Kofi Mensah"}


def test_a_relative_clause_that_only_names_the_group_stays_in_the_claim() -> None:
    text = (
        "Mandiant said it had disrupted a crew it tracks as Ember Panda, which had broken into "
        "the networks of two lenders."
    )
    assert ("Mandiant", "Ember Panda") in _pairs(text)


def test_it_speaking_again_is_the_party_that_spoke_before() -> None:
    text = (
        "The Commerce Department said Corvex had shipped servers to firms linked to the "
        "People's Liberation Army. It also alleged that Norlune had supplied chips to the "
        "Chinese military."
    )
    pairs = _pairs(text)
    assert ("Commerce Department", "Norlune") in pairs
    assert ("Corvex", "Norlune") not in pairs


FIRMS_BEFORE = (
    Actor(kind=K.GOVERNMENT_BODY, name="European Commission"),
    Actor(kind=K.GOVERNMENT_BODY, name="Data Protection Commission"),
    Actor(kind=K.ORGANIZATION, name="Daily Ledger"),
    Actor(kind=K.OFFICIAL, name="Ruth Adler"),
    Actor(kind=K.COMPANY, name="Corvex"),
    Actor(kind=K.COMPANY, name="Norlune"),
)


def test_the_company_fined_is_the_firm_named_before() -> None:
    text = (
        "Corvex opened a store in Milan. The European Commission fined the company 200 million "
        "euros in May for abusing its dominant position in app payments."
    )
    assert ("European Commission", "Corvex") in claim_pairs(text, "en", FIRMS_BEFORE)


def test_a_description_after_a_suit_is_the_firm_sued() -> None:
    text = (
        "Corvex raised money last year. The Daily Ledger sued Norlune in federal court on "
        "Thursday, accusing the start-up of copying thousands of its articles without permission."
    )
    pairs = claim_pairs(text, "en", FIRMS_BEFORE)
    assert ("Daily Ledger", "Norlune") in pairs
    assert ("Daily Ledger", "Corvex") not in pairs


def test_a_person_named_beside_a_title_speaks() -> None:
    text = (
        "The commission's deputy head, Ruth Adler, said Corvex had transferred users' personal "
        "data to China unlawfully."
    )
    pairs = claim_pairs(text, "en", FIRMS_BEFORE)
    assert ("Ruth Adler", "Corvex") in pairs


def test_a_firm_whose_name_ends_in_a_common_noun_is_no_victim() -> None:
    actors = (
        Actor(kind=K.GOVERNMENT_BODY, name="Defense Department"),
        Actor(kind=K.COMPANY, name="Corvex Holdings"),
        Actor(kind=K.COMPANY, name="Norlune Data Technology"),
    )
    text = (
        "The Defense Department has added Corvex Holdings and battery maker Norlune Data "
        "Technology to its list of companies it says work with China's military."
    )
    accused = {a for _, a in claim_pairs(text, "en", actors)}
    assert {"Corvex Holdings", "Norlune Data Technology"} <= accused


def test_a_participle_hung_on_the_main_clause_speaks_for_the_clause_before() -> None:
    text = (
        "Norlune opened an office in Dubai. The deal closed even though the European Commission "
        "placed Norlune on a watch list last year, saying the company had abused its dominant "
        "position."
    )
    assert ("European Commission", "Norlune") in claim_pairs(text, "en", FIRMS_BEFORE)


def test_a_national_government_is_the_country_the_article_names() -> None:
    text = (
        "Iran rejected the findings. The FBI said the Iranian government had hacked the email "
        "accounts of two campaign advisers."
    )
    assert ("FBI", "Iran") in claim_pairs(text, "en", STATES)
