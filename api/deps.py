"""FastAPI dependencies: the app's store and settings, the caller, and the GraphQL context."""

from __future__ import annotations

from fastapi import Header, Request

from api.graphql.context import Context, IngestNow
from api.security import BadApiKey, Principal, authenticate, presented_key
from api.settings import ApiSettings
from graph.store import GraphStore


def get_store(request: Request) -> GraphStore:
    store: GraphStore = request.app.state.store
    return store


def get_settings(request: Request) -> ApiSettings:
    settings: ApiSettings = request.app.state.settings
    return settings


class Unauthenticated(Exception):
    """No valid key where one is needed: answered 401 before any GraphQL runs (see app.py)."""


def _wants_ide(request: Request) -> bool:
    """A browser opening GraphiQL: the page itself reveals nothing and takes the key later."""
    return (
        request.method == "GET"
        and "text/html" in request.headers.get("accept", "")
        and "query" not in request.query_params
    )


def get_principal(
    request: Request,
    authorization: str | None = Header(default=None),
    x_api_key: str | None = Header(default=None),
) -> Principal:
    settings = get_settings(request)
    try:
        principal = authenticate(presented_key(authorization, x_api_key), settings.api_keys)
    except BadApiKey as exc:
        raise Unauthenticated(str(exc)) from exc
    if settings.read_requires_key and not principal.can_read and not _wants_ide(request):
        raise Unauthenticated("this server needs an API key: send 'Authorization: Bearer <key>'")
    return principal


async def get_context(
    request: Request,
    authorization: str | None = Header(default=None),
    x_api_key: str | None = Header(default=None),
) -> Context:
    """A fresh context per request: new loaders, so nothing is cached across requests."""
    ingest_now: IngestNow | None = request.app.state.ingest_now
    return Context(
        store=get_store(request),
        principal=get_principal(request, authorization, x_api_key),
        settings=get_settings(request),
        ingest_now=ingest_now,
    )
