"""Exports re-read by networkx, and the export/paths/central commands end to end."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from api.cli import app
from graph.cypher.store import CypherGraphStore
from graph.engines.embedded import EmbeddedServer
from graph.export import export_subgraph
from graph.factory import open_store
from graph.settings import Settings, get_settings
from tests.graph.builders import DEEPSEEK
from tests.graph.cases import TIKTOK, cases_batch


async def test_graphml_and_gexf_round_trip(store: CypherGraphStore, tmp_path: Path) -> None:
    await store.upsert(cases_batch())
    subgraph = await store.subgraph()
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = tmp_path / f"graph.{fmt}"
        path.write_bytes(export_subgraph(subgraph, fmt))  # type: ignore[arg-type]
        graph = reader(path)
        assert graph.number_of_nodes() == len(subgraph.nodes)
        assert graph.number_of_edges() == len(subgraph.edges)
        assert graph.nodes[DEEPSEEK.id]["kind"] == "Company"
        assert json.loads(graph.nodes[DEEPSEEK.id]["aliases"]) == ["Deepseek"]
    document = json.loads(export_subgraph(subgraph, "json"))
    assert len(document["nodes"]) == len(subgraph.nodes)
    assert document["truncated"] is False


@pytest.fixture
def cli_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data_dir = tmp_path / "cli-data"
    monkeypatch.setenv("RISKGRAPH_DATA_DIR", str(data_dir))
    get_settings.cache_clear()

    async def fill() -> None:
        async with open_store(Settings(data_dir=data_dir)) as store:
            await store.upsert(cases_batch())

    asyncio.run(fill())
    yield data_dir
    get_settings.cache_clear()
    assert EmbeddedServer(data_dir).status() is None, "every command stops the engine it started"


def test_cli_export_paths_central(cli_data: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "out.gexf"
    result = runner.invoke(app, ["export", "--format", "gexf", "--seed", TIKTOK.id, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert TIKTOK.id in nx.read_gexf(out)
    result = runner.invoke(app, ["paths", TIKTOK.id, DEEPSEEK.id, "--k", "1"])
    assert result.exit_code == 0, result.output
    assert "TikTok ban - DeepSeek distillation" in result.output
    assert "outre-Atlantique" in result.output
    result = runner.invoke(app, ["central", "--kind", "Country", "--limit", "1"])
    assert result.exit_code == 0, result.output
    assert "country:china" in result.output


def test_cli_errors_are_messages_not_tracebacks(cli_data: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["paths", TIKTOK.id, "company:nobody"])
    assert result.exit_code == 1
    assert "no node with id 'company:nobody'" in result.output
    result = runner.invoke(app, ["export", "--format", "svg"])
    assert result.exit_code == 2
    assert "unknown format" in result.output
    result = runner.invoke(app, ["export", "--seed", "company:nobody"])
    assert result.exit_code == 1
    assert "no node with id 'company:nobody'" in result.output
    result = runner.invoke(app, ["export", "--as-of", "last tuesday"])
    assert result.exit_code == 2
    assert "not an ISO-8601 date" in result.output
