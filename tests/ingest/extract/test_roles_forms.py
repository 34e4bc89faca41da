"""Roles in the forms news writes them, both languages (invented sentences, names by list):
relative clauses on the firm, parentheses, hard line wraps, participles inside a title, plural
founders, EU commissioners, government spokespeople, partners and board members, 'the
regulator', a perfect with 'since'."""

from __future__ import annotations

import pytest

from graph.model import Actor, ActorKind
from ingest.extract.pipeline import extract_facts
from tests.ingest.extract.mentions_by_name import analyze_with, sentence_article

K = ActorKind
ACTORS = (
    Actor(kind=K.PERSON, name="Hugo Perrin"),
    Actor(kind=K.PERSON, name="Ana Ruiz"),
    Actor(kind=K.OFFICIAL, name="Lena Sorel"),
    Actor(kind=K.COMPANY, name="Norwind"),
    Actor(kind=K.COMPANY, name="Zentra"),
    Actor(kind=K.GOVERNMENT_BODY, name="European Commission", aliases=("Commission européenne",)),
    Actor(
        kind=K.GOVERNMENT_BODY,
        name="Commission nationale de l'informatique et des libertés",
        aliases=("CNIL",),
    ),
    Actor(kind=K.GOVERNMENT_BODY, name="Data Protection Commission"),
    Actor(kind=K.COUNTRY, name="France"),
    Actor(kind=K.COUNTRY, name="China", aliases=("Chine",)),
)


def _roles(text: str, lang: str = "en") -> set[tuple[str, str]]:
    found = extract_facts(analyze_with(sentence_article(text, lang), ACTORS)).roles
    return {(r.person.name, r.org.name) for r in found}


NORWIND = {("Hugo Perrin", "Norwind")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Norwind, dont Hugo Perrin est le PDG, a relevé ses prix.", "fr", NORWIND),
        ("Norwind, whose chief executive is Hugo Perrin, raised its prices.", "en", NORWIND),
        ("Norwind, dont Hugo Perrin était le PDG, a relevé ses prix.", "fr", set()),
    ],
)  # fmt: skip
def test_a_relative_clause_on_the_firm(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    assert _roles(text, lang) == expected


def test_a_title_in_parentheses() -> None:
    assert _roles("Hugo Perrin (PDG de Norwind) a critiqué la décision.", "fr") == NORWIND


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Selon le directeur général de\nNorwind, Hugo Perrin, les prix vont monter.", "fr"),
        ("Hugo Perrin, the head of\nNorwind, criticised the deal.", "en"),
    ],
)  # fmt: skip
def test_a_title_wrapped_over_two_lines(text: str, lang: str) -> None:
    assert _roles(text, lang) == NORWIND


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hugo Perrin, directeur général délégué de Norwind, a critiqué la décision.", "fr"),
        ("Hugo Perrin, vice-président chargé de la sécurité chez Norwind, a critiqué la "
         "décision.", "fr"),
        ("Hugo Perrin, a managing director at Norwind, criticised the deal.", "en"),
    ],
)  # fmt: skip
def test_a_participle_inside_the_title(text: str, lang: str) -> None:
    assert _roles(text, lang) == NORWIND


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hugo Perrin, l'un des fondateurs de Norwind, a critiqué la décision.", "fr"),
        ("Hugo Perrin, one of the founders of Norwind, criticised the deal.", "en"),
        ("Hugo Perrin, le numéro deux de Norwind, a critiqué la décision.", "fr"),
    ],
)  # fmt: skip
def test_plural_founders_and_number_two(text: str, lang: str) -> None:
    assert _roles(text, lang) == NORWIND


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("EU Competition Commissioner Lena Sorel criticised the merger. The European "
         "Commission will rule in May.", "en", {("Lena Sorel", "European Commission")}),
        ("La commissaire européenne à la Concurrence, Lena Sorel, a critiqué la fusion. La "
         "Commission européenne tranchera.", "fr", {("Lena Sorel", "European Commission")}),
        ("EU Competition Commissioner Lena Sorel criticised the merger.", "en", set()),
    ],
)  # fmt: skip
def test_an_eu_commissioner_of_the_commission_the_article_names(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    assert _roles(text, lang) == expected


def test_a_perfect_with_since_is_a_current_role() -> None:
    assert _roles("Hugo Perrin, who has run Norwind since 2019, criticised the deal.") == NORWIND
    assert _roles("Hugo Perrin, who ran Norwind in 2019, criticised the deal.") == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hugo Perrin, un proche du PDG de Norwind, a critiqué la décision.", "fr"),
        ("Hugo Perrin, le successeur du patron de Norwind, a critiqué la décision.", "fr"),
        ("Hugo Perrin, a critic of Norwind's chief executive, criticised the deal.", "en"),
        ("Hugo Perrin, a rival of Norwind's founder, criticised the deal.", "en"),
        ("Hugo Perrin, PDG de Norwind jusqu'en 2020, a critiqué la décision.", "fr"),
        ("Hugo Perrin, Norwind's chief executive until last year, criticised the deal.", "en"),
    ],
)  # fmt: skip
def test_someone_else_s_title_or_an_ended_one_is_no_role(text: str, lang: str) -> None:
    assert _roles(text, lang) == set()


def test_a_title_held_so_far_is_current() -> None:
    assert _roles("Hugo Perrin, PDG de Norwind jusqu'à présent, a critiqué la décision.", "fr") == (
        NORWIND
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La porte-parole du gouvernement, Ana Ruiz, a défendu la réforme. La France ne "
         "change pas de position.", "fr", {("Ana Ruiz", "France")}),
        ("Le porte-parole du gouvernement chinois, Hugo Perrin, a défendu la réforme. La "
         "France et la Chine se parlent.", "fr", {("Hugo Perrin", "China")}),
        ("Government spokesman Hugo Perrin defended the reform. China has not moved.", "en",
         {("Hugo Perrin", "China")}),
    ],
)  # fmt: skip
def test_a_government_spokesperson_speaks_for_the_country(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    assert _roles(text, lang) == expected


def test_a_source_cited_at_the_end_of_the_sentence_is_an_apposition() -> None:
    assert _roles("Norwind conteste les faits, selon sa porte-parole, Ana Ruiz.", "fr") == {
        ("Ana Ruiz", "Norwind")
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hugo Perrin, associé chez Norwind, conteste les faits.", "fr"),
        ("Hugo Perrin, membre du conseil d'administration de Norwind, conteste les faits.", "fr"),
        ("Hugo Perrin, a Norwind board member, criticised the deal.", "en"),
    ],
)  # fmt: skip
def test_partners_and_board_members(text: str, lang: str) -> None:
    assert _roles(text, lang) == NORWIND


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Hugo Perrin, délégué général de Norwind, a critiqué la décision.", "fr", NORWIND),
        ("La cheffe de Norwind, Ana Ruiz, a critiqué la décision.", "fr",
         {("Ana Ruiz", "Norwind")}),
        ("Ana Ruiz, directrice de cabinet de la Commission européenne, a critiqué la décision.",
         "fr", {("Ana Ruiz", "European Commission")}),
        ("Ana Ruiz, a judge at the European Commission's tribunal, ruled on Monday.", "en",
         {("Ana Ruiz", "European Commission")}),
        ("Hugo Perrin, qui juge la décision injuste, a parlé de Norwind.", "fr", set()),
    ],
)  # fmt: skip
def test_more_french_and_english_titles(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    assert _roles(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La CNIL a sanctionné Norwind mardi. La présidente de l'autorité, Ana Ruiz, a défendu "
         "l'amende.", "fr",
         {("Ana Ruiz", "Commission nationale de l'informatique et des libertés")}),
        ("The Data Protection Commission fined Norwind. The head of the regulator, Ana Ruiz, "
         "defended the fine.", "en", {("Ana Ruiz", "Data Protection Commission")}),
        ("The head of the regulator, Ana Ruiz, defended the fine. Norwind will appeal to the "
         "Data Protection Commission.", "en", set()),
    ],
)  # fmt: skip
def test_the_regulator_stands_for_the_body_named_just_before(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    assert _roles(text, lang) == expected
