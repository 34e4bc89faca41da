"""Broader allegation cues, both languages (invented sentences): enforcement acts, reported
findings, pronouns that take up a claimant or an accused."""

from __future__ import annotations

import pytest

from tests.ingest.extract.test_allegations_general import _pairs


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("The European Commission fined Meta €200m on Thursday over its handling of personal data.",
         "en", ("European Commission", "Meta")),
        ("The CNIL sanctioned Huawei for breaching privacy rules.", "en", ("CNIL", "Huawei")),
        ("La Commission européenne a infligé une amende de 200 millions d'euros à Meta pour "
         "le traitement des données personnelles de ses utilisateurs.", "fr",
         ("European Commission", "Meta")),
    ],
)  # fmt: skip
def test_an_enforcement_act_accuses_its_object(text: str, lang: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text, lang)


def test_a_dateline_is_not_the_speaker() -> None:
    pairs = _pairs("PARIS — The CNIL fined Meta on Monday over unlawful data transfers.", "en")
    assert ("CNIL", "Meta") in pairs


@pytest.mark.parametrize(
    "text",
    [
        "The Commerce Department added Huawei to its Entity List, accusing it of helping Iran.",
        "The FBI named Huawei in a notice on Monday, accusing it of stealing trade secrets.",
    ],
)
def test_a_pronoun_object_of_a_participle_is_the_object_just_named(text: str) -> None:
    pairs = _pairs(text, "en")
    assert any(accused == "Huawei" for _, accused in pairs)
    assert all(claimant != accused for claimant, accused in pairs)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Select Committee said in a report that DeepSeek had copied OpenAI's models.",
         ("Select Committee", "DeepSeek")),
        ("The FBI has, for its part, alleged that Huawei stole trade secrets.", ("FBI", "Huawei")),
        ("Meta released a new chatbot on Monday. The Authors Guild said the company had stolen "
         "millions of books to train it.", ("Authors Guild", "Meta")),
    ],
)  # fmt: skip
def test_reported_findings_in_reports_and_parentheticals(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Selon une plainte déposée par OpenAI, DeepSeek aurait copié ses modèles.", "fr"),
        ("According to a lawsuit filed by OpenAI, DeepSeek copied its models.", "en"),
    ],
)
def test_the_author_of_a_credited_document_is_the_claimant(text: str, lang: str) -> None:
    assert _pairs(text, lang) == {("OpenAI", "DeepSeek")}


def test_a_fine_inflicted_on_someone_accuses_them() -> None:
    text = (
        "La CNIL a infligé à Huawei une amende de 5 millions d'euros pour abus de "
        "position dominante."
    )
    assert ("CNIL", "Huawei") in _pairs(text, "fr")
