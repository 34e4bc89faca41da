"""Word lists written as readable blocks of text."""

from __future__ import annotations


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of a block, as a set of normalised keys."""
    return frozenset(text.split())
