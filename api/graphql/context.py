"""The typed per-request context: the store, fresh loaders, the caller and the API's limits."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeAlias

import strawberry
from strawberry.fastapi import BaseContext

from api.graphql.errors import Forbidden
from api.graphql.loaders import Loaders, make_loaders
from api.security import Principal
from api.settings import ApiSettings
from graph.store import GraphStore

# Fetches and ingests one feed (by id) now; provided by the ingestion package when wired in.
# What it returns is ignored: the mutation answers with the feed status stored in the graph.
IngestNow: TypeAlias = Callable[[GraphStore, str], Awaitable[object]]


class Context(BaseContext):
    def __init__(
        self,
        *,
        store: GraphStore,
        principal: Principal,
        settings: ApiSettings,
        ingest_now: IngestNow | None,
    ) -> None:
        super().__init__()
        self.store = store
        self.loaders: Loaders = make_loaders(store)
        self.principal = principal
        self.settings = settings
        self.ingest_now = ingest_now

    def require_write(self) -> None:
        if not self.principal.can_write:
            raise Forbidden("this mutation needs an API key with the write role")


Info: TypeAlias = strawberry.Info[Context, None]
