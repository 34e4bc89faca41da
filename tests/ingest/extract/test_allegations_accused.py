"""Who is accused when the text names them indirectly (invented sentences)."""

from __future__ import annotations

import pytest

from tests.ingest.extract.test_allegations_general import _pairs


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("Washington a sanctionné la société Orbis, qu'il accuse d'avoir participé à ces "
         "attaques.", "fr", ("United States", "Orbis")),
        ("The Commerce Department blacklisted Orbis, which it accuses of helping Huawei evade "
         "export controls.", "en", ("Department of Commerce", "Orbis")),
        # the maker of products that act is accused, not robbed
        ("Selon la CNIL, plusieurs modèles de Huawei envoyaient des données personnelles vers "
         "la Chine.", "fr", ("CNIL", "Huawei")),
    ],
)  # fmt: skip
def test_the_accused_named_through_a_pronoun_or_its_products(
    text: str, lang: str, pair: tuple[str, str]
) -> None:
    assert pair in _pairs(text, lang)


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
