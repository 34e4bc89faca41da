"""Fixtures for the fetch-layer tests: one real HTTP server on 127.0.0.1 per session."""

from __future__ import annotations

import threading
import uuid
from collections.abc import AsyncIterator, Iterator

import pytest

from ingest.fetch import Fetcher
from tests.ingest.fetch.server import LoopbackServer, fast_settings


@pytest.fixture(scope="session")
def http_server() -> Iterator[LoopbackServer]:
    server = LoopbackServer()
    thread = threading.Thread(target=server.serve_forever, name="test-http", daemon=True)
    thread.start()
    yield server
    for gate in server.state.gates.values():
        gate.set()
    server.shutdown()
    server.server_close()


@pytest.fixture
def key() -> str:
    """A fresh path segment, so request counts on the shared server belong to one test."""
    return uuid.uuid4().hex[:12]


@pytest.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    async with Fetcher(fast_settings()) as fetcher:
        yield fetcher
