"""Every read field over real HTTP against the seed story in the embedded store."""

from __future__ import annotations

from graph.model import FactKind
from tests.api.live import GraphQLClient
from tests.graph.builders import DEEPSEEK, NVIDIA, OPENAI, SACKS, WHITE_HOUSE
from tests.graph.story import (
    ACTORS,
    ALLEGATION,
    ALLEGATION_SENTENCE,
    ARTICLES,
    CHINA,
    COMPARE,
    DEEPSEEK_CASE,
    FEED_EN,
    FEED_FR,
    LINK_REASON,
    LINK_SENTENCE,
    MARKET,
    NASDAQ_DROP,
    NVIDIA_DROP,
    SACKS_FR,
    TIKTOK_CASE,
)

ENTITY = """
query($id: ID!) {
  entity(id: $id) {
    __typename id name kind
    ... on Actor {
      aliases country
      relations(types: [HOLDS_ROLE]) { type title source { name } target { name }
        evidence { sentence articleTitle published confidence } }
      facts { __typename id label }
      mentionedIn { title published }
    }
  }
}
"""


def test_entity_with_relations_facts_and_articles(api: GraphQLClient) -> None:
    sacks = api.data(ENTITY, {"id": SACKS.id})["entity"]
    assert (sacks["__typename"], sacks["name"], sacks["aliases"]) == (
        "Official",
        "David Sacks",
        ["Sacks"],
    )
    (role,) = sacks["relations"]
    assert (role["type"], role["title"], role["target"]["name"]) == (
        "HOLDS_ROLE",
        "AI czar",
        WHITE_HOUSE.name,
    )
    assert role["evidence"][0]["articleTitle"] == SACKS_FR.title
    assert role["evidence"][0]["published"] == SACKS_FR.published
    assert [(f["__typename"], f["id"]) for f in sacks["facts"]] == [("Allegation", ALLEGATION.id)]
    assert [a["title"] for a in sacks["mentionedIn"]] == [SACKS_FR.title]
    deepseek = api.data(
        """query($id: ID!) { entity(id: $id) { ... on Actor {
          mentionedIn(first: 2) { title } relations(first: 3) { reportedLast } } } }""",
        {"id": DEEPSEEK.id},
    )["entity"]
    newest = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
    assert [a["title"] for a in deepseek["mentionedIn"]] == [a.title for a in newest[:2]]
    reported = [r["reportedLast"] or "" for r in deepseek["relations"]]
    assert len(reported) == 3
    assert reported == sorted(reported, reverse=True)
    assert api.data(ENTITY, {"id": "company:nobody"})["entity"] is None


def test_allegation_fields_and_evidence(api: GraphQLClient) -> None:
    query = """
    query($id: ID!) { entity(id: $id) { ... on Allegation {
      act stance occurred confidence label
      claimants { name } accused { name } concerns { name }
      participants { role outgoing node { id } }
      evidence { sentence lang articleUrl article { title } }
    } } }"""
    fact = api.data(query, {"id": ALLEGATION.id})["entity"]
    assert (fact["act"], fact["stance"], fact["occurred"]) == (
        "distillation",
        "alleges",
        "2025-01-28",
    )
    assert [c["name"] for c in fact["claimants"]] == [SACKS.name]
    assert [c["name"] for c in fact["accused"]] == [DEEPSEEK.name]
    assert [c["name"] for c in fact["concerns"]] == [OPENAI.name]
    roles = {(p["role"], p["outgoing"], p["node"]["id"]) for p in fact["participants"]}
    assert ("MAKES", False, SACKS.id) in roles
    assert ("AGAINST", True, DEEPSEEK.id) in roles
    sentences = {e["sentence"]: e for e in fact["evidence"]}
    assert sentences[ALLEGATION_SENTENCE]["article"]["title"] == SACKS_FR.title
    assert sentences[ALLEGATION_SENTENCE]["lang"] == "fr"


def all_pages(
    api: GraphQLClient, query: str, field: str, size: int, **variables: object
) -> list[str]:
    seen: list[str] = []
    after = None
    while True:
        page = api.data(query, {"first": size, "after": after, **variables})[field]
        nodes = [e["node"] for e in page["edges"]]
        seen += [n["node"]["id"] if "node" in n else n["id"] for n in nodes]
        if not page["pageInfo"]["hasNextPage"]:
            return seen
        after = page["pageInfo"]["endCursor"]


ENTITIES = """
query($first: Int!, $after: String, $filter: EntityFilterInput, $order: EntityOrder! = NAME) {
  entities(first: $first, after: $after, filter: $filter, orderBy: $order) {
    edges { cursor node { id name } } pageInfo { hasNextPage endCursor }
  }
}"""


def test_entities_pages_have_no_gaps_or_repeats(api: GraphQLClient) -> None:
    for order in ("NAME", "RECENT", "ID"):
        seen = all_pages(api, ENTITIES, "entities", 3, order=order)
        assert len(seen) == len(set(seen)) == len(ACTORS)
        assert set(seen) == {a.id for a in ACTORS}
    by_name = all_pages(api, ENTITIES, "entities", 4)
    assert by_name == [a.id for a in sorted(ACTORS, key=lambda a: a.name.lower())]


def test_entities_filters(api: GraphQLClient) -> None:
    page = api.data(ENTITIES, {"first": 10, "filter": {"kinds": ["COMPANY"], "country": "CHINA"}})[
        "entities"
    ]
    assert {e["node"]["name"] for e in page["edges"]} == {"DeepSeek", "TikTok", "ByteDance"}
    page = api.data(ENTITIES, {"first": 10, "filter": {"nameContains": "chiné"}})["entities"]
    assert [e["node"]["id"] for e in page["edges"]] == [CHINA.id]
    error = api.error(ENTITIES, {"first": 10, "filter": {"seenSince": "last week"}})
    assert error["extensions"]["code"] == "BAD_REQUEST"
    assert "seenSince" in error["message"]


def test_search_is_ranked_and_ignores_accents(api: GraphQLClient) -> None:
    query = "query($t: String!) { search(text: $t, limit: 5) { score node { id name } } }"
    hits = api.data(query, {"t": "MAISON-BLANCHE"})["search"]
    assert hits[0]["node"]["id"] == WHITE_HOUSE.id
    scores = [h["score"] for h in api.data(query, {"t": "deep"})["search"]]
    assert scores == sorted(scores, reverse=True)
    only = api.data('{ search(text: "d", kinds: [OFFICIAL]) { node { kind } } }')["search"]
    assert all(h["node"]["kind"] == "Official" for h in only)


NEIGHBORS = """
query($id: ID!, $first: Int!, $after: String, $depth: Int! = 1, $asOf: String) {
  neighbors(id: $id, first: $first, after: $after, depth: $depth, asOf: $asOf) {
    edges { cursor node { depth node { id name kind } via { type } } }
    pageInfo { hasNextPage endCursor }
  }
}"""


def test_neighbors_paged_and_bounded(api: GraphQLClient) -> None:
    everything = all_pages(api, NEIGHBORS, "neighbors", 100, id=DEEPSEEK.id, depth=2)
    paged = all_pages(api, NEIGHBORS, "neighbors", 2, id=DEEPSEEK.id, depth=2)
    assert paged == everything
    assert len(paged) == len(set(paged))
    assert {ALLEGATION.id, DEEPSEEK_CASE.id, NVIDIA_DROP.id, SACKS.id} <= set(paged)
    one = api.data(NEIGHBORS, {"id": DEEPSEEK.id, "first": 50})["neighbors"]["edges"]
    assert {e["node"]["depth"] for e in one} == {1}
    assert SACKS.id not in {e["node"]["node"]["id"] for e in one}
    early = api.data(NEIGHBORS, {"id": DEEPSEEK.id, "first": 50, "asOf": "2025-01-27"})
    reached = {e["node"]["node"]["id"] for e in early["neighbors"]["edges"]}
    # The PART_OF link was first reported on the 29th; relations without evidence always show.
    assert DEEPSEEK_CASE.id in {e["node"]["node"]["id"] for e in one}
    assert DEEPSEEK_CASE.id not in reached
    assert NVIDIA_DROP.id in reached
    error = api.error(NEIGHBORS, {"id": DEEPSEEK.id, "first": 5, "depth": 4})
    assert "depth must be between 1 and 3" in error["message"]
    roles = api.data(
        """query($id: ID!) { neighbors(id: $id, relationTypes: [HOLDS_ROLE], first: 10) {
          nodes { node { id } via { type title } } } }""",
        {"id": SACKS.id},
    )["neighbors"]["nodes"]
    assert roles == [
        {"node": {"id": WHITE_HOUSE.id}, "via": {"type": "HOLDS_ROLE", "title": "AI czar"}}
    ]
    only_facts = api.data(
        """query($id: ID!) { neighbors(id: $id, kinds: ["Allegation"], depth: 2, first: 10) {
          nodes { node { __typename } } } }""",
        {"id": OPENAI.id},
    )["neighbors"]["nodes"]
    assert only_facts == [{"node": {"__typename": "Allegation"}}]
    missing = api.error(NEIGHBORS, {"id": "company:nobody", "first": 5})
    assert missing["extensions"]["code"] == "NOT_FOUND"


def test_allegations_against_a_company(api: GraphQLClient) -> None:
    query = """
    query($f: AllegationFilter) { allegations(filter: $f, first: 10) {
      nodes { id act claimants { name } evidence { sentence } } } }"""
    found = api.data(query, {"f": {"accusedId": DEEPSEEK.id, "claimantId": SACKS.id}})
    (allegation,) = found["allegations"]["nodes"]
    assert allegation["id"] == ALLEGATION.id
    none = api.data(query, {"f": {"accusedId": OPENAI.id}})
    assert none["allegations"]["nodes"] == []
    assert api.data(query, {"f": {"since": "2025-02-01"}})["allegations"]["nodes"] == []


def test_market_events_in_a_window(api: GraphQLClient) -> None:
    query = """
    query($f: MarketEventFilter) { marketEvents(filter: $f, first: 10) {
      nodes { id direction amount unit amountUsd occurred
        subjects { name } triggeredBy { name } } } }"""
    window = {"since": "2025-01-27", "until": "2025-01-31", "direction": "DOWN"}
    events = api.data(query, {"f": window})["marketEvents"]["nodes"]
    assert {e["id"] for e in events} == {NVIDIA_DROP.id, NASDAQ_DROP.id}
    nvidia = next(e for e in events if e["id"] == NVIDIA_DROP.id)
    assert (nvidia["amountUsd"], nvidia["unit"], nvidia["occurred"]) == (600e9, "USD", "2025-01-27")
    assert [s["name"] for s in nvidia["subjects"]] == [NVIDIA.name]
    assert [t["name"] for t in nvidia["triggeredBy"]] == [DEEPSEEK.name]
    big = api.data(query, {"f": {"minAmountUsd": 7e11}})["marketEvents"]["nodes"]
    assert [e["id"] for e in big] == [NASDAQ_DROP.id]
    of_nvidia = api.data(query, {"f": {"subjectId": NVIDIA.id}})["marketEvents"]["nodes"]
    assert [e["id"] for e in of_nvidia] == [NVIDIA_DROP.id]


def test_cases_with_their_link_and_evidence(api: GraphQLClient) -> None:
    query = """{ cases(first: 10) { nodes { id name occurred parts { id }
      links { reason source { name } target { name } evidence { sentence articleTitle } } } } }"""
    cases = api.data(query)["cases"]["nodes"]
    assert [c["id"] for c in cases] == [DEEPSEEK_CASE.id, TIKTOK_CASE.id]
    (link,) = cases[0]["links"]
    assert (link["reason"], link["source"]["name"], link["target"]["name"]) == (
        LINK_REASON,
        "DeepSeek case",
        "TikTok case",
    )
    assert link["evidence"][0] == {"sentence": LINK_SENTENCE, "articleTitle": COMPARE.title}
    assert {ALLEGATION.id, DEEPSEEK.id} <= {p["id"] for p in cases[0]["parts"]}


def test_timeline_in_date_order(api: GraphQLClient) -> None:
    query = """query($id: ID!, $since: String) { timeline(entityId: $id, since: $since) {
      __typename id occurred } }"""
    facts = api.data(query, {"id": DEEPSEEK.id})["timeline"]
    assert [f["id"] for f in facts] == [DEEPSEEK_CASE.id, NVIDIA_DROP.id, ALLEGATION.id]
    dates = [f["occurred"] for f in facts]
    assert dates == sorted(dates)
    later = api.data(query, {"id": DEEPSEEK.id, "since": "2025-01-28"})["timeline"]
    assert [(f["__typename"], f["id"]) for f in later] == [("Allegation", ALLEGATION.id)]


ARTICLES_Q = """
query($first: Int!, $after: String, $filter: ArticleFilterInput) {
  articles(first: $first, after: $after, filter: $filter) {
    edges { cursor node { id title published lang } } pageInfo { hasNextPage endCursor }
  }
}"""


def test_articles_and_their_facts(api: GraphQLClient) -> None:
    newest_first = [a.id for a in sorted(ARTICLES, key=lambda a: a.published, reverse=True)]
    assert all_pages(api, ARTICLES_Q, "articles", 1) == newest_first
    english = api.data(ARTICLES_Q, {"first": 10, "filter": {"feedId": FEED_EN.id}})
    assert [e["node"]["id"] for e in english["articles"]["edges"]] == [COMPARE.id, MARKET.id]
    about = api.data(ARTICLES_Q, {"first": 10, "filter": {"mentions": NVIDIA.id}})
    assert [e["node"]["id"] for e in about["articles"]["edges"]] == [MARKET.id]
    french_day = api.data(
        ARTICLES_Q,
        {"first": 10, "filter": {"lang": "fr", "since": "2025-01-28", "until": "2025-01-28"}},
    )
    assert [e["node"]["id"] for e in french_day["articles"]["edges"]] == [SACKS_FR.id]
    query = """query($id: ID!) { article(id: $id) { title published
      facts { __typename id ... on MarketEvent { amountUsd } } mentions { name } } }"""
    market = api.data(query, {"id": MARKET.id})["article"]
    assert {f["id"] for f in market["facts"]} == {NVIDIA_DROP.id, NASDAQ_DROP.id}
    assert {m["name"] for m in market["mentions"]} == {"Nvidia", "Nasdaq Composite", "DeepSeek"}
    assert api.data(query, {"id": SACKS.id})["article"] is None


def test_feeds_with_status_and_stats(api: GraphQLClient) -> None:
    feeds = api.data("{ feeds { id title status { httpStatus error itemsNew } } }")["feeds"]
    by_id = {f["id"]: f for f in feeds}
    assert by_id[FEED_FR.id]["status"] == {"httpStatus": 200, "error": None, "itemsNew": 1}
    assert by_id[FEED_EN.id]["status"]["error"] == "down"
    stats = api.data("{ stats { total byKind { kind count } } }")["stats"]
    counts = {k["kind"]: k["count"] for k in stats["byKind"]}
    assert counts[FactKind.MARKET_EVENT.value] == 2
    assert counts["Article"] == len(ARTICLES)
    assert counts["Company"] == sum(1 for a in ACTORS if a.kind.value == "Company")
    assert stats["total"] == sum(counts.values())
