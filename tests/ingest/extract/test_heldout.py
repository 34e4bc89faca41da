"""Scores on news the rules were never developed against (tests/data/README.md says which).

The floors sit a little under the scores measured when they were set: they catch regressions in
generalisation, which the development-set tests cannot, since the rules were tuned on those sets.
They are not targets: where a floor is under the issue's bar, the bar is not yet met on unseen news.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.extract.evaluate import evaluate, load_gold
from ingest.extract.factory import default_extractor

DATA = Path(__file__).resolve().parents[2] / "data"
FLOORS = {
    "synthetic-news.jsonl": {
        "entities": 0.95,
        "allegations": 0.7,
        "market_events": 0.95,
        "roles": 0.95,
        "links": 0.8,
    },
    # Retired to development on 2026-12-07 (tests/data/README.md); kept as a regression check.
    "heldout-realistic.jsonl": {
        "entities": 0.93,
        "allegations": 0.55,
        "market_events": 0.94,
        "roles": 0.89,
        "links": 0.57,
    },
    # Retired to development on 2026-12-08; kept as a regression check.
    "heldout-realistic-2.jsonl": {
        "entities": 0.88,
        "allegations": 0.7,
        "market_events": 0.86,
        "roles": 0.93,
        "links": 0.64,
    },
    "heldout-realistic-3.jsonl": {
        "entities": 0.89,
        "allegations": 0.51,
        "market_events": 0.64,
        "roles": 0.8,
        "links": 0.59,
    },
    "heldout-realistic-4.jsonl": {
        "entities": 0.82,
        "allegations": 0.39,
        "market_events": 0.86,
        "roles": 0.84,
        "links": 0.52,
    },
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_heldout_scores_stay_above_their_floors(name: str) -> None:
    gold = load_gold(DATA / name)
    assert {g.lang for g in gold} == {"en", "fr"}
    report = evaluate(gold, default_extractor().extract_many)
    scores = {c: report.overall[c].as_dict()["f1"] for c in FLOORS[name]}
    assert all(scores[c] >= floor for c, floor in FLOORS[name].items()), scores
