"""Sector indexes and funds whose names run past a known index or past what spaCy tags:
the whole name is the Asset, not its broad index or a firm."""

from __future__ import annotations

import pytest

from graph.model import ActorKind
from ingest.extract.types import AnalyzedDoc

from .conftest import Analyze

pytestmark = pytest.mark.slow


def kinds(doc: AnalyzedDoc) -> dict[str, ActorKind]:
    return {m.actor.name: m.actor.kind for m in doc.mentions}


def test_a_known_index_followed_by_a_sector_is_the_sector_index(run: Analyze) -> None:
    docs = run(
        ("The Stoxx Europe 600 Banks fell 2% on Monday after the ruling.", "en"),
        ("Chipmakers dragged the Stoxx 600 technology index lower on Tuesday.", "en"),
        ("The Stoxx Europe 600 rose 0.4% on Wednesday.", "en"),
        ("L'indice Stoxx Europe 600 Banques a reculé de 1,2 % jeudi.", "fr"),
    )
    assert kinds(docs[0]).get("Stoxx Europe 600 Banks") is ActorKind.ASSET
    assert "Stoxx Europe 600" not in kinds(docs[0])
    assert kinds(docs[1]).get("Stoxx 600 technology index") is ActorKind.ASSET
    assert kinds(docs[2]).get("Stoxx Europe 600") is ActorKind.ASSET
    assert kinds(docs[3]).get("Stoxx Europe 600 Banques") is ActorKind.ASSET, kinds(docs[3])


def test_a_fund_keeps_its_etf_word(run: Analyze) -> None:
    docs = run(("Shares in the Vantor Clean Energy ETF fell 2% on Friday after the report.", "en"))
    names = kinds(docs[0])
    assert names.get("Vantor Clean Energy ETF") is ActorKind.ASSET, names


def test_a_product_line_before_the_kit_it_names_is_a_product(run: Analyze) -> None:
    docs = run(
        ("Attackers exploited flaws in Velmora's Pulse Guard gateways last month.", "en"),
        ("Hackers breached Tarsis's NetWarden appliances on Monday.", "en"),
        ("Les pirates ont exploité les passerelles Pulse Guard de Velmora.", "fr"),
    )
    assert kinds(docs[0]).get("Pulse Guard") is ActorKind.PRODUCT, kinds(docs[0])
    assert kinds(docs[1]).get("NetWarden") is ActorKind.PRODUCT, kinds(docs[1])
    assert kinds(docs[2]).get("Pulse Guard") is ActorKind.PRODUCT, kinds(docs[2])
