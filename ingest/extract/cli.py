"""`riskgraph eval`: score extraction against a gold set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ingest.extract.evaluate import CATEGORIES, GoldError, Report, evaluate, load_gold
from ingest.extract.factory import make_extractor
from ingest.extract.llm import LLMError

console = Console()


def _table(report: Report) -> Table:
    data = report.as_dict()
    by_lang: dict[str, dict[str, dict[str, float]]] = data["by_lang"]  # type: ignore[assignment]
    table = Table("facts", "scope", "precision", "recall", "F1", "tp/fp/fn")
    for category in CATEGORIES:
        rows = [("all", data[category])] + [(lang, s[category]) for lang, s in by_lang.items()]
        for scope, raw in rows:
            score: dict[str, float] = raw  # type: ignore[assignment]
            table.add_row(
                category if scope == "all" else "",
                scope,
                f"{score['precision']:.3f}",
                f"{score['recall']:.3f}",
                f"{score['f1']:.3f}",
                f"{score['tp']:g}/{score['fp']:g}/{score['fn']:g}",
            )
    return table


def eval_command(
    gold: Annotated[Path, typer.Option("--gold", help="Gold articles, one JSON per line.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    extractor: Annotated[str, typer.Option(help="rules (offline) or llm.")] = "rules",
    errors: Annotated[
        bool, typer.Option("--errors", help="Also list, per article, what was missed or wrong.")
    ] = False,
) -> None:
    """Run extraction on gold articles; print precision, recall and F1 per fact and language."""
    if extractor not in {"rules", "llm"}:
        raise typer.BadParameter("must be 'rules' or 'llm'", param_hint="--extractor")
    try:
        articles = load_gold(gold)
        chosen = make_extractor("llm" if extractor == "llm" else "rules")
        report = evaluate(articles, chosen.extract_many)
    except (GoldError, LLMError) as err:
        console.print(f"[red]error:[/red] {err}")
        raise typer.Exit(code=2) from err
    if as_json:
        data = report.as_dict()
        if errors:
            data["errors"] = report.errors()
        typer.echo(json.dumps(data, ensure_ascii=False))
        return
    console.print(f"{report.articles} gold articles, extractor {chosen.name} {chosen.version}")
    console.print(_table(report))
    if errors:
        _print_errors(report)


def _print_errors(report: Report) -> None:
    for article, categories in report.errors().items():
        if not categories:
            continue
        console.print(f"[bold]{article}[/bold]", highlight=False)
        for category, found in categories.items():
            for label, items in (("missed", found["missed"]), ("spurious", found["spurious"])):
                for item in items:
                    console.print(
                        f"  {category:<13} {label:<8} {item}", highlight=False, markup=False
                    )


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)
