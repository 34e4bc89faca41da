"""Allegations made through charges, suits and filings, both languages (invented sentences).

Entity spans come from a name list, so these tests exercise the charge rules only.
"""

from __future__ import annotations

from graph.model import Actor, ActorKind
from ingest.extract.records import Extraction
from tests.ingest.extract.mentions_by_name import (
    claim_pairs,
    facts_with,
)

K = ActorKind
ACTORS = (
    Actor(kind=K.GOVERNMENT_BODY, name="Justice Department", aliases=("ministère de la Justice",)),
    Actor(kind=K.GOVERNMENT_BODY, name="Commerce Department"),
    Actor(kind=K.PERSON, name="Lena Vos"),
    Actor(kind=K.PERSON, name="Piet Kramer"),
    Actor(kind=K.COMPANY, name="Kestrel Freight"),
    Actor(kind=K.COMPANY, name="Qilin Network Security"),
    Actor(kind=K.COMPANY, name="Huawei"),
    Actor(kind=K.COMPANY, name="Orbis"),
    Actor(kind=K.COMPANY, name="Halden Media"),
    Actor(kind=K.COMPANY, name="Tallis Press"),
    Actor(kind=K.ORGANIZATION, name="Sonaris"),
    Actor(kind=K.GOVERNMENT_BODY, name="CNIL"),
    Actor(kind=K.GOVERNMENT_BODY, name="Pentagone"),
    Actor(kind=K.PRODUCT, name="Lumen"),
    Actor(kind=K.COUNTRY, name="Germany"),
    Actor(kind=K.GOVERNMENT_BODY, name="Nevada"),
    Actor(kind=K.GOVERNMENT_BODY, name="Trésor américain"),
    Actor(kind=K.COUNTRY, name="France"),
    Actor(kind=K.GOVERNMENT_BODY, name="Commission européenne"),
)


def _facts(text: str, lang: str = "en") -> Extraction:
    return facts_with(text, lang, ACTORS)


def _pairs(text: str, lang: str = "en") -> set[tuple[str, str]]:
    return claim_pairs(text, lang, ACTORS)


def test_what_an_indictment_credits_to_named_people_is_alleged_against_them() -> None:
    text = (
        "The Justice Department charged two men on Monday. According to the indictment, "
        "Lena Vos, 41, and Piet Kramer, 39, used a small firm to buy servers last year."
    )
    assert _pairs(text) == {
        ("Justice Department", "Lena Vos"),
        ("Justice Department", "Piet Kramer"),
    }


def test_a_report_credited_the_same_way_is_no_charge() -> None:
    text = (
        "The Justice Department published a study on Monday. According to the study, "
        "Lena Vos and Piet Kramer used a small firm to buy servers last year."
    )
    assert _pairs(text) == set()


def test_the_company_an_indictment_speaks_of_is_the_one_charged() -> None:
    text = (
        "Huawei, which makes routers, did not comment. The Justice Department unsealed "
        "charges against Kestrel Freight, a shipping agent, on Tuesday. The indictment says "
        "the company shipped servers to Malaysia, falsely declaring them as spare parts."
    )
    assert _pairs(text) == {("Justice Department", "Kestrel Freight")}


def test_a_topic_stated_in_filings_is_the_wrong_alleged() -> None:
    text = (
        "In its filings, the Commerce Department said Huawei had sent information about "
        "millions of users' religious views and travel plans to employees abroad."
    )
    assert _pairs(text) == {("Commerce Department", "Huawei")}


def test_an_agentless_passive_is_the_charge_of_whoever_charged_just_before() -> None:
    text = (
        "The Justice Department charged four people on Thursday. "
        "The foreign defendants, Lena Vos and Piet Kramer, are accused of arranging "
        "payments through front companies."
    )
    assert _pairs(text) == {
        ("Justice Department", "Lena Vos"),
        ("Justice Department", "Piet Kramer"),
    }


def test_an_agentless_passive_without_any_charge_before_has_no_claimant() -> None:
    text = (
        "Lena Vos met Piet Kramer in Rotterdam. "
        "Both are accused of arranging payments through front companies."
    )
    assert _pairs(text) == set()


def test_a_passive_made_in_a_lawsuit_is_the_plaintiffs_and_not_against_its_brands() -> None:
    text = (
        "In a lawsuit filed in Ohio by Halden Media, the owner of Tallis Press and Sonaris, "
        "Orbis is accused of copying thousands of articles."
    )
    assert _pairs(text) == {("Halden Media", "Orbis")}


def test_french_complaint_credits_the_author_named_in_its_agent_phrase() -> None:
    text = (
        "Selon une plainte déposée mardi par la société de presse Halden Media, Orbis "
        "aurait copié des milliers d'articles sans autorisation."
    )
    assert _pairs(text, "fr") == {("Halden Media", "Orbis")}


def test_a_fine_given_to_a_pronoun_reaches_the_firm_not_the_place_before_it() -> None:
    text = (
        "La Commission européenne a ouvert une enquête visant Orbis. En France, la CNIL lui a "
        "infligé une amende de 3 millions d'euros pour ne pas avoir informé ses clients."
    )
    assert _pairs(text, "fr") == {("CNIL", "Orbis")}


def test_a_sanction_reaches_the_firm_the_parse_hung_on_the_date() -> None:
    text = (
        "Le Trésor américain a sanctionné en juin la firme Qilin Network Security, qu'il "
        "soupçonne d'avoir directement participé à ces attaques."
    )
    assert _pairs(text, "fr") == {("Trésor américain", "Qilin Network Security")}


def test_a_list_whose_members_the_story_describes_accuses_each_firm_put_on_it() -> None:
    text = (
        "Huawei shares fell on Monday after the Commerce Department added the telecoms group "
        "to a list of companies it says work with China's military, alongside battery maker "
        "Orbis."
    )
    assert _pairs(text) == {("Commerce Department", "Huawei"), ("Commerce Department", "Orbis")}


def test_a_list_named_without_a_reason_states_no_wrong() -> None:
    assert _pairs("The Commerce Department added Huawei to its Entity List in 2019.") == set()


def test_the_maker_of_a_decision_to_list_is_the_claimant_not_the_sentence_subject() -> None:
    english = (
        "Orbis lost its appeal against the Commerce Department's decision to list it as a "
        "Chinese military company."
    )
    french = (
        "Orbis a perdu son recours contre la décision du Pentagone de l'inscrire sur la "
        "liste des entreprises militaires chinoises."
    )
    assert _pairs(english) == {("Commerce Department", "Orbis")}
    assert _pairs(french, "fr") == {("Pentagone", "Orbis")}


def test_who_is_sued_is_not_joined_to_what_the_saying_clause_names() -> None:
    text = (
        "In Germany, Halden Media has sued Orbis, saying Lumen reproduces "
        "protected song lyrics without a licence."
    )
    assert _pairs(text) == {("Halden Media", "Orbis")}


def test_unnamed_prosecutors_speak_for_the_body_that_charged_just_before() -> None:
    text = (
        "Le ministère de la Justice a inculpé mercredi six ressortissants étrangers. "
        "Les procureurs reprochent notamment à Lena Vos d'avoir piraté des messageries."
    )
    assert _pairs(text, "fr") == {("Justice Department", "Lena Vos")}


def test_prosecutors_elsewhere_do_not_speak_for_the_body_named_before() -> None:
    text = (
        "The Justice Department charged two men on Monday. In Rotterdam, three others were "
        "charged in May. Prosecutors there say Lena Vos hacked mailboxes."
    )
    assert ("Justice Department", "Lena Vos") not in _pairs(text)


def test_those_a_complaint_names_are_its_defendants() -> None:
    text = (
        "Halden Media sued three data brokers in Ohio on Monday. The complaint names "
        "Kestrel Freight, Orbis and Tallis Press, which it described as shell firms."
    )
    assert _pairs(text) == {
        ("Halden Media", "Kestrel Freight"),
        ("Halden Media", "Orbis"),
        ("Halden Media", "Tallis Press"),
    }


def test_them_after_a_suit_are_those_sued_not_the_place_of_the_court() -> None:
    text = (
        "Halden Media sued Orbis and Tallis Press in a Nevada federal court on Monday, "
        "accusing them of conspiring to rig the market for news licences."
    )
    assert _pairs(text) == {("Halden Media", "Orbis"), ("Halden Media", "Tallis Press")}


def test_suing_a_named_firm_in_french_alleges_a_wrong_by_itself() -> None:
    assert _pairs("Aux États-Unis, Lena Vos poursuit Orbis depuis 2023.", "fr") == {
        ("Lena Vos", "Orbis")
    }
    assert _pairs("Lena Vos poursuit ses efforts auprès d'Orbis.", "fr") == set()


def test_a_suit_told_without_sue_accuses_its_object() -> None:
    # "took X to court", "is pursuing X over": a suit in other words, against a named party
    assert _pairs("Halden Media took Orbis to court over the reuse of its photographs.") == {
        ("Halden Media", "Orbis")
    }
    assert _pairs(
        "Tallis Press is pursuing Orbis and Huawei over the use of its books without a licence."
    ) == {("Tallis Press", "Orbis"), ("Tallis Press", "Huawei")}


def test_taking_or_pursuing_without_a_court_or_a_grievance_is_no_suit() -> None:
    assert _pairs("Halden Media took Orbis to a trade fair in Berlin.") == set()
    assert _pairs("Tallis Press is pursuing a licensing deal with Orbis over the summer.") == set()
    assert _pairs("Tallis Press is pursuing Orbis over the summer as a partner.") == set()
