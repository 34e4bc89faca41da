"""Descriptors the existing back-references did not reach (invented sentences): a regulator
called by a word its name does not use, a firm by its nationality and type."""

from __future__ import annotations

from ingest.extract.types import AnalyzedDoc
from tests.ingest.extract.conftest import Analyze


def _coref(doc: AnalyzedDoc) -> list[tuple[str, str]]:
    return [(m.text, m.actor.name) for m in doc.mentions if m.source == "coref"]


def test_the_watchdog_is_the_one_regulator_named_before(run: Analyze) -> None:
    english, french = run(
        "The Italian Data Protection Authority wrote to DeepSeek on Tuesday. On Friday the "
        "watchdog said DeepSeek had sent users' data to China.",
        (
            "Le ministère de l'Économie et la Commission irlandaise de protection des données ont "
            "rencontré TikTok. Le régulateur irlandais estime que TikTok a enfreint le droit "
            "européen.",
            "fr",
        ),
    )
    assert ("watchdog", "Garante per la protezione dei dati personali") in _coref(english)
    assert ("régulateur", "Data Protection Commission") in _coref(french)


def test_the_watchdog_stays_unresolved_when_two_regulators_or_no_country_fit(
    run: Analyze,
) -> None:
    two, other_country = run(
        "The Italian Data Protection Authority and the CNIL wrote to DeepSeek. The watchdog "
        "said DeepSeek had sent users' data to China.",
        "The CNIL wrote to DeepSeek on Monday. The Irish regulator said DeepSeek had broken "
        "European law.",
    )
    assert not any(text in {"watchdog", "regulator"} for text, _ in _coref(two))
    assert not any(text == "regulator" for text, _ in _coref(other_country))
