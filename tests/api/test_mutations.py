"""Mutations and authentication over real HTTP, each test on a story graph of its own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from graph.cypher.store import CypherGraphStore
from graph.model import Actor, ActorKind, FeedStatus, GraphBatch
from graph.store import GraphStore
from tests.api.conftest import make_app
from tests.api.live import READ_KEY, WRITE_KEY, GraphQLClient, live_server
from tests.graph.builders import DEEPSEEK, NVIDIA
from tests.graph.story import FEED_EN, MARKET, NASDAQ_DROP, NVIDIA_DROP

ADD_FEED = """mutation($url: String!) { addFeed(url: $url, title: "New", lang: "en",
  intervalMinutes: 30) { id url title intervalMinutes status { itemsNew } } }"""


@pytest.fixture
def writable(
    fresh_store: tuple[str, CypherGraphStore], engine_data_dir: Path
) -> Iterator[tuple[GraphQLClient, CypherGraphStore]]:
    name, store = fresh_store
    with live_server(make_app(engine_data_dir, name)) as url:
        client = GraphQLClient(url)
        yield client, store
        client.close()


def test_mutations_need_a_write_key(writable: tuple[GraphQLClient, CypherGraphStore]) -> None:
    api, _ = writable
    variables = {"url": "https://x.example.org/rss"}
    for key in (None, READ_KEY):
        error = api.error(ADD_FEED, variables, key=key)
        assert error["extensions"]["code"] == "FORBIDDEN"
        assert error["message"] == "this mutation needs an API key with the write role"
    bad = api.raw(ADD_FEED, variables, key="rg_not-a-key")
    assert bad.status_code == 401
    assert bad.headers["www-authenticate"] == "Bearer"
    assert bad.json()["errors"][0] == {
        "message": "invalid API key",
        "extensions": {"code": "UNAUTHENTICATED"},
    }
    assert api.data("{ feeds { id } }", key=READ_KEY)["feeds"]  # read keys still read
    assert len(api.data("{ feeds { id } }")["feeds"]) == 2  # nothing was added


async def test_add_and_remove_feed(writable: tuple[GraphQLClient, CypherGraphStore]) -> None:
    api, store = writable
    feed = api.data(ADD_FEED, {"url": "https://x.example.org/rss"}, key=WRITE_KEY)["addFeed"]
    assert (feed["title"], feed["intervalMinutes"], feed["status"]["itemsNew"]) == ("New", 30, 0)
    assert feed["id"] in {f.id for f in await store.list_feeds()}
    removed = api.data(
        "mutation($id: ID!) { removeFeed(id: $id) }", {"id": feed["id"]}, key=WRITE_KEY
    )
    assert removed["removeFeed"] == feed["id"]
    assert feed["id"] not in {f.id for f in await store.list_feeds()}
    again = api.error(
        "mutation($id: ID!) { removeFeed(id: $id) }", {"id": feed["id"]}, key=WRITE_KEY
    )
    assert again["extensions"]["code"] == "NOT_FOUND"
    invalid = api.error(
        ADD_FEED.replace("intervalMinutes: 30", "intervalMinutes: 0"),
        {"url": "https://y.example.org/rss"},
        key=WRITE_KEY,
    )
    assert invalid["extensions"]["code"] == "BAD_REQUEST"
    assert "interval_minutes" in invalid["message"]


INGEST = "mutation($id: ID!) { ingestNow(feedId: $id) { id status { httpStatus itemsNew } } }"


def test_ingest_now_without_ingestion_is_a_clear_error(
    writable: tuple[GraphQLClient, CypherGraphStore],
) -> None:
    api, _ = writable
    error = api.error(INGEST, {"id": FEED_EN.id}, key=WRITE_KEY)
    assert (error["message"], error["extensions"]["code"]) == (
        "ingestion is not available on this server",
        "NOT_AVAILABLE",
    )


async def test_ingest_now_calls_the_configured_ingestion(
    fresh_store: tuple[str, CypherGraphStore], engine_data_dir: Path
) -> None:
    name, _ = fresh_store
    called: list[str] = []

    async def ingest(store: GraphStore, feed_id: str) -> FeedStatus:
        called.append(feed_id)
        status = FeedStatus(http_status=200, items_new=3, items_seen=5)
        await store.record_feed_status(feed_id, status)
        return status

    with live_server(make_app(engine_data_dir, name, ingest_now=ingest)) as url:
        api = GraphQLClient(url)
        feed = api.data(INGEST, {"id": FEED_EN.id}, key=WRITE_KEY)["ingestNow"]
        missing = api.error(INGEST, {"id": "feed:nope"}, key=WRITE_KEY)
        api.close()
    assert called == [FEED_EN.id]
    assert feed["status"] == {"httpStatus": 200, "itemsNew": 3}
    assert missing["extensions"]["code"] == "NOT_FOUND"


async def test_merge_and_correct_entities(
    writable: tuple[GraphQLClient, CypherGraphStore],
) -> None:
    api, store = writable
    dup = Actor(kind=ActorKind.COMPANY, name="DeepSeek AI", aliases=("Hangzhou DeepSeek",))
    await store.upsert(GraphBatch(actors=(dup,)))
    merge = """mutation($keep: ID!, $drop: ID!) { mergeEntities(keepId: $keep, dropId: $drop) {
      keepId dropId edgesMoved entity { name aliases } } }"""
    merged = api.data(merge, {"keep": DEEPSEEK.id, "drop": dup.id}, key=WRITE_KEY)
    assert "Hangzhou DeepSeek" in merged["mergeEntities"]["entity"]["aliases"]
    conflict = api.error(merge, {"keep": DEEPSEEK.id, "drop": DEEPSEEK.id}, key=WRITE_KEY)
    assert conflict["extensions"]["code"] == "CONFLICT"
    correct = """mutation($id: ID!, $name: String, $kind: ActorKind, $aliases: [String!]) {
      correctEntity(id: $id, name: $name, kind: $kind, aliases: $aliases) {
        __typename id name aliases } }"""
    fixed = api.data(correct, {"id": NVIDIA.id, "name": "NVIDIA Corporation"}, key=WRITE_KEY)[
        "correctEntity"
    ]
    assert (fixed["id"], fixed["name"]) == (NVIDIA.id, "NVIDIA Corporation")
    assert "Nvidia" in fixed["aliases"]
    rekinded = api.data(
        correct, {"id": NVIDIA.id, "kind": "ASSET", "aliases": ["NVDA"]}, key=WRITE_KEY
    )["correctEntity"]
    assert (rekinded["__typename"], rekinded["aliases"]) == ("Asset", ["NVDA"])
    hit = api.data('{ search(text: "nvda") { node { id } } }')["search"][0]
    assert hit["node"]["id"] == NVIDIA.id
    empty = api.error(correct, {"id": NVIDIA.id, "name": ""}, key=WRITE_KEY)
    assert empty["extensions"]["code"] == "BAD_REQUEST"


async def test_delete_article(writable: tuple[GraphQLClient, CypherGraphStore]) -> None:
    api, store = writable
    delete = """mutation($id: ID!) { deleteArticle(id: $id) {
      articleId evidenceRemoved factsRemoved relationsRemoved } }"""
    summary = api.data(delete, {"id": MARKET.id}, key=WRITE_KEY)["deleteArticle"]
    assert summary["factsRemoved"] == 2  # both market events were reported by it alone
    counts = await store.counts()
    assert "MarketEvent" not in counts
    gone = await store.get_nodes([NVIDIA_DROP.id, NASDAQ_DROP.id, MARKET.id])
    assert gone == [None, None, None]
    assert api.error(delete, {"id": MARKET.id}, key=WRITE_KEY)["extensions"]["code"] == (
        "NOT_FOUND"
    )


def test_reads_can_require_a_key(story_name: str, engine_data_dir: Path) -> None:
    app = make_app(engine_data_dir, story_name, read_requires_key=True)
    with live_server(app) as url:
        api = GraphQLClient(url)
        anonymous = api.raw("{ stats { total } }")
        anonymous_get = httpx.get(url + "/graphql", params={"query": "{ stats { total } }"})
        ide = httpx.get(url + "/graphql", headers={"accept": "text/html"})
        with_read = api.data("{ stats { total } }", key=READ_KEY)
        via_header = httpx.post(
            url + "/graphql",
            json={"query": "{ stats { total } }"},
            headers={"X-API-Key": WRITE_KEY},
        )
        api.close()
    assert anonymous.status_code == 401
    assert anonymous_get.status_code == 401
    assert ide.status_code == 200  # GraphiQL loads; its queries then need the key
    assert "needs an API key" in anonymous.json()["errors"][0]["message"]
    assert with_read["stats"]["total"] > 0
    assert via_header.json()["data"]["stats"]["total"] > 0
