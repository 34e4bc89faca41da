"""`riskgraph serve` and `riskgraph apikey new`."""

from __future__ import annotations

import typer
import uvicorn

from api.security import Role, new_key

apikey_app = typer.Typer(help="Create API keys (only their hashes go in the settings).")


def serve(
    host: str | None = typer.Option(None, help="Interface to listen on (RISKGRAPH_HOST)."),
    port: int | None = typer.Option(None, help="Port to listen on (RISKGRAPH_PORT)."),
) -> None:
    """Run the GraphQL API (GraphiQL at /graphql, /healthz, /readyz, /metrics)."""
    from api.app import create_app  # noqa: PLC0415  (keeps `riskgraph --help` fast)
    from api.settings import get_api_settings  # noqa: PLC0415
    from ingest.service import ingest_feed_now  # noqa: PLC0415

    settings = get_api_settings()
    uvicorn.run(
        create_app(settings, ingest_now=ingest_feed_now),
        host=host or settings.host,
        port=settings.port if port is None else port,
        log_level="info",
    )


@apikey_app.command("new")
def apikey_new(
    role: str = typer.Option("read", help="read or write (write can also read)."),
) -> None:
    """Print a new key (give it to the client) and its hash line (for RISKGRAPH_API_KEYS)."""
    if role not in ("read", "write"):
        raise typer.BadParameter("role must be 'read' or 'write'")
    chosen: Role = "write" if role == "write" else "read"
    key, entry = new_key(chosen)
    typer.echo(f"key: {key}")
    typer.echo(f"RISKGRAPH_API_KEYS entry: {entry.line()}")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.add_typer(apikey_app, name="apikey")
