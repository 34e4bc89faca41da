"""A real HTTP server on 127.0.0.1 for the fetch tests, with one route per behaviour under test.

It counts every request by path, so tests can assert how many attempts a fetch made (and that a
refused fetch never reached it). Paths carry a per-test key to keep counts apart.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections import Counter, defaultdict
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from ingest.settings import IngestSettings

FEED_BODY = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
FEED_ETAG = '"feed-v1"'
FEED_LAST_MODIFIED = "Mon, 27 Jan 2025 08:00:00 GMT"
LATIN1_BODY = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Café à Paris</title></rss>'


class ServerState:
    """What the handlers share: request counts, slow-route gates, concurrency observations."""

    def __init__(self) -> None:
        self.lock = threading.Condition()
        self.hits: Counter[str] = Counter()
        self.gates: defaultdict[str, threading.Event] = defaultdict(threading.Event)
        self.arrivals: Counter[str] = Counter()
        self.in_flight: Counter[str] = Counter()
        self.max_in_flight: Counter[str] = Counter()

    def count(self, path: str) -> int:
        with self.lock:
            self.hits[path] += 1
            return self.hits[path]

    def release(self, key: str) -> None:
        with self.lock:
            self.gates[key].set()

    def gate(self, key: str) -> threading.Event:
        with self.lock:
            return self.gates[key]


class Handler(BaseHTTPRequestHandler):
    server: LoopbackServer

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep pytest output clean

    def do_GET(self) -> None:
        state = self.server.state
        url = urlsplit(self.path)
        attempt = state.count(url.path)
        parts = url.path.strip("/").split("/")
        route = getattr(self, f"route_{parts[0].replace('-', '_')}", None)
        if route is None:
            self.reply(404, b"no such route")
            return
        route(parts[1:], parse_qs(url.query), attempt)

    def reply(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        all_headers = {"Content-Length": str(len(body)), "Content-Type": "text/plain"}
        all_headers.update(headers or {})
        for name, value in all_headers.items():
            if value:  # an empty value drops the header
                self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def route_feed(self, _parts: list[str], _query: dict[str, list[str]], _attempt: int) -> None:
        validators = {"ETag": FEED_ETAG, "Last-Modified": FEED_LAST_MODIFIED}
        if (
            self.headers.get("If-None-Match") == FEED_ETAG
            or self.headers.get("If-Modified-Since") == FEED_LAST_MODIFIED
        ):
            self.reply(304, b"", {**validators, "Content-Length": "", "Content-Type": ""})
            return
        ctype = "application/rss+xml; charset=utf-8"
        self.reply(200, FEED_BODY, {**validators, "Content-Type": ctype})

    def route_redirect(self, parts: list[str], _query: dict[str, list[str]], _att: int) -> None:
        # /redirect/<key>/<n>: n hops, alternating path-relative and absolute-path Locations.
        key, hops = parts[0], int(parts[1])
        if hops == 0:
            self.reply(302, b"", {"Location": "/feed"})
        elif hops % 2:
            self.reply(301, b"", {"Location": str(hops - 1)})
        else:
            self.reply(307, b"", {"Location": f"/redirect/{key}/{hops - 1}"})

    def route_loop(self, parts: list[str], _query: dict[str, list[str]], _attempt: int) -> None:
        self.reply(302, b"", {"Location": f"/loop/{parts[0]}"})

    def route_to(self, _parts: list[str], query: dict[str, list[str]], _attempt: int) -> None:
        self.reply(302, b"", {"Location": query["url"][0]})

    def route_no_location(self, _p: list[str], _q: dict[str, list[str]], _a: int) -> None:
        self.reply(302, b"")

    def route_slow(self, parts: list[str], _query: dict[str, list[str]], _attempt: int) -> None:
        # Blocks until the test releases it (or 10 s pass), so timeouts fire without races.
        self.server.state.gate(parts[0]).wait(timeout=10)
        self.reply(200, b"late")

    def route_flaky(self, parts: list[str], _query: dict[str, list[str]], attempt: int) -> None:
        failures = int(parts[1])
        if attempt <= failures:
            self.reply(500, b"oops")
        else:
            self.reply(200, b"recovered")

    def route_status(self, parts: list[str], _query: dict[str, list[str]], _attempt: int) -> None:
        self.reply(int(parts[1]), b"status")

    def route_retry_after(self, parts: list[str], _q: dict[str, list[str]], attempt: int) -> None:
        if attempt == 1:
            self.reply(429, b"slow down", {"Retry-After": parts[1]})
        else:
            self.reply(200, b"thanks")

    def route_retry_date(self, parts: list[str], _q: dict[str, list[str]], attempt: int) -> None:
        # /retry-date/<key>/<offset seconds>: Retry-After as an HTTP date, offset from now.
        if attempt == 1:
            when = formatdate(time.time() + int(parts[1]), usegmt=True)
            self.reply(503, b"maintenance", {"Retry-After": when})
        else:
            self.reply(200, b"back")

    def route_bare_304(
        self, _parts: list[str], _query: dict[str, list[str]], _attempt: int
    ) -> None:
        # A 304 that repeats no validator, as some servers send.
        self.reply(304, b"", {"Content-Length": "", "Content-Type": ""})

    def route_big(self, parts: list[str], _query: dict[str, list[str]], _attempt: int) -> None:
        # /big/<key>/<n>[/stream]: n bytes, with Content-Length unless "stream" (close-delimited).
        body = b"x" * int(parts[1])
        if len(parts) > 2:
            self.send_response(200)
            self.end_headers()
            self.wfile.write(body)
        else:
            self.reply(200, body)

    def route_gzip(self, parts: list[str], _query: dict[str, list[str]], _attempt: int) -> None:
        raw = FEED_BODY if not parts else b"\0" * int(parts[0])
        self.reply(200, gzip.compress(raw), {"Content-Encoding": "gzip"})

    def route_bad_gzip(self, _p: list[str], _q: dict[str, list[str]], _a: int) -> None:
        self.reply(200, b"this is not gzip at all", {"Content-Encoding": "gzip"})

    def route_latin1(self, _parts: list[str], _query: dict[str, list[str]], _attempt: int) -> None:
        ctype = "application/xml; charset=ISO-8859-1"
        self.reply(200, LATIN1_BODY.encode("iso-8859-1"), {"Content-Type": ctype})

    def route_ua(self, _parts: list[str], _query: dict[str, list[str]], _attempt: int) -> None:
        self.reply(200, self.headers.get("User-Agent", "").encode())

    def route_garbage(self, _parts: list[str], _query: dict[str, list[str]], _attempt: int) -> None:
        self.wfile.write(b"THIS IS NOT HTTP\r\n\r\n")
        self.close_connection = True

    def route_concurrent(self, parts: list[str], _q: dict[str, list[str]], _a: int) -> None:
        # Waits (bounded) for company, so requests that are allowed to overlap do overlap.
        key, company = parts[0], int(parts[1])
        state = self.server.state
        with state.lock:
            # Requests go in groups of `company` by arrival order; the arrival count only grows,
            # so a request that was let through cannot be held back by one leaving early.
            ticket = state.arrivals[key]
            state.arrivals[key] += 1
            state.in_flight[key] += 1
            state.max_in_flight[key] = max(state.max_in_flight[key], state.in_flight[key])
            state.lock.notify_all()
            group_end = (ticket // company + 1) * company
            state.lock.wait_for(lambda: state.arrivals[key] >= group_end, timeout=float(parts[2]))
            state.in_flight[key] -= 1
        self.reply(200, b"done")


class LoopbackServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.state = ServerState()

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients hanging up early (size cap, timeouts) are expected here, not worth a traceback.
        pass

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        return f"{self.base}{path}"


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
