"""One HTTP request, retried while the failure is transient, under the concurrency limits."""

from __future__ import annotations

import asyncio
import random
import ssl
import weakref
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from ingest.errors import (
    BlockedAddress,
    BlockedSource,
    FetchError,
    FetchTimeout,
    HttpStatusError,
    MalformedResponse,
    TlsError,
    TooLarge,
    Unreachable,
)
from ingest.settings import IngestSettings

# Worth asking again: the server is overloaded, restarting or asked us to slow down.
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
_KEEP_STATUSES = frozenset({301, 302, 303, 304, 307, 308})


@dataclass(frozen=True, slots=True)
class Answer:
    """A final HTTP answer: status, headers, body (read only for 2xx)."""

    url: httpx.URL
    status: int
    headers: httpx.Headers
    body: bytes


class _Transient(Exception):
    """A failure worth retrying; carries the error to raise once retries are spent."""

    def __init__(self, error: FetchError, retry_after: float | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.retry_after = retry_after


class AttemptRunner:
    """Runs GET requests with retries, a per-host and a global concurrency limit."""

    def __init__(self, client: httpx.AsyncClient, settings: IngestSettings) -> None:
        self._client = client
        self._settings = settings
        self._global = asyncio.Semaphore(settings.fetch_concurrency)
        # Weak values: a host's semaphore lives while a fetch holds or waits on it, so a long run
        # over thousands of article hosts does not keep one per host forever.
        self._hosts: weakref.WeakValueDictionary[str, asyncio.Semaphore] = (
            weakref.WeakValueDictionary()
        )

    async def run(self, source: str, url: httpx.URL, headers: dict[str, str]) -> Answer:
        """The answer to GET `url`: 2xx (with body), 304 or a redirect; an error otherwise."""
        retries = self._settings.fetch_retries
        for attempt in range(retries + 1):
            try:
                return await self._limited(source, url, headers)
            except _Transient as failure:
                if attempt == retries:
                    raise failure.error from None
                delay = self._backoff(attempt)
                if failure.retry_after is not None:
                    cap = self._settings.fetch_backoff_cap_s
                    if failure.retry_after > cap:
                        raise _waited_too_long(failure, cap) from None
                    delay = max(delay, failure.retry_after)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # the loop either returns or raises

    def _backoff(self, attempt: int) -> float:
        ceiling = min(
            self._settings.fetch_backoff_cap_s, self._settings.fetch_backoff_base_s * (1 << attempt)
        )
        # "Equal jitter": at least half the exponential delay, so retries from many fetchers
        # spread out instead of hitting a recovering server at the same instant.
        jitter: float = random.uniform(0, ceiling / 2)  # noqa: S311 (jitter, not crypto)
        return ceiling / 2 + jitter

    async def _limited(self, source: str, url: httpx.URL, headers: dict[str, str]) -> Answer:
        # Host slot first, so a fetch waiting for a busy host does not hold a global slot.
        host = url.host.lower()
        semaphore = self._hosts.get(host)
        if semaphore is None:
            semaphore = asyncio.Semaphore(self._settings.fetch_per_host_concurrency)
            self._hosts[host] = semaphore
        async with semaphore, self._global:
            return await self._once(source, url, headers)

    async def _once(self, source: str, url: httpx.URL, headers: dict[str, str]) -> Answer:
        try:
            async with self._client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                if 200 <= status < 300:
                    body = await self._read_capped(source, response)
                    return Answer(url, status, response.headers, body)
                if status in _KEEP_STATUSES:
                    return Answer(url, status, response.headers, b"")
                error = HttpStatusError(source, status, _explain(url, response))
                if status in RETRY_STATUSES:
                    raise _Transient(error, _retry_after(response.headers))
                raise error
        except BlockedAddress as exc:
            # The transport's own check refused the host (its DNS answer changed since the
            # per-hop check): report it against this fetch's source.
            raise BlockedAddress(source, exc.host, exc.address, exc.kind) from None
        except (Unreachable, FetchTimeout) as exc:
            raise type(exc)(source, exc.reason) from None
        except httpx.TimeoutException as exc:
            phase = "connecting to" if isinstance(exc, httpx.ConnectTimeout) else "waiting for"
            raise _Transient(
                FetchTimeout(source, f"timed out {phase} {url.host} ({type(exc).__name__})")
            ) from None
        except httpx.RemoteProtocolError as exc:
            raise MalformedResponse(source, f"{url} sent an invalid HTTP answer ({exc})") from None
        except httpx.DecodingError as exc:
            raise MalformedResponse(
                source, f"{url} sent a body that cannot be decoded ({exc})"
            ) from None
        except httpx.ConnectError as exc:
            if (tls := _tls_cause(exc)) is not None:
                raise TlsError(
                    source,
                    f"TLS with {url.host} failed ({tls}); if this intranet server uses its own "
                    "CA, point RISKGRAPH_FETCH_CA_BUNDLE at the CA certificate",
                ) from None
            raise _Transient(
                Unreachable(
                    source,
                    f"cannot connect to {url.host} ({exc or 'refused'}); check the URL, try later",
                )
            ) from None
        except httpx.NetworkError as exc:
            raise _Transient(
                Unreachable(
                    source, f"the connection to {url.host} broke ({exc or type(exc).__name__})"
                )
            ) from None
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise BlockedSource(source, f"cannot request {url} ({exc})") from None
        except httpx.HTTPError as exc:
            raise FetchError(source, f"request to {url} failed ({exc})") from None

    async def _read_capped(self, source: str, response: httpx.Response) -> bytes:
        limit = self._settings.fetch_max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise TooLarge(source, limit)
        body = bytearray()
        # aiter_bytes yields decompressed data, so the cap also stops gzip bombs.
        async for chunk in response.aiter_bytes():
            body += chunk
            if len(body) > limit:
                raise TooLarge(source, limit)
        return bytes(body)


def _waited_too_long(failure: _Transient, cap: float) -> FetchError:
    error = failure.error
    hint = (
        f"; the server asks to retry after {failure.retry_after:.0f} s, more than "
        f"RISKGRAPH_FETCH_BACKOFF_CAP_S ({cap} s), so RiskGraph gives up for now"
    )
    if isinstance(error, HttpStatusError):
        return HttpStatusError(error.source, error.status, error.detail + hint)
    return FetchError(error.source, error.reason + hint)


def _explain(url: httpx.URL, response: httpx.Response) -> str:
    phrase = response.reason_phrase or "error"
    if response.status_code in (404, 410):
        return f"{phrase} at {url}; check the URL or remove the source"
    if response.status_code in (401, 403):
        return f"{phrase} at {url}; the server refuses anonymous access"
    return f"{phrase} at {url}"


def _retry_after(headers: httpx.Headers) -> float | None:
    """Seconds the server asked us to wait (Retry-After as seconds or an HTTP date)."""
    value = headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _tls_cause(exc: BaseException) -> ssl.SSLError | None:
    """The TLS failure behind a connect error, if that is what it was (httpx wraps it twice)."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None
