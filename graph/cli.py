"""Graph commands: `riskgraph store ...`, `export`, `paths` and `central`."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from graph.analytics import centrality, to_networkx
from graph.cypher.store import CypherGraphStore
from graph.engines.embedded import EmbeddedServer
from graph.errors import GraphError, NotFound
from graph.export import FORMATS, export_subgraph
from graph.factory import open_store
from graph.model import ActorKind
from graph.paths import find_paths
from graph.settings import get_settings
from graph.store import TimeWindow
from graph.views import Subgraph

T = TypeVar("T")

store_app = typer.Typer(help="Inspect and manage the graph store.", no_args_is_help=True)
console = Console()
errors = Console(stderr=True)


def with_store(action: Callable[[CypherGraphStore], Awaitable[T]]) -> T:
    """Run one action on the configured store; graph errors end the command with a message."""

    async def run() -> T:
        async with open_store(get_settings()) as store:
            return await action(store)

    try:
        return asyncio.run(run())
    except GraphError as exc:
        errors.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc


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

    table = Table("kind", "count")
    for kind, count in sorted(with_store(lambda store: store.counts()).items()):
        table.add_row(kind, str(count))
    console.print(table)


@store_app.command("stop")
def stop(force: bool = typer.Option(False, help="Stop even if other processes use it.")) -> None:
    """Stop the embedded server of the data directory (data is kept on disk)."""
    stopped = EmbeddedServer(get_settings().data_dir).stop(force=force)
    console.print("stopped" if stopped else "not stopped: not running, or still in use (--force)")


def export(  # keyword-only: Typer passes options by name
    *,
    fmt: Annotated[str, typer.Option("--format", "-f", help="graphml, gexf or json.")] = "graphml",
    seeds: Annotated[
        list[str] | None, typer.Option("--seed", help="Export around these ids (repeatable).")
    ] = None,
    depth: Annotated[int, typer.Option(min=1, max=3, help="Hops around the seeds.")] = 2,
    max_nodes: Annotated[
        int, typer.Option(min=1, help="Node budget; the export says if cut.")
    ] = 5000,
    as_of: Annotated[
        str | None, typer.Option(help="Only what had been reported by this date.")
    ] = None,
    include_articles: Annotated[bool, typer.Option(help="Also export articles and feeds.")] = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File (default: stdout).")
    ] = None,
) -> None:
    """Write the graph, or the subgraph around seeds, as GraphML, GEXF or JSON."""
    if fmt not in FORMATS:
        errors.print(f"[red]error:[/red] unknown format {fmt!r}; choose {', '.join(FORMATS)}")
        raise typer.Exit(2)
    if as_of is not None:
        try:
            datetime.fromisoformat(as_of)
        except ValueError:
            errors.print(f"[red]error:[/red] --as-of {as_of!r} is not an ISO-8601 date")
            raise typer.Exit(2) from None

    async def load(store: CypherGraphStore) -> Subgraph:
        # An unknown seed would silently export nothing around it: say so instead.
        for seed, node in zip(seeds or (), await store.get_nodes(seeds or []), strict=True):
            if node is None:
                raise NotFound("node", seed)
        return await store.subgraph(
            seed_ids=seeds or None,
            depth=depth,
            max_nodes=max_nodes,
            window=TimeWindow(as_of=as_of),
            include_articles=include_articles,
        )

    subgraph = with_store(load)
    data = export_subgraph(subgraph, fmt)  # narrowed by the check above
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        output.write_bytes(data)
        note = " (truncated at the node budget)" if subgraph.truncated else ""
        errors.print(f"wrote {len(subgraph.nodes)} nodes, {len(subgraph.edges)} edges{note}")


def paths(
    from_id: Annotated[str, typer.Argument(help="Start node id, e.g. company:deepseek.")],
    to_id: Annotated[str, typer.Argument(help="End node id.")],
    k: Annotated[int, typer.Option(min=1, max=20, help="How many paths.")] = 3,
    max_hops: Annotated[int, typer.Option(min=1, max=6, help="Longest path, in hops.")] = 4,
    exclude_kind: Annotated[
        list[str] | None, typer.Option(help="Never pass through these kinds.")
    ] = None,
) -> None:
    """Show how two nodes are linked, best paths first, with each hop's evidence."""
    found = with_store(
        lambda store: find_paths(
            store, from_id, to_id, k=k, max_hops=max_hops, exclude_kinds=exclude_kind or ()
        )
    )
    if not found:
        console.print(f"no path of at most {max_hops} hops")
    for rank, path in enumerate(found, 1):
        console.print(
            f"[bold]{rank}.[/bold] score {path.score:.2f}: "
            + " - ".join(n.name for n in path.nodes)
        )
        for hop in path.edges:
            console.print(f"   {hop.edge.type} ({hop.edge.source_id} -> {hop.edge.target_id})")
            for ev in hop.evidence[:2]:
                console.print(f'      "{ev.sentence}" [dim]({ev.article_title})[/dim]')


def central(
    kind: Annotated[
        list[ActorKind] | None, typer.Option(help="Only these kinds (repeatable).")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, max=500)] = 20,
) -> None:
    """The most central entities (betweenness, then degree) of the graph."""
    subgraph = with_store(lambda store: store.subgraph(max_nodes=20_000))
    table = Table("id", "name", "kind", "betweenness", "degree")
    kinds = {k.value for k in kind or ()} or None
    for node in centrality(to_networkx(subgraph), kinds=kinds, limit=limit):
        table.add_row(
            node.node_id, node.name, node.kind, f"{node.betweenness:.3f}", f"{node.degree:.3f}"
        )
    console.print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(store_app, name="store")
    app.command("export")(export)
    app.command("paths")(paths)
    app.command("central")(central)
