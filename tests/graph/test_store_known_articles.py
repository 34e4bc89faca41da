"""Contract for the ingestion bookkeeping lookups (every engine must pass these)."""

from __future__ import annotations

from graph.cypher.store import CypherGraphStore
from graph.model import Article, GraphBatch
from tests.graph.builders import article


def with_guid(art: Article, guid: str, content_hash: str) -> Article:
    return art.model_copy(update={"guid": guid, "content_hash": content_hash})


async def test_only_processed_articles_are_known(store: CypherGraphStore) -> None:
    done = with_guid(article("done", "2025-01-28T13:02:00Z"), "urn:x:done", "hash-done")
    half = with_guid(article("half", "2025-01-28T13:02:00Z"), "urn:x:half", "hash-half")
    await store.upsert(GraphBatch(articles=(done, half)))
    assert await store.mark_articles_processed([done.id, "article:absent"], processed_by="t") == 1

    known = await store.known_articles(
        ids=[done.id, half.id, "article:absent"],
        guids=["urn:x:done", "urn:x:half", "urn:x:absent"],
        content_hashes=["hash-done", "hash-half", "hash-absent"],
    )
    # `half` was written but never marked: a run killed mid-article must redo it.
    assert known.ids == {done.id}
    assert known.guids == {"urn:x:done"}
    assert known.content_hashes == {"hash-done"}


async def test_marking_is_idempotent_and_empty_lookups_are_empty(store: CypherGraphStore) -> None:
    art = article("again", "2025-01-28T13:02:00Z")
    await store.upsert(GraphBatch(articles=(art,)))
    await store.mark_articles_processed([art.id], processed_by="t")
    await store.mark_articles_processed([art.id], processed_by="t")
    assert (await store.counts())["Article"] == 1
    assert (await store.known_articles(ids=[art.id])).ids == {art.id}
    assert await store.known_articles() == await store.known_articles(ids=[], guids=[])
    assert await store.mark_articles_processed([], processed_by="t") == 0


async def test_processed_mark_survives_a_rewrite(store: CypherGraphStore) -> None:
    # Re-ingesting an article (same id) must not make it unknown again.
    art = article("kept", "2025-01-28T13:02:00Z")
    await store.upsert(GraphBatch(articles=(art,)))
    await store.mark_articles_processed([art.id], processed_by="t")
    await store.upsert(GraphBatch(articles=(art.model_copy(update={"title": "New"}),)))
    assert (await store.known_articles(content_hashes=[art.content_hash])).content_hashes == {
        art.content_hash
    }
