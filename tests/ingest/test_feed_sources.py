"""Feed lists from YAML and OPML files, the bundled sample feed, and what users may type."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from graph.model import Feed
from ingest.feeds import (
    FeedConfigError,
    feeds_from_yaml,
    find_feed,
    normalize_source,
    sample_feed,
    sample_feed_path,
)
from ingest.opml import feeds_from_opml, read_opml
from ingest.parse import parse_feed
from tests.shared import SEEDS


def test_default_list_is_real_public_feeds_in_english_and_french() -> None:
    feeds = feeds_from_yaml()
    assert len(feeds) >= 10
    assert {f.lang for f in feeds} == {"en", "fr"}
    assert all(f.url.startswith("https://") for f in feeds)
    assert len({f.id for f in feeds}) == len(feeds)


def test_yaml_config_with_local_paths_and_overrides(tmp_path: Path) -> None:
    (tmp_path / "local.xml").write_text("<rss/>")
    config = tmp_path / "feeds.yaml"
    config.write_text(
        "feeds:\n  - url: https://a.example.org/rss\n    interval_minutes: 60\n"
        "  - url: local.xml\n    title: Local\n"
    )
    remote, local = feeds_from_yaml(config)
    assert (remote.url, remote.interval_minutes) == ("https://a.example.org/rss", 60)
    assert (local.url, local.title) == ((tmp_path / "local.xml").as_uri(), "Local")


@pytest.mark.parametrize(
    ("text", "message"),
    [("feeds: [{title: no url}]", "invalid"), ("feeds: [{url: 'ftp://x/y'}]", "scheme"),
     ("feeds: [{url: missing.xml}]", "no such feed file"), (": : :", "invalid")],
)  # fmt: skip
def test_bad_yaml_configs_say_what_is_wrong(tmp_path: Path, text: str, message: str) -> None:
    config = tmp_path / "feeds.yaml"
    config.write_text(text)
    with pytest.raises(FeedConfigError, match=message):
        feeds_from_yaml(config)


def test_opml_import_reads_nested_outlines_once(tmp_path: Path) -> None:
    opml = b"""<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
      <outline text="AI"><outline text="Numerama" type="rss" xmlUrl="https://www.numerama.com/feed/"
        language="fr"/><outline title="Verge" xmlUrl="https://www.theverge.com/rss/index.xml"/>
      </outline><outline text="dup" xmlUrl="https://www.numerama.com/feed/"/></body></opml>"""
    path = tmp_path / "subs.opml"
    path.write_bytes(opml)
    feeds = read_opml(path)
    assert [(f.title, f.lang) for f in feeds] == [("Numerama", "fr"), ("Verge", None)]


@pytest.mark.parametrize(
    ("document", "message"),
    [(b"<opml><body><outline text='folder'/></body></opml>", "no feed"),
     (b"<rss/>", "not an OPML"), (b"<opml", "not a valid OPML")],
)  # fmt: skip
def test_bad_opml(document: bytes, message: str) -> None:
    with pytest.raises(FeedConfigError, match=message):
        feeds_from_opml(document)


def test_sources_users_type(tmp_path: Path) -> None:
    feed_file = tmp_path / "f.xml"
    feed_file.write_text("<rss/>")
    assert normalize_source(str(feed_file)) == feed_file.as_uri()
    assert normalize_source(" https://x.example.org/rss ") == "https://x.example.org/rss"
    with pytest.raises(FeedConfigError):
        normalize_source("gopher://x/y")
    with pytest.raises(FeedConfigError):
        normalize_source(str(tmp_path / "absent.xml"))
    stored = [Feed(url=feed_file.as_uri()), Feed(url="https://x.example.org/rss")]
    assert find_feed(stored, str(feed_file)) == stored[0]
    assert find_feed(stored, stored[1].id) == stored[1]
    assert find_feed(stored, "https://X.example.org/rss?utm_source=a") == stored[1]
    assert find_feed(stored, "https://other.example.org/") is None


def test_sample_feed_holds_both_seed_articles_verbatim() -> None:
    parsed = parse_feed(sample_feed_path().read_bytes())
    assert parsed.problem is None
    by_guid = {i.guid: i for i in parsed.items}
    undated = by_guid["urn:riskgraph:sample:deepseek-distillation-allegation"]
    dated = by_guid["urn:riskgraph:sample:deepseek-openai-exfiltration"]
    assert undated.published is None  # undated in the text: ingestion uses the fetch time
    assert dated.published == "2025-01-28T13:02:00Z"  # 14:02 Paris time
    assert dated.content.endswith("28 janvier 2025 à 14h02")
    assert undated.content.startswith("Un jour après que le président américain Donald Trump")
    assert all(i.link is None and i.summary and i.summary in i.content for i in parsed.items)
    assert sample_feed().url == sample_feed_path().resolve().as_uri()


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed articles are not on this machine")
def test_sample_feed_is_what_the_script_builds_from_the_seeds() -> None:
    spec = importlib.util.spec_from_file_location(
        "make_sample_feed", Path(__file__).parents[2] / "scripts" / "make_sample_feed.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    assert module.build(SEEDS) == sample_feed_path().read_text(encoding="utf-8")
    texts = {i.guid: i.content for i in parse_feed(sample_feed_path().read_bytes()).items}
    for seed in module.SEEDS:
        assert texts[seed.guid] == (SEEDS / seed.file).read_text(encoding="utf-8")
