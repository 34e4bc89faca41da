"""Entity precision/recall/F1 against a gold JSONL file (e.g. /work/shared/eval-dev/articles.jsonl).

Per article, the predicted entities are the distinct actors of the mentions. A predicted actor
matches a gold entity of the same type when its canonical name, or one of the texts it was
mentioned by, equals (after normalisation) the gold name or one of the gold aliases. Each gold
entity matches at most one prediction. Scores are micro-averaged per language.

Run: python -m ingest.extract.entity_eval GOLD.jsonl [-v]
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from graph.ids import normalize_name
from graph.model import Article, utc_now
from ingest.extract.analyze import analyze
from ingest.extract.types import AnalyzedDoc


@dataclass(frozen=True)
class GoldEntity:
    name: str
    type: str
    aliases: tuple[str, ...]

    def keys(self) -> set[str]:
        return {normalize_name(n) for n in (self.name, *self.aliases)}


@dataclass(frozen=True)
class GoldArticle:
    id: str
    lang: str
    text: str
    entities: tuple[GoldEntity, ...]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(path: Path) -> list[GoldArticle]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        entities = tuple(
            GoldEntity(e["name"], e["type"], tuple(e.get("aliases", ()))) for e in row["entities"]
        )
        out.append(GoldArticle(row["id"], row["lang"], row["text"], entities))
    return out


def score_doc(gold: GoldArticle, doc: AnalyzedDoc, score: Score) -> None:
    predicted: dict[str, tuple[str, str, set[str]]] = {}
    for m in doc.mentions:
        name, kind, keys = predicted.setdefault(
            m.actor.id, (m.actor.name, m.actor.kind.value, {normalize_name(m.actor.name)})
        )
        keys.add(normalize_name(m.text))
    unmatched = list(gold.entities)
    for name, kind, keys in predicted.values():
        match = next((g for g in unmatched if g.type == kind and g.keys() & keys), None)
        if match is None:
            score.fp += 1
            score.errors.append(f"{gold.id} FP {kind} {name!r} {sorted(keys)}")
        else:
            score.tp += 1
            unmatched.remove(match)
    for g in unmatched:
        score.fn += 1
        score.errors.append(f"{gold.id} FN {g.type} {g.name!r} {list(g.aliases)}")


def evaluate(gold: Sequence[GoldArticle]) -> dict[str, Score]:
    """Scores per language (and 'all')."""
    now = utc_now()
    articles = [
        Article(
            guid=g.id, lang=g.lang, text=g.text, published=now, fetched_at=now, content_hash=g.id
        )
        for g in gold
    ]
    scores: dict[str, Score] = {}
    for g, doc in zip(gold, analyze(articles), strict=True):
        score_doc(g, doc, scores.setdefault(g.lang, Score()))
        score_doc(g, doc, scores.setdefault("all", Score()))
    return scores


def main(argv: Sequence[str]) -> int:
    if not argv:
        print("usage: python -m ingest.extract.entity_eval GOLD.jsonl [-v]")
        return 2
    scores = evaluate(load_gold(Path(argv[0])))
    for lang, s in sorted(scores.items()):
        print(
            f"{lang}: P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}"
            f" (tp={s.tp} fp={s.fp} fn={s.fn})"
        )
    if "-v" in argv:
        for line in scores["all"].errors:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
