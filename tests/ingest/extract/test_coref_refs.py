"""Descriptors the existing back-references did not reach (invented sentences): a regulator
called by a word its name does not use, a firm by its nationality and type."""

from __future__ import annotations

import pytest

from ingest.extract.accused import PARTY_KINDS
from ingest.extract.pipeline import extract_facts, kb_maker
from ingest.extract.syntax import DocView
from ingest.extract.types import AnalyzedDoc
from tests.ingest.extract.conftest import Analyze
from tests.ingest.extract.test_claimants import _coref


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


def test_a_firm_named_by_its_nationality_is_the_one_of_that_country(run: Analyze) -> None:
    english, french = run(
        "Samsung Electronics and Nvidia signed a supply deal on Monday. Nvidia will buy memory "
        "chips from the South Korean company.",
        (
            "Nvidia a conclu un accord avec SK Hynix. Le groupe sud-coréen fournira des puces "
            "mémoire à Nvidia.",
            "fr",
        ),
    )
    assert ("company", "Samsung Electronics") in _coref(english)
    assert ("groupe", "SK Hynix") in _coref(french)


def test_a_nationality_two_named_firms_share_or_a_name_after_is_no_reference(
    run: Analyze,
) -> None:
    two, named, owned = run(
        "Baidu and Alibaba met regulators in Beijing. The Chinese company said it would comply.",
        "Baidu met regulators in Beijing. The Chinese start-up DeepSeek said it would comply.",
        "Huawei lost a contract. Officials warned that the Chinese giant's chips were unsafe.",
    )
    assert _coref(two) == []
    assert _coref(named) == []
    assert not any(text == "giant" for text, _ in _coref(owned))


def test_a_firm_accused_after_a_clause_is_not_listed_with_the_court(run: Analyze) -> None:
    (doc,) = run(
        (
            "Le Syndicat national de l'édition a assigné Meta devant le tribunal judiciaire de "
            "Paris, accusant le groupe américain d'avoir copié des livres protégés.",
            "fr",
        )
    )
    pairs = {(a.claimant.name, a.accused.name) for a in extract_facts(doc, kb_maker()).allegations}
    assert ("Syndicat national de l'édition", "Meta") in pairs
    assert not any("tribunal" in accused for _, accused in pairs)


def test_the_app_is_the_one_actor_tied_to_that_noun_before(run: Analyze) -> None:
    english, french = run(
        "Millions downloaded the DeepSeek app in January. On Friday Texas banned the app on "
        "state phones.",
        (
            "Les utilisateurs ont adopté l'application de la start-up chinoise DeepSeek. La CNIL a "
            "ensuite interdit l'application. L'application du règlement reste floue.",
            "fr",
        ),
    )
    assert ("app", "DeepSeek") in _coref(english)
    assert [(text, name) for text, name in _coref(french) if name == "DeepSeek"] == [
        ("application", "DeepSeek")
    ]


def test_the_app_tied_to_two_actors_or_none_is_no_reference(run: Analyze) -> None:
    two, none = run(
        "Users compared the DeepSeek app with the TikTok app. Texas banned the app on state "
        "phones.",
        "DeepSeek met regulators on Monday. Texas banned the app on state phones.",
    )
    assert not any(text == "app" for text, _ in _coref(two))
    assert not any(text == "app" for text, _ in _coref(none))


def test_of_two_bodies_that_fit_the_one_in_play_is_meant(run: Analyze) -> None:
    english, french = run(
        "The Justice Department charged two brokers in March. Weeks later, Commerce Secretary "
        "Howard Lutnick met the Commerce Department's lawyers. Analysts said the Commerce "
        "Department was ready. The department said Huawei had breached export controls.",
        (
            "Le ministère de la Justice a ouvert une enquête en mars. Des mois plus tard, le "
            "ministère de l'Économie a convoqué Nexperia. Le ministère a estimé que Wingtech "
            "menaçait la sécurité de l'Europe.",
            "fr",
        ),
    )
    assert ("department", "US Department of Commerce") in _coref(english)
    assert [(t, n) for t, n in _coref(french) if t == "ministère"] == [
        ("ministère", "ministère de l'Économie")
    ]


def test_of_two_firms_of_a_city_the_one_in_play_is_meant(run: Analyze) -> None:
    one, both = run(
        "Anthropic raised $4bn in March. Months later, OpenAI released a new model. Critics said "
        "the San Francisco-based start-up had copied code.",
        "Anthropic and OpenAI released new models. Critics said the San Francisco-based "
        "start-up had copied code.",
    )
    assert ("start-up", "OpenAI") in _coref(one)
    assert not any(text == "start-up" for text, _ in _coref(both))


def _targets(doc: AnalyzedDoc, word: str) -> set[str]:
    """The actors a descriptor word was resolved to."""
    return {name for text, name in _coref(doc) if text == word}


def test_a_regulator_named_by_its_capital_is_its_country_s(run: Analyze) -> None:
    rome, other = run(
        (
            "Le Garante, l'autorité italienne des données, a écrit à OpenAI. Le gendarme romain "
            "reproche à OpenAI d'avoir collecté des données personnelles.",
            "fr",
        ),
        (
            "La CNIL a écrit à OpenAI. Le gendarme romain reproche à OpenAI d'avoir collecté "
            "des données personnelles.",
            "fr",
        ),
    )
    assert "Garante per la protezione dei dati personali" in _targets(rome, "gendarme")
    assert not _targets(other, "gendarme")


def test_the_company_as_an_object_is_the_one_firm_of_the_sentence_before(run: Analyze) -> None:
    english, french, two, subject = run(
        "Mistral AI opened an office in Singapore. Last year Microsoft invested $2bn in the "
        "company.",
        (
            "Mistral AI a ouvert un bureau à Singapour. Nvidia a investi 2 milliards dans la "
            "société.",
            "fr",
        ),
        "Mistral AI and Cohere opened offices in Singapore. Microsoft invested $2bn in the "
        "company.",
        "Mistral AI opened an office in Singapore. The company hired Microsoft engineers.",
    )
    assert "Mistral AI" in _targets(english, "company")
    assert "Mistral AI" in _targets(french, "société")
    assert not _targets(two, "company")
    assert not _targets(subject, "company")


# (text, language, descriptor word, the actor it must reach, or None: left unresolved)
_IN_PLAY = [
    ("Le régulateur chinois a ouvert une enquête sur Nvidia. Le concepteur américain de puces "
     "aurait enfreint la loi antimonopole.", "fr", "concepteur", "Nvidia"),
    ("Regulators in Seoul met DeepSeek on Monday, warning that the Chinese chatbot sends data "
     "to servers abroad.", "en", "chatbot", "DeepSeek"),
    ("TikTok a été convoqué à Bruxelles. L'application chinoise a promis des changements.",
     "fr", "application", "TikTok"),
    ("Baidu and DeepSeek met regulators. The Chinese chatbot was found unsafe.",
     "en", "chatbot", None),
    ("Chinese regulators opened a review of Micron Technology. Officials said the Boise-based "
     "memory maker had failed the review.", "en", "maker", "Micron Technology"),
    ("Authors sued Meta in Paris. The Californian giant denies copying their books.",
     "en", "giant", "Meta"),
    ("Des auteurs poursuivent Meta. Selon eux, le géant californien a copié leurs livres.",
     "fr", "géant", "Meta"),
    ("Apple and Meta were fined in Brussels. The Californian giant said it would appeal.",
     "en", "giant", None),
    # OpenAI, named after, is not meant
    ("Authors sued Meta in Paris. The Californian giant denies it. OpenAI faces a similar suit.",
     "en", "giant", "Meta"),
    (
        "Le gouvernement a accusé le groupe APT41 d'espionnage. Google relie ce groupe aux "
        "services de renseignement chinois.",
        "fr", "groupe", "APT41",
    ),
    ("Regulators fined Nexperia on Monday. Critics say this company ignored the rules.",
     "en", "company", "Nexperia"),
    ("Regulators fined Nexperia and Infineon. Critics say this company ignored the rules.",
     "en", "company", None),
    ("A court ruled against Mistral AI on Monday, and the Nvidia-backed start-up said it would "
     "appeal.", "en", "start-up", "Mistral AI"),
    ("Un tribunal a condamné Mistral AI lundi. La start-up soutenue par Nvidia fera appel.",
     "fr", "start-up", "Mistral AI"),
    ("A court ruled against Mistral AI and Cohere, and the Nvidia-backed start-up will appeal.",
     "en", "start-up", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "word", "actor"), _IN_PLAY)
def test_a_descriptor_names_the_one_firm_that_fits(
    run: Analyze, text: str, lang: str, word: str, actor: str | None
) -> None:
    """Nationality and trade or product ('le concepteur américain', 'the Chinese chatbot'),
    city with a trade word, California; 'ce groupe', 'this company' (the sentence before), 'the
    Nvidia-backed start-up' (the one other firm of this sentence or the one before)."""
    (doc,) = run((text, lang))
    assert _targets(doc, word) == ({actor} if actor else set())


def _relative_stands_for(analyzed: AnalyzedDoc, word: str) -> str | None:
    view = DocView(analyzed)
    token = next(t for t in view.doc if str(t.text).lower() == word)
    found = view.actor_of(token, PARTY_KINDS)
    return found.actor.name if found else None


def test_a_relative_pronoun_stands_for_the_noun_its_clause_follows(run: Analyze) -> None:
    english, french = run(
        "Microsoft praised Samsung Electronics, which makes memory chips, on Monday.",
        (
            "Microsoft a salué lundi Samsung Electronics, qui fabrique des puces mémoire.",
            "fr",
        ),
    )
    assert _relative_stands_for(english, "which") == "Samsung Electronics"
    assert _relative_stands_for(french, "qui") == "Samsung Electronics"


def test_a_firm_described_in_two_words_or_an_acronym_is_still_named_again(
    run: Analyze,
) -> None:
    national, city = run(
        "Baidu met regulators in Beijing on Monday. The Chinese artificial intelligence company "
        "said it would comply.",
        "Anthropic signed a cloud deal with Nvidia on Monday. The San Francisco-based AI lab "
        "will buy chips for three years.",
    )
    assert ("company", "Baidu") in _coref(national)
    assert ("lab", "Anthropic") in _coref(city)
