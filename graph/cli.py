"""`riskgraph store ...`: inspect and manage the configured store."""

from __future__ import annotations

import asyncio

import typer
from rich.console import Console
from rich.table import Table

from graph.engines.embedded import EmbeddedServer
from graph.factory import open_store
from graph.settings import get_settings

store_app = typer.Typer(help="Inspect and manage the graph store.", no_args_is_help=True)
console = Console()


@store_app.command("status")
def status() -> None:
    """Show the configured engine and whether the embedded server is running."""
    settings = get_settings()
    if settings.store == "neo4j":
        console.print(f"engine: neo4j at {settings.neo4j_uri} (database {settings.neo4j_database})")
        return
    info = EmbeddedServer(settings.data_dir).status()
    where = f"running, pid {info.pid}, socket {info.socket}" if info else "not running"
    console.print(f"engine: embedded FalkorDB in {settings.data_dir} ({where})")


@store_app.command("stats")
def stats() -> None:
    """Count nodes of each kind."""

    async def run() -> dict[str, int]:
        async with open_store(get_settings()) as store:
            return await store.counts()

    table = Table("kind", "count")
    for kind, count in sorted(asyncio.run(run()).items()):
        table.add_row(kind, str(count))
    console.print(table)


@store_app.command("stop")
def stop(force: bool = typer.Option(False, help="Stop even if other processes use it.")) -> None:
    """Stop the embedded server of the data directory (data is kept on disk)."""
    stopped = EmbeddedServer(get_settings().data_dir).stop(force=force)
    console.print("stopped" if stopped else "not stopped: not running, or still in use (--force)")


def register(app: typer.Typer) -> None:
    app.add_typer(store_app, name="store")
