"""paths and central over real HTTP: the TikTok-DeepSeek question, answered with evidence."""

from __future__ import annotations

from tests.api.live import GraphQLClient
from tests.graph.builders import DEEPSEEK
from tests.graph.story import (
    COMPARE,
    DEEPSEEK_CASE,
    LINK_REASON,
    LINK_SENTENCE,
    TIKTOK,
    TIKTOK_CASE,
)

PATHS = """
query($from: ID!, $to: ID!, $k: Int! = 3, $asOf: String, $excludeKinds: [String!]) {
  paths(fromId: $from, toId: $to, k: $k, maxHops: 4, asOf: $asOf, excludeKinds: $excludeKinds) {
    score
    nodes { id name kind }
    steps {
      from { id } to { id }
      relation { type reason }
      evidenceFrom
      evidence { sentence articleTitle articleUrl published confidence }
    }
  }
}"""


def test_how_the_tiktok_and_deepseek_cases_are_linked(api: GraphQLClient) -> None:
    (best, *_) = api.data(PATHS, {"from": TIKTOK_CASE.id, "to": DEEPSEEK_CASE.id})["paths"]
    assert best["score"] == 1.0
    (step,) = best["steps"]
    assert step["relation"] == {"type": "LINKED_TO", "reason": LINK_REASON}
    assert (step["from"]["id"], step["to"]["id"]) == (TIKTOK_CASE.id, DEEPSEEK_CASE.id)
    assert step["evidenceFrom"] == "edge"
    assert step["evidence"] == [
        {
            "sentence": LINK_SENTENCE,
            "articleTitle": COMPARE.title,
            "articleUrl": COMPARE.url,
            "published": COMPARE.published,
            "confidence": 0.8,
        }
    ]


def test_tiktok_to_deepseek_paths_carry_evidence_on_every_step(api: GraphQLClient) -> None:
    paths = api.data(PATHS, {"from": TIKTOK.id, "to": DEEPSEEK.id})["paths"]
    assert paths
    scores = [p["score"] for p in paths]
    assert scores == sorted(scores, reverse=True)
    via_cases = next(p for p in paths if "LINKED_TO" in [s["relation"]["type"] for s in p["steps"]])
    assert [n["id"] for n in via_cases["nodes"]] == [
        TIKTOK.id,
        TIKTOK_CASE.id,
        DEEPSEEK_CASE.id,
        DEEPSEEK.id,
    ]
    for path in paths:
        assert path["nodes"][0]["id"] == TIKTOK.id
        assert path["nodes"][-1]["id"] == DEEPSEEK.id
        for step in path["steps"]:
            assert step["evidence"], step
            assert all(e["sentence"] and e["articleTitle"] for e in step["evidence"])
    no_cases = api.data(PATHS, {"from": TIKTOK.id, "to": DEEPSEEK.id, "excludeKinds": ["Case"]})
    assert no_cases["paths"]
    for path in no_cases["paths"]:
        assert "Case" not in {n["kind"] for n in path["nodes"]}


def test_paths_errors(api: GraphQLClient) -> None:
    missing = api.error(PATHS, {"from": TIKTOK.id, "to": "company:nobody"})
    assert missing["extensions"]["code"] == "NOT_FOUND"
    too_few = api.error(PATHS, {"from": TIKTOK.id, "to": DEEPSEEK.id, "k": 0})
    assert too_few["extensions"]["code"] == "BAD_REQUEST"
    assert "k must be between" in too_few["message"]
    bad_date = api.error(PATHS, {"from": TIKTOK.id, "to": DEEPSEEK.id, "asOf": "yesterday"})
    assert "asOf must be an ISO-8601 date" in bad_date["message"]


def test_central_entities(api: GraphQLClient) -> None:
    query = """query($kinds: [ActorKind!]) { central(kind: $kinds, limit: 3) {
      truncated entities { node { id kind } betweenness degree } } }"""
    result = api.data(query, {"kinds": ["COMPANY"]})["central"]
    assert result["truncated"] is False
    entities = result["entities"]
    assert len(entities) == 3
    assert {e["node"]["kind"] for e in entities} == {"Company"}
    assert entities[0]["node"]["id"] == DEEPSEEK.id
    ranks = [(e["betweenness"], e["degree"]) for e in entities]
    assert ranks == sorted(ranks, reverse=True)
    everything = api.data(query)["central"]["entities"]
    assert len(everything) == 3
