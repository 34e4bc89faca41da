"""A firm's reported revenue or profit with a stated change is a market event of its own
measure, in the verb form as in the noun form; other counts (downloads, users) are not."""

from __future__ import annotations

import pytest

from tests.ingest.extract.test_market_reports import Move, _moves


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Alibaba's quarterly revenue climbed 7% to $35 billion.", "en",
         ("Alibaba", "revenue", "up", 7.0)),
        ("Tencent said its net profit fell 11% in the third quarter.", "en",
         ("Tencent", "profit", "down", 11.0)),
        ("Le chiffre d'affaires d'Alibaba a progressé de 9 % au deuxième trimestre.", "fr",
         ("Alibaba", "revenue", "up", 9.0)),
        ("Nvidia a publié ses comptes mercredi. Son bénéfice net a bondi de 55 %.", "fr",
         ("Nvidia", "profit", "up", 55.0)),
        ("Tencent a présenté ses comptes. Les ventes du groupe ont reculé de 4 %.", "fr",
         ("Tencent", "revenue", "down", 4.0)),
    ],
)  # fmt: skip
def test_reported_results_with_a_change_are_market_events(
    text: str, lang: str, expected: Move
) -> None:
    assert expected in _moves(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("DeepSeek's daily users rose 40% in a week.", "en"),
        ("Le nombre d'utilisateurs de DeepSeek a bondi de 300 %.", "fr"),
        ("Le chiffre avancé par DeepSeek a progressé de 20 %.", "fr"),
    ],
)
def test_other_counts_of_a_firm_are_not_market_events(text: str, lang: str) -> None:
    assert not _moves(text, lang)
