"""`riskgraph eval`: scoring rules, the --json shape, and perfect/empty predictions."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from api.cli import app
from graph.model import Actor, ActorKind, Article, GraphBatch
from ingest.extract.amounts import parse_amount
from ingest.extract.batch import build_batch
from ingest.extract.evaluate import (
    CATEGORIES,
    GoldArticle,
    evaluate,
    load_gold,
    predicted,
    score_article,
)
from ingest.extract.records import (
    AllegationRecord,
    Extraction,
    LinkRecord,
    MarketRecord,
    Quote,
    RoleRecord,
)
from tests.ingest.extract.loopback import LoopbackLLM, running_llm
from tests.ingest.extract.test_llm import GOOD

EN_TEXT = (
    "David Sacks, who advises US President Donald Trump on AI, said on Fox News that DeepSeek "
    "distilled OpenAI's models. Nvidia lost $589 billion in market value on Monday."
)
FR_TEXT = (
    "Sam Altman, le PDG d'OpenAI, a salué DeepSeek. Lorsque l'on connaît la situation de "
    "TikTok aux États-Unis, il y a de quoi s'inquiéter pour DeepSeek."
)
GOLD: list[dict[str, Any]] = [
    {
        "id": "t-en",
        "lang": "en",
        "title": "t",
        "url": "https://news.example.org/t-en",
        "published": "2025-01-29",
        "text": EN_TEXT,
        "entities": [
            {"name": "United States", "type": "Country", "aliases": ["US"]},
            {"name": "Donald Trump", "type": "Official", "aliases": ["Donald Trump"]},
            {"name": "David Sacks", "type": "Official", "aliases": ["David Sacks"]},
            {"name": "Fox News", "type": "Organization", "aliases": ["Fox News"]},
            {"name": "DeepSeek", "type": "Company", "aliases": ["DeepSeek"]},
            {"name": "OpenAI", "type": "Company", "aliases": ["OpenAI"]},
            {"name": "Nvidia", "type": "Company", "aliases": ["Nvidia"]},
        ],
        "allegations": [
            {"claimant": "David Sacks", "accused": "DeepSeek", "victim": "OpenAI", "act": "x"}
        ],
        "market_events": [
            {
                "subject": "Nvidia",
                "measure": "market value",
                "direction": "down",
                "amount": "600 billion USD",
                "date": None,
            }
        ],
        "roles": [{"person": "Donald Trump", "role": "President", "org": "United States"}],
        "links": [],
    },
    {
        "id": "t-fr",
        "lang": "fr",
        "title": "t",
        "url": None,
        "published": None,
        "text": FR_TEXT,
        "entities": [
            {"name": "Sam Altman", "type": "Person", "aliases": ["Sam Altman"]},
            {"name": "OpenAI", "type": "Company", "aliases": ["OpenAI"]},
            {"name": "DeepSeek", "type": "Company", "aliases": ["DeepSeek"]},
            {"name": "TikTok", "type": "Company", "aliases": ["TikTok"]},
            {"name": "United States", "type": "Country", "aliases": ["États-Unis"]},
        ],
        "allegations": [],
        "market_events": [],
        "roles": [{"person": "Sam Altman", "role": "CEO", "org": "OpenAI"}],
        "links": [{"a": "TikTok", "b": "DeepSeek", "why": "comparison"}],
    },
]


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in GOLD) + "\n")
    return path


def _from_gold(item: GoldArticle, article: Article) -> GraphBatch:
    """What a perfect extractor would write for a gold article."""
    actors = {
        e.name: Actor(kind=ActorKind(e.type), name=e.name, aliases=tuple(e.aliases))
        for e in item.entities
    }
    quote = Quote(sentence=item.text[:50], start=0, end=50)
    x = Extraction(article=article, lang=item.lang, actors=list(actors.values()))
    for a in item.allegations:
        x.allegations.append(
            AllegationRecord(actors[a.claimant], actors[a.accused], a.act or "x", "alleges", quote)
        )
    for m in item.market_events:
        amount = parse_amount(m.amount) if m.amount else None
        x.market_events.append(
            MarketRecord(
                actors[m.subject],
                m.measure or "price",
                "down" if m.direction == "down" else "up",
                quote,
                amount=amount.value if amount else None,
                unit=amount.unit if amount else None,
            )
        )
    for r in item.roles:
        x.roles.append(RoleRecord(actors[r.person], r.role or "x", actors[r.org], quote))
    for link in item.links:
        x.links.append(LinkRecord(actors[link.a], actors[link.b], "related", "r", quote))
    return build_batch(x, extractor="test", version="1")


def test_perfect_predictions_score_one(gold_file: Path) -> None:
    gold = load_gold(gold_file)

    def perfect(articles: Sequence[Article]) -> list[GraphBatch]:
        return [_from_gold(g, a) for g, a in zip(gold, articles, strict=True)]

    report = evaluate(gold, perfect).as_dict()
    for category in CATEGORIES:
        assert report[category]["f1"] == 1.0  # type: ignore[index]
    assert report["by_lang"]["fr"]["links"]["f1"] == 1.0  # type: ignore[index]


def test_empty_predictions_score_zero(gold_file: Path) -> None:
    gold = load_gold(gold_file)
    report = evaluate(gold, lambda arts: [GraphBatch(articles=(a,)) for a in arts]).as_dict()
    for category in CATEGORIES:
        score = report[category]
        assert (score["precision"], score["recall"], score["f1"]) == (0.0, 0.0, 0.0)  # type: ignore[index]


def test_amounts_must_agree_within_ten_percent(gold_file: Path) -> None:
    item = load_gold(gold_file)[0]
    article = item.to_article()
    batch = _from_gold(item, article)
    nvidia = next(a for a in batch.actors if a.name == "Nvidia")

    def with_amount(value: float) -> int:
        x = Extraction(article=article, lang="en", actors=[nvidia])
        x.market_events.append(
            MarketRecord(nvidia, "market value", "down", Quote("s"), amount=value, unit="USD")
        )
        b = build_batch(x, extractor="t", version="1")
        return score_article(item, predicted(b))["market_events"].tp

    assert with_amount(589e9) == 1
    assert with_amount(279e9) == 0


def test_names_match_gold_aliases(gold_file: Path) -> None:
    item = load_gold(gold_file)[0]
    article = item.to_article()
    sacks = Actor(kind=ActorKind.OFFICIAL, name="Sacks, David")  # another canonical form
    sacks_alias = Actor(kind=ActorKind.OFFICIAL, name="D. Sacks", aliases=("David Sacks",))
    deepseek = Actor(kind=ActorKind.COMPANY, name="DeepSeek")
    for claimant, expected in ((sacks, 0), (sacks_alias, 1)):
        x = Extraction(article=article, lang="en", actors=[claimant, deepseek])
        x.allegations.append(AllegationRecord(claimant, deepseek, "x", "alleges", Quote("s")))
        b = build_batch(x, extractor="t", version="1")
        assert score_article(item, predicted(b))["allegations"].tp == expected


def test_cli_json_shape_with_the_offline_extractor(gold_file: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "--gold", str(gold_file), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert set(report) >= {*CATEGORIES, "by_lang"}
    assert set(report["by_lang"]) == {"en", "fr"}
    for scores in (report, report["by_lang"]["en"], report["by_lang"]["fr"]):
        for category in CATEGORIES:
            assert set(scores[category]) >= {"precision", "recall", "f1"}
            assert 0.0 <= scores[category]["f1"] <= 1.0
    # The offline rules find these simple facts.
    assert report["allegations"]["f1"] == 1.0
    assert report["market_events"]["f1"] == 1.0
    assert report["roles"]["f1"] == 1.0
    assert report["links"]["recall"] == 1.0


def test_errors_name_what_was_missed_and_what_was_wrong(gold_file: Path) -> None:
    gold = load_gold(gold_file)

    def wrong_kind(articles: Sequence[Article]) -> list[GraphBatch]:
        """Perfect, except that Nvidia is typed a product and the TikTok link is lost."""
        batches = []
        for item, article in zip(gold, articles, strict=True):
            entities = [
                e.model_copy(update={"type": "Product"}) if e.name == "Nvidia" else e
                for e in item.entities
            ]
            changed = item.model_copy(update={"entities": entities, "links": []})
            batches.append(_from_gold(changed, article))
        return batches

    errors = evaluate(gold, wrong_kind).errors()
    # Facts match on names alone, so the mistyped Nvidia still matches its market event.
    assert errors["t-en"] == {
        "entities": {"missed": ["Nvidia (Company)"], "spurious": ["nvidia (Product)"]},
    }
    assert errors["t-fr"] == {
        "links": {"missed": ["TikTok -- DeepSeek (comparison)"], "spurious": []}
    }
    listed = CliRunner().invoke(app, ["eval", "--gold", str(gold_file), "--json", "--errors"])
    assert listed.exit_code == 0, listed.output
    assert set(json.loads(listed.output)["errors"]) == {"t-en", "t-fr"}


def test_gold_ids_must_be_unique(gold_file: Path) -> None:
    lines = gold_file.read_text().splitlines()
    gold_file.write_text("\n".join([*lines, lines[0]]) + "\n")
    result = CliRunner().invoke(app, ["eval", "--gold", str(gold_file)])
    assert result.exit_code == 2
    assert "'t-en' is used twice" in result.output


def test_cli_rejects_a_bad_gold_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n')
    result = CliRunner().invoke(app, ["eval", "--gold", str(bad)])
    assert result.exit_code == 2
    assert "bad.jsonl:1" in result.output
    missing = CliRunner().invoke(app, ["eval", "--gold", str(tmp_path / "none.jsonl")])
    assert missing.exit_code == 2
    assert "not found" in missing.output


def test_cli_llm_extractor_needs_configuration(
    gold_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RISKGRAPH_LLM_URL", raising=False)
    monkeypatch.delenv("RISKGRAPH_LLM_MODEL", raising=False)
    result = CliRunner().invoke(app, ["eval", "--gold", str(gold_file), "--extractor", "llm"])
    assert result.exit_code == 2
    assert "RISKGRAPH_LLM_URL" in result.output


@pytest.fixture
def server() -> Iterator[LoopbackLLM]:
    with running_llm() as srv:
        yield srv


def test_cli_llm_extractor_over_loopback(
    gold_file: Path, server: LoopbackLLM, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RISKGRAPH_LLM_URL", server.url)
    monkeypatch.setenv("RISKGRAPH_LLM_MODEL", "test-model")
    server.replies += [(200, json.dumps(GOOD)), (200, "{}")]
    result = CliRunner().invoke(
        app, ["eval", "--gold", str(gold_file), "--extractor", "llm", "--json"]
    )
    assert result.exit_code == 0, result.output
    assert len(server.requests) == 2
    report = json.loads(result.output)
    assert report["by_lang"]["en"]["allegations"]["f1"] == 1.0  # Sacks -> DeepSeek
    assert report["by_lang"]["fr"]["roles"]["recall"] == 0.0  # the empty answer
