"""Entity F1 on the dev gold set (read from /work/shared, never copied into the repo)."""

from __future__ import annotations

import pytest

from ingest.extract.entity_eval import evaluate, load_gold

from .conftest import DEV_GOLD

pytestmark = pytest.mark.slow
TARGET_F1 = 0.85


def test_entity_f1_per_language(pipelines: dict[str, object]) -> None:
    if not DEV_GOLD.is_file():
        pytest.skip(f"dev gold set not found at {DEV_GOLD}")
    scores = evaluate(load_gold(DEV_GOLD))
    assert {"en", "fr"} <= set(scores)
    for lang in ("en", "fr"):
        score = scores[lang]
        assert score.f1 >= TARGET_F1, f"{lang}: F1 {score.f1:.3f}\n" + "\n".join(score.errors)
