"""A product and its own developer (or a firm and its own parent), as the knowledge base knows
them, linked when one sentence names both close together; never a pair the KB does not know."""

from __future__ import annotations

import pytest

from graph.model import Actor, ActorKind
from ingest.extract.pipeline import extract_facts
from tests.ingest.extract.mentions_by_name import analyze_with, sentence_article

K = ActorKind
ACTORS = tuple(
    Actor(kind=kind, name=name, aliases=tuple(aliases))
    for kind, name, *aliases in (
        (K.COMPANY, "Nvidia"), (K.COMPANY, "Huawei"), (K.COMPANY, "ByteDance"),
        (K.COMPANY, "TikTok"), (K.COMPANY, "Moonshot AI", "Moonshot"), (K.COMPANY, "Apple"),
        (K.PRODUCT, "Nvidia H20", "H20"), (K.PRODUCT, "Ascend 910C", "910C"),
        (K.PRODUCT, "Kimi"), (K.COUNTRY, "China", "Chine"),
    )
)  # fmt: skip


def _links(text: str, lang: str) -> set[frozenset[str]]:
    article = sentence_article(text, lang, "2025-02-03T10:00:00Z")
    extraction = extract_facts(analyze_with(article, ACTORS))
    return {frozenset((link.a.name, link.b.name)) for link in extraction.links}


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("en", "Nvidia said sales of the H20 to China had collapsed.", "Nvidia~Nvidia H20"),
        ("fr", "Nvidia a cessé de livrer le H20 à ses clients en Chine.", "Nvidia~Nvidia H20"),
        ("en", "Huawei processors such as the 910C are in short supply.", "Huawei~Ascend 910C"),
        ("fr", "Kimi, l'assistant lancé par Moonshot, gagne des utilisateurs.", "Moonshot AI~Kimi"),
        ("en", "ByteDance said TikTok would keep operating normally.", "ByteDance~TikTok"),
    ],
)
def test_known_pair_named_together_is_linked(lang: str, text: str, pair: str) -> None:
    assert frozenset(pair.split("~")) in _links(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        # The KB says nothing about Apple and the H20: no link on co-occurrence.
        (
            "en",
            "Apple said demand for the H20 had no effect on its own plans.",
            "Apple~Nvidia H20",
        ),
        # Far apart, with another firm closer to the product, the pair is not one phrase's.
        (
            "en",
            "Nvidia, whose market value had already recovered after weeks of turmoil on Wall"
            " Street and a long string of analyst downgrades that worried investors everywhere,"
            " later said buyers such as Apple were no longer ordering the H20.",
            "Nvidia~Nvidia H20",
        ),
        (
            "fr",
            "Apple et Nvidia ont publié leurs résultats trimestriels jeudi soir, après la clôture"
            " des marchés new-yorkais, et les analystes ont surtout commenté la baisse des ventes"
            " de H20.",
            "Nvidia~Nvidia H20",
        ),
    ],
)
def test_unknown_or_distant_pair_is_not_linked(lang: str, text: str, pair: str) -> None:
    assert frozenset(pair.split("~")) not in _links(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "Nvidia reported weak quarterly results. The chipmaker sold no H20 in China.",
            "Nvidia~Nvidia H20",
        ),
        (
            "fr",
            "Moonshot a levé 500 millions de dollars. La start-up a lancé une version de Kimi.",
            "Moonshot AI~Kimi",
        ),
        (
            "en",
            "Regulators summoned Nvidia last week. Apple worried about its H20 orders, but"
            " the chipmaker said its H20 chips were safe.",
            "Nvidia~Nvidia H20",
        ),
    ],
)
def test_product_of_a_developer_just_named_is_linked(lang: str, text: str, pair: str) -> None:
    assert frozenset(pair.split("~")) in _links(text, lang)


def test_product_next_to_another_firm_is_not_carried_over() -> None:
    text = "Nvidia reported weak quarterly results. Apple said it had stopped testing the H20."
    assert frozenset(("Nvidia", "Nvidia H20")) not in _links(text, "en")
