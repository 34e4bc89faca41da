"""SCRATCH stand-in until ingest-fetch is merged (not committed)."""

from pydantic_settings import BaseSettings, SettingsConfigDict


class IngestSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RISKGRAPH_", extra="ignore")
    allow_private: list[str] = []
    fetch_article_pages: bool = True
    extract_batch_size: int = 8
    max_items_per_feed: int = 500
    max_concurrent_feeds: int = 4
    schedule_jitter_s: float = 30.0
