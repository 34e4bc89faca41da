"""find_paths: ranked paths with every edge's evidence, through the real store."""

from __future__ import annotations

import pytest

from graph.cypher.store import CypherGraphStore
from graph.errors import InvalidIdentifier, NotFound
from graph.paths import find_paths
from graph.store import TimeWindow
from tests.graph.builders import DEEPSEEK, SACKS
from tests.graph.cases import LINK_SENTENCE, TIKTOK, cases_batch


async def test_tiktok_and_deepseek_are_linked_with_evidence(store: CypherGraphStore) -> None:
    await store.upsert(cases_batch())
    best, *_ = await find_paths(store, TIKTOK.id, DEEPSEEK.id, k=2)
    assert [n.name for n in best.nodes] == [
        "TikTok",
        "TikTok ban",
        "DeepSeek distillation",
        "DeepSeek",
    ]
    link = next(hop for hop in best.edges if hop.edge.type == "LINKED_TO")
    assert link.evidence_from == "edge"
    assert link.edge.props["reason"] == "compared as national-security risks"
    (sentence,) = link.evidence
    assert sentence.sentence == LINK_SENTENCE
    assert sentence.article_title == "Article cases"
    assert sentence.reported_at == "2025-01-28T13:02:00Z"
    part_of = [hop for hop in best.edges if hop.edge.type == "PART_OF"]
    assert all(hop.evidence_from == "fact" and hop.evidence for hop in part_of)


async def test_participant_edges_show_the_fact_evidence(store: CypherGraphStore) -> None:
    await store.upsert(cases_batch())
    (best, *_) = await find_paths(store, SACKS.id, DEEPSEEK.id)
    assert [hop.edge.type for hop in best.edges] == ["MAKES", "AGAINST"]
    for hop in best.edges:
        assert hop.evidence_from == "fact"
        assert [e.sentence for e in hop.evidence] == ["Sacks affirme des preuves substantielles."]


async def test_as_of_and_errors(store: CypherGraphStore) -> None:
    await store.upsert(cases_batch())
    before = await find_paths(store, TIKTOK.id, DEEPSEEK.id, window=TimeWindow(as_of="2025-01-01"))
    assert all("LINKED_TO" not in [h.edge.type for h in p.edges] for p in before)
    with pytest.raises(NotFound, match="company:nobody"):
        await find_paths(store, TIKTOK.id, "company:nobody")
    with pytest.raises(InvalidIdentifier):
        await find_paths(store, TIKTOK.id, DEEPSEEK.id, max_hops=7)
    with pytest.raises(InvalidIdentifier):
        await find_paths(store, TIKTOK.id, DEEPSEEK.id, k=0)
