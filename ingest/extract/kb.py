"""The curated knowledge base of known actors (ingest/extract/kb/actors.yaml).

Each entry gives a canonical English name, a kind, aliases in English and French, and optional
facts that are obvious and stable (a product's developer, an official's role). The YAML is
validated with pydantic when loaded, and an alias that normalises to the same key as another
actor's alias must be declared in `shared_aliases` (otherwise loading fails): a gazetteer that
silently picks one of two actors is worse than none.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from graph.ids import normalize_name
from graph.model import Actor, ActorKind

DEFAULT_PATH = Path(__file__).with_name("kb") / "actors.yaml"


class KBError(ValueError):
    """The knowledge base file is missing, malformed or ambiguous."""


Model = TypeVar("Model", bound=BaseModel)


def load_yaml(path: Path, model: type[Model], what: str) -> Model:
    """Read one of the curated YAML files into its pydantic model; any failure is a KBError
    that names the file and what is wrong with it. An empty file is an empty model."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise KBError(f"cannot read {what} {path}: {exc}") from exc
    except yaml.YAMLError as exc:
        raise KBError(f"{what} {path} is not valid YAML: {exc}") from exc
    try:
        return model.model_validate(raw or {})
    except ValidationError as exc:
        raise KBError(f"{what} {path} is invalid: {exc}") from exc


class KBEntry(BaseModel):
    """One known actor as written in the YAML file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1, max_length=300)
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    country: str | None = None  # canonical English name of a Country entry
    wikidata: str | None = Field(default=None, pattern=r"^Q\d+$")
    description: str | None = None
    developer: str | None = None  # Product -> the company that makes it
    parent: str | None = None  # Company/Product -> owner
    role: str | None = None  # Official/Person -> title, in English
    org: str | None = None  # ... held at this organisation or country

    @field_validator("aliases")
    @classmethod
    def _clean_aliases(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a.strip() for a in value if a.strip()))

    def actor(self) -> Actor:
        """The canonical Actor the graph stores for this entry."""
        return Actor(
            kind=self.kind,
            name=self.name,
            aliases=self.aliases,
            country=self.country,
            wikidata=self.wikidata,
            description=self.description,
        )

    def surface_forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class KBFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    shared_aliases: tuple[str, ...] = ()  # keys deliberately shared by several actors
    actors: tuple[KBEntry, ...]


def alias_key(text: str) -> str:
    """The matching key of a surface form: case, accents, punctuation, possessives folded."""
    return normalize_name(text)


class KnowledgeBase:
    """Known actors indexed by normalised alias."""

    def __init__(self, entries: Iterable[KBEntry], shared_aliases: Iterable[str] = ()) -> None:
        self.entries: tuple[KBEntry, ...] = tuple(entries)
        self.shared_keys = frozenset(alias_key(a) for a in shared_aliases)
        self._by_key: dict[str, list[KBEntry]] = {}
        self._by_name: dict[str, KBEntry] = {}
        for entry in self.entries:
            if alias_key(entry.name) in self._by_name:
                raise KBError(f"{entry.name!r} is listed twice")
            self._by_name[alias_key(entry.name)] = entry
            for form in entry.surface_forms():
                key = alias_key(form)
                if not key:
                    raise KBError(f"alias {form!r} of {entry.name!r} has no letters or digits")
                bucket = self._by_key.setdefault(key, [])
                if entry not in bucket:
                    bucket.append(entry)
        self._check_ambiguity()

    def _check_ambiguity(self) -> None:
        clashes = [
            f"{key!r} -> " + ", ".join(f"{e.name} ({e.kind.value})" for e in bucket)
            for key, bucket in self._by_key.items()
            if len(bucket) > 1 and key not in self.shared_keys
        ]
        if clashes:
            raise KBError("undeclared ambiguous aliases: " + "; ".join(clashes))

    def ambiguous_keys(self) -> dict[str, list[KBEntry]]:
        """Keys shared by several actors (each one declared in `shared_aliases`)."""
        return {k: list(v) for k, v in self._by_key.items() if len(v) > 1}

    def lookup(self, text: str) -> list[KBEntry]:
        """Every entry one of whose surface forms normalises like `text`."""
        return list(self._by_key.get(alias_key(text), ()))

    def get(self, name: str) -> KBEntry | None:
        """The entry with this canonical name (normalised), if any."""
        return self._by_name.get(alias_key(name))

    def alias_keys(self) -> list[str]:
        return list(self._by_key)

    def forms(self) -> list[tuple[str, KBEntry]]:
        """Every (surface form, entry) pair, for building gazetteers."""
        return [(form, e) for e in self.entries for form in e.surface_forms()]

    def __len__(self) -> int:
        return len(self.entries)


def load_kb(path: Path | None = None) -> KnowledgeBase:
    """Read and validate a KB file (default: the one shipped with RiskGraph)."""
    path = path or DEFAULT_PATH
    parsed = load_yaml(path, KBFile, "knowledge base")
    kb = KnowledgeBase(parsed.actors, parsed.shared_aliases)
    _check_references(kb)
    return kb


def _check_references(kb: KnowledgeBase) -> None:
    """Countries, developers, parents and orgs must name entries of the KB."""
    for entry in kb.entries:
        for field in ("country", "developer", "parent", "org"):
            target = getattr(entry, field)
            if target is not None and kb.get(target) is None:
                raise KBError(f"{entry.name!r}: {field} {target!r} is not in the knowledge base")


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The shipped KB, loaded once per process."""
    return load_kb()


DESCRIPTORS_PATH = Path(__file__).with_name("kb") / "descriptors.yaml"


class Descriptors(BaseModel):
    """How news names known actors without their names (kb/descriptors.yaml)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    headquarters: dict[str, tuple[str, ...]] = Field(default_factory=dict)

    def cities(self) -> dict[str, tuple[str, ...]]:
        """City (as written) -> canonical names of the actors based there."""
        out: dict[str, list[str]] = {}
        for actor, cities in self.headquarters.items():
            for city in cities:
                out.setdefault(city, []).append(actor)
        return {city: tuple(actors) for city, actors in out.items()}


def load_descriptors(kb: KnowledgeBase, path: Path | None = None) -> Descriptors:
    """Read and validate the descriptors file; every actor it names must be in the KB."""
    path = path or DESCRIPTORS_PATH
    parsed = load_yaml(path, Descriptors, "descriptors")
    missing = [name for name in parsed.headquarters if kb.get(name) is None]
    if missing:
        raise KBError(f"descriptors {path} name actors not in the KB: {', '.join(missing)}")
    return parsed


@lru_cache(maxsize=4)
def descriptors_for(kb: KnowledgeBase) -> Descriptors:
    """The shipped descriptors, checked against one KB (loaded once per KB object)."""
    return load_descriptors(kb)
