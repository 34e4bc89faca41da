"""API keys: generated once, stored only as sha256 hashes, checked in constant time.

A key carries one role. `write` can do everything `read` can; mutations always need `write`,
reads need `read` only when the server is configured so.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from typing import Literal

Role = Literal["read", "write"]
ROLES: tuple[Role, ...] = ("read", "write")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_BEARER = re.compile(r"^\s*Bearer\s+(\S+)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class ApiKey:
    """A configured key: its role and the sha256 hex digest of the secret."""

    role: Role
    digest: str

    def line(self) -> str:
        return f"{self.role}:{self.digest}"


@dataclass(frozen=True)
class Principal:
    """Who is calling: the roles their key grants (none when no key was sent)."""

    roles: frozenset[Role] = frozenset()

    @property
    def can_write(self) -> bool:
        return "write" in self.roles

    @property
    def can_read(self) -> bool:
        return bool(self.roles)


ANONYMOUS = Principal()


class BadApiKey(Exception):
    """A key was sent but matches no configured key (never silently treated as anonymous)."""


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def new_key(role: Role) -> tuple[str, ApiKey]:
    """A fresh random key and the hashed entry to put in RISKGRAPH_API_KEYS."""
    key = "rg_" + secrets.token_urlsafe(32)
    return key, ApiKey(role=role, digest=hash_key(key))


def parse_keys(text: str) -> tuple[ApiKey, ...]:
    """Parse "role:sha256hex,..."; fails fast, naming the bad entry by position only."""
    keys = []
    for index, entry in enumerate(p.strip() for p in text.split(",")):
        if not entry:
            continue
        role, _, digest = entry.partition(":")
        role, digest = role.strip(), digest.strip().lower()
        if role not in ("read", "write") or not _HEX64.match(digest):
            raise ValueError(
                f"api key entry {index + 1} must be 'read:<sha256 hex>' or 'write:<sha256 hex>'"
            )
        keys.append(ApiKey(role="write" if role == "write" else "read", digest=digest))
    return tuple(keys)


def presented_key(authorization: str | None, x_api_key: str | None) -> str | None:
    """The key sent as `Authorization: Bearer <key>` or `X-API-Key: <key>`, if any."""
    if x_api_key:
        return x_api_key.strip()
    if authorization:
        match = _BEARER.match(authorization)
        if not match:
            raise BadApiKey("the Authorization header must be 'Bearer <api key>'")
        return match.group(1)
    return None


def authenticate(key: str | None, keys: tuple[ApiKey, ...]) -> Principal:
    if key is None:
        return ANONYMOUS
    digest = hash_key(key)
    # Compare against every entry so timing does not reveal which digest matched.
    roles = {k.role for k in keys if hmac.compare_digest(k.digest, digest)}
    if not roles:
        raise BadApiKey("invalid API key")
    if "write" in roles:
        roles.add("read")
    return Principal(roles=frozenset(roles))
