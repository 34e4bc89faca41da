"""Who makes a claim when the claimant is not named in the claim's own words (invented
sentences): a body named again by its type, a pronoun, an acronym in brackets."""

from __future__ import annotations

from ingest.extract.pipeline import extract_facts, kb_maker
from ingest.extract.types import AnalyzedDoc
from tests.ingest.extract.conftest import Analyze


def _pairs(doc: AnalyzedDoc) -> set[tuple[str, str]]:
    return {
        (a.claimant.name, a.accused.name)
        for a in extract_facts(doc, kb_maker()).allegations
        if a.stance != "denies"
    }


def _coref(doc: AnalyzedDoc) -> list[tuple[str, str]]:
    return [(m.text, m.actor.name) for m in doc.mentions if m.source == "coref"]


def test_a_body_named_again_by_its_type_makes_the_claim(run: Analyze) -> None:
    english, french = run(
        "Japan's Personal Information Protection Commission met executives from Baidu on "
        "Monday. On Thursday the commission said Baidu had sent users' data to servers in "
        "China without consent.",
        (
            "Le ministère de l'Économie néerlandais a pris le contrôle de Nexperia. Le ministère "
            "a estimé que Wingtech menaçait la sécurité économique de l'Europe.",
            "fr",
        ),
    )
    assert ("commission", "Personal Information Protection Commission") in _coref(english)
    assert ("Personal Information Protection Commission", "Baidu") in _pairs(english)
    assert [text for text, _ in _coref(french)] == ["ministère"]


def test_a_type_word_two_named_bodies_share_stays_unresolved(run: Analyze) -> None:
    (doc,) = run(
        "The Federal Bureau of Investigation and the Bureau of Industry and Security met on "
        "Monday. The bureau said Huawei had breached export controls."
    )
    assert _coref(doc) == []
    assert _pairs(doc) == set()


def test_a_body_that_is_acted_on_is_not_resolved(run: Analyze) -> None:
    (doc,) = run("The Commerce Department met Huawei executives. Huawei later sued the department.")
    assert _coref(doc) == []


def test_an_acronym_in_brackets_after_a_name_is_no_relay(run: Analyze) -> None:
    french, english = run(
        (
            "Aux Pays-Bas, le service de renseignement militaire (MIVD) a indiqué que Salt "
            "Typhoon avait piraté des fournisseurs d'accès à Internet.",
            "fr",
        ),
        "The agency's cyber unit (NCSC) said Salt Typhoon had hacked telecom operators.",
    )
    assert _pairs(french) == {("MIVD", "Salt Typhoon")}
    assert _pairs(english) == {("National Cyber Security Centre", "Salt Typhoon")}


def test_an_outlet_in_a_dateline_stays_a_relay(run: Analyze) -> None:
    (doc,) = run("SEATTLE (Reuters) - Microsoft said DeepSeek had stolen data from OpenAI.")
    (claim,) = extract_facts(doc, kb_maker()).allegations
    assert claim.claimant.name == "Microsoft"
    assert [r.name for r in claim.relays] == ["Reuters"]


def test_he_and_she_stand_for_people_not_firms(run: Analyze) -> None:
    (doc,) = run(
        "Senator Mark Warner met reporters on Monday. TikTok has sold its American arm. "
        '"TikTok is still a spying tool of the Chinese Communist Party," he said.'
    )
    pairs = _pairs(doc)
    assert ("Mark Warner", "TikTok") in pairs
    assert not any(claimant == "TikTok" for claimant, _ in pairs)


def test_a_credited_pronoun_stands_for_the_person_named_before(run: Analyze) -> None:
    english, french = run(
        "Meike Kamp, Berlin's data protection commissioner, spoke on Friday. According to her, "
        "DeepSeek had sent users' data to China illegally.",
        (
            "Vincent Montagne, président du SNE, a dénoncé une pratique illégale. Selon lui, "
            "Meta a puisé dans des bases de livres piratés pour entraîner Llama.",
            "fr",
        ),
    )
    assert ("Meike Kamp", "DeepSeek") in _pairs(english)
    assert ("Vincent Montagne", "Meta") in _pairs(french)


def test_its_report_belongs_to_the_body_that_published_it(run: Analyze) -> None:
    body, firm = run(
        "The House Select Committee on the CCP published a report on Wednesday. Its report "
        "accused DeepSeek of stealing data from OpenAI.",
        "A report was published by Harbor Ridge Security, a threat-intelligence firm in northern "
        "Virginia. Its researchers alleged that Volt Typhoon had hacked water utilities in Guam.",
    )
    assert ("House Select Committee on China", "DeepSeek") in _pairs(body)
    assert not any(claimant == "DeepSeek" for claimant, _ in _pairs(body))
    assert {claimant for claimant, _ in _pairs(firm)} == {"Harbor Ridge Security"}


def test_a_counted_plural_stands_for_the_list_named_before(run: Analyze) -> None:
    english, french, uncounted = run(
        "The FBI and CISA published an advisory on Monday. The two agencies said Salt Typhoon "
        "had hacked AT&T.",
        (
            "Le Syndicat national de l'édition (SNE), la Société des gens de lettres (SGDL) et le "
            "Syndicat national des auteurs et compositeurs (SNAC) ont assigné Meta en justice. "
            "Les trois organisations accusent Meta d'avoir utilisé sans autorisation des œuvres "
            "protégées.",
            "fr",
        ),
        "The FBI and CISA published an advisory on Monday. The agencies said Salt Typhoon had "
        "hacked AT&T.",
    )
    assert {c for c, _ in _pairs(english)} == {
        "Federal Bureau of Investigation",
        "Cybersecurity and Infrastructure Security Agency",
    }
    assert len({c for c, a in _pairs(french) if a == "Meta"}) == 3
    assert _pairs(uncounted) == set()


def test_the_firm_of_its_chief_is_the_firm(run: Analyze) -> None:
    french, english = run(
        (
            "Les auteurs accusent le groupe de Mark Zuckerberg d'avoir copié leurs livres.",
            "fr",
        ),
        "Regulators in Brussels have fined Mark Zuckerberg's company for breaching the rules.",
    )
    assert ("groupe", "Meta") in _coref(french)
    assert ("company", "Meta") in _coref(english)


def test_a_charge_named_without_its_author_is_the_filers(run: Analyze) -> None:
    unsealed, reported, french = run(
        "The Justice Department unsealed charges against Meridian Bay Logistics on Tuesday. The "
        "indictment says Meridian Bay Logistics shipped Nvidia chips to China in breach of "
        "export controls.",
        "Federal prosecutors have charged Daniel Forsythe with smuggling, the Justice Department "
        "said on Thursday. According to the indictment, Daniel Forsythe smuggled Nvidia chips "
        "to China in violation of export controls.",
        (
            "La Sacem a déposé une plainte contre Meta. Selon la plainte, Meta a violé le droit "
            "d'auteur de ses membres.",
            "fr",
        ),
    )
    assert ("US Department of Justice", "Meridian Bay Logistics") in _pairs(unsealed)
    assert ("US Department of Justice", "Daniel Forsythe") in _pairs(reported)
    assert ("SACEM", "Meta") in _pairs(french)
