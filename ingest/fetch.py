"""SCRATCH stand-in until ingest-fetch is merged (not committed)."""

from __future__ import annotations
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from urllib.parse import urlsplit
from urllib.request import url2pathname
import httpx
from ingest.errors import FetchError
from ingest.settings import IngestSettings


@dataclass(frozen=True)
class FetchResult:
    url: str
    status: int | None
    body: bytes
    content_type: str | None
    charset: str | None
    etag: str | None
    last_modified: str | None
    not_modified: bool
    from_file: bool


class Fetcher:
    def __init__(self, settings: IngestSettings) -> None:
        self.settings = settings
        self._client: httpx.AsyncClient | None = None

    async def __aenter__(self) -> Fetcher:
        self._client = httpx.AsyncClient(follow_redirects=True, timeout=10)
        return self

    async def __aexit__(self, *a: object) -> None:
        assert self._client
        await self._client.aclose()

    async def fetch(
        self,
        source: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        allow_local: bool = False,
    ) -> FetchResult:
        parts = urlsplit(source)
        if parts.scheme in ("http", "https"):
            if parts.hostname not in self.settings.allow_private:
                raise FetchError(f"blocked {source}")
            headers = {}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            assert self._client
            r = await self._client.get(source, headers=headers)
            if r.status_code == 304:
                return FetchResult(
                    str(r.url), 304, b"", None, None, etag, last_modified, True, False
                )
            if r.status_code >= 400:
                raise FetchError(f"HTTP {r.status_code} from {source}", r.status_code)
            ct = r.headers.get("content-type")
            return FetchResult(
                str(r.url),
                r.status_code,
                r.content,
                ct,
                r.charset_encoding,
                r.headers.get("etag"),
                r.headers.get("last-modified"),
                False,
                False,
            )
        if not allow_local:
            raise FetchError(f"local source refused: {source}")
        path = Path(url2pathname(parts.path)) if parts.scheme == "file" else Path(source)
        return FetchResult(
            path.as_uri(), None, path.read_bytes(), None, None, None, None, False, True
        )
