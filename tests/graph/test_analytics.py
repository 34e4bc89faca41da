"""Ranked paths, centrality and communities, on subgraphs of the real embedded store."""

from __future__ import annotations

import networkx as nx

from graph.analytics import centrality, communities, ranked_paths, to_networkx
from graph.cypher.store import CypherGraphStore
from graph.model import Actor, ActorKind, GraphBatch, Relation, RelType
from tests.graph.builders import DEEPSEEK
from tests.graph.cases import CHINA, DEEPSEEK_CASE, TIKTOK, TIKTOK_CASE, cases_batch


async def test_informative_path_ranks_above_the_hub(store: CypherGraphStore) -> None:
    await store.upsert(cases_batch())
    graph = to_networkx(await store.subgraph())
    paths = ranked_paths(graph, DEEPSEEK.id, TIKTOK.id, k=3)
    assert paths[0].node_ids == (DEEPSEEK.id, DEEPSEEK_CASE.id, TIKTOK_CASE.id, TIKTOK.id)
    assert paths[0].score == 1.0
    via_hub = [p for p in paths if CHINA.id in p.node_ids]
    assert via_hub, "the hub path is still offered, just ranked lower"
    assert via_hub[0].node_ids == (DEEPSEEK.id, CHINA.id, TIKTOK.id)
    assert via_hub[0].cost > paths[0].cost
    assert all(len(p.edge_ids) == len(p.node_ids) - 1 for p in paths)


async def test_exclusions_and_hop_limit(store: CypherGraphStore) -> None:
    await store.upsert(cases_batch())
    graph = to_networkx(await store.subgraph())
    without_cases = ranked_paths(graph, DEEPSEEK.id, TIKTOK.id, exclude_kinds=["Case"])
    assert without_cases[0].node_ids == (DEEPSEEK.id, CHINA.id, TIKTOK.id)
    short = ranked_paths(graph, DEEPSEEK.id, TIKTOK.id, max_hops=2)
    assert all(len(p.edge_ids) <= 2 for p in short)
    assert ranked_paths(graph, DEEPSEEK.id, TIKTOK.id, exclude_ids=[CHINA.id], max_hops=2) == []
    assert ranked_paths(graph, DEEPSEEK.id, "company:absent") == []


def _star_and_bridge() -> GraphBatch:
    left = [Actor(kind=ActorKind.COMPANY, name=f"Left {i}") for i in range(4)]
    right = [Actor(kind=ActorKind.COMPANY, name=f"Right {i}") for i in range(4)]

    def link(a: Actor, b: Actor) -> Relation:
        return Relation(type=RelType.LINKED_TO, source_id=a.id, target_id=b.id)

    clique = [
        link(a, b) for group in (left, right) for i, a in enumerate(group) for b in group[i + 1 :]
    ]
    return GraphBatch(actors=(*left, *right), relations=(*clique, link(left[0], right[0])))


async def test_centrality_and_communities(store: CypherGraphStore) -> None:
    await store.upsert(_star_and_bridge())
    graph = to_networkx(await store.subgraph())
    top = centrality(graph, limit=2)
    assert {n.name for n in top} == {"Left 0", "Right 0"}  # the bridge ends
    assert top[0].betweenness > 0.5
    assert centrality(graph, kinds={"Country"}) == []
    found = communities(graph)
    assert sorted(sorted(graph.nodes[n]["name"] for n in c) for c in found) == [
        ["Left 0", "Left 1", "Left 2", "Left 3"],
        ["Right 0", "Right 1", "Right 2", "Right 3"],
    ]


def test_empty_graph() -> None:
    empty = nx.MultiDiGraph()
    assert centrality(empty) == []
    assert communities(empty) == []


def test_government_body_is_penalised_like_a_hub() -> None:
    # Two two-hop routes between A and B of equal degree: through an agency, or through a case.
    graph = nx.MultiDiGraph()
    for node, kind in (("a", "Company"), ("b", "Company"), ("agency", "GovernmentBody")):
        graph.add_node(node, group="Actor", kind=kind, name=node)
    graph.add_node("case", group="Fact", kind="Case", name="case")
    for i, (s, t) in enumerate((("a", "agency"), ("agency", "b"), ("a", "case"), ("case", "b"))):
        graph.add_edge(s, t, key=f"e{i}", id=f"e{i}", type="RELATED")
    first, second = ranked_paths(graph, "a", "b", k=2)
    assert first.node_ids == ("a", "case", "b")
    assert first.edge_ids == ("e2", "e3")
    assert second.node_ids == ("a", "agency", "b")
    assert first.score == 1.0 > second.score
    assert [p.node_ids for p in ranked_paths(graph, "a", "b", exclude_kinds={"Case"})] == [
        ("a", "agency", "b")
    ]
