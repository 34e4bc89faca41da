"""The seed story end to end: real entity analysis, the offline fact rules, the real embedded
store, and the key facts queried back with their evidence.

Reads the project's two seed articles from ../shared/seeds (skipped, with the reason, when
that folder is absent).
"""

from __future__ import annotations

import pytest

from graph.cypher.store import CypherGraphStore
from graph.ids import digest
from graph.model import Actor, ActorKind, Article, GraphBatch, RelType
from graph.views import NodeView
from ingest.extract.pipeline import RuleExtractor
from tests.ingest.extract.mentions_by_name import analyze_with
from tests.ingest.extract.test_facts import DEEPSEEK, OPENAI, REUTERS
from tests.shared import SEEDS

BLOOMBERG = Actor(kind=ActorKind.ORGANIZATION, name="Bloomberg")
ECHO_ACTORS = (OPENAI, DEEPSEEK, REUTERS, BLOOMBERG)

DISTILLATION = "deepseek-distillation-allegation.fr.txt"
EXFILTRATION = "deepseek-openai-exfiltration.fr.txt"


def _article(name: str, published: str, undated: bool) -> Article:
    path = SEEDS / name
    if not path.is_file():
        pytest.skip(f"seed article {path} is absent")
    text = path.read_text(encoding="utf-8")
    return Article(
        url=f"https://seeds.riskgraph.example/{name}",
        title=text.splitlines()[0][:200],
        lang="fr",
        published=published,
        published_is_fetch_time=undated,
        fetched_at="2025-01-29T08:00:00Z",
        content_hash=digest(text),
        text=text,
    )


@pytest.fixture(scope="module")
def seed_batches() -> list[GraphBatch]:
    articles = [
        # Undated in its text: the feed time is all we know, so relative dates stay unresolved.
        _article(DISTILLATION, "2025-01-29T08:00:00Z", undated=True),
        _article(EXFILTRATION, "2025-01-28T13:02:00Z", undated=False),
    ]
    return RuleExtractor().extract_many(articles)


async def _entity(store: CypherGraphStore, name: str) -> NodeView:
    hits = await store.search(name)
    found = [h.node for h in hits if h.node.group == "Entity" and h.node.name == name]
    assert found, f"{name} not stored; hits: {[h.node.name for h in hits]}"
    return found[0]


async def _neighbours(
    store: CypherGraphStore, node_id: str, rel: RelType, outgoing: bool = True
) -> list[NodeView]:
    edges = await store.edges_of([node_id], rel_types=[rel])
    ids = [e.target_id if outgoing else e.source_id for e in edges]
    ids = [
        i
        for i, e in zip(ids, edges, strict=True)
        if (e.source_id if outgoing else e.target_id) == node_id
    ]
    return [n for n in await store.get_nodes(ids) if n is not None]


async def test_seed_key_facts_in_the_store(
    store: CypherGraphStore, seed_batches: list[GraphBatch]
) -> None:
    for batch in seed_batches:
        await store.upsert(batch)

    # David Sacks alleges that DeepSeek distilled OpenAI's models (relayed by Fox News).
    sacks = await _entity(store, "David Sacks")
    claims = await _neighbours(store, sacks.id, RelType.MAKES)
    distilled = [c for c in claims if c.kind == "Allegation" and c.prop("act") == "distillation"]
    assert distilled, [c.props for c in claims]
    claim = distilled[0]
    assert claim.prop("stance") == "alleges"
    accused = await _neighbours(store, claim.id, RelType.AGAINST)
    assert [a.name for a in accused] == ["DeepSeek"]
    victims = await _neighbours(store, claim.id, RelType.CONCERNS)
    assert "OpenAI" in {v.name for v in victims}
    evidence = (await store.evidence_for([claim.id]))[claim.id]
    assert any("Sacks" in ev.sentence and ev.relay == "Fox News" for ev in evidence)
    assert all(ev.lang == "fr" and ev.start is not None for ev in evidence)
    relays = await _neighbours(store, claim.id, RelType.RELAYED_BY)
    assert "Fox News" in {r.name for r in relays}
    assert "Fox News" not in {
        n.name for n in await _neighbours(store, claim.id, RelType.MAKES, False)
    }
    cases = await _neighbours(store, claim.id, RelType.PART_OF)
    assert [c.kind for c in cases] == ["Case"]

    # Nvidia lost about $600B in a day; the Nasdaq lost over $1T.
    nvidia = await _entity(store, "Nvidia")
    moves = await _neighbours(store, nvidia.id, RelType.AFFECTS, outgoing=False)
    assert any(
        m.prop("direction") == "down" and abs(m.prop("amount_usd", 0) - 600e9) <= 60e9
        for m in moves
    ), [m.props for m in moves]
    nasdaq = [h.node for h in await store.search("Nasdaq") if h.node.group == "Entity"]
    assert nasdaq
    nasdaq_moves = await _neighbours(store, nasdaq[0].id, RelType.AFFECTS, outgoing=False)
    assert any(
        m.prop("direction") == "down" and m.prop("amount_usd", 0) >= 1e12 for m in nasdaq_moves
    ), [m.props for m in nasdaq_moves]

    # The TikTok comparison: a link with its reason and sentence, between the entities and
    # between their cases.
    tiktok = await _entity(store, "TikTok")
    edges = await store.edges_of([tiktok.id], rel_types=[RelType.LINKED_TO])
    (link,) = [
        e
        for e in edges
        if e.props.get("qualifier") == "compared" or "TikTok" in str(e.props.get("reason"))
    ]
    other = link.target_id if link.source_id == tiktok.id else link.source_id
    assert (await store.get_node(other)).name == "DeepSeek"
    assert "TikTok" in link.props["reason"]
    (ev,) = (await store.evidence_for([link.id]))[link.id]
    assert "TikTok" in ev.sentence
    assert "DeepSeek" in ev.sentence
    tiktok_cases = await _neighbours(store, tiktok.id, RelType.PART_OF)
    case_links = await store.edges_of([c.id for c in tiktok_cases], rel_types=[RelType.LINKED_TO])
    linked_cases = await store.get_nodes(
        [
            e.target_id if e.source_id in {c.id for c in tiktok_cases} else e.source_id
            for e in case_links
        ]
    )
    assert any(c is not None and c.name.startswith("DeepSeek") for c in linked_cases)
    case_evidence = await store.evidence_for([e.id for e in case_links])
    assert all(case_evidence.get(e.id) for e in case_links)


async def test_one_claim_relayed_by_two_outlets_is_one_allegation(
    store: CypherGraphStore,
) -> None:
    """Echoes add evidence and relays, never another allegation or another claimant."""
    outlets = [REUTERS, BLOOMBERG]
    articles = [
        Article(
            url=f"https://news.example.org/echo-{outlet.name}",
            title="echo",
            lang="en",
            published=f"2025-01-2{i}T10:00:00Z",
            fetched_at=f"2025-01-2{i}T10:00:00Z",
            content_hash=outlet.name,
            text=f"OpenAI told {outlet.name} that DeepSeek had distilled its models.",
        )
        for i, outlet in enumerate(outlets, start=8)
    ]
    extractor = RuleExtractor(analyzer=lambda arts: [analyze_with(a, ECHO_ACTORS) for a in arts])
    for batch in extractor.extract_many(articles):
        await store.upsert(batch)
    assert (await store.counts())["Allegation"] == 1
    (claim,) = await _neighbours(store, OPENAI.id, RelType.MAKES)
    evidence = (await store.evidence_for([claim.id]))[claim.id]
    assert sorted(ev.relay or "" for ev in evidence) == ["Bloomberg", "Reuters"]
    relays = await _neighbours(store, claim.id, RelType.RELAYED_BY)
    assert {r.name for r in relays} == {"Bloomberg", "Reuters"}
    claimants = await _neighbours(store, claim.id, RelType.MAKES, outgoing=False)
    assert [c.name for c in claimants] == ["OpenAI"]
