"""Market moves as finance news states them, in both languages (invented sentences)."""

from __future__ import annotations

import pytest

from graph.model import Actor, ActorKind
from ingest.extract.amounts import find_amounts
from ingest.extract.pipeline import extract_facts
from tests.ingest.extract.mentions_by_name import analyze_with, sentence_article
from tests.ingest.extract.test_facts import ACTORS

XIAOMI = Actor(kind=ActorKind.COMPANY, name="Xiaomi")
HSTECH = Actor(kind=ActorKind.ASSET, name="Hang Seng Tech")
ASML = Actor(kind=ActorKind.COMPANY, name="ASML")


def _moves(text: str, lang: str) -> set[tuple[str, str, float | None]]:
    article = sentence_article(text, lang)
    got = extract_facts(analyze_with(article, (*ACTORS, XIAOMI, HSTECH, ASML)))
    return {(e.subject.name, e.direction, e.amount) for e in got.market_events}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Alibaba a publié ses résultats jeudi. Le titre a dévissé de 9 % dans la foulée.", "fr",
         ("Alibaba", "down", 9.0)),
        ("Tencent a présenté un modèle. L'action s'est envolée de 6 % à Hong Kong.", "fr",
         ("Tencent", "up", 6.0)),
        ("Alibaba reported earnings on Thursday. The stock rose 5% after the report.", "en",
         ("Alibaba", "up", 5.0)),
        ("The Nasdaq opened lower on Tuesday. The index shed 2% by midday.", "en",
         ("Nasdaq Composite", "down", 2.0)),
    ],
)  # fmt: skip
def test_a_definite_market_noun_refers_back_to_the_firm_or_index(
    text: str, lang: str, expected: tuple[str, str, float]
) -> None:
    assert expected in _moves(text, lang)


def test_a_market_noun_followed_by_the_name_and_a_generic_plural() -> None:
    assert ("Xiaomi", "up", 8.0) in _moves(
        "L'action Xiaomi a bondi de 8 % à la Bourse de Hong Kong.", "fr"
    )
    assert ("Nvidia", "down", 4.0) in _moves("Le titre Nvidia a abandonné 4 % à New York.", "fr")
    # "Les actions chinoises": the whole market, not the firm named after it.
    assert not _moves("Les actions chinoises ont chuté de 3 % après l'annonce d'Alibaba.", "fr")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Porté par ses annonces, Tencent s'est envolé de 12 % lundi.", "fr",
         ("Tencent", "up", 12.0)),
        ("L'indice Hang Seng Tech a cédé 2 % vendredi.", "fr", ("Hang Seng Tech", "down", 2.0)),
        ("Le S&P 500 termine en repli de 0,8 %.", "fr", ("S&P 500", "down", 0.8)),
        ("Nvidia, qui a perdu 17 % lundi, s'est redressé mardi.", "fr", ("Nvidia", "down", 17.0)),
        ("Nvidia, which lost 17% on Monday, recovered on Tuesday.", "en",
         ("Nvidia", "down", 17.0)),
        ("Nvidia a vu sa capitalisation fondre de 600 Md$ en une séance.", "fr",
         ("Nvidia", "down", 600e9)),
        ("ASML shares closed down 3.5% in Amsterdam.", "en", ("ASML", "down", 3.5)),
        ("Tencent was up 4% in Hong Kong, while Alibaba was down 2%.", "en",
         ("Alibaba", "down", 2.0)),
    ],
)  # fmt: skip
def test_french_and_english_ways_of_stating_a_move(
    text: str, lang: str, expected: tuple[str, str, float]
) -> None:
    assert expected in _moves(text, lang)


def test_an_adverb_alone_moves_nothing_and_dates_back_is_not_a_rise() -> None:
    assert not _moves("It is up to Nvidia to explain, the company said.", "en")
    moves = _moves(
        "La précédente perte de Nvidia remontait à septembre avec 279 milliards de dollars.", "fr"
    )
    assert {direction for _, direction, _ in moves} <= {"down"}


def test_amounts_with_a_currency_sign_after_the_scale() -> None:
    found = find_amounts("fondu de 600 Md$, puis 1,2 Md€ et 9\u00a0%", "fr")
    assert [(a.value, a.unit) for a in found] == [(600e9, "USD"), (1.2e9, "EUR"), (9.0, "%")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Microsoft shares fell 2.7% on Tuesday and Nvidia lost 2.8%, as a sell-off spread.",
         "en", {("Microsoft", "down", 2.7), ("Nvidia", "down", 2.8)}),
        ("Son action a gagné 3,7 % à Séoul, tandis qu'Alibaba, qui publie jeudi ses "
         "résultats, a grimpé de 2,1 %.", "fr", {("Alibaba", "up", 2.1)}),
        ("Le concepteur de puces Tencent a bondi de 8 % vendredi à Shanghai.", "fr",
         {("Tencent", "up", 8.0)}),
        ("The Hang Seng Tech index jumped 4.1%, while the broader S&P 500 added 3.3%.", "en",
         {("Hang Seng Tech", "up", 4.1), ("S&P 500", "up", 3.3)}),
    ],
)  # fmt: skip
def test_a_second_clause_keeps_its_own_subject(
    text: str, lang: str, expected: set[tuple[str, str, float]]
) -> None:
    assert expected <= _moves(text, lang)


def test_a_speaker_who_adds_something_moves_nothing() -> None:
    assert not _moves("Nvidia added that demand was strong, the company said.", "en")


def test_the_yen_sign() -> None:
    (amount,) = find_amounts("adding roughly ¥1.4tn to its value", "en")
    assert (amount.value, amount.unit) == (1.4e12, "JPY")


def test_a_possessive_refers_to_the_firm_the_paragraph_is_about() -> None:
    text = (
        "Alibaba a annoncé mercredi un bénéfice record. Son chiffre d'affaires a progressé. "
        "Le groupe chinois est le principal client de Nvidia en Asie. "
        "Son action a gagné 3,7 % à Hong Kong."
    )
    assert ("Alibaba", "up", 3.7) in _moves(text, "fr")
    assert not any(subject == "Nvidia" for subject, _, _ in _moves(text, "fr"))
