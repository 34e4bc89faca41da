"""SSRF protection: which hosts and addresses a fetch may contact.

A feed or article URL comes from the outside world; without a guard, a feed could point RiskGraph
at a cloud metadata service or an intranet admin page. Every host is resolved and refused if ANY
of its addresses is private, loopback, link-local, multicast, reserved, unspecified, shared
(100.64/10) or a cloud metadata endpoint, unless RISKGRAPH_ALLOW_PRIVATE exempts it. The same
check runs again inside the transport at connect time, which then connects to the vetted address
only, so a DNS answer that changes between the two (rebinding) cannot slip through.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass

import httpx

from ingest.errors import BlockedAddress, BlockedSource, FetchTimeout, Unreachable

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

REMOTE_SCHEMES = frozenset({"http", "https"})

# Instance metadata services hand out cloud credentials: AWS/GCP/Azure/OpenStack/Oracle
# (169.254.169.254 and AWS's IPv6 twin), AWS ECS task and EKS pod identity agents, Alibaba, old OCI.
METADATA_ADDRESSES: frozenset[IPAddress] = frozenset(
    ipaddress.ip_address(text)
    for text in (
        "169.254.169.254",
        "169.254.170.2",
        "169.254.170.23",
        "fd00:ec2::254",
        "fd00:ec2::23",
        "100.100.100.200",
        "192.0.0.192",
    )
)
_SHARED = ipaddress.IPv4Network("100.64.0.0/10")  # carrier-grade NAT; Python 3.11 misses it
_NAT64 = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"))


def embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (mapped, 6to4, NAT64), if any."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if any(address in net for net in _NAT64):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def blocked_kind(address: IPAddress) -> str | None:
    """Why this address must not be contacted by default ("loopback", ...), or None if public."""
    if address in METADATA_ADDRESSES:
        return "cloud metadata"
    if isinstance(address, ipaddress.IPv6Address):
        inner = embedded_ipv4(address)
        if inner is not None:
            return blocked_kind(inner)
        if address.is_site_local:
            return "site-local"
    checks: tuple[tuple[bool, str], ...] = (
        (address.is_unspecified, "unspecified"),
        (address.is_loopback, "loopback"),
        (address.is_link_local, "link-local"),
        (address.is_multicast, "multicast"),
        (isinstance(address, ipaddress.IPv4Address) and address in _SHARED, "shared (CGNAT)"),
        (address.is_private, "private"),
        (address.is_reserved, "reserved"),
        (not address.is_global, "non-public"),
    )
    return next((kind for hit, kind in checks if hit), None)


def parse_literal(host: str) -> IPAddress | None:
    """The address a host string denotes by itself, in any form the C resolver accepts.

    inet_aton takes the legacy forms too (decimal "2130706433", octal "0177.0.0.1", hex, short
    "127.1"): a URL can smuggle loopback in them, so they are parsed here, without any lookup.
    """
    text = host.strip("[]")
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        pass
    try:
        return ipaddress.IPv4Address(socket.inet_aton(text))
    except OSError:
        return None


@dataclass(frozen=True)
class AllowList:
    """Hosts and networks exempt from blocking (RISKGRAPH_ALLOW_PRIVATE)."""

    hosts: frozenset[str] = frozenset()
    networks: tuple[IPNetwork, ...] = ()

    @classmethod
    def parse(cls, entries: Iterable[str]) -> AllowList:
        hosts: set[str] = set()
        networks: list[IPNetwork] = []
        for entry in entries:
            item = entry.strip().lower().rstrip(".")
            try:
                networks.append(ipaddress.ip_network(item, strict=False))
            except ValueError:
                hosts.add(item)
        return cls(frozenset(hosts), tuple(networks))

    def allows(self, host: str, address: IPAddress, kind: str) -> bool:
        """Whether `address` (reached as `host`, refused for `kind`) is exempt.

        Metadata endpoints are exempt only when listed by their exact address: allowing a whole
        link-local range or an intranet host name must not hand out cloud credentials.
        """
        candidates = [address]
        if isinstance(address, ipaddress.IPv6Address) and (inner := embedded_ipv4(address)):
            candidates.append(inner)
        if kind == "cloud metadata":
            return any(
                net.num_addresses == 1 and ip in net for net in self.networks for ip in candidates
            )
        if host.lower().rstrip(".") in self.hosts:
            return True
        return any(ip in net for net in self.networks for ip in candidates)


class NetGuard:
    """Resolves hosts and refuses the ones a fetch must not contact. No I/O until called."""

    def __init__(self, allow_private: Iterable[str] = (), *, resolve_timeout_s: float = 10.0):
        self._allow = AllowList.parse(allow_private)
        self._resolve_timeout_s = resolve_timeout_s

    async def check_url(self, url: httpx.URL, *, source: str) -> list[IPAddress]:
        """Refuse non-HTTP schemes and blocked hosts; the vetted addresses otherwise."""
        if url.scheme not in REMOTE_SCHEMES:
            raise BlockedSource(
                source,
                f"{url.scheme or 'scheme-less'} URLs are not fetched from the network "
                f"(got {url}); only http and https are",
            )
        host = url.raw_host.decode("ascii")
        if not host:
            raise BlockedSource(source, f"the URL {url} has no host")
        port = url.port or (443 if url.scheme == "https" else 80)
        return await self.resolve(host, port, source=source)

    async def resolve(self, host: str, port: int, *, source: str) -> list[IPAddress]:
        """Every address `host` resolves to, once all of them passed the policy.

        Raises BlockedAddress if ANY address is refused (a name with one public and one private
        address is refused), Unreachable if the name does not resolve.
        """
        literal = parse_literal(host)
        addresses = [literal] if literal is not None else await self._lookup(host, port, source)
        for address in addresses:
            kind = blocked_kind(address)
            if kind is not None and not self._allow.allows(host, address, kind):
                raise BlockedAddress(source, host, str(address), kind)
        return addresses

    async def _lookup(self, host: str, port: int, source: str) -> list[IPAddress]:
        loop = asyncio.get_running_loop()
        try:
            # The event loop runs getaddrinfo in its default thread pool.
            async with asyncio.timeout(self._resolve_timeout_s):
                infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except TimeoutError:
            raise FetchTimeout(
                source, f"resolving {host!r} took more than {self._resolve_timeout_s} s"
            ) from None
        except (socket.gaierror, UnicodeError) as exc:
            raise Unreachable(
                source, f"the host name {host!r} does not resolve ({exc}); check the URL"
            ) from None
        seen: dict[IPAddress, None] = {}
        for _family, _type, _proto, _canon, sockaddr in infos:
            seen[ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])] = None
        if not seen:
            raise Unreachable(source, f"the host name {host!r} has no address")
        return list(seen)
