"""Scores on news the rules were never developed against (tests/data/synthetic-news.jsonl).

The floors sit a little under today's scores: they catch regressions in generalisation, which the
development-set test cannot, since the rules were tuned on that set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.extract.evaluate import evaluate, load_gold
from ingest.extract.factory import default_extractor

HELDOUT = Path(__file__).resolve().parents[2] / "data" / "synthetic-news.jsonl"
FLOORS = {"entities": 0.85, "allegations": 0.6, "market_events": 0.6, "roles": 0.6, "links": 0.6}


@pytest.mark.slow
def test_heldout_scores_stay_above_their_floors() -> None:
    gold = load_gold(HELDOUT)
    assert {g.lang for g in gold} == {"en", "fr"}
    report = evaluate(gold, default_extractor().extract_many)
    scores = {c: report.overall[c].as_dict()["f1"] for c in FLOORS}
    assert all(scores[c] >= floor for c, floor in FLOORS.items()), scores
