"""Market moves: who moved, which amount is whose, and moves that are only foreseen.

Invented sentences in both languages; entities are given by name (mentions_by_name), so a
failure points at the market rules.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import pytest
from spacy.tokens import Doc

from graph.model import Actor, ActorKind
from ingest.extract import nlp
from ingest.extract.market import _mistagged_verb
from ingest.extract.pipeline import extract_facts
from ingest.extract.records import MarketRecord
from ingest.extract.syntax import DocView
from tests.ingest.extract.mentions_by_name import analyze_with, sentence_article
from tests.ingest.extract.test_facts import ACTORS

XIAOMI = Actor(kind=ActorKind.COMPANY, name="Xiaomi")
HSTECH = Actor(kind=ActorKind.ASSET, name="Hang Seng Tech")
Move = tuple[str, str, float | None]


def _events(text: str, lang: str) -> list[MarketRecord]:
    article = sentence_article(text, lang)
    return extract_facts(analyze_with(article, (*ACTORS, XIAOMI, HSTECH))).market_events


def _moves(text: str, lang: str) -> set[Move]:
    return {(e.subject.name, e.direction, e.amount) for e in _events(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Analysts said Alibaba shares could fall 10% if the deal collapses.", "en"),
        ("Xiaomi shares are expected to rise 6% when trading resumes.", "en"),
        ("Tencent shares are likely to drop 4% on the news.", "en"),
        ("If Alibaba shares slide 5%, the index will follow.", "en"),
        ("Analysts forecast a 12% drop in Tencent shares.", "en"),
        ("L'action Alibaba pourrait chuter de 10 % selon les analystes.", "fr"),
        ("Le titre Xiaomi devrait reculer de 5 % à l'ouverture.", "fr"),
        ("Le titre Tencent chutera de 5 % si la mesure est confirmée.", "fr"),
        ("Si l'action Alibaba recule de 5 %, le marché suivra.", "fr"),
        ("Les analystes s'attendent à ce que l'action Xiaomi recule de 5 %.", "fr"),
        # A share of something other than a market measure: a stake, clients, staff.
        ("Alibaba a cédé 10 % de sa participation dans la coentreprise.", "fr"),
        ("Tencent a perdu 30 % de ses clients en un an.", "fr"),
        ("Xiaomi lost 20% of its staff in the restructuring.", "en"),
    ],
)
def test_a_move_only_foreseen_or_a_share_of_something_else_is_no_event(
    text: str, lang: str
) -> None:
    assert not _moves(text, lang)


def test_a_move_reported_at_second_hand_is_still_a_move() -> None:
    assert ("Alibaba", "down", 4.0) in _moves("L'action Alibaba aurait chuté de 4 % lundi.", "fr")
    assert ("Xiaomi", "down", 4.0) in _moves("Xiaomi shares reportedly fell 4% on Monday.", "en")


def test_an_amount_belongs_to_the_innermost_move() -> None:
    moves = _moves(
        "Tencent shares fell 2.2% in early trading before recovering to close 0.4% lower.", "en"
    )
    assert moves == {("Tencent", "down", 2.2), ("Tencent", "down", 0.4)}
    moves = _moves(
        "Alibaba, qui avait perdu 300 milliards de dollars en janvier, a regagné 6 % depuis.", "fr"
    )
    assert ("Alibaba", "up", 6.0) in moves
    assert ("Alibaba", "down", 300e9) in moves
    assert ("Alibaba", "up", 300e9) not in moves


@pytest.mark.parametrize(
    ("text", "lang", "expected", "not_expected"),
    [
        ("In Hong Kong, Xiaomi, the phone maker long seen as a rival to Alibaba, rose 5%.",
         "en", ("Xiaomi", "up", 5.0), "Alibaba"),
        ("Le marché a salué la nouvelle : Alibaba a bondi de 6 % et l'indice Hang Seng Tech, "
         "qui regroupe les valeurs proches de Tencent, a gagné 1,5 %.",
         "fr", ("Hang Seng Tech", "up", 1.5), "Tencent"),
        ("Le Nasdaq a reculé de 1 %, plombé par Nvidia, l'un des plus gros fabricants de puces "
         "au monde, qui a cédé 3 %.", "fr", ("Nvidia", "down", 3.0), None),
    ],
)  # fmt: skip
def test_the_name_before_an_aside_is_who_moved(
    text: str, lang: str, expected: Move, not_expected: str | None
) -> None:
    moves = _moves(text, lang)
    assert expected in moves
    assert all(subject != not_expected for subject, _, _ in moves)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le lancement d'un modèle de DeepSeek a fait perdre 400 milliards de dollars de "
         "capitalisation à Nvidia.", "fr"),
        ("DeepSeek's new model wiped $400 billion off Nvidia's market value on Monday.", "en"),
    ],
)  # fmt: skip
def test_the_cause_named_as_subject_did_not_move(text: str, lang: str) -> None:
    moves = _moves(text, lang)
    assert ("Nvidia", "down", 400e9) in moves
    assert all(subject != "DeepSeek" for subject, _, _ in moves)


def test_a_pronoun_stands_for_the_firm_the_paragraph_is_about() -> None:
    moves = _moves("L'action Alibaba a bondi de 4 % lundi. Elle avait perdu 20 % depuis.", "fr")
    assert ("Alibaba", "down", 20.0) in moves
    # The latest subject before "it" is a person: the pronoun is not the firm.
    assert not _moves(
        "Alibaba published results on Monday. Sam Altman then spoke, and it fell 3% later.", "en"
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Shares of Alibaba fell 3.1% on Tuesday, while Xiaomi edged up 0.8%.", "en",
         ("Xiaomi", "up", 0.8)),
        ("Tencent ticked higher by 0.5% in Hong Kong.", "en", ("Tencent", "up", 0.5)),
        ("Xiaomi regained 4% on Wednesday after a two-day slide.", "en", ("Xiaomi", "up", 4.0)),
        ("Tencent a regagné 3 % mercredi à Hong Kong.", "fr", ("Tencent", "up", 3.0)),
        ("L'action Alibaba a bondi de 5 %, et celle de Tencent, un autre géant, de 3 %.", "fr",
         ("Tencent", "up", 3.0)),
        ("L'indice des valeurs moyennes a abandonné 2 % et le Nasdaq 1,5 %.", "fr",
         ("Nasdaq Composite", "down", 1.5)),
    ],
)  # fmt: skip
def test_more_ways_of_stating_a_move(text: str, lang: str, expected: Move) -> None:
    assert expected in _moves(text, lang)


def test_measures_follow_what_the_subject_is() -> None:
    events = _events(
        "Nvidia shares fell 5% to close at $120, wiping $150 billion off its market value. "
        "The Nasdaq slipped 1.1%. Bitcoin rose 3%.",
        "en",
    )
    measures = {(e.subject.name, e.unit): e.measure for e in events}
    assert measures[("Nvidia", "%")] == "share price"
    assert measures[("Nvidia", "USD")] == "market value"
    assert measures[("Nasdaq Composite", "%")] == "index level"
    assert measures[("Bitcoin", "%")] == "price"
    mixed = _events("Alibaba a bondi de 8 % et l'indice Hang Seng Tech a gagné 1 %.", "fr")
    assert {(e.subject.name, e.measure) for e in mixed} == {
        ("Alibaba", "share price"),
        ("Hang Seng Tech", "index level"),
    }


def test_index_points_yield_to_the_percentage_and_a_level_is_no_move() -> None:
    assert _moves("The Nasdaq fell 500 points, or 2.5%, on Tuesday.", "en") == {
        ("Nasdaq Composite", "down", 2.5)
    }
    assert ("S&P 500", "down", 80.0) in _moves("Le S&P 500 a perdu 80 points mardi.", "fr")
    moves = _moves("The S&P 500 closed at 5,800 points on Friday after rising 0.4%.", "en")
    assert moves == {("S&P 500", "up", 0.4)}


def test_a_participle_takes_the_amount_it_hangs_on() -> None:
    events = _events(
        "Alibaba a perdu 6,1 %, soit près de 40 milliards de dollars de capitalisation effacés "
        "en une séance.",
        "fr",
    )
    found = {(e.subject.name, e.amount, e.measure) for e in events}
    assert ("Alibaba", 40e9, "market value") in found
    assert ("Alibaba", 6.1, "share price") in found


def test_a_valuation_that_drops_is_a_market_value() -> None:
    (event,) = _events("Xiaomi saw its valuation drop 15% after the report.", "en")
    assert (event.subject.name, event.measure, event.amount) == ("Xiaomi", "market value", 15.0)


def test_a_sum_said_of_something_else_is_not_the_move() -> None:
    moves = _moves("Xiaomi fell 3% on Monday after reporting $30 billion in quarterly sales.", "en")
    assert moves == {("Xiaomi", "down", 3.0)}


def test_each_move_takes_the_date_of_its_own_clause() -> None:
    events = _events(
        "Tencent, qui avait perdu 200 milliards de dollars le 27 janvier, a regagné 9 % depuis.",
        "fr",
    )
    dates = {(e.direction, e.occurred.date if e.occurred else None) for e in events}
    assert dates == {("down", "2025-01-27"), ("up", None)}
    # A weekday in a relative clause is not the day of the move; one outside it is shared.
    events = _events(
        "Alibaba, qui publie ses résultats jeudi, a gagné 2 %, tandis que Tencent cédait 1 % "
        "mardi.",
        "fr",
    )
    named = {(e.subject.name, e.occurred.date if e.occurred else None) for e in events}
    assert ("Tencent", "2025-01-28") in named
    assert ("Alibaba", "2025-01-30") not in named
    assert ("Alibaba", "2025-01-23") not in named


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Nvidia reported results on Wednesday. The chipmaker's shares fell 4% late.", "en",
         ("Nvidia", "down", 4.0)),
        ("Tencent a publié ses résultats. L'action du groupe a reculé de 4 % ensuite.", "fr",
         ("Tencent", "down", 4.0)),
        ("Le Nasdaq a terminé la séance en baisse de 2,1 %.", "fr",
         ("Nasdaq Composite", "down", 2.1)),
    ],
)  # fmt: skip
def test_a_firm_named_by_what_it_is_and_a_move_stated_as_a_noun(
    text: str, lang: str, expected: Move
) -> None:
    assert expected in _moves(text, lang)


def test_a_results_move_is_labelled_as_results_not_as_a_share_price() -> None:
    (event,) = _events(
        "Alibaba a publié un chiffre d'affaires record de 30 milliards de dollars, en hausse "
        "de 12 % sur un an.",
        "fr",
    )
    assert (event.subject.name, event.measure, event.amount) == ("Alibaba", "revenue", 12.0)
    (event,) = _events(
        "Tencent a annoncé un bénéfice net de 5 milliards de dollars, en baisse de 8 % sur un an.",
        "fr",
    )
    assert (event.measure, event.direction) == ("profit", "down")


def test_whose_shares_belong_to_the_name_the_relative_hangs_on() -> None:
    text = "Nvidia reported results. Alibaba, whose shares fell 5% on Monday, stayed cautious."
    assert _moves(text, "en") == {("Alibaba", "down", 5.0)}


def test_a_share_of_its_value_is_still_a_move() -> None:
    assert ("Xiaomi", "down", 20.0) in _moves("Xiaomi lost 20% of its value in a week.", "en")
    assert ("Alibaba", "down", 15.0) in _moves(
        "Alibaba a perdu 15 % de sa capitalisation en une semaine.", "fr"
    )


def test_a_french_verb_the_parser_took_for_a_noun_is_still_a_move() -> None:
    # The small French parser sometimes tags the imperfect 'grappillait' as a noun (seen in
    # real parses); its ending gives 'grappiller' back. 'la plongée' stays a noun.
    words = ["Le", "CAC", "40", "grappillait", "0,2", "%", "et", "la", "plongée"]
    doc = Doc(
        nlp.pipeline("fr").vocab,
        words=words,
        pos=["DET", "PROPN", "NUM", "NOUN", "NUM", "NOUN", "CCONJ", "DET", "NOUN"],
        heads=[1, 1, 1, 1, 5, 3, 8, 8, 1],
        deps=["det", "ROOT", "nummod", "nmod", "nummod", "nmod", "cc", "det", "conj"],
    )
    view = cast("DocView", SimpleNamespace(lang="fr", doc=doc))
    assert _mistagged_verb(view, doc[3]) == "up"
    assert _mistagged_verb(view, doc[8]) is None


def test_an_imperfect_tagged_conditional_is_still_a_move() -> None:
    # The tagger gives 'grappillait' the conditional mood; its spelling says imperfect.
    moves = _moves("Le Nasdaq grappillait 0,3 % jeudi, tandis que Tencent cédait 1 %.", "fr")
    assert ("Nasdaq Composite", "up", 0.3) in moves
    assert not _moves("Le titre Tencent chutera de 5 % si la mesure est confirmée.", "fr")


def test_amounts_said_respectively_follow_the_order_of_the_subjects() -> None:
    moves = _moves("Alibaba and Tencent rose 4% and 1.5%, respectively, on Monday.", "en")
    assert moves == {("Alibaba", "up", 4.0), ("Tencent", "up", 1.5)}
