"""The Fetcher against a real HTTP server on 127.0.0.1: caching, redirects, limits, retries."""

from __future__ import annotations

import asyncio
import gzip
import socket
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from ingest.errors import (
    BlockedAddress,
    BlockedSource,
    FetchTimeout,
    HttpStatusError,
    LocalFileError,
    MalformedResponse,
    TooLarge,
    TooManyRedirects,
    Unreachable,
)
from ingest.fetch import Fetcher
from ingest.netguard import NetGuard
from ingest.settings import DEFAULT_USER_AGENT
from ingest.transport import GuardedTransport
from tests.ingest.fetch.server import (
    FEED_BODY,
    FEED_ETAG,
    FEED_LAST_MODIFIED,
    LATIN1_BODY,
    LoopbackServer,
    fast_settings,
)

# --- plain fetches and conditional GET -------------------------------------------------------


async def test_feed_is_fetched_with_validators(
    fetcher: Fetcher, http_server: LoopbackServer
) -> None:
    result = await fetcher.fetch(http_server.url("/feed"))
    assert result.status == 200
    assert result.body == FEED_BODY
    assert result.content_type == "application/rss+xml"
    assert result.charset == "utf-8"
    assert result.etag == FEED_ETAG
    assert result.last_modified == FEED_LAST_MODIFIED
    assert not result.not_modified
    assert not result.from_file
    assert result.url == http_server.url("/feed")
    assert result.redirects == ()


@pytest.mark.parametrize(
    ("etag", "last_modified"),
    [(FEED_ETAG, None), (None, FEED_LAST_MODIFIED), (FEED_ETAG, FEED_LAST_MODIFIED)],
)
async def test_conditional_get_gives_not_modified(
    fetcher: Fetcher, http_server: LoopbackServer, etag: str | None, last_modified: str | None
) -> None:
    result = await fetcher.fetch(http_server.url("/feed"), etag=etag, last_modified=last_modified)
    assert result.not_modified
    assert result.status == 304
    assert result.body == b""
    assert result.etag == FEED_ETAG
    assert result.last_modified == FEED_LAST_MODIFIED


async def test_not_modified_keeps_the_validators_sent(
    fetcher: Fetcher, http_server: LoopbackServer
) -> None:
    result = await fetcher.fetch(
        http_server.url("/bare-304"), etag=FEED_ETAG, last_modified=FEED_LAST_MODIFIED
    )
    assert result.not_modified
    assert (result.etag, result.last_modified) == (FEED_ETAG, FEED_LAST_MODIFIED)


async def test_stale_validators_get_the_full_body(
    fetcher: Fetcher, http_server: LoopbackServer
) -> None:
    result = await fetcher.fetch(http_server.url("/feed"), etag='"old"')
    assert not result.not_modified
    assert result.body == FEED_BODY


async def test_user_agent_is_sent(fetcher: Fetcher, http_server: LoopbackServer) -> None:
    result = await fetcher.fetch(http_server.url("/ua"))
    assert result.body.decode() == DEFAULT_USER_AGENT


async def test_latin1_body_is_returned_byte_exact(
    fetcher: Fetcher, http_server: LoopbackServer
) -> None:
    result = await fetcher.fetch(http_server.url("/latin1"))
    assert result.body == LATIN1_BODY.encode("iso-8859-1")
    assert result.charset == "iso-8859-1"
    assert result.content_type == "application/xml"


async def test_gzip_body_is_decompressed(fetcher: Fetcher, http_server: LoopbackServer) -> None:
    result = await fetcher.fetch(http_server.url("/gzip"))
    assert result.body == FEED_BODY


# --- redirects ------------------------------------------------------------------------------


async def test_redirect_chain_is_followed(
    fetcher: Fetcher, http_server: LoopbackServer, key: str
) -> None:
    result = await fetcher.fetch(http_server.url(f"/redirect/{key}/3"))
    assert result.body == FEED_BODY
    assert result.url == http_server.url("/feed")
    assert result.redirects == (
        http_server.url(f"/redirect/{key}/2"),
        http_server.url(f"/redirect/{key}/1"),
        http_server.url(f"/redirect/{key}/0"),
        http_server.url("/feed"),
    )


async def test_too_many_redirects(http_server: LoopbackServer, key: str) -> None:
    async with Fetcher(fast_settings(fetch_max_redirects=3)) as fetcher:
        with pytest.raises(TooManyRedirects, match="RISKGRAPH_FETCH_MAX_REDIRECTS"):
            await fetcher.fetch(http_server.url(f"/loop/{key}"))
    # The first request plus exactly three followed redirects.
    assert http_server.state.hits[f"/loop/{key}"] == 4


async def test_redirect_within_the_limit_succeeds(http_server: LoopbackServer, key: str) -> None:
    async with Fetcher(fast_settings(fetch_max_redirects=4)) as fetcher:
        result = await fetcher.fetch(http_server.url(f"/redirect/{key}/3"))
    assert len(result.redirects) == 4


async def test_redirect_without_location_is_malformed(
    fetcher: Fetcher, http_server: LoopbackServer
) -> None:
    with pytest.raises(MalformedResponse, match="Location"):
        await fetcher.fetch(http_server.url("/no-location"))


@pytest.mark.parametrize(
    ("target", "address", "kind"),
    [
        ("http://10.0.0.1/", "10.0.0.1", "private"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254", "cloud metadata"),
        ("http://[fd00:ec2::254]/latest/meta-data/", "fd00:ec2::254", "cloud metadata"),
        ("http://[::ffff:192.168.1.1]/", "::ffff:c0a8:101", "private"),
        ("http://0xa000001:8080/", "10.0.0.1", "private"),
        ("http://012.1/", "10.0.0.1", "private"),
        ("http://[::1]/", "::1", "loopback"),
        ("http://100.64.0.1/", "100.64.0.1", "shared (CGNAT)"),
    ],
)
async def test_redirect_to_a_private_address_is_refused_before_connecting(
    fetcher: Fetcher, http_server: LoopbackServer, target: str, address: str, kind: str
) -> None:
    # The server itself is allow-listed (127.0.0.1 only); the hop it points to is not. The guard
    # refuses the literal address before any socket is opened, so nothing leaves loopback.
    source = http_server.url(f"/to?url={quote(target)}")
    with pytest.raises(BlockedAddress) as caught:
        await fetcher.fetch(source)
    assert caught.value.address == address
    assert caught.value.kind == kind
    assert caught.value.source == source
    assert "RISKGRAPH_ALLOW_PRIVATE" in str(caught.value)


async def test_redirect_to_an_invalid_url_is_malformed(
    fetcher: Fetcher, http_server: LoopbackServer
) -> None:
    # httpx refuses dotted quads with leading zeros ("012.0.0.1" is 10.0.0.1 to inet_aton).
    with pytest.raises(MalformedResponse, match="Invalid IPv4"):
        await fetcher.fetch(http_server.url(f"/to?url={quote('http://012.0.0.1/')}"))


async def test_redirect_to_a_local_file_is_refused(
    fetcher: Fetcher, http_server: LoopbackServer
) -> None:
    with pytest.raises(BlockedSource, match="only http and https"):
        await fetcher.fetch(http_server.url(f"/to?url={quote('file:///etc/passwd')}"))


async def test_loopback_is_refused_by_default(http_server: LoopbackServer, key: str) -> None:
    async with Fetcher(fast_settings(allow_private=[])) as fetcher:
        with pytest.raises(BlockedAddress) as caught:
            await fetcher.fetch(http_server.url(f"/status/{key}/200"))
    assert caught.value.kind == "loopback"
    assert http_server.state.hits[f"/status/{key}/200"] == 0  # never reached the server


async def test_allow_list_by_cidr(http_server: LoopbackServer) -> None:
    async with Fetcher(fast_settings(allow_private=["127.0.0.0/8"])) as fetcher:
        assert (await fetcher.fetch(http_server.url("/feed"))).body == FEED_BODY


async def test_transport_guards_connections_by_itself() -> None:
    # Without the Fetcher's per-hop check, the transport still refuses at connect time: this is
    # what closes the DNS-rebinding gap between checking a name and connecting to it.
    transport = GuardedTransport(NetGuard(), limits=httpx.Limits(max_connections=1))
    async with httpx.AsyncClient(transport=transport) as client:
        with pytest.raises(BlockedAddress):
            await client.get("http://10.0.0.1/")
        with pytest.raises(BlockedAddress):
            await client.get("http://localhost:9/")


# --- limits and timeouts ----------------------------------------------------------------------


async def test_body_over_the_cap_is_refused(
    fetcher: Fetcher, http_server: LoopbackServer, key: str
) -> None:
    with pytest.raises(TooLarge, match="RISKGRAPH_FETCH_MAX_BYTES"):
        await fetcher.fetch(http_server.url(f"/big/{key}/{64 * 1024 + 1}"))


async def test_streamed_body_over_the_cap_is_refused(
    fetcher: Fetcher, http_server: LoopbackServer, key: str
) -> None:
    with pytest.raises(TooLarge):
        await fetcher.fetch(http_server.url(f"/big/{key}/{200 * 1024}/stream"))


async def test_body_at_the_cap_is_accepted(
    fetcher: Fetcher, http_server: LoopbackServer, key: str
) -> None:
    result = await fetcher.fetch(http_server.url(f"/big/{key}/{64 * 1024}/stream"))
    assert len(result.body) == 64 * 1024


async def test_gzip_bomb_is_cut_at_the_cap(fetcher: Fetcher, http_server: LoopbackServer) -> None:
    # A few hundred compressed bytes that inflate past the cap: the cap counts decoded bytes.
    assert len(gzip.compress(b"\0" * 1024 * 1024)) < 64 * 1024
    with pytest.raises(TooLarge):
        await fetcher.fetch(http_server.url(f"/gzip/{1024 * 1024}"))


async def test_corrupt_gzip_is_malformed(fetcher: Fetcher, http_server: LoopbackServer) -> None:
    with pytest.raises(MalformedResponse, match="decoded"):
        await fetcher.fetch(http_server.url("/bad-gzip"))


async def test_garbage_answer_is_malformed_and_not_retried(
    fetcher: Fetcher, http_server: LoopbackServer
) -> None:
    before = http_server.state.hits["/garbage"]
    with pytest.raises(MalformedResponse, match="invalid HTTP"):
        await fetcher.fetch(http_server.url("/garbage"))
    assert http_server.state.hits["/garbage"] == before + 1


async def test_read_timeout(http_server: LoopbackServer, key: str) -> None:
    settings = fast_settings(fetch_read_timeout_s=0.2, fetch_retries=1)
    try:
        async with Fetcher(settings) as fetcher:
            with pytest.raises(FetchTimeout, match="ReadTimeout"):
                await fetcher.fetch(http_server.url(f"/slow/{key}"))
    finally:
        http_server.state.release(key)
    assert http_server.state.hits[f"/slow/{key}"] == 2  # a timeout is transient: retried once


async def test_total_deadline(http_server: LoopbackServer, key: str) -> None:
    settings = fast_settings(fetch_read_timeout_s=5.0, fetch_total_timeout_s=0.2)
    try:
        async with Fetcher(settings) as fetcher:
            with pytest.raises(FetchTimeout, match="RISKGRAPH_FETCH_TOTAL_TIMEOUT_S"):
                await fetcher.fetch(http_server.url(f"/slow/{key}"))
    finally:
        http_server.state.release(key)


# --- retries --------------------------------------------------------------------------------


async def test_server_error_succeeds_on_retry(
    fetcher: Fetcher, http_server: LoopbackServer, key: str
) -> None:
    result = await fetcher.fetch(http_server.url(f"/flaky/{key}/2"))
    assert result.body == b"recovered"
    assert http_server.state.hits[f"/flaky/{key}/2"] == 3


async def test_persistent_server_error_gives_up(
    fetcher: Fetcher, http_server: LoopbackServer, key: str
) -> None:
    with pytest.raises(HttpStatusError) as caught:
        await fetcher.fetch(http_server.url(f"/status/{key}/503"))
    assert caught.value.status == 503
    assert http_server.state.hits[f"/status/{key}/503"] == 3  # 1 + fetch_retries


@pytest.mark.parametrize("status", [404, 403, 400, 501])
async def test_client_errors_are_not_retried(
    fetcher: Fetcher, http_server: LoopbackServer, key: str, status: int
) -> None:
    with pytest.raises(HttpStatusError) as caught:
        await fetcher.fetch(http_server.url(f"/status/{key}/{status}"))
    assert caught.value.status == status
    assert http_server.state.hits[f"/status/{key}/{status}"] == 1


async def test_retry_after_within_the_cap_is_honoured(
    fetcher: Fetcher, http_server: LoopbackServer, key: str
) -> None:
    result = await fetcher.fetch(http_server.url(f"/retry-after/{key}/0"))
    assert result.body == b"thanks"
    assert http_server.state.hits[f"/retry-after/{key}/0"] == 2


async def test_retry_after_beyond_the_cap_gives_up(
    fetcher: Fetcher, http_server: LoopbackServer, key: str
) -> None:
    with pytest.raises(HttpStatusError, match="RISKGRAPH_FETCH_BACKOFF_CAP_S") as caught:
        await fetcher.fetch(http_server.url(f"/retry-after/{key}/3600"))
    assert caught.value.status == 429
    assert http_server.state.hits[f"/retry-after/{key}/3600"] == 1


@pytest.mark.parametrize(("offset", "hits"), [(-60, 2), (3600, 1)])
async def test_retry_after_as_a_date(
    fetcher: Fetcher, http_server: LoopbackServer, key: str, offset: int, hits: int
) -> None:
    # A date in the past means "now"; an hour ahead is beyond the backoff cap: give up at once.
    path = f"/retry-date/{key}/{offset}"
    if hits == 2:
        assert (await fetcher.fetch(http_server.url(path))).body == b"back"
    else:
        with pytest.raises(HttpStatusError, match="retry after"):
            await fetcher.fetch(http_server.url(path))
    assert http_server.state.hits[path] == hits


async def test_connection_refused_is_unreachable_after_retries() -> None:
    # A port that was just free on loopback: nothing listens there.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with Fetcher(fast_settings()) as fetcher:
        with pytest.raises(Unreachable, match="cannot connect"):
            await fetcher.fetch(f"http://127.0.0.1:{port}/feed")


# --- concurrency ----------------------------------------------------------------------------


async def test_per_host_concurrency_limit(http_server: LoopbackServer, key: str) -> None:
    async with Fetcher(fast_settings(fetch_per_host_concurrency=2)) as fetcher:
        path = f"/concurrent/{key}/2/2"
        results = await asyncio.gather(*(fetcher.fetch(http_server.url(path)) for _ in range(6)))
    assert all(result.body == b"done" for result in results)
    assert http_server.state.max_in_flight[key] == 2


async def test_global_concurrency_limit(http_server: LoopbackServer, key: str) -> None:
    settings = fast_settings(fetch_per_host_concurrency=4, fetch_concurrency=1)
    async with Fetcher(settings) as fetcher:
        path = f"/concurrent/{key}/2/0.2"
        await asyncio.gather(*(fetcher.fetch(http_server.url(path)) for _ in range(2)))
    assert http_server.state.max_in_flight[key] == 1


# --- local files ----------------------------------------------------------------------------


async def test_local_path_and_file_url(fetcher: Fetcher, tmp_path: Path) -> None:
    feed = tmp_path / "my feed.xml"
    feed.write_bytes(LATIN1_BODY.encode("iso-8859-1"))
    by_path = await fetcher.fetch(str(feed), allow_local=True)
    by_url = await fetcher.fetch(feed.as_uri(), allow_local=True)
    for result in (by_path, by_url):
        assert result.from_file
        assert result.body == feed.read_bytes()
        assert result.url == feed.as_uri()
        assert result.content_type == "application/xml"
        assert result.last_modified
    again = await fetcher.fetch(str(feed), allow_local=True, last_modified=by_path.last_modified)
    assert again.not_modified
    assert again.body == b""


@pytest.mark.parametrize("form", ["path", "url"])
async def test_local_files_need_allow_local(fetcher: Fetcher, tmp_path: Path, form: str) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(FEED_BODY)
    source = str(feed) if form == "path" else feed.as_uri()
    with pytest.raises(BlockedSource, match="local files"):
        await fetcher.fetch(source)


async def test_local_file_errors(fetcher: Fetcher, tmp_path: Path) -> None:
    with pytest.raises(LocalFileError, match="no file"):
        await fetcher.fetch(str(tmp_path / "missing.xml"), allow_local=True)
    with pytest.raises(LocalFileError, match="not a regular file"):
        await fetcher.fetch(str(tmp_path), allow_local=True)
    with pytest.raises(BlockedSource, match="this machine"):
        await fetcher.fetch("file://elsewhere/feed.xml", allow_local=True)
    big = tmp_path / "big.xml"
    big.write_bytes(b"x" * (64 * 1024 + 1))
    with pytest.raises(TooLarge):
        await fetcher.fetch(str(big), allow_local=True)


@pytest.mark.parametrize("source", ["ftp://example.org/feed", "gopher://x/", "localhost:80/feed"])
async def test_other_schemes_are_refused(fetcher: Fetcher, source: str) -> None:
    with pytest.raises(BlockedSource, match="not supported"):
        await fetcher.fetch(source, allow_local=True)


async def test_fetch_outside_the_context_manager_is_an_error() -> None:
    with pytest.raises(RuntimeError, match="async with"):
        await Fetcher(fast_settings()).fetch("http://127.0.0.1/")
