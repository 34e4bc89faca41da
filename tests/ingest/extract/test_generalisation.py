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


def _pairs(extraction: Extraction) -> set[tuple[str, str, str]]:
    return {(link.a.name, link.b.name, link.kind) for link in extraction.links}


def test_passive_ownership_and_development_in_french(run: Analyze) -> None:
    got = _facts(
        run,
        "La société Ostralis est détenue par le fonds américain Orion Capital. "
        "La CNIL s'intéresse à Lumeo, une application de retouche photo. "
        "Lumeo est développée par la start-up nantaise Ostralis.",
        "fr",
    )
    pairs = _pairs(got)
    assert ("Orion Capital", "Ostralis", "owns") in pairs
    assert ("Ostralis", "Lumeo", "develops") in pairs


def test_backed_owned_and_invested_in_english(run: Analyze) -> None:
    got = _facts(
        run,
        "The Commerce Department fined Talgen Systems on Monday. "
        "Talgen, which is backed by SoftBank, denied the report. "
        "Marlow Analytics is owned by the investment firm Greyfield Partners. "
        "Toyota will invest $300 million in Talgen Systems.",
        "en",
    )
    pairs = {frozenset((a, b)) for a, b, _ in _pairs(got)}  # direction carries no meaning
    assert frozenset(("SoftBank", "Talgen Systems")) in pairs
    assert frozenset(("Greyfield Partners", "Marlow Analytics")) in pairs
    assert frozenset(("Toyota", "Talgen Systems")) in pairs


def test_a_verb_with_one_named_party_links_nothing(run: Analyze) -> None:
    got = _facts(run, "The chip is developed by a team in Austin. Nvidia owns the plant.", "en")
    assert not got.links


def test_a_firm_word_in_the_name_or_a_firm_title_after_it_makes_a_company(run: Analyze) -> None:
    got = _facts(
        run,
        "The regulator fined Harwick Cloud on Monday. "
        "Harwick's chief financial officer, Daniel Moss, said the firm would respond.",
        "en",
    )
    assert _kinds(got).get("Harwick Cloud") == ActorKind.COMPANY
    assert ("Daniel Moss", "Harwick Cloud") in {(r.person.name, r.org.name) for r in got.roles}


def test_its_refers_to_a_passive_subject(run: Analyze) -> None:
    got = _facts(
        run,
        "Amnesty International criticised Veridian Analytics on Monday. "
        "Veridian is owned by the investment firm Halcyon Partners. "
        "Its chief executive, Tom Becker, rejected the report.",
        "en",
    )
    roles = {(r.person.name, r.org.name) for r in got.roles}
    assert roles == {("Tom Becker", "Veridian Analytics")}


def test_a_wiped_value_is_a_second_move_and_saw_its_shares_fall(run: Analyze) -> None:
    en = _facts(
        run,
        "Shares of Brightwell Semiconductor fell 14% on March 4, wiping $8 billion off its "
        "market value.",
        "en",
    )
    moves = {(e.subject.name, e.direction, e.amount, e.unit) for e in en.market_events}
    assert ("Brightwell Semiconductor", "down", 14.0, "%") in moves
    assert ("Brightwell Semiconductor", "down", 8e9, "USD") in moves
    fr = _facts(
        run,
        "La société Hexalis, visée par une plainte, a vu son titre plonger de 9 % jeudi.",
        "fr",
    )
    assert [(e.subject.name, e.direction, e.amount) for e in fr.market_events] == [
        ("Hexalis", "down", 9.0)
    ]


def test_a_company_spokesperson_is_a_person_not_an_official(run: Analyze) -> None:
    got = _facts(
        run,
        "The FTC opened an investigation into Quillon. "
        "Quillon spokesperson Maria Lopez said the company was cooperating.",
        "en",
    )
    assert _kinds(got).get("Maria Lopez") == ActorKind.PERSON
    assert ("Maria Lopez", "Quillon") in {(r.person.name, r.org.name) for r in got.roles}


def test_a_ministry_tagged_by_its_tail_is_the_whole_body(run: Analyze) -> None:
    got = _facts(
        run,
        "Le ministère des Armées a accusé le fabricant de drones Skyrel de liens avec "
        "l'armée chinoise. La porte-parole du ministère des Armées, Claire Dubois, a précisé "
        "que l'enquête était en cours.",
        "fr",
    )
    bodies = [a for a in got.actors if a.kind == ActorKind.GOVERNMENT_BODY]
    assert [b.name for b in bodies] == ["ministère des Armées"]
    assert {(a.claimant.name, a.accused.name) for a in got.allegations} == {
        ("ministère des Armées", "Skyrel")
    }
    assert {(r.person.name, r.org.name) for r in got.roles} == {
        ("Claire Dubois", "ministère des Armées")
    }


def test_an_authority_in_apposition_opens_the_investigation(run: Analyze) -> None:
    got = _facts(
        run,
        "Le titre de Norvane a chuté lundi. "
        "Le gendarme boursier, l'Autorité des marchés financiers (AMF), a ouvert une enquête "
        "sur Norvane.",
        "fr",
    )
    links = {(link.a.name, link.b.name, link.kind) for link in got.links}
    assert links == {("Autorité des marchés financiers", "Norvane", "investigates")}


def test_a_participle_hung_on_a_noun_shares_the_clause_subject(run: Analyze) -> None:
    got = _facts(
        run,
        "Le titre de Norvane a perdu 15 % à la Bourse de Paris, effaçant 2 milliards "
        "d'euros de valeur.",
        "fr",
    )
    moves = {(e.subject.name, e.measure, e.amount, e.unit) for e in got.market_events}
    assert ("Norvane", "share price", 15.0, "%") in moves
    assert ("Norvane", "market value", 2e9, "EUR") in moves


def test_untagged_products_introduced_by_a_product_word(run: Analyze) -> None:
    fr = _facts(
        run,
        "Bruxelles a mis en garde l'éditeur Tessary. "
        "Tessary, qui développe l'assistant Nova, est soutenue par Microsoft.",
        "fr",
    )
    assert _kinds(fr).get("Nova") == ActorKind.PRODUCT
    assert ("Tessary", "Nova", "develops") in _pairs(fr)
    en = _facts(
        run,
        "Orbis AI, the startup behind the Lyra model, saw its valuation drop. "
        "Lyra is developed by Orbis AI.",
        "en",
    )
    assert _kinds(en).get("Lyra") == ActorKind.PRODUCT
    assert ("Orbis AI", "Lyra", "develops") in _pairs(en)


def test_a_capitalised_word_opening_a_sentence_is_not_a_product(run: Analyze) -> None:
    got = _facts(run, "Model makers raced ahead. The chatbot market grew quickly.", "en")
    assert not [a for a in got.actors if a.kind == ActorKind.PRODUCT]


def test_the_maker_of_a_product_in_apposition(run: Analyze) -> None:
    got = _facts(
        run,
        "The Federal Trade Commission opened an investigation into Quillon, the maker of the "
        "chatbot Echo.",
        "en",
    )
    pairs = {frozenset((a, b)) for a, b, _ in _pairs(got)}
    assert frozenset(("Quillon", "Echo")) in pairs
    assert frozenset(("Federal Trade Commission", "Quillon")) in pairs
