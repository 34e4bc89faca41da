"""Enforcement acts of an authority on a named party are links: criminal charges and
indictments, as fines, suits, bans and probes are; a firm's own suit is none."""

from __future__ import annotations

import pytest

from tests.ingest.extract.test_links import pairs
from tests.ingest.extract.test_links_stated import _links


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Federal prosecutors said the Justice Department had charged Marta Velez with"
            " wire fraud.",
            "Justice Department~Marta Velez",
        ),
        (
            "en",
            "The Justice Department indicted Halden Trade and Li Wen last week.",
            "Justice Department~Halden Trade;Justice Department~Li Wen",
        ),
        (
            "en",
            "Jonas Kerr was indicted by the Justice Department in March.",
            "Justice Department~Jonas Kerr",
        ),
        (
            "fr",
            "Le département de la Justice a inculpé Marta Velez pour fraude.",
            "Justice Department~Marta Velez",
        ),
        (
            "fr",
            "Jonas Kerr a été inculpé par le département de la Justice en mars.",
            "Justice Department~Jonas Kerr",
        ),
    ],
)
def test_an_authority_charging_a_party_is_linked_to_it(lang: str, text: str, expected: str) -> None:
    assert _links(text, lang) == pairs(*expected.split(";"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Marta Velez was charged with fraud, the Justice Department said."),
        ("en", "The Justice Department charged that Halden Trade had hidden the buyers."),
        ("en", "Halden Trade charged Luma Bank a fee of $2 million."),
        ("fr", "Quillon a poursuivi Tessary en justice pour contrefaçon."),
    ],
)
def test_no_charge_link_without_an_authority_charging_a_named_party(lang: str, text: str) -> None:
    assert _links(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # An investigation stated by its verb, with the target as object.
        (
            "en",
            "The Data Authority, which has been investigating Quillon since May, declined to"
            " comment.",
            "Data Authority~Quillon",
        ),
        (
            "en",
            "The Federal Trade Commission probed Tessary last year.",
            "Federal Trade Commission~Tessary",
        ),
        # Formal steps of a proceeding addressed to a party.
        (
            "en",
            "The Federal Trade Commission sent a statement of objections to Quillon on Monday.",
            "Federal Trade Commission~Quillon",
        ),
        (
            "fr",
            "L'autorité des données a adressé une mise en demeure à Tessary en mai.",
            "Data Authority~Tessary",
        ),
        (
            "fr",
            "Le Cyber Office a envoyé des demandes d'informations à Quillon et à Tessary.",
            "Cyber Office~Quillon;Cyber Office~Tessary",
        ),
        (
            "fr",
            "Le ministère du Commerce a ouvert une information judiciaire visant Brisane.",
            "Trade Ministry~Brisane",
        ),
        (
            "fr",
            "Le ministère de la Défense a prolongé ses sanctions contre la société Halden Trade.",
            "Ministry of Defence~Halden Trade",
        ),
        # Taking control of a firm is owning it.
        ("en", "Quillon took control of Tessary in a $2bn deal.", "Quillon~Tessary"),
    ],
)
def test_an_act_on_a_party_stated_by_its_verb_or_a_formal_step(
    lang: str, text: str, expected: str
) -> None:
    assert _links(text, lang) == pairs(*expected.split(";"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Quillon was investigated by reporters, not by any regulator."),
        ("en", "The Data Authority is investigating whether the rules were broken."),
        ("en", "Marta Velez sent a letter to Quillon."),
    ],
)
def test_no_act_link_without_a_named_target_of_the_act(lang: str, text: str) -> None:
    assert _links(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A name opening a clause of its own after ', and' is no party to the clause before.
        (
            "fr",
            "Quillon a signé dès 2024 un accord de licence avec Tessary, et Brisane a conclu un"
            " partenariat avec Halden Trade.",
            "Quillon~Tessary;Brisane~Halden Trade",
        ),
        (
            "en",
            "Quillon signed a licensing deal with Tessary, and Brisane struck a partnership with"
            " Halden Trade.",
            "Quillon~Tessary;Brisane~Halden Trade",
        ),
        # A list of subjects stays one list, with or without a serial comma.
        (
            "en",
            "Tessary, Halden Trade, and Brisane signed a deal with Quillon.",
            "Quillon~Tessary;Quillon~Halden Trade;Quillon~Brisane",
        ),
    ],
)
def test_coordinated_clauses_keep_their_own_parties(lang: str, text: str, expected: str) -> None:
    assert _links(text, lang) == pairs(*expected.split(";"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A cue word that only qualifies a noun states no link.
        (
            "en",
            '"We track them," said Marta Velez, Quillon\'s vice-president for customer security.',
            "",
        ),
        ("en", "Marta Velez, head of investor relations at Quillon, declined to comment.", ""),
    ],
)
def test_a_cue_word_qualifying_a_noun_states_no_link(lang: str, text: str, expected: str) -> None:
    assert _links(text, lang) == (pairs(*expected.split(";")) if expected else set())


def test_a_cue_word_before_a_name_still_links() -> None:
    assert _links("Quillon and its partner Tessary blocked the accounts.", "en") == pairs(
        "Quillon~Tessary"
    )
