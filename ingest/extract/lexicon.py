"""Word lists written as readable blocks of text."""

from __future__ import annotations


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of a block, as a set of normalised keys."""
    return frozenset(text.split())


_FR_ENDINGS = ("aient", "ait", "ent", "ées", "és", "ée", "é", "es", "e", "ant")


def french_infinitives(surface: str) -> list[str]:
    """The -er infinitives a French verb form may belong to ('préside' -> 'présider'), for
    forms the tagger mislemmatised; only guesses of five letters or more."""
    word = surface.lower()
    return [
        word[: -len(ending)] + "er"
        for ending in _FR_ENDINGS
        if word.endswith(ending) and len(word) - len(ending) + 2 > 4
    ]
