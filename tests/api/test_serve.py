"""`riskgraph serve` in its own process: real settings from the environment, real port."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


def test_serve_command_runs_the_api(story_name: str, engine_data_dir: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "RISKGRAPH_DATA_DIR": str(engine_data_dir),
        "RISKGRAPH_GRAPH_NAME": story_name,
    }
    process = subprocess.Popen(
        [sys.executable, "-c", "from api.cli import app; app()", "serve", "--port", "0"],
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    watchdog = threading.Timer(60, process.kill)  # a hung start fails instead of blocking
    watchdog.start()
    try:
        assert process.stderr is not None
        port = None
        for line in process.stderr:
            found = re.search(r"Uvicorn running on http://127\.0\.0\.1:(\d+)", line)
            if found:
                port = int(found.group(1))
                break
        assert port, "the server did not start"
        base = f"http://127.0.0.1:{port}"
        assert httpx.get(base + "/readyz", timeout=30).json() == {"status": "ready"}
        body = httpx.post(base + "/graphql", json={"query": "{ stats { total } }"}, timeout=30)
        assert body.json()["data"]["stats"]["total"] > 0
    finally:
        watchdog.cancel()
        process.terminate()
        process.wait(timeout=30)
