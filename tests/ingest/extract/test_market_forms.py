"""Forms of market news the rules once misread, in both languages (invented sentences)."""

from __future__ import annotations

import pytest

from graph.model import Actor, ActorKind
from ingest.extract.pipeline import extract_facts
from tests.ingest.extract.mentions_by_name import analyze_with, sentence_article
from tests.ingest.extract.test_facts import ACTORS

XIAOMI = Actor(kind=ActorKind.COMPANY, name="Xiaomi")
ASML = Actor(kind=ActorKind.COMPANY, name="ASML")
# Named without its number, as entity analysis may leave it ("l'indice Nikkei" in "... 225").
NIKKEI = Actor(kind=ActorKind.ASSET, name="Nikkei")
KOSPI = Actor(kind=ActorKind.ASSET, name="Kospi")
META = Actor(kind=ActorKind.COMPANY, name="Meta")

Move = tuple[str, str, str, float | None]


def _moves(text: str, lang: str) -> set[Move]:
    article = sentence_article(text, lang)
    got = extract_facts(analyze_with(article, (*ACTORS, XIAOMI, ASML, NIKKEI, KOSPI, META)))
    return {(e.subject.name, e.measure, e.direction, e.amount) for e in got.market_events}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("À Wall Street, l'action Meta a cédé 0,8 % vendredi, tandis que l'indice Nasdaq "
         "perdait 0,3 %.", "fr", ("Meta", "share price", "down", 0.8)),
        ("À Wall Street, l'action Meta a reculé de 2 % mardi, tandis que l'indice Nasdaq "
         "cédait 0,5 %.", "fr", ("Meta", "share price", "down", 2.0)),
        ("In Amsterdam, ASML shares slid 3.5% on Monday.", "en",
         ("ASML", "share price", "down", 3.5)),
    ],
)  # fmt: skip
def test_a_fronted_place_is_not_the_subject_that_moved(
    text: str, lang: str, expected: Move
) -> None:
    assert expected in _moves(text, lang)


def test_a_relative_after_an_index_ending_in_a_number_stands_for_the_index() -> None:
    moves = _moves(
        "Xiaomi a chuté de 6 % à Tokyo, entraînant l'indice Nikkei 225, qui a cédé 300 points.",
        "fr",
    )
    assert ("Nikkei", "index level", "down", 300.0) in moves


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("L'action ASML a reculé de 5 %, soit près de 12 milliards d'euros de capitalisation "
         "envolés.", "fr", ("ASML", "market value", "down", 12e9)),
        ("Tencent s'est envolé de 9 % à Hong Kong.", "fr", ("Tencent", "share price", "up", 9.0)),
        ("Xiaomi a vu 20 milliards de dollars de valorisation s'évaporer, le titre perdant 8 %.",
         "fr", ("Xiaomi", "share price", "down", 8.0)),
    ],
)  # fmt: skip
def test_value_that_flew_away_is_lost_but_a_stock_that_flies_rises(
    text: str, lang: str, expected: Move
) -> None:
    moves = _moves(text, lang)
    assert expected in moves
    assert not any(d == "up" for _, _, d, _ in moves) or expected[2] == "up"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Alibaba a cédé l'intégralité de sa participation dans Xiaomi pour 4 milliards de "
         "dollars.", "fr"),
        ("Alibaba sold its entire stake in Xiaomi, worth $4 billion, last month.", "en"),
        ("Tencent a cédé une partie de ses parts dans Xiaomi, soit 120 millions d'actions.", "fr"),
    ],
)  # fmt: skip
def test_selling_a_stake_is_a_deal_not_a_move(text: str, lang: str) -> None:
    assert not _moves(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La valorisation de Tencent a chuté de 40 milliards de dollars.", "fr",
         ("Tencent", "market value", "down", 40e9)),
        ("Tencent's valuation dropped by $40 billion on Monday.", "en",
         ("Tencent", "market value", "down", 40e9)),
    ],
)  # fmt: skip
def test_a_valuation_that_moves_is_its_owners_market_value(
    text: str, lang: str, expected: Move
) -> None:
    assert expected in _moves(text, lang)


def test_a_stock_that_takes_points_rises_but_a_firm_taking_a_stake_does_not() -> None:
    assert ("Xiaomi", "share price", "up", 4.0) in _moves(
        "Le titre Xiaomi prend 4 % à Hong Kong.", "fr"
    )
    assert ("Kospi", "index level", "up", 1.2) in _moves("Le Kospi a pris 1,2 % mardi.", "fr")
    assert not _moves("Alibaba a pris 12 % du capital de Xiaomi.", "fr")
    assert not _moves("Alibaba a pris la décision de racheter 5 % de ses titres.", "fr")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Tencent, dont la valorisation a chuté de 30 milliards de dollars, continue pourtant "
         "d'avancer ses pions.", "fr", ("Tencent", "market value", "down", 30e9)),
        ("Xiaomi, dont le titre a reculé de 7 % mardi, prépare un nouveau modèle.", "fr",
         ("Xiaomi", "share price", "down", 7.0)),
    ],
)  # fmt: skip
def test_dont_ties_the_measure_to_the_name_before_it_when_the_parse_cut_the_clause(
    text: str, lang: str, expected: Move
) -> None:
    assert expected in _moves(text, lang)


def test_giving_up_points_is_a_fall_and_giving_up_a_stake_is_none() -> None:
    assert ("Nvidia", "share price", "down", 3.0) in _moves("Nvidia gave up 3% on Monday.", "en")
    moves = _moves("Alibaba refused to give up its stake, and its shares rose 2%.", "en")
    assert moves == {("Alibaba", "share price", "up", 2.0)}


@pytest.mark.parametrize(
    "text",
    ["Alibaba's American depositary receipts fell 4% in New York.",
     "Alibaba's ADRs fell 4% in New York."],
)  # fmt: skip
def test_depositary_receipts_are_the_firms_shares(text: str) -> None:
    assert ("Alibaba", "share price", "down", 4.0) in _moves(text, "en")


def test_an_amount_the_parser_made_the_head_of_its_verb_is_still_that_verbs() -> None:
    moves = _moves(
        "À Wall Street, l'action Meta a gagné 3,1 % lundi, tandis que l'indice Nasdaq "
        "progressait de 0,9 %.",
        "fr",
    )
    assert ("Nasdaq Composite", "index level", "up", 0.9) in moves
    assert ("Meta", "share price", "up", 3.1) in moves
