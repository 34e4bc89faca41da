"""The FastAPI app: GraphQL (with GraphiQL) at /graphql, health, readiness and metrics."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST
from strawberry.fastapi import GraphQLRouter

from api.deps import Unauthenticated, get_context, get_store
from api.graphql.build import build_schema
from api.graphql.context import IngestNow
from api.metrics import Metrics
from api.middleware import BodyLimit, HttpMetrics
from api.settings import ApiSettings
from graph.errors import GraphError
from graph.factory import open_store
from graph.settings import Settings, get_settings


def create_app(
    settings: ApiSettings,
    *,
    store_settings: Settings | None = None,
    ingest_now: IngestNow | None = None,
) -> FastAPI:
    """The app; the store is opened when it starts and closed when it stops."""
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with open_store(store_settings or get_settings()) as store:
            app.state.store = store
            yield

    app = FastAPI(title="RiskGraph", lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.ingest_now = ingest_now
    app.state.metrics = metrics

    schema = build_schema(settings, metrics)
    router: GraphQLRouter[object, None] = GraphQLRouter(
        schema,
        context_getter=get_context,
        graphql_ide="graphiql" if settings.graphiql else None,
    )
    app.include_router(router, prefix="/graphql")

    @app.exception_handler(Unauthenticated)
    async def unauthenticated(_: Request, exc: Exception) -> Response:
        # Shaped like a GraphQL error so clients report it like any other.
        body = {"errors": [{"message": str(exc), "extensions": {"code": "UNAUTHENTICATED"}}]}
        return JSONResponse(body, status_code=401, headers={"WWW-Authenticate": "Bearer"})

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz(request: Request) -> Response:
        try:
            await get_store(request).get_nodes(["readyz:probe"])
        except GraphError as exc:
            return JSONResponse({"status": "unavailable", "error": str(exc)}, status_code=503)
        return JSONResponse({"status": "ready"})

    @app.get("/metrics")
    async def metrics_endpoint() -> Response:
        return Response(metrics.render(), media_type=CONTENT_TYPE_LATEST)

    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type", "X-API-Key"],
        )
    # Added last, so it runs first: nothing reads an oversized body.
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(HttpMetrics, metrics=metrics)
    return app
