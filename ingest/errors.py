"""The ingestion layer's errors: one root, messages written for the person who added the feed.

Every fetch failure names the source it was fetching, says why it failed and, where the user can
do something about it, what to do.
"""

from __future__ import annotations


class IngestError(Exception):
    """Root of every error the ingestion layer raises on purpose."""


class FetchError(IngestError):
    """A source (URL or local file) could not be fetched; `source` is what was asked for."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"cannot fetch {source}: {reason}")
        self.source = source
        self.reason = reason


class BlockedSource(FetchError):
    """Refused before any I/O: a scheme we do not fetch, or a local file nobody allowed."""


class BlockedAddress(BlockedSource):
    """The host is, or resolves to, an address we never contact by default (SSRF protection)."""

    def __init__(self, source: str, host: str, address: str, kind: str) -> None:
        found = "is" if host.strip("[]") == address else f"resolves to {address}, which is"
        super().__init__(
            source,
            f"host {host!r} {found} a {kind} address; RiskGraph refuses those to "
            "protect internal services. If this is an intranet feed you trust, add the host or "
            "its network to RISKGRAPH_ALLOW_PRIVATE (e.g. RISKGRAPH_ALLOW_PRIVATE="
            f"{host}).",
        )
        self.host = host
        self.address = address
        self.kind = kind


class Unreachable(FetchError):
    """The host name does not resolve, or the server refuses or drops the connection."""


class TlsError(FetchError):
    """The TLS handshake failed (bad or untrusted certificate); retrying will not help."""


class FetchTimeout(FetchError):
    """Connecting, reading, or the whole fetch took longer than the configured limit."""


class TooLarge(FetchError):
    """The body is bigger than RISKGRAPH_FETCH_MAX_BYTES; it is refused, never truncated."""

    def __init__(self, source: str, limit: int) -> None:
        super().__init__(
            source,
            f"the body is larger than the limit of {limit} bytes; raise "
            "RISKGRAPH_FETCH_MAX_BYTES if this source is legitimately that big",
        )
        self.limit = limit


class TooManyRedirects(FetchError):
    """The redirect chain is longer than RISKGRAPH_FETCH_MAX_REDIRECTS (or loops)."""


class HttpStatusError(FetchError):
    """The server answered with an error status (after retries, for transient ones)."""

    def __init__(self, source: str, status: int, detail: str) -> None:
        super().__init__(source, f"HTTP {status}: {detail}")
        self.status = status
        self.detail = detail


class MalformedResponse(FetchError):
    """The server's answer is not valid HTTP, or its body cannot be decoded."""


class LocalFileError(FetchError):
    """A local feed file is missing, unreadable or not a regular file."""
