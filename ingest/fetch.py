"""Fetching feeds and articles over HTTP(S), or from local files the user added.

One Fetcher per process (or per job run) owns one httpx client. Redirects are followed here, not
by httpx, so each hop is checked by the NetGuard before anything connects to it. Transient
failures (connection errors, timeouts, 408/429/5xx) are retried with exponential backoff and
jitter; bodies are streamed and refused past the size cap. Bodies are returned as raw bytes:
decoding them is the parser's job.
"""

from __future__ import annotations

import asyncio
import mimetypes
import time
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from types import TracebackType
from typing import Self

import httpx

from ingest.errors import BlockedSource, FetchTimeout, MalformedResponse, TooManyRedirects
from ingest.http_attempt import Answer, AttemptRunner
from ingest.localfiles import parse_source, read_local_file
from ingest.netguard import NetGuard
from ingest.settings import IngestSettings, get_ingest_settings
from ingest.transport import GuardedTransport

_REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What a fetch returned. `body` is empty when `not_modified` (HTTP 304 or unchanged file)."""

    source: str  # as requested
    url: str  # after redirects; a file:// URL for local files
    status: int
    body: bytes
    content_type: str | None  # media type only, lower-case ("application/rss+xml")
    charset: str | None  # the Content-Type charset parameter, a hint for the parser
    etag: str | None
    last_modified: str | None
    not_modified: bool
    from_file: bool
    elapsed_s: float
    redirects: tuple[str, ...] = ()  # every URL redirected to, in order


class Fetcher:
    """Fetches sources; use as `async with Fetcher(settings) as fetcher:`. No I/O in __init__."""

    def __init__(self, settings: IngestSettings | None = None) -> None:
        self._settings = settings or get_ingest_settings()
        self._guard = NetGuard(
            self._settings.allow_private, resolve_timeout_s=self._settings.fetch_connect_timeout_s
        )
        self._client: httpx.AsyncClient | None = None
        self._runner: AttemptRunner | None = None

    async def __aenter__(self) -> Self:
        settings = self._settings
        limits = httpx.Limits(
            max_connections=settings.fetch_concurrency,
            max_keepalive_connections=settings.fetch_concurrency,
        )
        # Loading CA certificates reads files: keep it off the event loop.
        transport = await asyncio.to_thread(
            GuardedTransport, self._guard, limits=limits, ca_bundle=settings.fetch_ca_bundle
        )
        self._client = httpx.AsyncClient(
            transport=transport,
            follow_redirects=False,
            trust_env=False,
            timeout=httpx.Timeout(
                connect=settings.fetch_connect_timeout_s,
                read=settings.fetch_read_timeout_s,
                write=settings.fetch_read_timeout_s,
                pool=settings.fetch_total_timeout_s,
            ),
            headers={"User-Agent": settings.fetch_user_agent},
        )
        self._runner = AttemptRunner(self._client, settings)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool; the Fetcher cannot be used afterwards."""
        if self._client is not None:
            await self._client.aclose()
        self._client = None
        self._runner = None

    async def fetch(
        self,
        source: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        allow_local: bool = False,
    ) -> FetchResult:
        """Fetch `source` (http(s) URL, or with allow_local=True a path or file:// URL).

        `etag`/`last_modified` are the validators of the previous fetch: when the source is
        unchanged the result has not_modified=True and an empty body. `allow_local` must only be
        True for feeds the user configured; URLs found inside fetched content never get it.
        Raises an IngestError subclass (see ingest/errors.py) on every failure.
        """
        started = time.monotonic()
        target = parse_source(source)
        if not isinstance(target, httpx.URL):
            if not allow_local:
                raise BlockedSource(
                    source,
                    "local files can only be read for feeds you add yourself, not for URLs "
                    "taken from fetched content",
                )
            return await self._fetch_file(source, target, last_modified, started)
        try:
            async with asyncio.timeout(self._settings.fetch_total_timeout_s):
                return await self._fetch_url(source, target, etag, last_modified, started)
        except TimeoutError:
            raise FetchTimeout(
                source,
                f"no complete answer within {self._settings.fetch_total_timeout_s} s "
                "(RISKGRAPH_FETCH_TOTAL_TIMEOUT_S); the server may be overloaded, try later",
            ) from None

    async def _fetch_file(
        self, source: str, path: Path, last_modified: str | None, started: float
    ) -> FetchResult:
        local = await read_local_file(source, path, max_bytes=self._settings.fetch_max_bytes)
        unchanged = last_modified is not None and last_modified == local.last_modified
        media_type, _encoding = mimetypes.guess_type(local.path.name)
        return FetchResult(
            source=source,
            url=local.path.as_uri(),
            status=304 if unchanged else 200,
            body=b"" if unchanged else local.body,
            content_type=media_type,
            charset=None,
            etag=None,
            last_modified=local.last_modified,
            not_modified=unchanged,
            from_file=True,
            elapsed_s=time.monotonic() - started,
        )

    async def _fetch_url(
        self,
        source: str,
        url: httpx.URL,
        etag: str | None,
        last_modified: str | None,
        started: float,
    ) -> FetchResult:
        runner = self._require_runner()
        headers: dict[str, str] = {}
        # Validators come from storage; a corrupt one must not break the request (or the headers).
        if etag and _header_safe(etag):
            headers["If-None-Match"] = etag
        if last_modified and _header_safe(last_modified):
            headers["If-Modified-Since"] = last_modified
        chain: list[str] = []
        max_redirects = self._settings.fetch_max_redirects
        while True:
            # Checked before every hop: nothing connects to a refused address, not even once.
            await self._guard.check_url(url, source=source)
            answer = await runner.run(source, url, headers)
            if answer.status not in _REDIRECTS:
                sent = (etag, last_modified)
                return _result(source, answer, sent=sent, chain=chain, started=started)
            if len(chain) >= max_redirects:
                raise TooManyRedirects(
                    source,
                    f"more than {max_redirects} redirects (last to {url}); use the final URL "
                    "directly or raise RISKGRAPH_FETCH_MAX_REDIRECTS",
                )
            url = _next_hop(source, answer)
            chain.append(str(url))

    def _require_runner(self) -> AttemptRunner:
        if self._runner is None:
            raise RuntimeError("use the Fetcher inside `async with Fetcher(...) as fetcher:`")
        return self._runner


def _next_hop(source: str, answer: Answer) -> httpx.URL:
    location = answer.headers.get("location")
    if not location:
        raise MalformedResponse(
            source, f"{answer.url} answered HTTP {answer.status} without a Location header"
        )
    try:
        return answer.url.join(location.strip())
    except httpx.InvalidURL as exc:
        raise MalformedResponse(
            source, f"{answer.url} redirects to an invalid URL {location!r} ({exc})"
        ) from None


def _result(
    source: str,
    answer: Answer,
    *,
    sent: tuple[str | None, str | None],
    chain: list[str],
    started: float,
) -> FetchResult:
    not_modified = answer.status == 304
    etag, last_modified = sent
    media_type, charset = _content_type(answer.headers.get("content-type", ""))
    return FetchResult(
        source=source,
        url=str(answer.url),
        status=answer.status,
        body=answer.body,
        content_type=media_type,
        charset=charset,
        # A 304 may omit the validators; the ones sent still describe the unchanged content.
        etag=answer.headers.get("etag") or (etag if not_modified else None),
        last_modified=answer.headers.get("last-modified")
        or (last_modified if not_modified else None),
        not_modified=not_modified,
        from_file=False,
        elapsed_s=time.monotonic() - started,
        redirects=tuple(chain),
    )


def _content_type(value: str) -> tuple[str | None, str | None]:
    """Media type and charset parameter of a Content-Type header, both lower-case."""
    if not value.strip():
        return None, None
    message = Message()
    message["content-type"] = value
    charset = message.get_param("charset")
    media_type = message.get_content_type() if "/" in value.split(";", 1)[0] else None
    return media_type, (charset.strip().lower() or None) if isinstance(charset, str) else None


def _header_safe(value: str) -> bool:
    return value.isascii() and value.isprintable()
