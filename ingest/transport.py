"""An httpx transport whose every TCP connection goes through the NetGuard.

The Fetcher checks each URL before requesting it; this second check at connect time resolves the
host once more, refuses it under the same policy and connects to the vetted IP itself, so what we
checked is what we connect to (no DNS rebinding window). TLS still uses the URL's host name (SNI
and certificate checks are done by httpcore from the request's origin, not from the socket).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from pathlib import Path

import httpcore
import httpx

from ingest.netguard import NetGuard

SocketOption = (
    tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]
)


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """Resolves through the guard, then connects to one of the vetted addresses."""

    def __init__(self, guard: NetGuard, inner: httpcore.AsyncNetworkBackend | None = None):
        self._guard = guard
        self._inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore's interface)
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                addresses = await self._guard.resolve(host, port, source=f"{host}:{port}")
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"resolving {host} timed out") from None
        failure: httpcore.ConnectError | httpcore.ConnectTimeout | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    str(address), port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None  # resolve() never returns an empty list
        raise failure

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore's interface)
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("RiskGraph never fetches over Unix sockets")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport with the guarded backend and no proxies from the environment.

    httpx 0.28 has no public hook for the network backend, so the connection pool is rebuilt with
    the same options; tests/ingest/fetch/test_fetch.py checks that the guard is really in the path.
    """

    def __init__(
        self, guard: NetGuard, *, limits: httpx.Limits, ca_bundle: Path | None = None
    ) -> None:
        super().__init__(limits=limits, trust_env=False)
        ssl_context = httpx.create_ssl_context(trust_env=False)
        if ca_bundle is not None:
            ssl_context.load_verify_locations(cafile=ca_bundle)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=GuardedBackend(guard),
        )
