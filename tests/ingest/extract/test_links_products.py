"""Developer links from possessives whose product name was tagged as a firm: a name that only
modifies a product word ('gateways', 'appliances', 'pare-feu') names the product."""

from __future__ import annotations

import pytest

from graph.model import Actor, ActorKind
from tests.ingest.extract.test_links import links_among, pairs

ACTORS = tuple(
    Actor(kind=ActorKind.COMPANY, name=name)
    for name in ("Quillon", "Secure Edge", "Tessary", "Net Guard", "Brisane")
)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The hackers exploited flaws in Quillon's Secure Edge gateways and Tessary's Net"
            " Guard appliances.",
            "Quillon~Secure Edge;Tessary~Net Guard",
        ),
        ("en", "Brisane patched its Net Guard firewalls on Monday.", "Brisane~Net Guard"),
    ],
)
def test_a_firm_named_product_in_a_possessive(lang: str, text: str, expected: str) -> None:
    assert links_among(text, lang, ACTORS) == pairs(*expected.split(";"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Brisane said Quillon's Secure Edge stake was sold."),
        ("en", "Quillon's rival Tessary cut prices."),
    ],
)
def test_no_product_link_without_a_product_word(lang: str, text: str) -> None:
    assert links_among(text, lang, ACTORS) == set()
