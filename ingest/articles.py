"""A feed item becomes a stored-ready Article: its best text, language, dates and hash.

Text preference: the feed's full content; else the article page (remote http(s) only, fetched
through the Fetcher, which checks the address), reduced to its main text by trafilatura; else
the feed summary. `Article.text_source` records which one was used.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Literal, Protocol

import trafilatura

from graph.model import Article, Feed
from ingest.dedupe import content_hash, item_guid, item_url
from ingest.lang import detect_language
from ingest.parse import FeedItem

log = logging.getLogger("ingest.articles")
TextSource = Literal["content", "page", "summary"]


class Fetched(Protocol):
    """What ingestion reads of a fetch result (ingest.fetch.FetchResult)."""

    @property
    def url(self) -> str: ...
    @property
    def status(self) -> int | None: ...
    @property
    def body(self) -> bytes: ...
    @property
    def content_type(self) -> str | None: ...
    @property
    def charset(self) -> str | None: ...
    @property
    def etag(self) -> str | None: ...
    @property
    def last_modified(self) -> str | None: ...
    @property
    def not_modified(self) -> bool: ...


class SourceFetcher(Protocol):
    """The fetch layer as ingestion uses it (ingest.fetch.Fetcher)."""

    async def fetch(
        self,
        source: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        allow_local: bool = False,
    ) -> Fetched: ...


@dataclass(frozen=True)
class ArticleOptions:
    fetch_pages: bool = True  # fetch the page when the feed has only a teaser
    min_page_chars: int = 200  # shorter page extractions are menus or paywalls: keep the summary


def _decode(body: bytes, charset: str | None) -> str:
    try:
        return body.decode(charset or "utf-8")
    except (LookupError, UnicodeDecodeError):
        return body.decode("utf-8", errors="replace")


def extract_main_text(html: str, url: str | None = None) -> str:
    """The main text of an article page (trafilatura), one paragraph per line; "" if none."""
    text = trafilatura.extract(
        html, url=url, include_comments=False, include_tables=False, favor_precision=True
    )
    return text.strip() if isinstance(text, str) else ""


async def page_text(fetcher: SourceFetcher, url: str) -> str:
    """Main text of a remote article page. Local paths and file:// are refused by the fetcher
    (allow_local=False): a feed must never make us read the machine's own files."""
    result = await fetcher.fetch(url, allow_local=False)
    content_type = (result.content_type or "").lower()
    if content_type and "html" not in content_type:
        return ""
    return await asyncio.to_thread(
        extract_main_text, _decode(result.body, result.charset), result.url
    )


async def choose_text(
    item: FeedItem, fetcher: SourceFetcher, options: ArticleOptions, *, log_extra: dict[str, str]
) -> tuple[str, TextSource]:
    if item.content and len(item.content) > len(item.summary):
        return item.content, "content"
    url = item_url(item)
    if url and options.fetch_pages:
        try:
            text = await page_text(fetcher, url)
        except Exception as exc:
            log.warning("article page not used: %s", exc, extra=log_extra | {"url": url})
        else:
            if len(text) >= options.min_page_chars and len(text) > len(item.summary):
                return text, "page"
    return item.summary or item.content, "summary"


async def build_article(
    item: FeedItem,
    *,
    feed: Feed,
    fetched_at: str,
    fetcher: SourceFetcher,
    options: ArticleOptions,
    feed_lang: str | None = None,
) -> Article:
    """The Article for a feed item; a missing date becomes the fetch time, flagged."""
    guid = item_guid(item, feed.id)
    url = item_url(item)
    text, source = await choose_text(
        item, fetcher, options, log_extra={"feed_id": feed.id, "guid": guid}
    )
    probe = text or f"{item.title}\n{item.summary}"
    return Article(
        url=url,
        guid=guid,
        title=item.title,
        lang=detect_language(probe, fallback=feed.lang or feed_lang),
        published=item.published or fetched_at,
        published_is_fetch_time=item.published is None,
        fetched_at=fetched_at,
        # Without text, the title alone could collide across stories: the GUID keeps it apart.
        content_hash=content_hash(text or f"{item.title} {guid}"),
        text=text,
        summary=item.summary,
        feed_id=feed.id,
        author=item.author,
        text_source=source,
    )
