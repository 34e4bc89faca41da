"""`riskgraph ingest` and `riskgraph schedule` as real processes: the bundled sample, a run
killed with SIGKILL then rerun, and a scheduler stopped with SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from graph.cypher.store import CypherGraphStore
from graph.engines.embedded import EmbeddedServer
from graph.factory import open_store
from graph.ids import article_id
from graph.settings import Settings
from tests.ingest.documents import Entry, page, rss2
from tests.ingest.server import FeedServer, Route

ROOT = Path(__file__).resolve().parents[2]
CLI = "from api.cli import app; app()"
ITEMS = 24
SEED_GUIDS = {
    "urn:riskgraph:sample:deepseek-distillation-allegation",
    "urn:riskgraph:sample:deepseek-openai-exfiltration",
}

pytestmark = pytest.mark.slow


@pytest.fixture
def env(data_dir: Path) -> Iterator[dict[str, str]]:
    environment = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "RISKGRAPH_DATA_DIR": str(data_dir),
        "RISKGRAPH_ALLOW_PRIVATE": json.dumps(["127.0.0.1"]),
        "RISKGRAPH_EXTRACT_BATCH_SIZE": "2",
        "RISKGRAPH_SCHEDULE_JITTER_S": "0",
        "RISKGRAPH_FETCH_BACKOFF_BASE_S": "0.01",
        "COLUMNS": "400",  # rich tables unwrapped
    }
    yield environment
    # The killed process leaves the embedded engine running for others: stop it.
    EmbeddedServer(data_dir).stop(force=True)


@pytest.fixture
async def shared_store(data_dir: Path, env: dict[str, str]) -> AsyncIterator[CypherGraphStore]:
    # The same embedded engine the subprocesses use (attached to, or started, per data dir).
    async with open_store(Settings(data_dir=data_dir)) as store:
        yield store


def riskgraph(
    env: dict[str, str], *args: str, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CLI, *args], env=env, cwd=ROOT, capture_output=True, text=True,
        timeout=timeout, check=False,
    )  # fmt: skip


def spawn(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CLI, *args], env=env, cwd=ROOT, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip


def slow_feed(server: FeedServer) -> list[str]:
    """A feed of teasers whose pages are slow to serve: ingesting it takes a while."""
    urls = []
    feed_entries = []
    for i in range(ITEMS):
        path = f"/article/{i}"
        text = [f"Article {i} says the chip export rules changed for the {i}th time this year."] * 4
        server.routes[path] = Route(
            page(f"Article {i}", text), content_type="text/html", delay_s=0.25
        )
        urls.append(server.url(path))
        feed_entries.append(
            Entry(title=f"Item {i}", link=urls[-1], guid=f"urn:slow:{i}", summary=f"Teaser {i}")
        )
    server.routes["/feed"] = Route(rss2(feed_entries))
    return urls


async def stored_state(store: CypherGraphStore, urls: list[str]) -> tuple[int, int]:
    """(articles in the store, of which completely ingested)."""
    ids = [article_id(url=u) for u in urls]
    known = await store.known_articles(ids=ids)
    return (await store.counts()).get("Article", 0), len(known.ids)


async def wait_for(
    store: CypherGraphStore, urls: list[str], at_least: int, proc: subprocess.Popen[str]
) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        _, done = await stored_state(store, urls)
        if done >= at_least:
            return
        assert proc.poll() is None, proc.communicate()
        await __import__("asyncio").sleep(0.1)
    raise AssertionError("the subprocess made no progress")


async def test_sample_ingested_three_times_stores_each_seed_once(
    env: dict[str, str], data_dir: Path
) -> None:
    for _ in range(3):
        done = riskgraph(env, "ingest", "--sample")
        assert done.returncode == 0, done.stderr
        assert "ingestion summary" in done.stdout
    listed = riskgraph(env, "feeds", "list")
    assert "RiskGraph sample" in listed.stdout
    async with open_store(Settings(data_dir=data_dir)) as store:
        sub = await store.subgraph(include_articles=True, max_nodes=1000)
        arts = {n.props["guid"]: n.props for n in sub.nodes if n.group == "Article"}
        assert set(arts) == SEED_GUIDS
        assert (await store.counts())["Article"] == 2
        dated = arts["urn:riskgraph:sample:deepseek-openai-exfiltration"]
        undated = arts["urn:riskgraph:sample:deepseek-distillation-allegation"]
        assert (dated["published"], dated["published_is_fetch_time"]) == (
            "2025-01-28T13:02:00Z",
            False,
        )
        assert undated["published_is_fetch_time"] is True
        assert undated["published"] == undated["fetched_at"]  # the first run's fetch time, kept
        assert {a["lang"] for a in arts.values()} == {"fr"}
        assert {a["text_source"] for a in arts.values()} == {"content"}
        assert str(dated["text"]).endswith("28 janvier 2025 à 14h02")
        (feed,) = await store.list_feeds()
        # Runs 2 and 3 found the file unchanged (its modification time is the validator).
        assert (feed.status.items_new, feed.status.error, feed.status.http_status) == (0, None, 304)
        assert feed.status.last_modified is not None
        assert feed.status.last_success == feed.status.last_attempt


async def test_sigkill_mid_run_loses_and_duplicates_nothing(
    env: dict[str, str], shared_store: CypherGraphStore, server: FeedServer
) -> None:
    urls = slow_feed(server)
    assert riskgraph(env, "feeds", "add", server.url("/feed")).returncode == 0
    proc = spawn(env, "ingest")
    await wait_for(shared_store, urls, 4, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    _, done = await stored_state(shared_store, urls)
    assert 0 < done < ITEMS, "the kill must land mid-run"

    rerun = riskgraph(env, "ingest")
    assert rerun.returncode == 0, rerun.stderr
    assert await stored_state(shared_store, urls) == (ITEMS, ITEMS)
    sub = await shared_store.subgraph(include_articles=True, max_nodes=1000)
    guids = sorted(str(n.props["guid"]) for n in sub.nodes if n.group == "Article")
    assert guids == sorted(f"urn:slow:{i}" for i in range(ITEMS))

    again = riskgraph(env, "ingest")
    assert again.returncode == 0, again.stderr
    (feed,) = await shared_store.list_feeds()
    assert (feed.status.items_new, feed.status.items_seen) == (0, ITEMS)
    assert await stored_state(shared_store, urls) == (ITEMS, ITEMS)


async def test_scheduler_stops_gracefully_on_sigterm(
    env: dict[str, str], shared_store: CypherGraphStore, server: FeedServer
) -> None:
    urls = slow_feed(server)
    assert riskgraph(env, "feeds", "add", server.url("/feed")).returncode == 0
    proc = spawn(env, "schedule", "--json-logs")
    await wait_for(shared_store, urls, 3, proc)
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 0, stderr
    logs = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
    messages = [entry["msg"] for entry in logs]
    assert "scheduler stopped" in messages
    assert any(entry.get("item_id") and entry.get("feed_id") for entry in logs)
    stored, done = await stored_state(shared_store, urls)
    assert stored == done  # the item being processed finished: nothing half-written
    assert done < ITEMS

    rest = riskgraph(env, "ingest")
    assert rest.returncode == 0, rest.stderr
    assert await stored_state(shared_store, urls) == (ITEMS, ITEMS)


async def test_feed_commands(env: dict[str, str], data_dir: Path, tmp_path: Path) -> None:
    local = tmp_path / "local.xml"
    local.write_bytes(rss2([Entry(title="Local item", guid="urn:local:1", summary="A summary.")]))
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<opml version="2.0"><body><outline text="Numerama" xmlUrl="https://www.numerama.com/feed/"/>'
        "</body></opml>"
    )
    assert riskgraph(env, "feeds", "add", str(local), "--interval", "30").returncode == 0
    assert riskgraph(env, "feeds", "import-opml", str(opml)).returncode == 0
    assert riskgraph(env, "feeds", "seed").returncode == 0
    bad = riskgraph(env, "feeds", "add", str(tmp_path / "absent.xml"))
    assert bad.returncode == 1
    assert "no such feed file" in bad.stderr
    ran = riskgraph(env, "ingest", "--feed", str(local))
    assert ran.returncode == 0, ran.stderr
    assert "Local item" not in ran.stdout  # the summary names feeds, not items
    async with open_store(Settings(data_dir=data_dir)) as store:
        feeds = {f.url: f for f in await store.list_feeds()}
        assert feeds[local.as_uri()].interval_minutes == 30
        assert feeds[local.as_uri()].status.items_new == 1
        assert "https://www.numerama.com/feed/" in feeds
        assert len(feeds) > 10  # the default list was seeded
        assert (await store.counts())["Article"] == 1
    assert riskgraph(env, "feeds", "remove", str(local)).returncode == 0
    gone = riskgraph(env, "feeds", "remove", str(local))
    assert gone.returncode == 1
    assert "no Feed" in gone.stderr
