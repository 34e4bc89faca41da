"""The `riskgraph` command: every package registers its own commands here."""

from __future__ import annotations

import logging

import typer

from api import commands as api_commands
from graph import cli as graph_cli
from ingest import cli as ingest_cli
from ingest.extract import cli as extract_cli

app = typer.Typer(
    name="riskgraph",
    help="Trace geopolitical AI risk: news feeds into an evidence-backed graph, served as GraphQL.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)


@app.callback()
def main(verbose: bool = typer.Option(False, "--verbose", "-v", help="Debug logging.")) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO, format="%(message)s")


graph_cli.register(app)
ingest_cli.register(app)
extract_cli.register(app)
api_commands.register(app)


if __name__ == "__main__":
    app()
