"""Everything that differs between Neo4j 5 and FalkorDB, named once.

Queries are shared; they ask a Dialect for the few fragments that differ (schema DDL and the
full-text procedure with its query syntax). Nothing else in RiskGraph branches on the engine.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from graph.model import RelType

# Labels every engine indexes by `id`. Node is on every domain node (entities, facts, articles,
# feeds) so that lookups by id need no label; Evidence and MergeRecord are bookkeeping.
ID_LABELS = ("Node", "Evidence", "MergeRecord")
FULLTEXT_PROPERTY = "search_text"
_TOKEN = re.compile(r"[0-9a-z]+")


def _lucene_query(tokens: Sequence[str]) -> str:
    # Every token must match; the last one may be a prefix (search-as-you-type).
    parts = [*tokens[:-1], tokens[-1] + "*"] if tokens else []
    return " AND ".join(parts)


def _redisearch_query(tokens: Sequence[str]) -> str:
    # RediSearch ANDs space-separated terms; prefixes need at least two characters.
    last = tokens[-1] + "*" if tokens and len(tokens[-1]) >= 2 else (tokens[-1] if tokens else "")
    return " ".join([*tokens[:-1], last]) if tokens else ""


@dataclass(frozen=True)
class Dialect:
    """Capabilities and fragments of one engine."""

    name: str
    schema_statements: tuple[str, ...]
    # A CALL ... YIELD node, score fragment taking the engine's text query as $query.
    fulltext_call: str
    fulltext_query_builder: Callable[[Sequence[str]], str]
    # Substrings in an engine error that mean "this schema object already exists".
    already_exists_markers: tuple[str, ...]

    def fulltext_query(self, normalized_text: str) -> str:
        """The engine's text-query syntax for already-normalised text (ASCII words only).

        Only [0-9a-z] tokens survive, so no user character can reach the query parser.
        """
        return self.fulltext_query_builder(_TOKEN.findall(normalized_text))


def _neo4j_schema() -> tuple[str, ...]:
    statements = [
        f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for label in ID_LABELS
    ]
    statements += [
        f"CREATE INDEX rel_{rel.value.lower()}_id IF NOT EXISTS FOR ()-[r:{rel.value}]-() ON (r.id)"
        for rel in RelType
    ]
    statements += [
        "CREATE INDEX evidence_target IF NOT EXISTS FOR (e:Evidence) ON (e.target_id)",
        "CREATE INDEX evidence_article IF NOT EXISTS FOR (e:Evidence) ON (e.article_id)",
        "CREATE INDEX merge_drop IF NOT EXISTS FOR (m:MergeRecord) ON (m.drop_id)",
        "CREATE INDEX node_kind IF NOT EXISTS FOR (n:Node) ON (n.kind)",
        "CREATE INDEX article_hash IF NOT EXISTS FOR (a:Article) ON (a.content_hash)",
        "CREATE INDEX article_guid IF NOT EXISTS FOR (a:Article) ON (a.guid)",
        f"CREATE FULLTEXT INDEX entity_search IF NOT EXISTS "
        f"FOR (n:Entity) ON EACH [n.{FULLTEXT_PROPERTY}]",
    ]
    return tuple(statements)


def _falkordb_schema() -> tuple[str, ...]:
    # FalkorDB serialises writes per graph, so MERGE alone keeps ids unique; indexes give speed.
    statements = [f"CREATE INDEX FOR (n:{label}) ON (n.id)" for label in ID_LABELS]
    statements += [f"CREATE INDEX FOR ()-[r:{rel.value}]-() ON (r.id)" for rel in RelType]
    statements += [
        "CREATE INDEX FOR (e:Evidence) ON (e.target_id)",
        "CREATE INDEX FOR (e:Evidence) ON (e.article_id)",
        "CREATE INDEX FOR (m:MergeRecord) ON (m.drop_id)",
        "CREATE INDEX FOR (n:Node) ON (n.kind)",
        "CREATE INDEX FOR (a:Article) ON (a.content_hash)",
        "CREATE INDEX FOR (a:Article) ON (a.guid)",
        f"CALL db.idx.fulltext.createNodeIndex('Entity', '{FULLTEXT_PROPERTY}')",
    ]
    return tuple(statements)


NEO4J = Dialect(
    name="neo4j",
    schema_statements=_neo4j_schema(),
    fulltext_call="CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score",
    fulltext_query_builder=_lucene_query,
    already_exists_markers=("EquivalentSchemaRuleAlreadyExists", "already exists"),
)

FALKORDB = Dialect(
    name="falkordb",
    schema_statements=_falkordb_schema(),
    fulltext_call="CALL db.idx.fulltext.queryNodes('Entity', $query) YIELD node, score",
    fulltext_query_builder=_redisearch_query,
    already_exists_markers=("already indexed", "already exists"),
)
