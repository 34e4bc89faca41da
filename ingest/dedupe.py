"""Which feed items are new: same GUID, same canonical URL or same normalised text means seen.

Keys are checked twice: before any page is fetched (ids and GUIDs, cheap) and once the text is
known (content hash, which catches the same story arriving through another feed). A `SeenSet`
also holds what this process is storing right now, so two feeds carrying the same item at the
same time store it once; claims are released once the store knows the article.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field

from graph.ids import article_id, digest, normalize_name
from graph.store import GraphStore
from ingest.parse import FeedItem


def content_hash(text: str) -> str:
    """Hash of the text reduced to words: markup, case, accents and spacing do not count."""
    return "sha256:" + digest(normalize_name(text), length=32)


def item_guid(item: FeedItem, feed_id: str) -> str:
    """The item's GUID, or a stable one made from what the item says when it has none.

    GUIDs are only unique within their feed: bare ones ("12345") are scoped by the feed so two
    feeds numbering their items alike do not swallow each other's items. URI-like GUIDs
    (URLs, tag:, urn:) are global and so match across feeds.
    """
    if item.guid:
        return item.guid if ":" in item.guid else f"{feed_id}#{item.guid}"
    return f"urn:riskgraph:{feed_id}:" + digest(item.title, item.summary, item.content)


def item_url(item: FeedItem) -> str | None:
    """Only web links identify articles: a feed may carry anything else in <link>."""
    if item.link and item.link.lower().startswith(("http://", "https://")):
        return item.link
    return None


def item_article_id(item: FeedItem, feed_id: str) -> str:
    return article_id(url=item_url(item), guid=item_guid(item, feed_id))


@dataclass
class SeenSet:
    """Keys already stored or claimed in this process; safe to share between feed jobs."""

    ids: set[str] = field(default_factory=set)
    guids: set[str] = field(default_factory=set)
    hashes: set[str] = field(default_factory=set)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def unseen_items(
        self, store: GraphStore, items: Sequence[FeedItem], feed_id: str
    ) -> tuple[list[FeedItem], int]:
        """Items not yet stored under their id or GUID, each once; and how many were seen."""
        keys = [(item_article_id(i, feed_id), item_guid(i, feed_id)) for i in items]
        known = await store.known_articles(
            ids=[k[0] for k in keys], guids=[k[1] for k in keys if k[1]]
        )
        fresh: list[FeedItem] = []
        batch_ids: set[str] = set()
        batch_guids: set[str] = set()
        async with self.lock:
            for item, (aid, guid) in zip(items, keys, strict=True):
                if (
                    aid in known.ids
                    or guid in known.guids
                    or aid in self.ids
                    or guid in self.guids
                    or aid in batch_ids
                    or guid in batch_guids
                ):
                    continue
                batch_ids.add(aid)
                batch_guids.add(guid)
                fresh.append(item)
        return fresh, len(items) - len(fresh)

    async def claim(self, store: GraphStore, aid: str, guid: str, text_hash: str) -> bool:
        """Claim an article for storing; False when its text (or id) is already stored."""
        async with self.lock:
            if aid in self.ids or guid in self.guids or text_hash in self.hashes:
                return False
            known = await store.known_articles(content_hashes=[text_hash])
            if known.content_hashes:
                return False
            self.ids.add(aid)
            self.guids.add(guid)
            self.hashes.add(text_hash)
            return True

    async def release(self, aid: str, guid: str, text_hash: str) -> None:
        """Give a claim back when storing failed, so a later attempt may retry it."""
        async with self.lock:
            self.ids.discard(aid)
            self.guids.discard(guid)
            self.hashes.discard(text_hash)
