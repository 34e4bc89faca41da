"""Amounts and dates: French and English scales, currencies, percentages, relative dates."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.extract.amounts import find_amounts, parse_amount, within
from ingest.extract.dates import reference_date, resolve_date


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("perdant 600 milliards de dollars", "fr", 600e9, "USD"),
        ("la perte de plus de 1 billion de dollars", "fr", 1e12, "USD"),  # French billion
        ("plunged by about $600 billion", "en", 600e9, "USD"),
        ("a loss of 1 billion dollars", "en", 1e9, "USD"),  # English billion
        ("ont grimpé de plus de 850% le 27 janvier", "fr", 850.0, "%"),
        ("a clôturé la séance dans le rouge avec 2,1%", "fr", 2.1, "%"),
        ("un coût de 5,6 millions de dollars", "fr", 5.6e6, "USD"),
        ("près d'un milliard de dollars de positions", "fr", 1e9, "USD"),
        ("raised €2 billion", "en", 2e9, "EUR"),
        ("a US$3,000 fine", "en", 3000.0, "USD"),
        ("$1.5bn in sales", "en", 1.5e9, "USD"),
        ("589 billion USD", "en", 589e9, "USD"),
        ("17 pour cent", "fr", 17.0, "%"),
        ("une capitalisation de 40 milliards de dollars de Hong Kong", "fr", 40e9, "HKD"),
        ("a HK$12 billion listing", "en", 12e9, "HKD"),
        ("12 billion Hong Kong dollars", "en", 12e9, "HKD"),
        ("un bénéfice de 9 000 milliards de wons", "fr", 9e12, "KRW"),
        ("2 milliards de francs suisses", "fr", 2e9, "CHF"),
        ("NT$1 trillion of sales", "en", 1e12, "TWD"),
        ("le CAC 40 a perdu 80 points", "fr", 80.0, "pts"),  # index points
        ("une hausse de 2 points de pourcentage", "fr", 2.0, "%"),
    ],
)
def test_amounts_are_normalised(text: str, lang: str, value: float, unit: str) -> None:
    (amount,) = find_amounts(text, lang)
    assert amount.value == pytest.approx(value)
    assert amount.unit == unit
    assert text[amount.start : amount.end] == amount.text


def test_levels_and_approximations_are_flagged() -> None:
    (level,) = find_amounts("Le Bitcoin a chuté en dessous de 100 000 dollars.", "fr")
    assert (level.value, level.level) == (100_000.0, True)
    (about,) = find_amounts("down by about $600 billion", "en")
    assert about.approximate
    assert not about.level


def test_bare_numbers_are_not_amounts() -> None:
    assert find_amounts("In 2024, 170 million Americans and 24 000 comptes", "fr") == []


def test_parse_and_tolerance() -> None:
    amount = parse_amount("1 trillion USD")
    assert amount is not None
    assert amount.usd == 1e12
    assert within(589e9, 600e9)
    assert not within(279e9, 600e9)


ARTICLE_DAY = date(2025, 1, 29)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sacks s'est exprimé sur Fox News mardi.", "2025-01-28"),
        ("Sacks told Fox News on Tuesday.", "2025-01-28"),
        ("Les marchés ont plongé lundi dernier.", "2025-01-27"),
        ("The sell-off came last Monday.", "2025-01-27"),
        ("Stocks fell on Wednesday.", "2025-01-29"),  # the article's own day
        ("Nvidia a chuté hier.", "2025-01-28"),
        ("Les liquidations ont grimpé le 27 janvier.", "2025-01-27"),
        ("On January 27, 2025, Nvidia fell.", "2025-01-27"),
        ("Le 3 février 2025, Taïwan a interdit DeepSeek.", "2025-02-03"),
        ("Shares fell in December.", None),  # month only: no day precision
        ("Le titre avait chuté de 8 % la veille.", "2025-01-28"),
        ("The shares had jumped 6% the day before.", "2025-01-28"),
        ("Shares slid 4% a day earlier.", "2025-01-28"),
        ("Le titre avait chuté lundi, la veille de l'annonce.", "2025-01-27"),  # its own day
    ],
)
def test_dates_resolve_against_the_article(text: str, expected: str | None) -> None:
    when = resolve_date(text, ARTICLE_DAY)
    assert (when.date if when else None) == expected
    if when:
        assert when.precision == "day"


def test_no_relative_dates_without_a_trustworthy_article_date() -> None:
    assert reference_date("2025-01-29T10:00:00Z", published_is_fetch_time=True) is None
    assert resolve_date("Sacks told Fox News on Tuesday.", None) is None
    when = resolve_date("Le 27 janvier 2025, Nvidia a chuté.", None)
    assert when is not None
    assert when.date == "2025-01-27"
    assert reference_date("2025-01-29T10:00:00Z", published_is_fetch_time=False) == ARTICLE_DAY


def test_day_and_month_in_the_future_belong_to_last_year() -> None:
    when = resolve_date("le 20 décembre", date(2025, 1, 5))
    assert when is not None
    assert when.date == "2024-12-20"


def test_basis_points_are_no_index_move() -> None:
    assert find_amounts("a relevé ses taux de 25 points de base", "fr") == []


def test_a_level_stays_a_level_when_approximate() -> None:
    (_, level) = find_amounts("Bitcoin slipped 1.2% to about $83,600.", "en")
    assert level.level
    (level,) = find_amounts("Le bitcoin est retombé à près de 90 000 dollars.", "fr")
    assert level.level
    (loss,) = find_amounts("Nvidia a perdu près de 600 milliards de dollars.", "fr")
    assert not loss.level


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bitcoin surged past $100,000 for the first time.", "en"),
        ("Tesla's market value crossed $1 trillion.", "en"),
        ("Le bitcoin a franchi les 100 000 dollars.", "fr"),
        ("L'or a dépassé la barre des 2 500 dollars l'once.", "fr"),
        ("Le bitcoin est tombé sous les 80 000 dollars.", "fr"),
        ("Bitcoin slid below the $80,000 mark.", "en"),
    ],
)
def test_a_threshold_crossed_is_a_level(text: str, lang: str) -> None:
    (level,) = find_amounts(text, lang)
    assert level.level


def test_a_loss_past_a_threshold_word_is_still_a_change() -> None:
    (loss,) = find_amounts("Les pertes ont dépassé 500 milliards de dollars.", "fr")
    assert not loss.level
