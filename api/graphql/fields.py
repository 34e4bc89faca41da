"""Typed spellings of `strawberry.field(description=...)` and `strawberry.mutation(...)`.

Strawberry types those decorator factories as returning Any, which mypy --strict refuses; the
resolvers keep their own signatures, which is what mypy should check.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

import strawberry

F = TypeVar("F", bound=Callable[..., Any])


def field(description: str) -> Callable[[F], F]:
    return cast("Callable[[F], F]", strawberry.field(description=description))


def mutation(description: str) -> Callable[[F], F]:
    return cast("Callable[[F], F]", strawberry.mutation(description=description))
