"""Fixtures for the ingestion tests: one real HTTP server on 127.0.0.1 per session."""

from __future__ import annotations

import threading
import uuid
from collections.abc import AsyncIterator, Iterator

import pytest

from ingest.fetch import Fetcher
from ingest.settings import IngestSettings
from tests.ingest.server import LoopbackServer


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


def fast_settings(**overrides: object) -> IngestSettings:
    """Short limits so failures show up fast; the test server on loopback is allow-listed."""
    values: dict[str, object] = {
        "allow_private": ["127.0.0.1"],
        "fetch_connect_timeout_s": 2.0,
        "fetch_read_timeout_s": 2.0,
        "fetch_total_timeout_s": 10.0,
        "fetch_max_bytes": 64 * 1024,
        "fetch_retries": 2,
        "fetch_backoff_base_s": 0.001,
        "fetch_backoff_cap_s": 0.01,
    }
    values.update(overrides)
    return IngestSettings.model_validate(values)


@pytest.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    async with Fetcher(fast_settings()) as fetcher:
        yield fetcher
