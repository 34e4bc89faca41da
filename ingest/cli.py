"""`riskgraph feeds ...`, `riskgraph ingest` and `riskgraph schedule`."""

from __future__ import annotations

import asyncio
import importlib
import signal
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from graph.errors import GraphError, NotFound
from graph.factory import open_store
from graph.model import Feed
from graph.settings import get_settings
from graph.store import GraphStore
from ingest.errors import IngestError
from ingest.extract.base import Extractor
from ingest.extract.factory import default_extractor
from ingest.feeds import (
    FeedConfigError,
    feeds_from_yaml,
    find_feed,
    normalize_source,
    sample_feed,
)
from ingest.jobs import FeedRunResult, IngestContext
from ingest.logs import configure_logging
from ingest.opml import read_opml
from ingest.runtime import job_options, lock_dir, open_fetcher, schedule_options
from ingest.scheduler import Scheduler, run_once

feeds_app = typer.Typer(help="Manage the feeds RiskGraph reads.", no_args_is_help=True)
out = Console()
err = Console(stderr=True)

JSON_LOGS = typer.Option(False, "--json-logs", help="One JSON object per log line.")
EXTRACTOR = typer.Option(
    None,
    "--extractor",
    help="Extractor as module:attribute (a class or instance); default: store articles only.",
)


def _fail(message: str) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}")
    return typer.Exit(code=1)


def _run(coro_fn: Callable[[], Any]) -> Any:
    try:
        return asyncio.run(coro_fn())
    except (GraphError, IngestError) as exc:
        raise _fail(str(exc)) from exc


@asynccontextmanager
async def _store() -> AsyncIterator[GraphStore]:
    async with open_store(get_settings()) as store:
        yield store


# -- feeds ---------------------------------------------------------------------------------


@feeds_app.command("add")
def feeds_add(
    source: str = typer.Argument(..., help="Feed URL, or path of a local feed file."),
    title: str = typer.Option("", help="Display name (default: the feed's own title)."),
    lang: str | None = typer.Option(None, help="Language of the feed (en, fr...)."),
    interval: int = typer.Option(15, min=1, help="Minutes between fetches."),
) -> None:
    """Add a feed (or update its settings)."""

    async def run() -> Feed:
        feed = Feed(url=normalize_source(source), title=title, lang=lang, interval_minutes=interval)
        async with _store() as store:
            await store.upsert_feeds([feed])
        return feed

    feed = _run(run)
    out.print(f"added {feed.id} {feed.url}")


@feeds_app.command("list")
def feeds_list() -> None:
    """Show the feeds and the outcome of their last fetch."""

    async def run() -> list[Feed]:
        async with _store() as store:
            return await store.list_feeds()

    table = Table("feed", "every", "last attempt / success", "http", "new", "seen", "error")
    for feed in _run(run):
        status = feed.status
        table.add_row(
            f"{feed.title or '(untitled)'}\n[dim]{feed.id}  {feed.url}[/dim]",
            f"{feed.interval_minutes} min",
            f"{status.last_attempt or '-'}\n{status.last_success or '-'}",
            str(status.http_status or "-"), str(status.items_new), str(status.items_seen),
            status.error or "",
        )  # fmt: skip
    out.print(table)


@feeds_app.command("remove")
def feeds_remove(ref: str = typer.Argument(..., help="Feed id, URL or path.")) -> None:
    """Remove a feed (its articles stay)."""

    async def run() -> Feed:
        async with _store() as store:
            feed = find_feed(await store.list_feeds(), ref)
            if feed is None:
                raise NotFound("Feed", ref)
            await store.remove_feed(feed.id)
            return feed

    out.print(f"removed {_run(run).id}")


@feeds_app.command("import-opml")
def feeds_import_opml(
    path: Annotated[Path, typer.Argument(help="OPML file from a feed reader.")],
) -> None:
    """Add every feed of an OPML file."""
    _import(lambda: read_opml(path))


@feeds_app.command("seed")
def feeds_seed(
    config: Annotated[
        Path | None, typer.Option(help="YAML feed list (default: the bundled one).")
    ] = None,
) -> None:
    """Add the feeds of a YAML config (by default RiskGraph's list of AI/policy/markets feeds)."""
    _import(lambda: feeds_from_yaml(config))


def _import(load: Callable[[], list[Feed]]) -> None:
    async def run() -> int:
        feeds = load()
        async with _store() as store:
            await store.upsert_feeds(feeds)
        return len(feeds)

    out.print(f"{_run(run)} feed(s) added or updated")


# -- ingest and schedule -------------------------------------------------------------------


def load_extractor(path: str | None) -> Extractor:
    """`module:attr` naming an Extractor class (instantiated) or instance."""
    if not path:
        return default_extractor()
    module_name, _, attr = path.partition(":")
    if not attr:
        raise _fail(f"--extractor must look like module:attribute, not {path!r}")
    try:
        target = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as exc:
        raise _fail(f"cannot load extractor {path!r}: {exc}") from exc
    extractor = target() if isinstance(target, type) else target
    if not callable(getattr(extractor, "extract_many", None)):
        raise _fail(f"{path!r} has no extract_many method")
    return extractor  # type: ignore[no-any-return]


async def _feeds_to_run(store: GraphStore, refs: list[str], sample: bool) -> list[Feed]:
    """The stored feeds, or those named; a URL or path named but not stored is added."""
    stored = await store.list_feeds()
    if not refs and not sample:
        return stored
    wanted = [sample_feed()] if sample else []
    for ref in refs:
        wanted.append(find_feed(stored, ref) or Feed(url=normalize_source(ref)))
    missing = [f for f in wanted if find_feed(stored, f.url) is None]
    if missing:
        await store.upsert_feeds(missing)
        stored = await store.list_feeds()
    chosen = [find_feed(stored, f.url) or f for f in wanted]
    return list({f.id: f for f in chosen}.values())


def _stop_on_signals(ctx: IngestContext) -> None:
    """First SIGTERM/SIGINT: finish the current items and stop. A second one kills at once
    (safe too: every write is idempotent and unfinished articles are redone)."""
    loop = asyncio.get_running_loop()

    def stop(sig: signal.Signals) -> None:
        ctx.stop.set()
        loop.remove_signal_handler(sig)

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop, sig)


@asynccontextmanager
async def _context(extractor: Extractor) -> AsyncIterator[IngestContext]:
    async with _store() as store, open_fetcher() as fetcher:
        ctx = IngestContext(
            store=store, fetcher=fetcher, extractor=extractor, options=job_options()
        )
        _stop_on_signals(ctx)
        yield ctx


def ingest_command(
    feed: Annotated[
        list[str] | None, typer.Option("--feed", help="Feed id, URL or path (repeatable).")
    ] = None,
    sample: bool = typer.Option(False, "--sample", help="Ingest the bundled offline sample feed."),
    json_logs: bool = JSON_LOGS,
    extractor: str | None = EXTRACTOR,
) -> None:
    """Fetch and ingest feeds once (all stored feeds unless --feed/--sample) and summarise."""
    configure_logging(json_logs=json_logs)
    chosen_extractor = load_extractor(extractor)

    async def run() -> list[FeedRunResult]:
        async with _context(chosen_extractor) as ctx:
            feeds = await _feeds_to_run(ctx.store, feed or [], sample)
            if not feeds:
                raise FeedConfigError(
                    "no feeds: add some with `riskgraph feeds add|seed` or use --sample"
                )
            with Progress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                TimeElapsedColumn(), console=err, transient=True, disable=json_logs,
            ) as progress:  # fmt: skip
                tasks = {f.id: progress.add_task(f.title or f.url, total=None) for f in feeds}

                def hook(feed_id: str, total: int | None) -> None:
                    if total is not None:
                        progress.update(tasks[feed_id], total=total)
                    else:
                        progress.advance(tasks[feed_id])

                ctx.progress = hook
                return await run_once(
                    ctx,
                    feeds,
                    lock_dir=lock_dir(),
                    max_concurrent=schedule_options().max_concurrent,
                )

    results: list[FeedRunResult] = _run(run)
    out.print(summary_table(results))
    if any(not r.ok for r in results):
        raise typer.Exit(code=2)


def summary_table(results: list[FeedRunResult]) -> Table:
    table = Table("feed", "new", "seen", "failed", "time", "status", title="ingestion summary")
    for r in results:
        state = "interrupted" if r.interrupted else (r.status.error or "ok")
        table.add_row(
            r.feed.title or r.feed.url, str(r.items_new), str(r.items_seen),
            str(r.items_failed), f"{r.seconds:.1f}s", state,
        )  # fmt: skip
    return table


def schedule_command(
    json_logs: bool = JSON_LOGS,
    extractor: str | None = EXTRACTOR,
) -> None:
    """Run every stored feed at its own interval until SIGTERM/SIGINT."""
    configure_logging(json_logs=json_logs)
    chosen_extractor = load_extractor(extractor)

    async def run() -> None:
        async with _context(chosen_extractor) as ctx:
            await Scheduler(ctx, schedule_options(), lock_dir=lock_dir()).run()

    _run(run)


def register(app: typer.Typer) -> None:
    app.add_typer(feeds_app, name="feeds")
    app.command("ingest")(ingest_command)
    app.command("schedule")(schedule_command)
