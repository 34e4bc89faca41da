"""Write a subgraph as GraphML, GEXF or JSON, for Gephi, yEd, Cytoscape or scripts."""

from __future__ import annotations

import io
import json
from typing import Literal

import networkx as nx

from graph.analytics import to_networkx
from graph.views import Subgraph

ExportFormat = Literal["graphml", "gexf", "json"]
FORMATS: tuple[ExportFormat, ...] = ("graphml", "gexf", "json")


def export_subgraph(subgraph: Subgraph, fmt: ExportFormat) -> bytes:
    """The subgraph in the given format, nodes and edges in a stable order."""
    if fmt == "json":
        document = {
            "truncated": subgraph.truncated,
            "nodes": [n.model_dump() for n in sorted(subgraph.nodes, key=lambda n: n.id)],
            "edges": [e.model_dump() for e in sorted(subgraph.edges, key=lambda e: e.id)],
        }
        return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True).encode()
    graph = to_networkx(subgraph)
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(graph, buffer, encoding="utf-8")
    elif fmt == "gexf":
        nx.write_gexf(graph, buffer, encoding="utf-8")
    else:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return buffer.getvalue()
