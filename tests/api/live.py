"""A real uvicorn server on 127.0.0.1 (port chosen by the OS) in a background thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI

from api.security import ApiKey, new_key

READ_KEY, READ_ENTRY = new_key("read")
WRITE_KEY, WRITE_ENTRY = new_key("write")
KEYS: tuple[ApiKey, ...] = (READ_ENTRY, WRITE_ENTRY)


@contextmanager
def live_server(app: FastAPI) -> Iterator[str]:
    """Run the app (lifespan included) and yield its base URL; stop it on exit."""
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the API server did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


class GraphQLClient:
    """POSTs GraphQL over HTTP; returns the decoded JSON body whatever the status."""

    def __init__(self, base_url: str) -> None:
        self.http = httpx.Client(base_url=base_url, timeout=60)

    def __call__(
        self,
        query: str,
        variables: dict[str, Any] | None = None,
        *,
        key: str | None = None,
        operation: str | None = None,
    ) -> dict[str, Any]:
        response = self.raw(query, variables, key=key, operation=operation)
        body: dict[str, Any] = response.json()
        return body

    def raw(
        self,
        query: str,
        variables: dict[str, Any] | None = None,
        *,
        key: str | None = None,
        operation: str | None = None,
    ) -> httpx.Response:
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        payload: dict[str, Any] = {"query": query, "variables": variables or {}}
        if operation:
            payload["operationName"] = operation
        return self.http.post("/graphql", json=payload, headers=headers)

    def data(self, query: str, variables: dict[str, Any] | None = None, **kw: Any) -> Any:
        body = self(query, variables, **kw)
        assert "errors" not in body, body.get("errors")
        return body["data"]

    def error(self, query: str, variables: dict[str, Any] | None = None, **kw: Any) -> Any:
        body = self(query, variables, **kw)
        assert body.get("errors"), body
        return body["errors"][0]

    def close(self) -> None:
        self.http.close()
