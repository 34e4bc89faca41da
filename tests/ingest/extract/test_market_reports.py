"""Market-report forms of Les Echos, BFM Bourse, AFP and Reuters copy (invented sentences)."""

from __future__ import annotations

import pytest

from graph.model import Actor, ActorKind
from ingest.extract.pipeline import extract_facts
from tests.ingest.extract.mentions_by_name import analyze_with, sentence_article
from tests.ingest.extract.test_facts import ACTORS

AIRBUS = Actor(kind=ActorKind.COMPANY, name="Airbus")
RENAULT = Actor(kind=ActorKind.COMPANY, name="Renault")
LVMH = Actor(kind=ActorKind.COMPANY, name="LVMH")
STOXX = Actor(kind=ActorKind.ASSET, name="Stoxx 600")
STELLANTIS = Actor(kind=ActorKind.COMPANY, name="Stellantis")
CAC = Actor(kind=ActorKind.ASSET, name="CAC 40")
DOW = Actor(kind=ActorKind.ASSET, name="Dow Jones", aliases=("Dow",))
MORE = (AIRBUS, RENAULT, LVMH, STOXX, STELLANTIS, CAC, DOW)

Move = tuple[str, str, str, float | None]


def _moves(text: str, lang: str) -> set[Move]:
    article = sentence_article(text, lang)
    got = extract_facts(analyze_with(article, (*ACTORS, *MORE)))
    return {(e.subject.name, e.measure, e.direction, e.amount) for e in got.market_events}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the French present, which the parser takes for an adjective
        ("L'action Airbus dévisse de plus de 6 % mardi.", "fr",
         ("Airbus", "share price", "down", 6.0)),
        ("L'indice Stoxx 600 progresse de 0,6 % en séance.", "fr",
         ("Stoxx 600", "index level", "up", 0.6)),
        # the firm named again by what it is
        ("Nvidia a présenté ses comptes. Le géant des puces a chuté de quelque 15 % lundi.",
         "fr", ("Nvidia", "share price", "down", 15.0)),
        ("Nvidia held a press event. The chip giant's shares lost 3% on Tuesday.", "en",
         ("Nvidia", "share price", "down", 3.0)),
        ("LVMH a présenté sa stratégie. Le titre du géant du luxe a reculé de 4 %.", "fr",
         ("LVMH", "share price", "down", 4.0)),
        # the verbs of market reports
        ("Stellantis lâche 3 % à Milan.", "fr", ("Stellantis", "share price", "down", 3.0)),
        ("Le titre Renault s'enfonce de 4 % après l'annonce.", "fr",
         ("Renault", "share price", "down", 4.0)),
        ("Airbus, qui avait reculé la veille, reprend 3 %.", "fr",
         ("Airbus", "share price", "up", 3.0)),
        ("LVMH s'adjuge 2,5 % à 640 euros.", "fr", ("LVMH", "share price", "up", 2.5)),
        ("The Dow eased 0.2% on Friday.", "en", ("Dow Jones", "index level", "down", 0.2)),
        ("Carmakers sold off, and Stellantis sold off 4% in Milan.", "en",
         ("Stellantis", "share price", "down", 4.0)),
    ],
)  # fmt: skip
def test_the_forms_of_market_reports(text: str, lang: str, expected: Move) -> None:
    assert expected in _moves(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Renault a repris la main sur sa filiale, selon la direction.", "fr"),
        ("Airbus s'adjuge le soutien de 3 % des actionnaires de Renault.", "fr"),
        ("Regulators eased restrictions on Stellantis by 5% last week.", "en"),
    ],
)  # fmt: skip
def test_those_verbs_move_nothing_without_an_amount_of_their_own(text: str, lang: str) -> None:
    assert not _moves(text, lang)


def test_a_participle_after_a_comma_moves_the_main_clause_subject() -> None:
    moves = _moves("Airbus was the biggest gainer on the CAC 40, rising 4.1%.", "en")
    assert moves == {("Airbus", "share price", "up", 4.1)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Airbus, down 3%, weighed on the CAC 40.", {("Airbus", "share price", "down", 3.0)}),
        ("Renault stock hit a record high, up 5% on the day.",
         {("Renault", "share price", "up", 5.0)}),
    ],
)  # fmt: skip
def test_a_move_set_off_by_commas(text: str, expected: set[Move]) -> None:
    assert _moves(text, "en") == expected


def test_a_comma_before_up_to_is_no_move() -> None:
    assert not _moves("Airbus will hire, up to a point, more engineers than Renault.", "en")


def test_shares_in_the_company_are_the_firm_just_written_about() -> None:
    moves = _moves(
        "Renault said its sales slowed. Shares in the company have fallen 12% this year.", "en"
    )
    assert moves == {("Renault", "share price", "down", 12.0)}


def test_a_fall_below_a_level_keeps_the_percentage_not_the_level() -> None:
    moves = _moves(
        "Le Stoxx 600 est tombé sous les 500 points, en recul de 4 % sur la semaine.", "fr"
    )
    assert moves == {("Stoxx 600", "index level", "down", 4.0)}


def test_falling_into_agreement_is_no_move() -> None:
    assert not _moves("Le ministre est tombé d'accord avec Renault sur un plan de 5 %.", "fr")


def test_a_fronted_day_is_not_what_moved() -> None:
    moves = _moves(
        "Renault a présenté ses comptes. Vendredi, le titre du constructeur a fini en baisse "
        "de 2 %.",
        "fr",
    )
    assert moves == {("Renault", "share price", "down", 2.0)}


def test_a_relative_on_the_firms_stock_moves_the_firm() -> None:
    moves = _moves(
        "Renault a présenté ses comptes. Le titre du constructeur, qui avait grimpé de 4 % à "
        "l'ouverture, a fini en baisse de 2 %.",
        "fr",
    )
    assert ("Renault", "share price", "up", 4.0) in moves


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a causing verb moves its object the way its adverb says
        ("The warning dragged the Stoxx 600 index down 1.8% on Monday.", "en",
         ("Stoxx 600", "index level", "down", 1.8)),
        ("Renault unveiled its plan, sending its shares up 7%.", "en",
         ("Renault", "share price", "up", 7.0)),
        ("The report pushed Airbus shares 4% higher.", "en", ("Airbus", "share price", "up", 4.0)),
        # the sum a move took off or added to the value
        ("Renault held a call. Its shares slid 3%, shaving $2 billion off its market value.",
         "en", ("Renault", "market value", "down", 2e9)),
        ("LVMH a bondi de 6 %, ajoutant quelque 20 milliards d'euros à sa capitalisation.",
         "fr", ("LVMH", "market value", "up", 2e10)),
        # where a day's move ended, once it was pared back
        ("Le titre Airbus a chuté jusqu'à 9 % avant de limiter ses pertes à 3 %.", "fr",
         ("Airbus", "share price", "down", 3.0)),
        ("Stellantis fell as much as 8% before paring its losses to 2%.", "en",
         ("Stellantis", "share price", "down", 2.0)),
    ],
)  # fmt: skip
def test_moves_told_through_their_cause_or_their_close(
    text: str, lang: str, expected: Move
) -> None:
    assert expected in _moves(text, lang)


def test_a_pared_move_keeps_its_low_and_its_close() -> None:
    moves = _moves("Le titre Renault a plongé de 12 % avant de réduire ses pertes à 4 %.", "fr")
    assert moves == {
        ("Renault", "share price", "down", 12.0),
        ("Renault", "share price", "down", 4.0),
    }


def test_a_level_under_a_named_threshold_is_no_amount_of_the_move() -> None:
    moves = _moves("Le Bitcoin a reculé de 12 %, sous la barre des 80 000 dollars.", "fr")
    assert moves == {("Bitcoin", "price", "down", 12.0)}


def test_a_subject_sharing_the_verb_moves_like_the_verb_before_it() -> None:
    moves = _moves(
        "Airbus a progressé de 2,1 % et Renault de 0,8 %, tandis que le CAC 40 a cédé 12 points.",
        "fr",
    )
    assert ("Renault", "share price", "up", 0.8) in moves
    assert ("CAC 40", "index level", "down", 12.0) in moves


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Renault sent its engineers down to the plant in Douai.", "en"),
        ("Airbus pushed the delivery date back by 5% of the schedule.", "en"),
        ("Renault a réduit ses effectifs de 10 %.", "fr"),
    ],
)
def test_causing_verbs_without_a_market_object_move_nothing(text: str, lang: str) -> None:
    assert not _moves(text, lang)


def test_a_second_clause_with_an_unknown_subject_is_not_the_first_ones_move() -> None:
    # 'Kering' and 'Publicis' are names the test does not know: their moves have no subject,
    # and must not be credited to the firm of the clause before.
    moves = _moves("Airbus a cédé 2,8 % et le titre Kering a perdu 1,9 %.", "fr")
    assert moves == {("Airbus", "share price", "down", 2.8)}
    moves = _moves(
        "LVMH a lâché 3,3 % et Publicis, premier annonceur du pays, a dévissé de 9,7 %.",
        "fr",
    )
    assert moves == {("LVMH", "share price", "down", 3.3)}
    moves = _moves(
        "Renault a reculé de 3,1 %, tandis qu'à Francfort Stellantis cédait 2,4 %.", "fr"
    )
    assert ("Stellantis", "share price", "down", 2.4) in moves
    assert ("Renault", "share price", "down", 2.4) not in moves


def test_a_participle_moves_the_main_subject_past_an_apposition() -> None:
    moves = _moves(
        "Le titre Renault a plongé de 10 % à Paris, la limite de la journée, effaçant près de "
        "2 milliards d'euros de capitalisation.",
        "fr",
    )
    assert ("Renault", "market value", "down", 2e9) in moves


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Renault reported a net loss of 2.4 billion euros for the first half.", "en"),
        ("Airbus a publié une perte nette de 300 millions d'euros.", "fr"),
        ("Stellantis a publié une perte d'exploitation de 1 milliard d'euros.", "fr"),
    ],
)
def test_an_accounting_loss_is_a_level_not_a_move(text: str, lang: str) -> None:
    assert not _moves(text, lang)


def test_the_owner_in_an_apposition_did_not_move() -> None:
    moves = _moves("LVMH, Renault's neighbour on the index, closed up 0.9% on Friday.", "en")
    assert moves == {("LVMH", "share price", "up", 0.9)}


def test_the_index_a_record_move_ranks_in_did_not_move() -> None:
    moves = _moves("Airbus a signé la plus forte hausse du CAC 40, avec un bond de 5,2 %.", "fr")
    assert moves == {("Airbus", "share price", "up", 5.2)}
    moves = _moves("Renault posted the biggest drop on the Stoxx 600, falling 6%.", "en")
    assert moves == {("Renault", "share price", "down", 6.0)}
    assert ("CAC 40", "index level", "down", None) in _moves(
        "Le CAC 40 a connu sa plus forte baisse depuis 2020.", "fr"
    )


def test_a_named_index_dragged_lower_moved_without_an_amount() -> None:
    moves = _moves("Airbus shed 2.4% and Renault dropped 1.1%, dragging the CAC 40 lower.", "en")
    assert ("CAC 40", "index level", "down", None) in moves


def test_an_infinitive_after_a_noun_shares_the_main_subject() -> None:
    # 'to trade' has no subject of its own, though a noun ('gains') stands before it
    moves = _moves("Stellantis pared early gains to trade up 0.4%.", "en")
    assert moves == {("Stellantis", "share price", "up", 0.4)}


def test_a_whole_markets_value_restates_no_earlier_move() -> None:
    moves = _moves(
        "Le Bitcoin a perdu 9 % jeudi. La capitalisation totale des cryptoactifs a fondu "
        "d'environ 260 milliards de dollars.",
        "fr",
    )
    assert moves == {("Bitcoin", "price", "down", 9.0)}
