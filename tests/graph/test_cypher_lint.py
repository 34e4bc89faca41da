"""Every statement the Neo4j engine can send passes Neo4j's own Cypher front end.

Neo4j cannot run here, so its parser and semantic analyser (the npm package
@neo4j-cypher/language-support, run with node) stand in for the server's compile step. Any
diagnostic, warning or error, fails the test.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from graph.cypher.dialect import FALKORDB, NEO4J
from graph.cypher.queries import Statement, all_statements
from graph.model import ActorKind, FactKind, RelType

LINT_DIR = Path(__file__).resolve().parent.parent / "cypher_lint"
LABELS = sorted(
    {"Node", "Entity", "Fact", "Article", "Feed", "Evidence", "MergeRecord"}
    | {k.value for k in ActorKind}
    | {k.value for k in FactKind}
)


def lint(statements: list[Statement], tmp_path: Path) -> dict[str, list[dict[str, object]]]:
    if shutil.which("node") is None or not (LINT_DIR / "node_modules").is_dir():
        pytest.fail("node and tests/cypher_lint/node_modules are required: run scripts/setup")
    request = tmp_path / "statements.json"
    request.write_text(
        json.dumps(
            {
                "labels": LABELS,
                "relationshipTypes": [r.value for r in RelType],
                "statements": [{"name": s.name, "text": s.text} for s in statements],
            }
        )
    )
    done = subprocess.run(
        ["node", str(LINT_DIR / "lint.mjs"), str(request)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return {r["name"]: r["diagnostics"] for r in json.loads(done.stdout)}


def test_every_neo4j_statement_passes_neo4j_front_end(tmp_path: Path) -> None:
    statements = list(all_statements(NEO4J))
    names = [s.name for s in statements]
    assert len(names) == len(set(names)), "statement names must be unique"
    # Every template variant is there: one per actor kind, fact kind and relation type.
    assert {f"upsert_actors[{k.value}]" for k in ActorKind} <= set(names)
    assert {f"upsert_relations[{r.value}]" for r in RelType} <= set(names)
    diagnostics = lint(statements, tmp_path)
    assert set(diagnostics) == set(names)
    failing = {name: found for name, found in diagnostics.items() if found}
    assert failing == {}


def test_the_linter_rejects_what_neo4j_would(tmp_path: Path) -> None:
    # The check has teeth: broken Cypher, unknown labels and FalkorDB-only procedures fail.
    falkordb_search = next(s for s in all_statements(FALKORDB) if s.name == "search")
    bad = [
        Statement("typo", "MATCH (n:Node) RETRN n"),
        Statement("unknown_label", "MATCH (n:Nodes) RETURN n"),
        Statement("falkordb_search", falkordb_search.text),
    ]
    diagnostics = lint(bad, tmp_path)
    assert all(diagnostics[s.name] for s in bad), diagnostics
