"""The feed list: where feeds come from (a YAML config, the bundled sample, a user's argument).

Feeds live in the store; this module only turns configuration and user input into Feed objects
and finds a stored feed from what a user typed (an id, a URL or a local path).
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from graph.ids import canonical_url
from graph.model import Feed
from ingest.errors import IngestError

SAMPLE_TITLE = "RiskGraph sample (offline)"
_REMOTE_SCHEMES = ("http", "https")


class FeedConfigError(IngestError):
    """A feed configuration or source the user gave cannot be used; the message says why."""


class FeedSpec(BaseModel):
    """One entry of a feeds YAML file."""

    model_config = ConfigDict(extra="forbid")

    url: str = Field(min_length=1)
    title: str = ""
    lang: str | None = None
    interval_minutes: int = Field(default=15, ge=1, le=7 * 24 * 60)


class FeedConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    feeds: list[FeedSpec]


def default_config_path() -> Path:
    return Path(str(resources.files("ingest") / "default_feeds.yaml"))


def sample_feed_path() -> Path:
    return Path(str(resources.files("ingest") / "sample" / "sample-feed.xml"))


def sample_feed() -> Feed:
    """The bundled offline feed of the two seed articles."""
    return Feed(url=sample_feed_path().resolve().as_uri(), title=SAMPLE_TITLE, lang="fr")


def normalize_source(source: str, *, base: Path | None = None) -> str:
    """A feed source as stored: an http(s) URL, or a local file as a file:// URI.

    Raises FeedConfigError for other schemes and for local files that do not exist.
    """
    source = source.strip()
    if not source:
        raise FeedConfigError("a feed needs a URL or a path")
    scheme = urlsplit(source).scheme.lower()
    if scheme in _REMOTE_SCHEMES:
        if not urlsplit(source).netloc:
            raise FeedConfigError(f"{source!r} has no host")
        return source
    if scheme == "file":
        return source
    if scheme and len(scheme) > 1:  # one letter would be a Windows drive
        raise FeedConfigError(f"unsupported feed scheme {scheme!r} in {source!r}")
    path = Path(source).expanduser()
    if not path.is_absolute() and base is not None:
        path = base / path
    path = path.resolve()
    if not path.is_file():
        raise FeedConfigError(f"no such feed file: {path}")
    return path.as_uri()


def is_local(url: str) -> bool:
    return urlsplit(url).scheme.lower() == "file"


def feeds_from_yaml(path: Path | None = None) -> list[Feed]:
    """Feeds of a YAML config (the bundled default list when no path is given)."""
    path = path or default_config_path()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        config = FeedConfig.model_validate(data)
    except OSError as exc:
        raise FeedConfigError(f"cannot read {path}: {exc}") from exc
    except (yaml.YAMLError, ValidationError) as exc:
        raise FeedConfigError(f"invalid feed config {path}: {exc}") from exc
    return [
        Feed(
            url=normalize_source(spec.url, base=path.parent),
            title=spec.title,
            lang=spec.lang,
            interval_minutes=spec.interval_minutes,
        )
        for spec in config.feeds
    ]


def find_feed(feeds: Sequence[Feed], ref: str) -> Feed | None:
    """The stored feed a user means by an id, a URL or a local path."""
    ref = ref.strip()
    for feed in feeds:
        if ref in (feed.id, feed.url):
            return feed
    try:
        wanted = normalize_source(ref)
    except FeedConfigError:
        return None
    key = canonical_url(wanted)
    return next((f for f in feeds if canonical_url(f.url) == key), None)
