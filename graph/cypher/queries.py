"""Every Cypher statement RiskGraph sends, in one place.

Values always travel as $parameters. The only things formatted into text are labels and relation
types, and only from the model's closed enums (checked by `_label`/`_rel`), so no user input can
ever become Cypher. `all_statements` lists every variant so tests can lint each one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal

from graph.cypher.dialect import Dialect
from graph.errors import InvalidIdentifier
from graph.model import ActorKind, FactKind, RelType


@dataclass(frozen=True)
class Statement:
    """A named Cypher statement; `write` routes it to a write transaction."""

    name: str
    text: str
    write: bool = False


_LABELS = frozenset({k.value for k in ActorKind} | {k.value for k in FactKind})


def _label(kind: str) -> str:
    if kind not in _LABELS:
        raise InvalidIdentifier(f"unknown node kind {kind!r}")
    return kind


def _rel(rel_type: RelType | str) -> str:
    return RelType(rel_type).value


# Reported windows only ever widen: the earliest and the latest report seen so far.
_WIDEN_REPORTED = (
    "{v}.reported_first = CASE WHEN {v}.reported_first IS NULL OR "
    "(row.reported_first IS NOT NULL AND row.reported_first < {v}.reported_first) "
    "THEN row.reported_first ELSE {v}.reported_first END, "
    "{v}.reported_last = CASE WHEN {v}.reported_last IS NULL OR "
    "(row.reported_last IS NOT NULL AND row.reported_last > {v}.reported_last) "
    "THEN row.reported_last ELSE {v}.reported_last END"
)
# Confidence is the best single piece of evidence, not a count: echoes are not confirmations.
_WIDEN = (
    _WIDEN_REPORTED + ", {v}.confidence = CASE WHEN {v}.confidence IS NULL OR "
    "row.confidence > {v}.confidence THEN row.confidence ELSE {v}.confidence END"
)

_EDGE_RETURN = (
    "r.id AS id, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, "
    "properties(r) AS props"
)

# Time-window conditions on an edge `r`; every parameter may be null (unbounded).
_EDGE_WINDOW = (
    "($as_of IS NULL OR r.reported_first IS NULL OR r.reported_first <= $as_of) "
    "AND ($since IS NULL OR r.reported_last IS NULL OR r.reported_last >= $since) "
    "AND ($until IS NULL OR r.reported_first IS NULL OR r.reported_first <= $until)"
)


# Union of known names with the row's; merged names are computed in a WITH first because a SET
# must not read what an earlier SET of the same statement just wrote (FalkorDB would not see it).
_ADD_NAMES = (
    "WITH n, row, "
    "[a IN coalesce(n.aliases, []) WHERE NOT a IN row.aliases] + row.aliases AS aliases, "
    "[a IN coalesce(n.norms, []) WHERE NOT a IN row.norms] + row.norms AS norms "
    "SET n.aliases = aliases, n.norms = norms, "
    "n.search_text = reduce(s = '', x IN norms | s + ' ' + x), "
    "n.country = coalesce(n.country, row.country), "
    "n.wikidata = coalesce(n.wikidata, row.wikidata), "
    "n.description = coalesce(n.description, row.description), n.updated_at = $now "
    "RETURN count(n) AS written"
)


@cache
def upsert_actors(kind: str) -> Statement:
    label = _label(kind)
    return Statement(
        f"upsert_actors[{label}]",
        "UNWIND $rows AS row "
        "MERGE (n:Node {id: row.id}) "
        "ON CREATE SET n.created_at = $now, n.name = row.name, n.kind = row.kind, "
        "n.group = 'Entity' "
        f"SET n:Entity:{label} " + _ADD_NAMES,
        write=True,
    )


@cache
def upsert_facts(kind: str) -> Statement:
    label = _label(kind)
    return Statement(
        f"upsert_facts[{label}]",
        "UNWIND $rows AS row "
        "MERGE (n:Node {id: row.id}) "
        "ON CREATE SET n.ingested_at = $now, n.group = 'Fact', n.kind = row.kind "
        f"SET n:Fact:{label} "
        "SET n += row.props, " + _WIDEN.format(v="n") + " "
        "RETURN count(n) AS written",
        write=True,
    )


# Names of merged-away entities seen again become aliases of the entity they joined.
ADD_NAMES = Statement(
    "add_names",
    "UNWIND $rows AS row MATCH (n:Entity {id: row.id}) " + _ADD_NAMES,
    write=True,
)

UPSERT_ARTICLES = Statement(
    "upsert_articles",
    "UNWIND $rows AS row "
    "MERGE (n:Node {id: row.id}) "
    "ON CREATE SET n.ingested_at = $now, n.group = 'Article', n.kind = 'Article' "
    "SET n:Article "
    "SET n += row.props "
    "RETURN count(n) AS written",
    write=True,
)


@cache
def upsert_relations(rel_type: RelType) -> Statement:
    rel = _rel(rel_type)
    return Statement(
        f"upsert_relations[{rel}]",
        "UNWIND $rows AS row "
        "MATCH (s:Node {id: row.source_id}) "
        "MATCH (t:Node {id: row.target_id}) "
        f"MERGE (s)-[r:{rel} {{id: row.id}}]->(t) "
        "ON CREATE SET r.ingested_at = $now, r.qualifier = row.qualifier "
        "SET r.title = coalesce(row.title, r.title), r.reason = coalesce(row.reason, r.reason), "
        "r.occurred = coalesce(row.occurred, r.occurred), "
        "r.occurred_precision = coalesce(row.occurred_precision, r.occurred_precision), "
        + _WIDEN.format(v="r")
        + " RETURN count(r) AS written",
        write=True,
    )


UPSERT_EVIDENCE = Statement(
    "upsert_evidence",
    "UNWIND $rows AS row "
    # Keyed by target and fingerprint, not id: evidence moved by a merge keeps its id.
    "MERGE (e:Evidence {target_id: row.target_id, fingerprint: row.fingerprint}) "
    "ON CREATE SET e += row.props, e.ingested_at = $now "
    "RETURN count(e) AS written",
    write=True,
)

TOUCH_MENTIONED = Statement(
    "touch_mentioned",
    "UNWIND $rows AS row "
    "MATCH (n:Node {id: row.id}) "
    "SET " + _WIDEN_REPORTED.format(v="n") + " "
    "RETURN count(n) AS written",
    write=True,
)

GET_NODES = Statement(
    "get_nodes",
    "MATCH (n:Node) WHERE n.id IN $ids RETURN properties(n) AS props",
)

RESOLVE_MERGED = Statement(
    "resolve_merged",
    "MATCH (m:MergeRecord) WHERE m.drop_id IN $ids AND m.undone = false "
    "RETURN m.drop_id AS drop_id, m.keep_id AS keep_id",
)

ARTICLE_DATES = Statement(
    "article_dates",
    "MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.published AS published",
)

COUNTS = Statement(
    "counts",
    "MATCH (n:Node) RETURN n.kind AS kind, count(n) AS count",
)


def search(dialect: Dialect) -> Statement:
    return Statement(
        "search",
        f"{dialect.fulltext_call} "
        "WHERE $kinds IS NULL OR node.kind IN $kinds "
        "RETURN properties(node) AS props, score "
        "ORDER BY score DESC LIMIT $limit",
    )


SEARCH_CONTAINS = Statement(
    "search_contains",
    "MATCH (n:Entity) WHERE n.search_text CONTAINS $text "
    "AND ($kinds IS NULL OR n.kind IN $kinds) "
    "RETURN properties(n) AS props, 0.5 AS score LIMIT $limit",
)

EXPAND = Statement(
    "expand",
    "MATCH (a:Node)-[r]-(b:Node) "
    "WHERE a.id IN $frontier AND type(r) IN $types AND b.group IN $groups AND "
    + _EDGE_WINDOW
    + " RETURN a.id AS from_id, "
    + _EDGE_RETURN
    + ", properties(b) AS node LIMIT $cap",
)

EDGES_OF = Statement(
    "edges_of",
    "MATCH (a:Node)-[r]-(b:Node) WHERE a.id IN $ids AND type(r) IN $types "
    "RETURN DISTINCT " + _EDGE_RETURN,
)

EDGES_AMONG = Statement(
    "edges_among",
    "MATCH (a:Node)-[r]->(b:Node) WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types "
    "AND " + _EDGE_WINDOW + " RETURN " + _EDGE_RETURN,
)

ALL_NODES = Statement(
    "all_nodes",
    "MATCH (n:Node) WHERE n.group IN $groups RETURN properties(n) AS props "
    "ORDER BY n.id LIMIT $limit",
)

EVIDENCE_FOR = Statement(
    "evidence_for",
    "MATCH (e:Evidence) WHERE e.target_id IN $ids "
    "OPTIONAL MATCH (a:Article {id: e.article_id}) "
    "RETURN properties(e) AS props, a.title AS article_title, a.url AS article_url "
    "ORDER BY e.reported_at DESC, e.id",
)

EVIDENCE_OF_ARTICLE = Statement(
    "evidence_of_article",
    "MATCH (e:Evidence {article_id: $id}) "
    "RETURN e.id AS id, e.target_id AS target_id, e.target_type AS target_type",
)

DELETE_EVIDENCE = Statement(
    "delete_evidence",
    "MATCH (e:Evidence) WHERE e.id IN $ids DELETE e RETURN count(*) AS deleted",
    write=True,
)

EVIDENCE_SUMMARY = Statement(
    "evidence_summary",
    "UNWIND $ids AS target "
    "OPTIONAL MATCH (e:Evidence {target_id: target}) "
    "RETURN target, count(e) AS remaining, min(e.reported_at) AS first, "
    "max(e.reported_at) AS last, max(e.confidence) AS confidence",
)

DELETE_NODES = Statement(
    "delete_nodes",
    "MATCH (n:Node) WHERE n.id IN $ids DETACH DELETE n RETURN count(*) AS deleted",
    write=True,
)

SET_NODE_REPORTED = Statement(
    "set_node_reported",
    "UNWIND $rows AS row MATCH (n:Node {id: row.id}) "
    "SET n.reported_first = row.first, n.reported_last = row.last, n.confidence = row.confidence "
    "RETURN count(n) AS written",
    write=True,
)


@cache
def delete_relations(rel_type: RelType) -> Statement:
    rel = _rel(rel_type)
    return Statement(
        f"delete_relations[{rel}]",
        f"MATCH ()-[r:{rel}]->() WHERE r.id IN $ids DELETE r RETURN count(*) AS deleted",
        write=True,
    )


@cache
def set_relation_reported(rel_type: RelType) -> Statement:
    rel = _rel(rel_type)
    return Statement(
        f"set_relation_reported[{rel}]",
        f"UNWIND $rows AS row MATCH ()-[r:{rel} {{id: row.id}}]->() "
        "SET r.reported_first = row.first, r.reported_last = row.last, "
        "r.confidence = row.confidence RETURN count(r) AS written",
        write=True,
    )


@cache
def create_relations(rel_type: RelType) -> Statement:
    """Re-create edges with given ids and full property maps (merge and undo-merge)."""
    rel = _rel(rel_type)
    return Statement(
        f"create_relations[{rel}]",
        "UNWIND $rows AS row "
        "MATCH (s:Node {id: row.source_id}) MATCH (t:Node {id: row.target_id}) "
        f"MERGE (s)-[r:{rel} {{id: row.id}}]->(t) "
        "SET r += row.props RETURN count(r) AS written",
        write=True,
    )


RETARGET_EVIDENCE = Statement(
    "retarget_evidence",
    "UNWIND $rows AS row MATCH (e:Evidence {id: row.id}) "
    "SET e.target_id = row.target_id RETURN count(e) AS written",
    write=True,
)

EVIDENCE_IDS_FOR = Statement(
    "evidence_ids_for",
    "MATCH (e:Evidence) WHERE e.target_id IN $ids RETURN e.id AS id, e.target_id AS target_id",
)

SET_ENTITY_NAMES = Statement(
    "set_entity_names",
    "MATCH (n:Entity {id: $id}) "
    "SET n.aliases = $aliases, n.norms = $norms, n.search_text = $search_text, "
    "n.updated_at = $now RETURN count(n) AS written",
    write=True,
)


@cache
def restore_node(group: Literal["Entity", "Fact"], kind: str) -> Statement:
    """(Re-)create an entity or fact with its whole property map (merge, re-key and undo)."""
    if group not in {"Entity", "Fact"}:
        raise InvalidIdentifier(f"not a node group: {group!r}")
    label = _label(kind)
    return Statement(
        f"restore_node[{group}:{label}]",
        f"MERGE (n:Node {{id: $id}}) SET n:{group}:{label} SET n += $props "
        "RETURN count(n) AS written",
        write=True,
    )


# Facts whose identity names an entity (its id is one of the key's parts).
FACTS_KEYED_BY = Statement(
    "facts_keyed_by",
    "MATCH (n:Fact) WHERE $id IN n.key RETURN properties(n) AS props ORDER BY n.id",
)


CREATE_MERGE_RECORD = Statement(
    "create_merge_record",
    "CREATE (m:MergeRecord {id: $id}) SET m += $props RETURN m.id AS id",
    write=True,
)

SET_MERGE_FOLDS = Statement(
    "set_merge_folds",
    "MATCH (m:MergeRecord {id: $id}) SET m.folds = $folds RETURN m.id AS id",
    write=True,
)

GET_MERGE_RECORD = Statement(
    "get_merge_record",
    "MATCH (m:MergeRecord {id: $id}) RETURN properties(m) AS props",
)

MARK_MERGE_UNDONE = Statement(
    "mark_merge_undone",
    "MATCH (m:MergeRecord {id: $id}) SET m.undone = true, m.undone_at = $now "
    "RETURN properties(m) AS props",
    write=True,
)

UPSERT_FEEDS = Statement(
    "upsert_feeds",
    "UNWIND $rows AS row "
    "MERGE (n:Node {id: row.id}) "
    "ON CREATE SET n.group = 'Feed', n.kind = 'Feed', n.added_at = row.added_at, "
    "n.items_new = 0, n.items_seen = 0 "
    "SET n:Feed SET n.url = row.url, n.name = row.title, n.title = row.title, "
    "n.lang = row.lang, n.interval_minutes = row.interval_minutes "
    "RETURN count(n) AS written",
    write=True,
)

LIST_FEEDS = Statement(
    "list_feeds",
    "MATCH (n:Feed) RETURN properties(n) AS props ORDER BY n.added_at, n.id",
)

REMOVE_FEED = Statement(
    "remove_feed",
    "MATCH (n:Feed {id: $id}) DETACH DELETE n RETURN count(*) AS deleted",
    write=True,
)

RECORD_FEED_STATUS = Statement(
    "record_feed_status",
    "MATCH (n:Feed {id: $id}) SET n += $props RETURN count(n) AS written",
    write=True,
)

# Lookups for deduplication. Only articles whose whole batch was written (marked processed)
# count as known, so a run killed halfway through an article's writes redoes that article.
_KNOWN_ARTICLE = "MATCH (a:Article) WHERE a.{key} IN $values AND a.processed_at IS NOT NULL "

KNOWN_ARTICLE_IDS = Statement(
    "known_article_ids", _KNOWN_ARTICLE.format(key="id") + "RETURN a.id AS value"
)

KNOWN_ARTICLE_GUIDS = Statement(
    "known_article_guids", _KNOWN_ARTICLE.format(key="guid") + "RETURN a.guid AS value"
)

KNOWN_ARTICLE_HASHES = Statement(
    "known_article_hashes",
    _KNOWN_ARTICLE.format(key="content_hash") + "RETURN a.content_hash AS value",
)

MARK_ARTICLES_PROCESSED = Statement(
    "mark_articles_processed",
    "MATCH (a:Article) WHERE a.id IN $ids "
    "SET a.processed_at = $now, a.processed_by = $processed_by "
    "RETURN count(a) AS written",
    write=True,
)


# -- listings (keyset-paged: each row returns its sort key; `$after_key`/`$after_id` resume) ---

# Sort keys of the entity listing; "recent" pages newest-seen first.
ENTITY_ORDERS = ("name", "recent", "id")
_ENTITY_SORT = {
    "name": "toLower(n.name)",
    "recent": "coalesce(n.reported_last, '')",
    "id": "n.id",
}


@cache
def list_entities(order: str) -> Statement:
    if order not in _ENTITY_SORT:
        raise InvalidIdentifier(f"unknown entity order {order!r}")
    descending = order == "recent"
    after = "k < $after_key" if descending else "k > $after_key"
    return Statement(
        f"list_entities[{order}]",
        "MATCH (n:Entity) "
        "WHERE ($kinds IS NULL OR n.kind IN $kinds) "
        "AND ($text IS NULL OR n.search_text CONTAINS $text) "
        "AND ($country IS NULL OR toLower(n.country) = $country) "
        "AND ($since IS NULL OR n.reported_last >= $since) "
        "AND ($until IS NULL OR n.reported_first <= $until) "
        f"WITH n, {_ENTITY_SORT[order]} AS k "
        f"WHERE $after_key IS NULL OR {after} OR (k = $after_key AND n.id > $after_id) "
        "RETURN properties(n) AS props, k AS sort_key "
        f"ORDER BY k{' DESC' if descending else ''}, n.id LIMIT $limit",
    )


# The day a fact happened (or, failing that, was first reported): what listings sort on.
_FACT_DAY = "coalesce(f.occurred, substring(f.reported_first, 0, 10), '')"


@cache
def list_facts(kind: str) -> Statement:
    """Facts of one kind, newest first; `$roles` are "REL_TYPE entity-id" strings all required."""
    label = _label(kind)
    return Statement(
        f"list_facts[{label}]",
        f"MATCH (f:Fact:{label}) "
        f"WITH f, {_FACT_DAY} AS day "
        "WHERE ($act IS NULL OR toLower(f.act) CONTAINS $act) "
        "AND ($direction IS NULL OR f.direction = $direction) "
        "AND ($min_usd IS NULL OR f.amount_usd >= $min_usd) "
        "AND ($since IS NULL OR day >= $since) "
        "AND ($until IS NULL OR (day <> '' AND day <= $until)) "
        "AND ($after_key IS NULL OR day < $after_key OR (day = $after_key AND f.id > $after_id)) "
        "OPTIONAL MATCH (f)-[r]-(p:Entity) "
        "WITH f, day, collect(type(r) + ' ' + p.id) AS roles "
        # The parameter is bound to a variable first: FalkorDB misreads `x IN $roles` here.
        "WITH f, day, roles, $roles AS wanted WHERE all(x IN wanted WHERE x IN roles) "
        "RETURN properties(f) AS props, day AS sort_key ORDER BY day DESC, f.id LIMIT $limit",
    )


TIMELINE = Statement(
    "timeline",
    "MATCH (e:Node {id: $id})-[r]-(f:Fact) WHERE type(r) IN $types "
    "WITH DISTINCT f "
    f"WITH f, {_FACT_DAY} AS day "
    "WHERE day <> '' AND ($since IS NULL OR day >= $since) AND ($until IS NULL OR day <= $until) "
    "RETURN properties(f) AS props, day ORDER BY day, f.id LIMIT $limit",
)

LIST_ARTICLES = Statement(
    "list_articles",
    "MATCH (a:Article) "
    "WHERE ($feed_id IS NULL OR a.feed_id = $feed_id) AND ($lang IS NULL OR a.lang = $lang) "
    "AND ($since IS NULL OR a.published >= $since) AND ($until IS NULL OR a.published <= $until) "
    "AND ($after_key IS NULL OR a.published < $after_key "
    "OR (a.published = $after_key AND a.id > $after_id)) "
    "OPTIONAL MATCH (a)-[:MENTIONS]->(m:Node) "
    "WITH a, collect(m.id) AS mentioned "
    "WHERE $mentions IS NULL OR $mentions IN mentioned "
    "RETURN properties(a) AS props, a.published AS sort_key "
    "ORDER BY a.published DESC, a.id LIMIT $limit",
)

FACTS_OF_ARTICLES = Statement(
    "facts_of_articles",
    "MATCH (e:Evidence) WHERE e.article_id IN $ids AND e.target_type = 'Fact' "
    "MATCH (f:Fact {id: e.target_id}) "
    "RETURN DISTINCT e.article_id AS article_id, properties(f) AS props",
)

_ACTOR_LABELS = ":".join(k.value for k in ActorKind)


@cache
def correct_entity(kind: str) -> Statement:
    """Rename, re-kind or re-alias an entity in place: its id, edges and evidence stay."""
    label = _label(kind)
    if label not in {k.value for k in ActorKind}:
        raise InvalidIdentifier(f"{kind!r} is not an actor kind")
    return Statement(
        f"correct_entity[{label}]",
        "MATCH (n:Entity {id: $id}) "
        f"REMOVE n:{_ACTOR_LABELS} "
        f"SET n:{label} "
        "SET n.name = $name, n.kind = $kind, n.aliases = $aliases, n.norms = $norms, "
        "n.search_text = $search_text, n.updated_at = $now "
        "RETURN properties(n) AS props",
        write=True,
    )


def all_statements(dialect: Dialect) -> Iterator[Statement]:
    """Every statement and template variant this module can produce, for linting."""
    for kind in ActorKind:
        yield upsert_actors(kind.value)
        yield restore_node("Entity", kind.value)
        yield correct_entity(kind.value)
    for fact_kind in FactKind:
        yield upsert_facts(fact_kind.value)
        yield restore_node("Fact", fact_kind.value)
        yield list_facts(fact_kind.value)
    for order in ENTITY_ORDERS:
        yield list_entities(order)
    for rel in RelType:
        yield upsert_relations(rel)
        yield delete_relations(rel)
        yield set_relation_reported(rel)
        yield create_relations(rel)
    yield search(dialect)
    for value in globals().values():
        if isinstance(value, Statement):
            yield value
    for index, text in enumerate(dialect.schema_statements):
        yield Statement(f"schema[{index}]", text, write=True)
