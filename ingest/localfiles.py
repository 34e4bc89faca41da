"""Sources that are local files: a plain path or a file:// URL (feeds the user added by hand)."""

from __future__ import annotations

import asyncio
import re
import stat
from dataclasses import dataclass
from email.utils import formatdate
from pathlib import Path
from urllib.parse import unquote, urlsplit

import httpx

from ingest.errors import BlockedSource, LocalFileError, TooLarge

# Two or more letters, so a Windows drive ("C:\feeds") is not taken for a scheme.
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]+):")


@dataclass(frozen=True, slots=True)
class LocalFile:
    """A local file's bytes and the HTTP-style date of its last change."""

    path: Path
    body: bytes
    last_modified: str


def parse_source(source: str) -> httpx.URL | Path:
    """An http(s) URL to fetch, or the local path a source names; other schemes are refused."""
    text = source.strip()
    match = _SCHEME.match(text)
    if match is None:
        if not text:
            raise BlockedSource(source, "the source is empty")
        return Path(text).expanduser()
    scheme = match.group(1).lower()
    if scheme == "file":
        parts = urlsplit(text)
        if parts.netloc not in ("", "localhost"):
            raise BlockedSource(source, "file:// URLs must name a file on this machine")
        return Path(unquote(parts.path))
    if scheme not in ("http", "https"):
        raise BlockedSource(
            source, f"the {scheme}: scheme is not supported; use an http(s) URL or a local path"
        )
    try:
        return httpx.URL(text)
    except httpx.InvalidURL as exc:
        raise BlockedSource(source, f"not a valid URL ({exc})") from None


async def read_local_file(source: str, path: Path, *, max_bytes: int) -> LocalFile:
    """Read a regular file of at most `max_bytes` bytes, in a worker thread."""
    return await asyncio.to_thread(_read, source, path, max_bytes)


def _read(source: str, path: Path, max_bytes: int) -> LocalFile:
    try:
        info = path.stat()
        # Refusing FIFOs and devices keeps a path like /dev/zero from hanging or flooding us.
        if not stat.S_ISREG(info.st_mode):
            raise LocalFileError(source, f"{path} is not a regular file")
        if info.st_size > max_bytes:
            raise TooLarge(source, max_bytes)
        with path.open("rb") as handle:
            body = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise LocalFileError(source, f"there is no file at {path}; check the path") from None
    except PermissionError:
        raise LocalFileError(source, f"permission denied reading {path}") from None
    except OSError as exc:
        raise LocalFileError(source, f"cannot read {path}: {exc.strerror or exc}") from None
    if len(body) > max_bytes:  # the file grew after stat()
        raise TooLarge(source, max_bytes)
    return LocalFile(path.resolve(), body, formatdate(info.st_mtime, usegmt=True))
