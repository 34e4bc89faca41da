"""General rules for news full of actors the KB does not know, on real spaCy parses."""

from __future__ import annotations

from graph.model import ActorKind
from ingest.extract.pipeline import extract_facts
from ingest.extract.records import Extraction
from tests.ingest.extract.conftest import Analyze


def _facts(run: Analyze, text: str, lang: str) -> Extraction:
    return extract_facts(run((text, lang))[0])


def _kinds(extraction: Extraction) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in extraction.actors}


def test_an_unknown_firm_named_by_a_firm_word_or_its_shares_is_a_company(run: Analyze) -> None:
    got = _facts(
        run,
        "L'action de Ferrand Dynamique a chuté de 7 % mercredi. "
        "Le ministère de l'Intérieur a convoqué la société Ostralis.",
        "fr",
    )
    kinds = _kinds(got)
    assert kinds.get("Ferrand Dynamique") == ActorKind.COMPANY
    assert kinds.get("Ostralis") == ActorKind.COMPANY
    moves = [(e.subject.name, e.direction, e.amount) for e in got.market_events]
    assert ("Ferrand Dynamique", "down", 7.0) in moves


def test_a_person_after_a_firm_description_in_apposition_stays_a_person(run: Analyze) -> None:
    got = _facts(run, "Le fondateur de la start-up, Jean Dupuis, a démissionné jeudi.", "fr")
    assert _kinds(got).get("Jean Dupuis") == ActorKind.PERSON


def test_a_ministry_accuses_a_firm_named_by_its_description(run: Analyze) -> None:
    got = _facts(
        run,
        "Le ministère de l'Économie a accusé la société Ostralis d'avoir transféré des "
        "données de clients vers la Chine.",
        "fr",
    )
    pairs = {(a.claimant.name, a.accused.name) for a in got.allegations}
    assert len(pairs) == 1
    claimant, accused = pairs.pop()
    assert accused == "Ostralis"
    assert "ministère" in claimant.lower()  # the place the data went is not accused


def test_a_participle_accusation_by_an_association(run: Analyze) -> None:
    got = _facts(
        run,
        "La société Ostralis, accusée par l'association Human Rights Watch de revendre "
        "des données biométriques, a démenti.",
        "fr",
    )
    pairs = {(a.claimant.name, a.accused.name) for a in got.allegations}
    assert ("Human Rights Watch", "Ostralis") in pairs
