"""Quotations credited by a speech tag after them, both languages (invented sentences)."""

from __future__ import annotations

import pytest

from tests.ingest.extract.test_allegations_general import _pairs


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("« Huawei espionne ses clients et vole des données », a déclaré Marco Rubio.", "fr"),
        ("Marco Rubio a parlé mardi. « Huawei espionne ses clients », estime-t-il.", "fr"),
        ("Meike Kamp a parlé mardi. « Huawei espionne ses clients », estime-t-elle.", "fr"),
        ("Marco Rubio a parlé mardi. « Huawei espionne ses clients », a-t-il ajouté.", "fr"),
        ("« Huawei espionne ses clients et vole des données », selon Marco Rubio.", "fr"),
        ('"Huawei has stolen data from its customers," Marco Rubio said.', "en"),
        ('Marco Rubio spoke on Tuesday. "Huawei has stolen data from its customers," he added.',
         "en"),
    ],
)  # fmt: skip
def test_a_quotation_is_what_its_speech_tag_claims(text: str, lang: str) -> None:
    speaker = "Meike Kamp" if "Meike" in text else "Marco Rubio"
    assert (speaker, "Huawei") in _pairs(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("« Le marché reste difficile pour tous », observe Marco Rubio, analyste chez Huawei.",
         "fr"),
        ('"The market is tough for everyone," said Marco Rubio, an analyst at Huawei.', "en"),
    ],
)  # fmt: skip
def test_the_speakers_description_in_the_tag_is_not_what_is_claimed(text: str, lang: str) -> None:
    assert not _pairs(text, lang)


def test_a_pronoun_tag_is_never_someone_named_in_the_quotation() -> None:
    pairs = _pairs(
        "Huawei a répondu mardi. Meike Kamp a parlé ensuite. « Huawei espionne ses clients », "
        "a-t-elle ajouté.",
        "fr",
    )
    assert ("Meike Kamp", "Huawei") in pairs
    assert all(claimant != "Huawei" for claimant, _ in pairs)


def test_a_tag_pronoun_after_a_quotation_prefers_a_person() -> None:
    pairs = _pairs(
        "Marco Rubio a rencontré Meta mardi. « Huawei espionne ses clients », a-t-il déclaré.",
        "fr",
    )
    assert pairs == {("Marco Rubio", "Huawei")}


@pytest.mark.parametrize(
    "text",
    [
        "« Huawei a volé nos données et copié nos modèles », a affirmé son directeur général, "
        "Marco Rubio, lors d'un entretien.",
        "« Huawei a volé nos données et copié nos modèles », a déclaré le président, Marco Rubio.",
    ],
)
def test_a_name_after_the_speakers_title_speaks(text: str) -> None:
    assert _pairs(text, "fr") == {("Marco Rubio", "Huawei")}


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Marco Rubio met Ms Meike Kamp on Tuesday. She said Huawei had stolen data from its "
         "customers.", "en", "Meike Kamp"),
        ("Mr Rubio met Meike Kamp on Tuesday. She said Huawei had stolen data from its customers.",
         "en", "Meike Kamp"),
        ("Marco Rubio a rencontré Mme Meike Kamp mardi. « Huawei a volé des données et copié nos "
         "modèles », a-t-elle ajouté.", "fr", "Meike Kamp"),
        ("Marco Rubio a rencontré Mme Meike Kamp mardi. « Huawei a volé des données et copié nos "
         "modèles », a-t-il ajouté.", "fr", "Marco Rubio"),
        ("Marco Rubio met Meike Kamp on Tuesday. He said Huawei had stolen data from its "
         "customers.", "en", "Marco Rubio"),
    ],
)  # fmt: skip
def test_a_pronoun_speaker_agrees_in_gender_where_the_article_marks_it(
    text: str, lang: str, speaker: str
) -> None:
    assert _pairs(text, lang) == {(speaker, "Huawei")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("« Huawei a volé nos données et copié nos modèles », martèle Marco Rubio.", "fr"),
        ("« Huawei a volé nos données et copié nos modèles », a fustigé Marco Rubio.", "fr"),
        ('"Huawei has stolen data from its customers," Marco Rubio stressed.', "en"),
    ],
)
def test_any_verb_tagging_a_quotation_with_its_speaker_reports_speech(text: str, lang: str) -> None:
    assert _pairs(text, lang) == {("Marco Rubio", "Huawei")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le « plan de vol de données » lancé par Marco Rubio vise Huawei.", "fr"),
        ('The "data theft plan" drafted by Marco Rubio targets Huawei.', "en"),
    ],
)
def test_a_verb_after_a_quoted_name_is_no_speech_tag(text: str, lang: str) -> None:
    assert not _pairs(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Huawei a transféré illégalement des données de ses clients vers la Chine, a affirmé "
         "Marco Rubio.", "fr", "Marco Rubio"),
        ("Huawei a transféré illégalement des données de ses clients vers la Chine, estime "
         "Marco Rubio.", "fr", "Marco Rubio"),
        ("Meike Kamp a parlé mardi. Huawei a transféré illégalement des données de ses clients "
         "vers la Chine, a-t-elle ajouté.", "fr", "Meike Kamp"),
    ],
)  # fmt: skip
def test_an_incise_after_an_unquoted_clause_credits_that_clause(
    text: str, lang: str, speaker: str
) -> None:
    assert _pairs(text, lang) == {(speaker, "Huawei")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pour Marco Rubio, Huawei a transféré illégalement des données de ses clients vers la "
         "Chine.", "fr"),
        ("Selon Marco Rubio, Huawei a transféré illégalement des données de ses clients vers la "
         "Chine.", "fr"),
        ("For Marco Rubio, the case shows that Huawei illegally transferred customer data to "
         "China.", "en"),
    ],
)  # fmt: skip
def test_a_person_whose_view_opens_the_sentence_is_the_claimant(text: str, lang: str) -> None:
    assert _pairs(text, lang) == {("Marco Rubio", "Huawei")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pour Huawei, la décision de Marco Rubio est un vol de données.", "fr"),
        ("Huawei a préparé pour Marco Rubio, un rapport sur le vol de données.", "fr"),
    ],
)
def test_pour_credits_only_a_person_opening_the_sentence(text: str, lang: str) -> None:
    assert ("Marco Rubio", "Huawei") not in _pairs(text, lang)
