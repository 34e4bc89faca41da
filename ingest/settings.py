"""Ingestion settings, read from the environment (prefix RISKGRAPH_), never at import time."""

from __future__ import annotations

import ipaddress
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_USER_AGENT = "RiskGraph/0.1 (+https://github.com/riskgraph/riskgraph)"
_HOSTNAME = re.compile(
    r"^(?=.{1,253}$)[a-z0-9_]([a-z0-9_\-]{0,62})(\.[a-z0-9_]([a-z0-9_\-]{0,62}))*$"
)


class IngestSettings(BaseSettings):
    """Fetching (and, later, feed) configuration. Tests build their own instance."""

    model_config = SettingsConfigDict(env_prefix="RISKGRAPH_", env_file=None, extra="ignore")

    fetch_connect_timeout_s: float = Field(default=10.0, gt=0)
    fetch_read_timeout_s: float = Field(default=30.0, gt=0)
    fetch_total_timeout_s: float = Field(default=120.0, gt=0)
    fetch_max_bytes: int = Field(default=10 * 1024 * 1024, gt=0)
    fetch_user_agent: str = Field(default=DEFAULT_USER_AGENT, min_length=1)
    fetch_max_redirects: int = Field(default=5, ge=0)
    fetch_retries: int = Field(default=3, ge=0)
    fetch_backoff_base_s: float = Field(default=0.5, ge=0)
    fetch_backoff_cap_s: float = Field(default=30.0, ge=0)
    # Extra CA certificates (PEM) trusted on top of certifi's public set, e.g. an intranet CA.
    fetch_ca_bundle: Path | None = None
    fetch_per_host_concurrency: int = Field(default=2, ge=1)
    fetch_concurrency: int = Field(default=16, ge=1)
    # Hosts or networks exempt from SSRF blocking (intranet feeds): "intranet.example,10.0.0.0/8".
    allow_private: Annotated[list[str], NoDecode] = Field(default_factory=list)

    # Ingestion runs (riskgraph ingest / schedule).
    fetch_article_pages: bool = True  # fetch the page when a feed item is only a teaser
    extract_batch_size: int = Field(default=8, ge=1, le=256)  # articles extracted together
    max_items_per_feed: int = Field(default=500, ge=1)  # per fetch: a runaway feed cannot flood
    max_concurrent_feeds: int = Field(default=4, ge=1, le=64)
    schedule_jitter_s: float = Field(default=30.0, ge=0)  # spread feeds' start times

    @field_validator("allow_private", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        # Accept a comma-separated string (the natural env form) or a JSON list.
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                return json.loads(text)
            return [part for part in (p.strip() for p in text.split(",")) if part]
        return value

    @field_validator("allow_private")
    @classmethod
    def _valid_entries(cls, value: list[str]) -> list[str]:
        cleaned: list[str] = []
        for entry in value:
            item = entry.strip().lower().rstrip(".")
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError:
                if not _HOSTNAME.match(item):
                    raise ValueError(
                        f"RISKGRAPH_ALLOW_PRIVATE entry {entry!r} is neither a host name, "
                        "an IP address nor a CIDR network"
                    ) from None
            cleaned.append(item)
        return cleaned

    @field_validator("fetch_ca_bundle")
    @classmethod
    def _readable(cls, value: Path | None) -> Path | None:
        if value is not None and not value.expanduser().is_file():
            raise ValueError(f"RISKGRAPH_FETCH_CA_BUNDLE {value} is not a file")
        return value.expanduser().resolve() if value is not None else None


@lru_cache(maxsize=1)
def get_ingest_settings() -> IngestSettings:
    """The process-wide ingestion settings; tests build their own IngestSettings instead."""
    return IngestSettings()
