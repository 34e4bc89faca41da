"""The SSRF policy: every address class, literal forms, allow-list by host and by network.

Only literal addresses and "localhost" (from /etc/hosts) are resolved here: no DNS query leaves
the machine.
"""

from __future__ import annotations

import ipaddress

import httpx
import pytest
from pydantic import ValidationError

from ingest.errors import BlockedAddress, BlockedSource
from ingest.netguard import AllowList, NetGuard, blocked_kind, parse_literal
from ingest.settings import IngestSettings, get_ingest_settings


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("127.255.0.9", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.0.1", "private"),
        ("fc00::1", "private"),
        ("fd12:3456::1", "private"),
        ("169.254.1.1", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("239.255.255.250", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("100.64.0.1", "shared (CGNAT)"),
        ("100.127.255.254", "shared (CGNAT)"),
        ("240.0.0.1", "private"),  # Python files the reserved 240/4 under is_private
        ("255.255.255.255", "private"),
        ("192.0.2.1", "private"),  # documentation ranges are not routable either
        ("169.254.169.254", "cloud metadata"),
        ("169.254.170.2", "cloud metadata"),
        ("fd00:ec2::254", "cloud metadata"),
        ("100.100.100.200", "cloud metadata"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:10.0.0.1", "private"),
        ("::ffff:169.254.169.254", "cloud metadata"),
        ("2002:a00:1::", "private"),  # 6to4 wrapping 10.0.0.1
        ("64:ff9b::a9fe:a9fe", "cloud metadata"),  # NAT64 wrapping 169.254.169.254
        ("fec0::1", "site-local"),
    ],
)
def test_blocked_address_classes(address: str, kind: str) -> None:
    assert blocked_kind(ipaddress.ip_address(address)) == kind


@pytest.mark.parametrize("address", ["93.184.215.14", "1.1.1.1", "2606:4700::1111", "100.128.0.1"])
def test_public_addresses_pass(address: str) -> None:
    assert blocked_kind(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("127.0.0.1", "127.0.0.1"),
        ("[::1]", "::1"),
        ("2130706433", "127.0.0.1"),  # decimal
        ("0177.0.0.1", "127.0.0.1"),  # octal
        ("0x7f.0.0.1", "127.0.0.1"),  # hex
        ("127.1", "127.0.0.1"),  # short form
        ("0xa9fea9fe", "169.254.169.254"),
    ],
)
def test_literal_forms(host: str, address: str) -> None:
    assert parse_literal(host) == ipaddress.ip_address(address)


def test_names_are_not_literals() -> None:
    assert parse_literal("example.org") is None
    assert parse_literal("localhost") is None


async def test_literals_are_refused_without_lookup() -> None:
    guard = NetGuard()
    for host in ("2130706433", "0x7f.1", "::ffff:7f00:1", "169.254.169.254"):
        with pytest.raises(BlockedAddress) as caught:
            await guard.resolve(host, 80, source=f"http://{host}/")
        assert caught.value.host == host
        assert "RISKGRAPH_ALLOW_PRIVATE" in str(caught.value)


async def test_localhost_name_is_refused_by_default_and_allowed_by_name() -> None:
    with pytest.raises(BlockedAddress) as caught:
        await NetGuard().resolve("localhost", 80, source="http://localhost/")
    assert caught.value.kind == "loopback"
    addresses = await NetGuard(["localhost"]).resolve("LOCALHOST", 80, source="http://localhost/")
    assert addresses
    assert all(address.is_loopback for address in addresses)


async def test_allow_list_by_network() -> None:
    guard = NetGuard(["10.0.0.0/8", "fd00::/8"])
    assert await guard.resolve("10.20.30.40", 80, source="s") == [
        ipaddress.ip_address("10.20.30.40")
    ]
    # An allowed network does not open the others, nor the mapped form of another network.
    for host in ("192.168.1.1", "127.0.0.1", "::ffff:192.168.1.1"):
        with pytest.raises(BlockedAddress):
            await guard.resolve(host, 80, source="s")
    # The IPv4-mapped form of an allowed address is allowed too.
    assert await guard.resolve("::ffff:10.0.0.1", 80, source="s")


def test_metadata_needs_an_exact_entry() -> None:
    metadata = ipaddress.ip_address("169.254.169.254")
    assert not AllowList.parse(["169.254.0.0/16"]).allows("h", metadata, "cloud metadata")
    assert not AllowList.parse(["h"]).allows("h", metadata, "cloud metadata")
    assert AllowList.parse(["169.254.169.254"]).allows("h", metadata, "cloud metadata")
    link_local = ipaddress.ip_address("169.254.1.1")
    assert AllowList.parse(["169.254.0.0/16"]).allows("h", link_local, "link-local")


async def test_allow_list_by_host_is_case_and_dot_insensitive() -> None:
    allow = AllowList.parse(["Intranet.Example."])
    assert allow.allows("intranet.example", ipaddress.ip_address("10.0.0.5"), "private")
    assert allow.allows("INTRANET.EXAMPLE.", ipaddress.ip_address("10.0.0.5"), "private")
    assert not allow.allows("other.example", ipaddress.ip_address("10.0.0.5"), "private")


@pytest.mark.parametrize("url", ["ftp://example.org/", "file:///etc/passwd", "gopher://x/"])
async def test_only_http_schemes(url: str) -> None:
    with pytest.raises(BlockedSource, match="only http and https"):
        await NetGuard().check_url(httpx.URL(url), source=url)


# --- settings -------------------------------------------------------------------------------


def test_allow_private_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RISKGRAPH_ALLOW_PRIVATE", " intranet.example , 10.0.0.0/8,")
    assert IngestSettings().allow_private == ["intranet.example", "10.0.0.0/8"]
    monkeypatch.setenv("RISKGRAPH_ALLOW_PRIVATE", '["feeds.corp", "fd00::/8"]')
    assert IngestSettings().allow_private == ["feeds.corp", "fd00::/8"]
    monkeypatch.setenv("RISKGRAPH_ALLOW_PRIVATE", "")
    assert IngestSettings().allow_private == []


@pytest.mark.parametrize("entry", ["not a host", "10.0.0.0/33", "http://x/"])
def test_bad_allow_list_entries_fail_fast(monkeypatch: pytest.MonkeyPatch, entry: str) -> None:
    monkeypatch.setenv("RISKGRAPH_ALLOW_PRIVATE", entry)
    with pytest.raises(ValidationError, match="RISKGRAPH_ALLOW_PRIVATE"):
        IngestSettings()


def test_settings_are_read_lazily_and_cached(monkeypatch: pytest.MonkeyPatch) -> None:
    get_ingest_settings.cache_clear()
    monkeypatch.setenv("RISKGRAPH_FETCH_MAX_BYTES", "1234")
    try:
        assert get_ingest_settings().fetch_max_bytes == 1234
        assert get_ingest_settings() is get_ingest_settings()
    finally:
        get_ingest_settings.cache_clear()
