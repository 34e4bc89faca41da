"""Who is accused when the text names them indirectly (invented sentences)."""

from __future__ import annotations

import pytest

from tests.ingest.extract.test_allegations_general import _pairs


@pytest.mark.parametrize(
    ("text", "lang", "pair", "accused"),
    [
        ("Washington a sanctionné la société Orbis, qu'il accuse d'avoir participé à ces "
         "attaques.", "fr", ("United States", "Orbis"), True),
        ("The Commerce Department blacklisted Orbis, which it accuses of helping Huawei evade "
         "export controls.", "en", ("Department of Commerce", "Orbis"), True),
        # the maker of products that act is accused, not robbed
        ("Selon la CNIL, plusieurs modèles de Huawei envoyaient des données personnelles vers "
         "la Chine.", "fr", ("CNIL", "Huawei"), True),
        # the party cast 'as' something is the one accused, not a party of the next clause
        ("Washington considère depuis 2021 Orbis comme une entreprise liée à l'armée chinoise, "
         "et la CNIL a interdit ses caméras.", "fr", ("United States", "Orbis"), True),
        ("Washington considère depuis 2021 Orbis comme une entreprise liée à l'armée chinoise, "
         "et la CNIL a interdit ses caméras.", "fr", ("United States", "CNIL"), False),
        # a court is where the claim is brought, not whom it is against
        ("Le SNE a assigné Meta devant la Commission européenne, accusant le groupe d'avoir "
         "copié des livres.", "fr", ("Syndicat national de l'édition", "European Commission"),
         False),
        # a dateline heading the text is a place
        ("Texas — The FBI fined Orbis on Monday over unlawful data transfers.", "en",
         ("FBI", "Texas"), False),
        # the owner of a subcontractor is not the one that did it
        ("Selon le FBI, un sous-traitant de Huawei, Orbis, a fourni des logiciels à l'Armée "
         "populaire de libération.", "fr", ("FBI", "Huawei"), False),
    ],
)  # fmt: skip
def test_who_is_accused_and_who_only_appears(
    text: str, lang: str, pair: tuple[str, str], accused: bool
) -> None:
    assert (pair in _pairs(text, lang)) is accused


def test_a_relative_accusation_does_not_reach_a_partner() -> None:
    pairs = _pairs(
        "The Commerce Department blacklisted Orbis, which it accuses of helping Huawei evade "
        "export controls.",
        "en",
    )
    assert ("Department of Commerce", "Huawei") not in pairs


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Orbis released a music model in May. The Authors Guild accused the British start-up "
         "of copying thousands of songs.", "en"),
        ("Orbis a lancé un modèle en mai. Le SNE accuse le géant américain d'avoir copié des "
         "milliers de livres.", "fr"),
    ],
)  # fmt: skip
def test_a_firm_called_by_a_description_is_the_firm_named_before(text: str, lang: str) -> None:
    assert {a for _, a in _pairs(text, lang)} == {"Orbis"}


def test_a_descriptive_noun_never_stands_for_a_party_that_is_no_company() -> None:
    pairs = _pairs(
        "Salt Typhoon broke into AT&T last year. John Moolenaar accused the giant of copying code.",
        "en",
    )
    assert ("John Moolenaar", "Salt Typhoon") not in pairs


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("China's commerce ministry accused the United States of abusing export controls.",
         "en"),
        ("Pékin accuse Washington de généraliser la notion de sécurité nationale.", "fr"),
    ],
)  # fmt: skip
def test_blaming_a_policy_is_no_allegation(text: str, lang: str) -> None:
    assert ("United States", "United States") not in _pairs(text, lang)
    assert not {a for _, a in _pairs(text, lang)} & {"United States"}
