"""How claims are made and reported in news, both languages (invented sentences).

Entity spans come from a name list, so these tests exercise the claim rules only.
"""

from __future__ import annotations

import pytest

from graph.model import Actor, ActorKind
from ingest.extract.pipeline import extract_facts, kb_maker
from ingest.extract.records import Extraction
from tests.ingest.extract.mentions_by_name import (
    analyze_with,
    claim_pairs,
    facts_with,
    sentence_article,
)
from tests.ingest.extract.test_facts import ACTORS

K = ActorKind
EXTRA = (
    Actor(kind=K.COMPANY, name="Anthropic"),
    Actor(kind=K.COMPANY, name="Moonshot AI"),
    Actor(kind=K.COMPANY, name="Zhipu"),
    Actor(kind=K.COMPANY, name="SMIC"),
    Actor(kind=K.COMPANY, name="Huawei"),
    Actor(kind=K.COMPANY, name="Meta"),
    Actor(kind=K.COMPANY, name="China Mobile"),
    Actor(kind=K.COMPANY, name="Orbis"),
    Actor(kind=K.GOVERNMENT_BODY, name="Garante"),
    Actor(kind=K.GOVERNMENT_BODY, name="CNIL"),
    Actor(kind=K.GOVERNMENT_BODY, name="European Commission", aliases=("Commission européenne",)),
    Actor(kind=K.GOVERNMENT_BODY, name="Department of Commerce", aliases=("Commerce Department",)),
    Actor(kind=K.GOVERNMENT_BODY, name="Select Committee", aliases=("commission spéciale",)),
    Actor(kind=K.OFFICIAL, name="Marco Rubio", aliases=("Rubio",)),
    Actor(kind=K.OFFICIAL, name="Meike Kamp"),
    Actor(kind=K.OFFICIAL, name="John Moolenaar"),
    Actor(kind=K.PRODUCT, name="ChatGPT"),
    Actor(kind=K.ORGANIZATION, name="Authors Guild"),
    Actor(kind=K.ORGANIZATION, name="Syndicat national de l'édition", aliases=("SNE",)),
    Actor(kind=K.ORGANIZATION, name="Société des gens de lettres", aliases=("SGDL",)),
    Actor(kind=K.GOVERNMENT_BODY, name="FBI"),
    Actor(kind=K.GOVERNMENT_BODY, name="CISA"),
    Actor(kind=K.ORGANIZATION, name="Salt Typhoon"),
    Actor(kind=K.COMPANY, name="AT&T"),
    Actor(kind=K.COMPANY, name="Wingtech"),
    Actor(kind=K.GOVERNMENT_BODY, name="Texas"),
    Actor(kind=K.OFFICIAL, name="Ken Paxton"),
    Actor(kind=K.COMPANY, name="TP-Link"),
)


def _facts(text: str, lang: str) -> Extraction:
    return facts_with(text, lang, (*ACTORS, *EXTRA))


def _pairs(text: str, lang: str) -> set[tuple[str, str]]:
    return claim_pairs(text, lang, (*ACTORS, *EXTRA))


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("According to OpenAI, DeepSeek copied its models.", "en", ("OpenAI", "DeepSeek")),
        ("Selon OpenAI, DeepSeek aurait utilisé les réponses de ses modèles pour s'entraîner.",
         "fr", ("OpenAI", "DeepSeek")),
        ("D'après Anthropic, DeepSeek aurait copié les capacités de Claude.", "fr",
         ("Anthropic", "DeepSeek")),
    ],
)  # fmt: skip
def test_a_credited_speaker_is_the_claimant(text: str, lang: str, pair: tuple[str, str]) -> None:
    assert _pairs(text, lang) == {pair}


def test_a_credited_outlet_stays_a_relay() -> None:
    (claim,) = _facts(
        "According to Reuters, Microsoft said DeepSeek had extracted data from OpenAI's API.", "en"
    ).allegations
    assert (claim.claimant.name, claim.accused.name) == ("Microsoft", "DeepSeek")
    assert [r.name for r in claim.relays] == ["Reuters"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("DeepSeek est accusé par OpenAI d'avoir copié ses modèles.", "fr"),
        ("DeepSeek a été accusé de vol de propriété intellectuelle par OpenAI.", "fr"),
        ("DeepSeek is accused by OpenAI of distilling its models.", "en"),
    ],
)
def test_passive_accusations_keep_the_agent_as_claimant(text: str, lang: str) -> None:
    assert _pairs(text, lang) == {("OpenAI", "DeepSeek")}


def test_an_unnamed_accuser_makes_no_allegation() -> None:
    assert not _pairs("DeepSeek has been accused of stealing data from OpenAI.", "en")


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("OpenAI reproche à DeepSeek d'avoir utilisé ses modèles pour entraîner le sien.", "fr",
         ("OpenAI", "DeepSeek")),
        ("Washington estime que Huawei représente un risque pour la sécurité nationale.", "fr",
         ("United States", "Huawei")),
        ("Les États-Unis soupçonnent DeepSeek d'avoir contourné les contrôles à l'exportation.",
         "fr", ("United States", "DeepSeek")),
    ],
)  # fmt: skip
def test_french_claim_verbs_even_when_mis_tagged(
    text: str, lang: str, pair: tuple[str, str]
) -> None:
    assert pair in _pairs(text, lang)


def test_the_subject_of_the_reported_clause_is_the_one_accused() -> None:
    assert _pairs(
        "The Commerce Department says SMIC supplied chips to Huawei in breach of export controls.",
        "en",
    ) == {("Department of Commerce", "SMIC")}
    assert _pairs(
        "La commission spéciale affirme que DeepSeek envoie des informations personnelles vers "
        "Pékin par une infrastructure liée à China Mobile.",
        "fr",
    ) == {("Select Committee", "DeepSeek")}


def test_a_demonstrative_in_the_reported_clause_refers_back() -> None:
    assert _pairs(
        "Meike Kamp a demandé le retrait de l'application de DeepSeek, estimant que celle-ci "
        "transfère illégalement les données personnelles de ses utilisateurs vers la Chine.",
        "fr",
    ) == {("Meike Kamp", "DeepSeek")}


def test_security_threats_and_ties_to_a_foreign_state() -> None:
    assert ("Marco Rubio", "Huawei") in _pairs(
        "Rubio said Huawei's equipment could contain backdoors allowing remote shutdown.", "en"
    )
    assert ("Marco Rubio", "Zhipu") in _pairs(
        "Rubio a affirmé que Zhipu entretenait des liens profonds avec le Parti communiste "
        "chinois, dont Huawei.",
        "fr",
    ) - {("Marco Rubio", "Huawei")}


def test_the_object_of_accuse_is_the_accused_not_the_rest_of_the_sentence() -> None:
    assert _pairs(
        "Anthropic accuse trois laboratoires chinois, DeepSeek, Moonshot AI et Zhipu, d'avoir "
        "extrait les capacités de Claude, tandis que l'action Zhipu a bondi de 4 %.",
        "fr",
    ) == {("Anthropic", "DeepSeek"), ("Anthropic", "Moonshot AI"), ("Anthropic", "Zhipu")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Meta criticized the European Commission's AI code as overreach.", "en"),
        ("Meta a critiqué le code de bonnes pratiques de la Commission européenne.", "fr"),
        ("Huawei said the United States had violated international trade rules.", "en"),
        ("Nvidia competes with Huawei for Chinese customers.", "en"),
        ("Microsoft said it had no evidence that Nvidia breached any rule.", "en"),
        ("OpenAI estime que DeepSeek est un concurrent sérieux.", "fr"),
        ("Selon Nvidia, la demande de puces reste forte en Chine malgré les restrictions.", "fr"),
        ("Sacks said it was likely that the market would recover.", "en"),
    ],
)
def test_policy_criticism_competition_and_negated_findings_are_not_allegations(
    text: str, lang: str
) -> None:
    assert not _pairs(text, lang)


def test_an_inquiry_over_a_named_wrong_is_an_investigation() -> None:
    claims = _facts(
        "La CNIL a ouvert une enquête sur DeepSeek pour des soupçons de transfert illégal de "
        "données personnelles.",
        "fr",
    ).allegations
    assert {(a.claimant.name, a.accused.name, a.stance) for a in claims} == {
        ("CNIL", "DeepSeek", "investigates")
    }
    assert not _facts("La CNIL a ouvert une enquête sur DeepSeek.", "fr").allegations


def test_a_reason_for_a_refusal_is_still_asserted() -> None:
    assert ("Department of Commerce", "DeepSeek") in _pairs(
        "The Commerce Department told staff not to use DeepSeek because of security concerns.",
        "en",
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In a memo to lawmakers, the ChatGPT maker accused DeepSeek of distilling its models.",
         "en"),
        ("L'éditeur de ChatGPT accuse DeepSeek d'avoir distillé ses modèles.", "fr"),
    ],
)  # fmt: skip
def test_a_firm_named_by_its_product_is_the_claimant(text: str, lang: str) -> None:
    assert _pairs(text, lang) == {("OpenAI", "DeepSeek")}


def test_a_name_cut_off_before_its_apposition_still_speaks() -> None:
    assert _pairs(
        "John Moolenaar, le président de la commission spéciale, a de nouveau affirmé que "
        "Zhipu entretenait « des liens profonds » avec des entreprises chinoises, dont Huawei.",
        "fr",
    ) == {("John Moolenaar", "Zhipu")}


def test_joint_claimants_each_make_the_claim() -> None:
    assert _pairs(
        "The FBI and CISA said that Salt Typhoon had broken into the networks of AT&T.", "en"
    ) == {("FBI", "Salt Typhoon"), ("CISA", "Salt Typhoon")}
    assert _pairs(
        "Le Syndicat national de l'édition (SNE) et la Société des gens de lettres (SGDL) "
        "ont assigné Meta, accusant le groupe américain d'avoir violé le droit d'auteur.",
        "fr",
    ) == {("Syndicat national de l'édition", "Meta"), ("Société des gens de lettres", "Meta")}


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("The lawsuit filed by the Authors Guild accuses OpenAI of copyright infringement.",
         "en", ("Authors Guild", "OpenAI")),
        ("Meta a publié un modèle. Getty accuse la société d'avoir violé le droit d'auteur.",
         "fr", ("Getty", "Meta")),
        ("La Commission européenne a infligé à Meta une amende pour abus de position "
         "dominante.", "fr", ("European Commission", "Meta")),
    ],
)  # fmt: skip
def test_documents_fines_and_firms_named_by_a_description(
    text: str, lang: str, pair: tuple[str, str]
) -> None:
    extra = (*ACTORS, *EXTRA, Actor(kind=K.COMPANY, name="Getty"))
    article = sentence_article(text, lang)
    got = extract_facts(analyze_with(article, extra), kb_maker())
    assert pair in {(a.claimant.name, a.accused.name) for a in got.allegations}


def test_places_and_recipients_reached_through_a_participle_are_not_accused() -> None:
    assert _pairs(
        "In Texas, Ken Paxton is investigating whether TP-Link concealed flaws that let "
        "hackers take over routers.",
        "en",
    ) <= {("Ken Paxton", "TP-Link")}
    assert _pairs(
        "Microsoft alleged that DeepSeek had diverted intellectual property to a factory "
        "controlled by Wingtech.",
        "en",
    ) == {("Microsoft", "DeepSeek")}


def test_who_speaks_in_a_relative_clause_and_unnamed_doers() -> None:
    assert _pairs(
        "OpenAI settled with authors including Meike Kamp, who accused it of copying "
        "pirated books from shadow libraries such as Orbis.",
        "en",
    ) == {("Meike Kamp", "OpenAI")}
    assert not _pairs(
        "The Commerce Department charged three men with fraud, alleging they misled server "
        "makers Huawei and Meta about the buyers.",
        "en",
    )


def test_a_country_owning_a_joint_claimant_is_not_one() -> None:
    assert _pairs(
        "The FBI, CISA and Britain's cyber centre said that Salt Typhoon had broken into "
        "the networks of AT&T.",
        "en",
    ) == {("FBI", "Salt Typhoon"), ("CISA", "Salt Typhoon")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In a letter to the Commerce Department, John Moolenaar wrote that Zhipu had smuggled "
         "chips into China.", "en"),
        ("Dans une lettre à la Commission européenne, John Moolenaar affirme que Zhipu a fait "
         "entrer des puces en Chine par contrebande.", "fr"),
    ],
)  # fmt: skip
def test_whom_a_letter_is_sent_to_is_not_accused(text: str, lang: str) -> None:
    assert _pairs(text, lang) == {("John Moolenaar", "Zhipu")}
