"""The optional LLM extractor against a real HTTP server on 127.0.0.1 with canned answers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import SecretStr

from graph.model import Article, FactKind, RelType
from ingest.extract.llm import (
    LLMError,
    LLMExtractor,
    LLMSchemaError,
    LLMSettings,
    llm_extractor,
)
from tests.ingest.extract.loopback import LoopbackLLM, running_llm

TEXT = (
    "Speaking to Fox News on Tuesday, Sacks said DeepSeek distilled OpenAI's models. "
    "Nvidia lost $600 billion in market value."
)
ARTICLE = Article(
    url="https://news.example.org/llm",
    title="DeepSeek",
    lang="en",
    published="2025-01-29T10:00:00Z",
    fetched_at="2025-01-29T10:00:00Z",
    content_hash="h",
    text=TEXT,
)
GOOD: dict[str, Any] = {
    "entities": [
        {"name": "David Sacks", "kind": "Official", "aliases": ["Sacks"]},
        {"name": "DeepSeek", "kind": "Company", "aliases": []},
        {"name": "OpenAI", "kind": "Company", "aliases": []},
        {"name": "Fox News", "kind": "Organization", "aliases": []},
        {"name": "Nvidia", "kind": "Company", "aliases": []},
    ],
    "allegations": [
        {
            "claimant": "Sacks",
            "accused": "DeepSeek",
            "victim": "OpenAI",
            "act": "distillation",
            "stance": "alleges",
            "relay": "Fox News",
            "date": "2025-01-28",
            "quote": (
                "Speaking to Fox News on Tuesday, Sacks said DeepSeek distilled OpenAI's models."
            ),
        }
    ],
    "market_events": [
        {
            "subject": "Nvidia",
            "measure": "market value",
            "direction": "down",
            "amount": 600e9,
            "unit": "USD",
            "quote": "Nvidia lost $600 billion in market value.",
        }
    ],
}


@pytest.fixture
def server() -> Iterator[LoopbackLLM]:
    with running_llm() as srv:
        yield srv


def settings(url: str) -> LLMSettings:
    return LLMSettings(url=url, model="test-model", api_key=SecretStr("k"), timeout_s=10)


def test_extracts_through_the_endpoint_into_the_shared_model(server: LoopbackLLM) -> None:
    server.replies.append((200, json.dumps(GOOD)))
    (batch,) = LLMExtractor(settings(server.url)).extract_many([ARTICLE])
    ((path, headers, body),) = server.requests
    assert path == "/v1/chat/completions"
    assert headers["Authorization"] == "Bearer k"
    assert body["model"] == "test-model"
    schema = body["response_format"]["json_schema"]["schema"]
    assert {"entities", "allegations", "market_events", "roles", "links"} <= set(
        schema["properties"]
    )
    assert TEXT in body["messages"][-1]["content"]

    actors = {a.name: a for a in batch.actors}
    (allegation,) = [f for f in batch.facts if f.kind == FactKind.ALLEGATION]
    assert (allegation.act, allegation.stance) == ("distillation", "alleges")
    assert allegation.occurred is not None
    assert allegation.occurred.date == "2025-01-28"
    (ev,) = allegation.evidence
    assert (ev.start, ev.relay, ev.extractor) == (0, "Fox News", "riskgraph-llm")
    assert TEXT[ev.start : ev.end] == ev.sentence
    edges = {(r.type, r.source_id, r.target_id) for r in batch.relations}
    assert (RelType.MAKES, actors["David Sacks"].id, allegation.id) in edges
    assert (RelType.AGAINST, allegation.id, actors["DeepSeek"].id) in edges
    assert (RelType.RELAYED_BY, allegation.id, actors["Fox News"].id) in edges
    (event,) = [f for f in batch.facts if f.kind == FactKind.MARKET_EVENT]
    assert (event.direction, event.amount_usd) == ("down", 600e9)


def test_a_schema_violation_is_retried_once_with_the_error(server: LoopbackLLM) -> None:
    broken = {**GOOD, "allegations": [{**GOOD["allegations"][0], "stance": "maybe"}]}
    server.replies += [(200, json.dumps(broken)), (200, json.dumps(GOOD))]
    (batch,) = LLMExtractor(settings(server.url)).extract_many([ARTICLE])
    assert len(server.requests) == 2
    assert "did not match the schema" in server.requests[1][2]["messages"][-1]["content"]
    assert any(f.kind == FactKind.ALLEGATION for f in batch.facts)


def test_two_schema_violations_raise(server: LoopbackLLM) -> None:
    server.replies += [(200, "not json at all"), (200, json.dumps({"entities": "nope"}))]
    with pytest.raises(LLMSchemaError, match="broke the schema"):
        LLMExtractor(settings(server.url)).extract_many([ARTICLE])


def test_http_errors_are_reported(server: LoopbackLLM) -> None:
    server.replies.append((500, ""))
    with pytest.raises(LLMError, match="failed"):
        LLMExtractor(settings(server.url)).extract_many([ARTICLE])


def test_never_used_without_configuration(server: LoopbackLLM) -> None:
    assert llm_extractor(LLMSettings(url=None, model=None)) is None
    with pytest.raises(LLMError, match="RISKGRAPH_LLM_URL"):
        LLMExtractor(LLMSettings(url=server.url, model=None))
    assert server.requests == []
