"""Nothing a user types can become Cypher: labels and types are checked, text is tokenised."""

from __future__ import annotations

import re

import pytest

from graph.cypher import queries
from graph.cypher.dialect import FALKORDB, NEO4J, Dialect
from graph.cypher.store import CypherGraphStore
from graph.errors import InvalidIdentifier, NotFound
from graph.ids import normalize_name
from graph.model import RelType
from graph.store import NeighborQuery

INJECTIONS = [
    "Company) DETACH DELETE n //",
    "Company:Evil",
    "Company`",
    "company",
    "",
]


@pytest.mark.parametrize("label", INJECTIONS)
def test_labels_outside_the_model_are_refused(label: str) -> None:
    with pytest.raises(InvalidIdentifier):
        queries.upsert_actors(label)
    with pytest.raises(InvalidIdentifier):
        queries.upsert_facts(label)
    with pytest.raises(InvalidIdentifier):
        queries.restore_node("Entity", label)
    with pytest.raises(InvalidIdentifier):
        queries.restore_node("Fact", label)
    with pytest.raises(InvalidIdentifier):
        queries.restore_node(label, "Company")


@pytest.mark.parametrize("rel_type", ["OWNS]->() DETACH DELETE n //", "owns", "MERGED"])
def test_relation_types_outside_the_model_are_refused(rel_type: str) -> None:
    with pytest.raises(ValueError, match="RelType"):
        queries.upsert_relations(RelType(rel_type))


@pytest.mark.parametrize("dialect", [NEO4J, FALKORDB], ids=lambda d: d.name)
@pytest.mark.parametrize(
    "text",
    ["deepseek OR *:*", "a AND NOT b", 'x" OR "1"="1', "name:(admin) ~2 ^9", "@field:{x} -y |z"],
)
def test_fulltext_queries_carry_only_plain_words(dialect: Dialect, text: str) -> None:
    query = dialect.fulltext_query(normalize_name(text))
    words = re.split(r" AND | ", query)
    assert all(re.fullmatch(r"[0-9a-z]+\*?", w) for w in words), query


async def test_hostile_ids_are_plain_data(store: CypherGraphStore) -> None:
    hostile = ["x' OR 1=1 //", "}) MATCH (n) DETACH DELETE n //", "$ids", "\u0000\U0001f600"]
    assert await store.get_nodes(hostile) == [None] * len(hostile)
    for node_id in hostile:
        with pytest.raises(NotFound):
            await store.neighbors(NeighborQuery(node_id=node_id))
        with pytest.raises(NotFound):
            await store.delete_article(node_id)
    with pytest.raises(InvalidIdentifier):
        await store.neighbors(NeighborQuery(node_id="x", depth=4))
