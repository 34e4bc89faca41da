"""Limits over real HTTP: depth, tokens, cost, aliases, page sizes, body size, timeout."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
from graphql import GraphQLError

from api.graphql.errors import InputError, is_expected
from graph.errors import NotFound, StoreUnavailable
from tests.api.conftest import make_app
from tests.api.live import GraphQLClient, live_server
from tests.graph.builders import DEEPSEEK


def test_too_deep_is_refused(api: GraphQLClient) -> None:
    nested = "{ name }"
    for _ in range(6):
        nested = "{ relations { source " + nested + " } }"
    query = f'{{ entity(id: "{DEEPSEEK.id}") {{ ... on Actor {nested} }} }}'
    error = api.error(query)
    assert "exceeds maximum operation depth" in error["message"]


def test_too_many_tokens_is_refused(api: GraphQLClient) -> None:
    query = "{ stats { " + " ".join(["total"] * 3000) + " } }"
    error = api.error(query)
    assert "token" in error["message"].lower()


def test_too_complex_is_refused_whatever_the_variables(api: GraphQLClient) -> None:
    query = """query($n: Int!) { entities(first: $n) { nodes {
        relations { source { id } target { id } evidence { sentence } } } } }"""
    error = api.error(query, {"n": 100})
    assert error["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    assert "estimated cost" in error["message"]
    assert api.data(query, {"n": 2})["entities"]["nodes"]


def test_fragments_count_every_time_they_are_spread(api: GraphQLClient) -> None:
    spreads = " ".join(f"a{i}: entities(first: 100) {{ ...F }}" for i in range(20))
    query = "fragment F on ActorConnection { nodes { facts { label } } } { " + spreads + " }"
    error = api.error(query)
    assert error["extensions"]["code"] == "QUERY_TOO_COMPLEX"


def test_too_many_aliases_is_refused(api: GraphQLClient) -> None:
    query = "{ " + " ".join(f"s{i}: stats {{ total }}" for i in range(40)) + " }"
    error = api.error(query)
    assert "aliases" in error["message"]


def test_page_too_large_is_refused(api: GraphQLClient) -> None:
    error = api.error("{ entities(first: 101) { nodes { id } } }")
    assert error["message"] == "first must be between 1 and 100 (got 101)"
    assert error["extensions"]["code"] == "BAD_REQUEST"
    error = api.error('{ search(text: "x", limit: 0) { score } }')
    assert "limit must be between 1 and 100" in error["message"]


def test_malformed_cursor_is_a_clear_error(api: GraphQLClient) -> None:
    error = api.error('{ entities(first: 2, after: "garbage!") { nodes { id } } }')
    assert (error["message"], error["extensions"]["code"]) == ("malformed cursor", "BAD_REQUEST")


def test_body_too_large_is_rejected_before_parsing(api: GraphQLClient) -> None:
    big = "{ stats { total } }" + " " * 100_000
    response = api.raw(big)
    assert response.status_code == 413
    assert "request body too large" in response.json()["errors"][0]["message"]

    def chunks() -> Iterator[bytes]:
        # No Content-Length: the limit is enforced while the body streams in.
        yield b'{"query": "'
        for _ in range(100):
            yield b" " * 1000
        yield b'"}'

    streamed = api.http.post(
        "/graphql", content=chunks(), headers={"content-type": "application/json"}
    )
    assert streamed.status_code == 413


def test_timeout_is_a_graphql_error(story_name: str, engine_data_dir: Path) -> None:
    app = make_app(engine_data_dir, story_name, request_timeout_s=1e-6)
    with live_server(app) as url:
        client = GraphQLClient(url)
        error = client.error("{ stats { total } }")
        client.close()
    assert error["extensions"]["code"] == "TIMEOUT"
    assert "timed out" in error["message"]


def test_errors_never_carry_traces(api: GraphQLClient) -> None:
    body = api('{ timeline(entityId: "company:nobody") { id } }')
    (error,) = body["errors"]
    assert error["message"] == "no node with id 'company:nobody'"
    assert set(error) <= {"message", "locations", "path", "extensions"}
    assert set(error["extensions"]) == {"code"}


def test_http_endpoints(api: GraphQLClient) -> None:
    http: httpx.Client = api.http
    assert http.get("/healthz").json() == {"status": "ok"}
    assert http.get("/readyz").json() == {"status": "ready"}
    ide = http.get("/graphql", headers={"accept": "text/html"})
    assert ide.status_code == 200
    assert "graphiql" in ide.text.lower()
    via_get = http.get("/graphql", params={"query": "{ stats { total } }"})
    assert via_get.json()["data"]["stats"]["total"] > 0
    api.data("query CountEverything { stats { total } }")
    metrics = http.get("/metrics").text
    assert 'riskgraph_graphql_operations_total{operation="CountEverything",outcome="ok"' in (
        metrics.replace(',type="query"', "")
    )
    assert "riskgraph_graphql_operation_seconds_bucket" in metrics
    assert 'riskgraph_http_requests_total{route="/healthz",status="200"}' in metrics


def test_cors_origins_are_configurable(story_name: str, engine_data_dir: Path) -> None:
    app = make_app(engine_data_dir, story_name, cors_origins=("https://analyst.example.org",))
    with live_server(app) as url:
        preflight = httpx.options(
            url + "/graphql",
            headers={
                "origin": "https://analyst.example.org",
                "access-control-request-method": "POST",
            },
        )
        other = httpx.options(
            url + "/graphql",
            headers={"origin": "https://evil.example", "access-control-request-method": "POST"},
        )
    assert preflight.headers["access-control-allow-origin"] == "https://analyst.example.org"
    assert "access-control-allow-origin" not in other.headers


def test_expected_errors_are_not_logged_as_server_errors() -> None:
    assert is_expected(GraphQLError("x", original_error=NotFound("node", "a")))
    assert is_expected(GraphQLError("x", original_error=InputError("bad")))
    assert is_expected(GraphQLError("syntax"))
    assert not is_expected(GraphQLError("x", original_error=StoreUnavailable("down")))
    assert not is_expected(GraphQLError("x", original_error=KeyError("bug")))
