"""Settings shared by every RiskGraph process, read from the environment (prefix RISKGRAPH_)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Process configuration. Read once, through get_settings(), never at import time."""

    model_config = SettingsConfigDict(env_prefix="RISKGRAPH_", env_file=None, extra="ignore")

    store: Literal["embedded", "neo4j"] = "embedded"
    data_dir: Path = Path("./data")
    graph_name: str = Field(default="riskgraph", pattern=r"^[A-Za-z][A-Za-z0-9_\-]{0,63}$")
    query_timeout_s: float = Field(default=30.0, gt=0)
    engine_start_timeout_s: float = Field(default=20.0, gt=0)

    neo4j_uri: str | None = Field(
        default=None, validation_alias=AliasChoices("NEO4J_URI", "RISKGRAPH_NEO4J_URI")
    )
    neo4j_user: str = Field(
        default="neo4j", validation_alias=AliasChoices("NEO4J_USER", "RISKGRAPH_NEO4J_USER")
    )
    neo4j_password: SecretStr = Field(
        default=SecretStr(""),
        validation_alias=AliasChoices("NEO4J_PASSWORD", "RISKGRAPH_NEO4J_PASSWORD"),
    )
    neo4j_database: str = Field(
        default="neo4j",
        validation_alias=AliasChoices("NEO4J_DATABASE", "RISKGRAPH_NEO4J_DATABASE"),
    )

    @field_validator("data_dir")
    @classmethod
    def _absolute(cls, value: Path) -> Path:
        # Child processes and lock files must agree on one path whatever their cwd.
        return value.expanduser().resolve()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings; tests build their own Settings instead."""
    return Settings()
