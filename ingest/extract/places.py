"""Cities and regions that are places, not actors (kb/places.yaml).

spaCy tags many cities as organisations ("headquartered in Nijmegen", "the Abu Dhabi investor"),
and the annotation conventions leave cities and regions out, so a name found here is never typed
as a new entity. The KB wins over this list: a capital standing for its state is a KB alias.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from graph.ids import normalize_name
from ingest.extract.kb import load_yaml

PLACES_PATH = Path(__file__).with_name("kb") / "places.yaml"


class _Places(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    cities: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()


def load_places(path: Path = PLACES_PATH) -> frozenset[str]:
    """The normalised names of every city and region in the file."""
    parsed = load_yaml(path, _Places, "places")
    return frozenset(normalize_name(name) for name in (*parsed.cities, *parsed.regions))


@lru_cache(maxsize=1)
def _shipped() -> frozenset[str]:
    return load_places()


def is_known_place(name: str) -> bool:
    """Whether a name is a city or region of the shipped list ("Nimègue", "Silicon Valley")."""
    return normalize_name(name) in _shipped()
