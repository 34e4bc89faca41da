"""The two cases of the seed story in miniature, with a hub every company is based in."""

from __future__ import annotations

from graph.model import Actor, ActorKind, Fact, FactKind, GraphBatch, Relation, RelType
from tests.graph.builders import DEEPSEEK, SACKS, allegation, article, evidence

CHINA = Actor(kind=ActorKind.COUNTRY, name="China", aliases=("Chine", "Pékin"))
TIKTOK = Actor(kind=ActorKind.COMPANY, name="TikTok")
FILLERS = tuple(Actor(kind=ActorKind.COMPANY, name=f"Chinese firm {i}") for i in range(10))
ART = article("cases", "2025-01-28T13:02:00Z")
LINK_SENTENCE = (
    "Lorsque l'on connaît la situation de TikTok outre-Atlantique, il y a de quoi s'inquiéter "
    "pour DeepSeek."
)


def case(name: str, sentence: str) -> Fact:
    return Fact(
        kind=FactKind.CASE,
        key=(name,),
        label=name,
        name=name,
        evidence=(evidence(ART, sentence),),
    )


DEEPSEEK_CASE = case("DeepSeek distillation", "DeepSeek aurait exfiltré des données.")
TIKTOK_CASE = case("TikTok ban", "La situation de TikTok outre-Atlantique.")


def cases_batch() -> GraphBatch:
    fact = allegation(ART, "Sacks affirme des preuves substantielles.")
    based_in = tuple(
        Relation(type=RelType.BASED_IN, source_id=a.id, target_id=CHINA.id, confidence=0.9)
        for a in (DEEPSEEK, TIKTOK, *FILLERS)
    )
    return GraphBatch(
        articles=(ART,),
        actors=(DEEPSEEK, TIKTOK, CHINA, SACKS, *FILLERS),
        facts=(DEEPSEEK_CASE, TIKTOK_CASE, fact),
        relations=(
            *based_in,
            Relation(type=RelType.PART_OF, source_id=DEEPSEEK.id, target_id=DEEPSEEK_CASE.id),
            Relation(type=RelType.PART_OF, source_id=TIKTOK.id, target_id=TIKTOK_CASE.id),
            Relation(
                type=RelType.LINKED_TO,
                source_id=DEEPSEEK_CASE.id,
                target_id=TIKTOK_CASE.id,
                qualifier="comparison",
                reason="compared as national-security risks",
                confidence=0.7,
                evidence=(evidence(ART, LINK_SENTENCE, 0.7),),
            ),
            Relation(type=RelType.MAKES, source_id=SACKS.id, target_id=fact.id),
            Relation(type=RelType.AGAINST, source_id=fact.id, target_id=DEEPSEEK.id),
        ),
    )
