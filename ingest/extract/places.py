"""Cities and regions that are places, not actors (kb/places.yaml).

spaCy tags many cities as organisations ("headquartered in Nijmegen", "the Abu Dhabi investor"),
and the annotation conventions leave cities and regions out, so a name found here is never typed
as a new entity. The KB wins over this list: a capital standing for its state is a KB alias.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from graph.ids import normalize_name
from ingest.extract.kb import KBError

PLACES_PATH = Path(__file__).with_name("kb") / "places.yaml"


class _Places(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    cities: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()


def load_places(path: Path = PLACES_PATH) -> frozenset[str]:
    """The normalised names of every city and region in the file."""
    try:
        parsed = _Places.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
    except OSError as exc:
        raise KBError(f"cannot read places {path}: {exc}") from exc
    except (yaml.YAMLError, ValidationError) as exc:
        raise KBError(f"places {path} are invalid: {exc}") from exc
    return frozenset(normalize_name(name) for name in (*parsed.cities, *parsed.regions))


@lru_cache(maxsize=1)
def _shipped() -> frozenset[str]:
    return load_places()


def is_known_place(name: str) -> bool:
    """Whether a name is a city or region of the shipped list ("Nimègue", "Silicon Valley")."""
    return normalize_name(name) in _shipped()
