"""Settings of the HTTP API, read from the environment (prefix RISKGRAPH_), never at import."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from api.security import ApiKey, parse_keys


class ApiSettings(BaseSettings):
    """Server, security and query limits. The store itself is configured by graph.settings."""

    model_config = SettingsConfigDict(env_prefix="RISKGRAPH_", env_file=None, extra="ignore")

    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65535)
    # "role:sha256hex,role:sha256hex"; `riskgraph apikey new` prints such a line.
    api_keys: Annotated[tuple[ApiKey, ...], NoDecode] = ()
    read_requires_key: bool = False
    cors_origins: Annotated[tuple[str, ...], NoDecode] = ()
    graphiql: bool = True

    max_body_bytes: int = Field(default=64_000, ge=1_000)
    request_timeout_s: float = Field(default=20.0, gt=0)
    max_query_depth: int = Field(default=10, ge=2)
    max_query_tokens: int = Field(default=2_000, ge=50)
    max_query_cost: int = Field(default=10_000, ge=10)
    max_aliases: int = Field(default=30, ge=1)
    max_page_size: int = Field(default=100, ge=1, le=500)

    @field_validator("api_keys", mode="before")
    @classmethod
    def _keys(cls, value: object) -> object:
        return parse_keys(value) if isinstance(value, str) else value

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _origins(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(o.strip() for o in value.split(",") if o.strip())
        return value


@lru_cache(maxsize=1)
def get_api_settings() -> ApiSettings:
    """The process-wide API settings; tests build their own ApiSettings instead."""
    return ApiSettings()
