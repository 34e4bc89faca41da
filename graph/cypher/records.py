"""Rows from the engines become typed views here, and domain objects become rows here."""

from __future__ import annotations

import json
from typing import Any

from graph.engines.base import Row
from graph.model import Feed, FeedStatus
from graph.views import EdgeView, EvidenceView, NodeView

_FEED_STATUS_FIELDS = tuple(FeedStatus.model_fields)
# Stored evidence also has bookkeeping (fingerprint, target_type, ingested_at) the view omits.
_EVIDENCE_FIELDS = frozenset(EvidenceView.model_fields) - {"article_title", "article_url"}


def node_view(props: dict[str, Any]) -> NodeView:
    group = props.get("group", "Entity")
    name = props.get("name") or props.get("label") or props.get("title") or props["id"]
    return NodeView(
        id=props["id"], group=group, kind=props.get("kind", group), name=str(name), props=props
    )


def edge_view(row: Row) -> EdgeView:
    return EdgeView(
        id=row["id"],
        type=row["type"],
        source_id=row["source"],
        target_id=row["target"],
        props=row.get("props") or {},
    )


def evidence_view(row: Row) -> EvidenceView:
    props = {k: v for k, v in row["props"].items() if k in _EVIDENCE_FIELDS}
    return EvidenceView(
        **props, article_title=row.get("article_title"), article_url=row.get("article_url")
    )


def compact(props: dict[str, Any]) -> dict[str, Any]:
    """Drop None values: `SET n += {k: null}` would delete a property the store already has."""
    return {k: v for k, v in props.items() if v is not None}


def feed_row(feed: Feed) -> dict[str, Any]:
    return {
        "id": feed.id,
        "url": feed.url,
        "title": feed.title,
        "lang": feed.lang,
        "interval_minutes": feed.interval_minutes,
        "added_at": feed.added_at,
    }


def feed_status_props(status: FeedStatus) -> dict[str, Any]:
    # Null values are written on purpose here: a success clears the previous error.
    return {f"status_{k}": v for k, v in status.model_dump().items()}


def feed_from_props(props: dict[str, Any]) -> Feed:
    status = FeedStatus(
        **{
            k: props[f"status_{k}"]
            for k in _FEED_STATUS_FIELDS
            if props.get(f"status_{k}") is not None
        }
    )
    return Feed(
        url=props["url"],
        title=props.get("title") or "",
        lang=props.get("lang"),
        interval_minutes=int(props.get("interval_minutes") or 15),
        added_at=props.get("added_at") or "",
        status=status,
    )


def dump_json(value: Any) -> str:
    """Nested structures are stored as JSON text: neither engine stores lists of maps."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def load_json(text: str | None) -> Any:
    return json.loads(text) if text else None
