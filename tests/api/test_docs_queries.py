"""The exported schema is current, and every example query of docs/ runs on the seed story."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from api.graphql.build import schema_sdl
from tests.api.live import GraphQLClient
from tests.graph.builders import DEEPSEEK
from tests.graph.story import ALLEGATION_SENTENCE, LINK_SENTENCE, NVIDIA_SENTENCE

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "queries.graphql").read_text()
OPERATIONS = re.findall(r"^query (\w+)", DOC, flags=re.MULTILINE)


def test_exported_schema_is_current() -> None:
    exported = (ROOT / "api" / "schema.graphql").read_text()
    assert exported == schema_sdl(), "run: python -m api.export_schema"


def test_the_doc_has_the_analysts_questions() -> None:
    assert {
        "SearchEntities",
        "Neighbours",
        "AllegationsAgainst",
        "MarketEventsInWindow",
        "Timeline",
        "CasesAndLinks",
        "TikTokDeepSeekPath",
    } <= set(OPERATIONS)


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


@pytest.mark.parametrize("operation", OPERATIONS)
def test_example_query_runs(api: GraphQLClient, operation: str) -> None:
    data = api.data(DOC, operation=operation)
    strings = _strings(data)
    assert strings, f"{operation} returned nothing"
    expected = {
        "SearchEntities": DEEPSEEK.id,
        "AllegationsAgainst": ALLEGATION_SENTENCE,
        "MarketEventsInWindow": NVIDIA_SENTENCE,
        "CasesAndLinks": LINK_SENTENCE,
        "TikTokDeepSeekPath": LINK_SENTENCE,
    }
    if operation in expected:
        assert expected[operation] in strings
