"""Findings, statements and concerns by officials, bodies and researchers (invented sentences).

"X found/concluded/raised concerns that Y had <wrong>": the claim words, the wrongs they name
and who is accused. Entity spans come from a name list, so these exercise the fact rules only.
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

K = ActorKind
ACTORS = (
    Actor(kind=K.GOVERNMENT_BODY, name="CIA"),
    Actor(kind=K.GOVERNMENT_BODY, name="Senate committee", aliases=("commission du Sénat",)),
    Actor(kind=K.GOVERNMENT_BODY, name="Ofcom"),
    Actor(kind=K.COMPANY, name="Orbis Research"),
    Actor(kind=K.ORGANIZATION, name="Institut Montaigne"),
    Actor(kind=K.COMPANY, name="Kestrel Labs"),
    Actor(kind=K.ORGANIZATION, name="Harbour Ledger"),
    Actor(kind=K.COMPANY, name="Lumora"),
    Actor(kind=K.COMPANY, name="Altavia"),
    Actor(kind=K.COMPANY, name="Huawei"),
    Actor(kind=K.COMPANY, name="Sophgo"),
    Actor(kind=K.COMPANY, name="TSMC"),
    Actor(kind=K.PERSON, name="Wei Zhang"),
    Actor(kind=K.COUNTRY, name="China", aliases=("Chine",)),
    Actor(kind=K.COUNTRY, name="Mexico", aliases=("Mexique",)),
)


def _facts(text: str, lang: str) -> Extraction:
    return facts_with(text, lang, ACTORS)


def _pairs(text: str, lang: str) -> set[tuple[str, str]]:
    return claim_pairs(text, lang, ACTORS)


def _acts(text: str, lang: str) -> set[str]:
    return {a.act for a in _facts(text, lang).allegations}


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("The CIA has raised concerns that Lumora could pass sensitive chip designs to China.",
         "en", ("CIA", "Lumora")),
        ("The Senate committee voiced concerns that Altavia could funnel American know-how to "
         "Chinese state firms.", "en", ("Senate committee", "Altavia")),
        ("La commission du Sénat a exprimé ses craintes que Lumora puisse détourner des "
         "technologies sensibles vers Pékin.", "fr", ("Senate committee", "Lumora")),
    ],
)  # fmt: skip
def test_a_concern_raised_is_a_claim(text: str, lang: str, pair: tuple[str, str]) -> None:
    assert _pairs(text, lang) == {pair}


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("The Senate committee said Altavia had served as a conduit for American technology "
         "bound for China.", "en", ("Senate committee", "Altavia")),
        ("Kestrel Labs said Lumora had diverted equipment and trade secrets to a plant it "
         "controls in Shenzhen.", "en", ("Kestrel Labs", "Lumora")),
        ("Un rapport de l'Institut Montaigne conclut que Lumora a dupliqué en Chine les lignes "
         "de production de sa filiale européenne.", "fr", ("Institut Montaigne", "Lumora")),
        ("Selon Kestrel Labs, Altavia a servi de façade à Huawei pour acheter des puces.", "fr",
         ("Kestrel Labs", "Altavia")),
    ],
)  # fmt: skip
def test_technology_carried_off_is_a_wrong(text: str, lang: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text, lang)
    assert "technology transfer" in _acts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("An analysis by Orbis Research found that Lumora's chatbot had produced thousands of "
         "sexually explicit images of real women.", "en", ("Orbis Research", "Lumora")),
        ("Selon Ofcom, l'outil d'Altavia a généré des images à caractère sexuel de mineurs.",
         "fr", ("Ofcom", "Altavia")),
    ],
)  # fmt: skip
def test_sexual_images_made_by_a_model_are_a_wrong(
    text: str, lang: str, pair: tuple[str, str]
) -> None:
    assert _pairs(text, lang) == {pair}
    assert _acts(text, lang) == {"harmful content"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kestrel Labs said Lumora had bought chips from TSMC last year.", "en"),
        ("Orbis Research said Altavia had moved production to Mexico to cut costs.", "en"),
        ("Selon Kestrel Labs, Lumora a déplacé sa production au Mexique.", "fr"),
        ("Orbis Research found that Lumora's chatbot had produced more accurate answers.", "en"),
        ("The Senate committee said Altavia would front the costs of the new plant.", "en"),
    ],
)  # fmt: skip
def test_neutral_findings_accuse_no_one(text: str, lang: str) -> None:
    assert _pairs(text, lang) == set()


def test_a_french_rapport_is_its_authors_own_not_a_relay() -> None:
    pairs = _pairs(
        "Un rapport de l'Institut Montaigne conclut que Lumora a transféré illégalement des "
        "données personnelles vers la Chine.",
        "fr",
    )
    assert pairs == {("Institut Montaigne", "Lumora")}


def test_a_researcher_reporting_what_it_found_is_the_claimant() -> None:
    pairs = _pairs(
        "Researchers at Kestrel Labs reported that Lumora had hidden a backdoor in its routers.",
        "en",
    )
    assert pairs == {("Kestrel Labs", "Lumora")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Harbour Ledger reported in March that Lumora had hidden a backdoor in its routers.",
         ("Harbour Ledger", "Lumora")),
        ("The Harbour Ledger reported that Lumora had hidden a backdoor in its routers, citing "
         "two people familiar with the matter.", ("Harbour Ledger", "Lumora")),
        # The outlet carries another's claim: the speaker is the claimant, the outlet a relay.
        ("The Harbour Ledger reported that the CIA said Lumora had hidden a backdoor in its "
         "routers.", ("CIA", "Lumora")),
        ("The Harbour Ledger reported that Lumora had hidden a backdoor in its routers, "
         "according to the CIA.", ("CIA", "Lumora")),
    ],
)  # fmt: skip
def test_an_outlet_reporting_in_its_own_voice_is_the_claimant(
    text: str, pair: tuple[str, str]
) -> None:
    assert _pairs(text, "en") == {pair}


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("Orbis Research said in May that Lumora had smuggled servers into China through "
         "Mexico.", "en", ("Orbis Research", "Lumora")),
        ("The Harbour Ledger reported that Lumora had trained its model on processors "
         "smuggled into China.", "en", ("Harbour Ledger", "Lumora")),
        ("Orbis Research affirme que Lumora a fait entrer des serveurs en Chine par "
         "contrebande.", "fr", ("Orbis Research", "Lumora")),
    ],
)  # fmt: skip
def test_smuggling_is_a_wrong_in_itself(text: str, lang: str, pair: tuple[str, str]) -> None:
    assert _pairs(text, lang) == {pair}
    assert _acts(text, lang) == {"export-control breach"}


@pytest.mark.parametrize(
    "text",
    [
        "Lumora said it had found no evidence that its servers were smuggled into China.",
        "Orbis Research said Lumora had not smuggled any servers.",
    ],
)
def test_smuggling_denied_or_unattributed_accuses_no_one(text: str) -> None:
    assert _pairs(text, "en") == set()


def test_a_possessive_after_a_name_describes_it_and_is_not_listed() -> None:
    pairs = _pairs(
        "Kestrel Labs said Wei Zhang, Lumora's chief executive, had diverted trade secrets to "
        "a factory in China.",
        "en",
    )
    assert pairs == {("Kestrel Labs", "Wei Zhang")}


def test_another_speakers_relative_clause_names_no_wrong_for_the_claimant() -> None:
    pairs = _pairs(
        "Orbis Research found TSMC parts inside a Huawei server, prompting TSMC to halt "
        "shipments to Sophgo, a designer it suspected of acting as a front for Huawei.",
        "en",
    )
    assert not {p for p in pairs if p[0] == "Orbis Research"}


SUBJECTS = (
    *ACTORS,
    Actor(kind=K.ORGANIZATION, name="Dark Pine"),
    Actor(kind=K.PRODUCT, name="Nvidia H20", aliases=("H20",)),
)


def _subject_pairs(text: str, lang: str = "en") -> set[tuple[str, str]]:
    found = extract_facts(analyze_with(sentence_article(text, lang), SUBJECTS), kb_maker())
    return {(a.claimant.name, a.accused.name) for a in found.allegations if a.stance != "denies"}


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        # a description named by its own clause
        ("Kestrel Labs said the hackers, which it calls Dark Pine, had broken into telecom "
         "networks in Europe.", "en", ("Kestrel Labs", "Dark Pine")),
        # a product stands for its maker, also inside the speaker's own finding
        ("Ofcom said it had learned that the H20 contained remote shutdown features.", "en",
         ("Ofcom", "Nvidia")),
        ("Ofcom argued that an unsafe chip such as the H20 put users' information security at "
         "risk.", "en", ("Ofcom", "Nvidia")),
        # the seller of the thing found at fault
        ("Researchers at the security firm Kestrel Labs reported that firmware in cameras sold "
         "by Lumora contained a hidden account that could serve as a backdoor.", "en",
         ("Kestrel Labs", "Lumora")),
        ("Kestrel Labs a signalé qu'un routeur vendu par Lumora contenait un compte caché "
         "susceptible de servir de porte dérobée.", "fr", ("Kestrel Labs", "Lumora")),
        # what the researchers' 'they' found is at fault
        ("Researchers at Kestrel Labs said they had found code in Lumora's app that could send "
         "user data to China.", "en", ("Kestrel Labs", "Lumora")),
        # evidence of a wrong reports the clause it carries
        ("Ofcom said at the time that there was \"clear evidence\" that Lumora had distilled "
         "knowledge from Altavia's models.", "en", ("Ofcom", "Lumora")),
    ],
)  # fmt: skip
def test_the_subject_of_a_finding_stands_for_a_party(
    text: str, lang: str, pair: tuple[str, str]
) -> None:
    assert _subject_pairs(text, lang) == {pair}


def test_a_reply_after_a_semicolon_does_not_speak_the_finding() -> None:
    pairs = _subject_pairs(
        "Researchers at the security firm Kestrel Labs reported that routers sold by Lumora "
        "contained a backdoor; Lumora called the finding a mistake."
    )
    assert pairs == {("Kestrel Labs", "Lumora")}


def test_a_platform_stands_for_the_company_before_it_not_an_association() -> None:
    pairs = _subject_pairs(
        "Lumora launched its video service in Europe last year. Institut Montaigne praised its "
        "design. Ofcom said the platform had sent users' personal data to China without consent."
    )
    assert pairs == {("Ofcom", "Lumora")}


@pytest.mark.parametrize(
    ("text", "lang", "act"),
    [
        ("Ofcom said Lumora had not been able to provide convincing evidence that users' data "
         "was safe in China.", "en", "compliance failure"),
        ("Kestrel Labs said Lumora had inflated its quarterly profits by stretching the life of "
         "its servers.", "en", "accounting manipulation"),
        ("Kestrel Labs affirme que Lumora allonge la durée d'amortissement de ses serveurs, ce "
         "qui lui permettrait de surestimer ses bénéfices.", "fr", "accounting manipulation"),
    ],
)  # fmt: skip
def test_more_wrongs_findings_name(text: str, lang: str, act: str) -> None:
    assert _acts(text, lang) == {act}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kestrel Labs said inflation had eroded Lumora's profits last year.", "en"),
        ("Selon Kestrel Labs, l'inflation a réduit les bénéfices de Lumora.", "fr"),
    ],
)  # fmt: skip
def test_words_near_those_wrongs_accuse_no_one(text: str, lang: str) -> None:
    assert _pairs(text, lang) == set()
