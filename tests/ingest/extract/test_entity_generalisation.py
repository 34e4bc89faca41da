"""Entity recognition and typing on invented news sentences: the general patterns real
articles use (company heads, NGOs, exchanges, names spaCy cuts, descriptors, appositions)."""

from __future__ import annotations

import pytest

from graph.model import ActorKind
from ingest.extract.places import is_known_place
from ingest.extract.types import AnalyzedDoc

from .conftest import Analyze

pytestmark = pytest.mark.slow


def kinds(doc: AnalyzedDoc) -> dict[str, ActorKind]:
    return {m.actor.name: m.actor.kind for m in doc.mentions}


def by_text(doc: AnalyzedDoc) -> dict[str, str]:
    """Mention text -> canonical actor name."""
    return {m.text: m.actor.name for m in doc.mentions}


# --- 1. the president of a company is a person; of a country or public body, an official ---


def test_heads_of_companies_are_persons_and_heads_of_state_officials(run: Analyze) -> None:
    docs = run(
        ("The president of Valcor Systems, Anna Ruiz, said the firm would appeal.", "en"),
        ("Anna Ruiz, president of Orlen Dynamics, declined to comment.", "en"),
        ("Le président de la société Brevalis, Jean Moreau, a démenti.", "fr"),
        ("Le président de Brevalis, Jean Moreau, a démenti ces accusations.", "fr"),
        ("Le président tournant du groupe, Paul Xie, a présenté trois puces.", "fr"),
        ("The president of Kenya, William Ruto, visited the plant.", "en"),
        ("Le président du Sénat, Gérard Larcher, a reçu les industriels.", "fr"),
    )
    assert kinds(docs[0])["Anna Ruiz"] is ActorKind.PERSON
    assert kinds(docs[1])["Anna Ruiz"] is ActorKind.PERSON
    assert kinds(docs[2])["Jean Moreau"] is ActorKind.PERSON
    assert kinds(docs[3])["Jean Moreau"] is ActorKind.PERSON
    assert kinds(docs[4])["Paul Xie"] is ActorKind.PERSON
    assert kinds(docs[5])["William Ruto"] is ActorKind.OFFICIAL
    assert kinds(docs[6])["Gérard Larcher"] is ActorKind.OFFICIAL


def test_former_officials_are_persons_and_distant_titles_make_officials(run: Analyze) -> None:
    docs = run(
        ('"We must act," said Daniel Brennick, a former trade official now at a law firm.', "en"),
        ("La commissaire à la protection des données de Hambourg, Lena Vogt, a saisi Apple.", "fr"),
        ("Omar Khalil, conseiller à la sécurité nationale du pays, a signé l'accord.", "fr"),
    )
    assert kinds(docs[0])["Daniel Brennick"] is ActorKind.PERSON
    assert kinds(docs[1])["Lena Vogt"] is ActorKind.OFFICIAL
    assert kinds(docs[2])["Omar Khalil"] is ActorKind.OFFICIAL


def test_people_tagged_as_organisations_and_employers_tagged_as_people(run: Analyze) -> None:
    docs = run(
        ('"It is only a target," said Keiko Marumoto, an analyst at Daiwa Kobe Capital.', "en"),
        ("« Risqué », analyse Sophie Lemaire, stratégiste chez Castelnau Gestion.", "fr"),
        ("« C'est un tournant », estime Claire Dubosc, avocate au cabinet Vernet & Lautier.", "fr"),
    )
    assert kinds(docs[0])["Keiko Marumoto"] is ActorKind.PERSON
    assert kinds(docs[1])["Castelnau Gestion"] is ActorKind.COMPANY
    assert kinds(docs[2])["Vernet & Lautier"] is ActorKind.COMPANY


# --- 2. NGOs, think tanks and institutes are organisations ---


def test_non_profits_are_organisations(run: Analyze) -> None:
    docs = run(
        ("Privacy International said the app collected biometric data.", "en"),
        ("The advocacy group Fight for the Future criticised Amazon.", "en"),
        ("The Hollings Center for Technology Policy disagreed with the report.", "en"),
        ("L'association La Quadrature du Net a saisi la CNIL.", "fr"),
        ("Selon l'ONG Algorithm Watch, le modèle discrimine les femmes.", "fr"),
        ("Karim Haddad, chercheur à l'Institut Méditerranée-Golfe, doute.", "fr"),
    )
    assert kinds(docs[0])["Privacy International"] is ActorKind.ORGANIZATION
    assert kinds(docs[1])["Fight for the Future"] is ActorKind.ORGANIZATION
    assert kinds(docs[2])["Hollings Center for Technology Policy"] is ActorKind.ORGANIZATION
    assert kinds(docs[3])["La Quadrature du Net"] is ActorKind.ORGANIZATION
    assert kinds(docs[4])["Algorithm Watch"] is ActorKind.ORGANIZATION
    assert kinds(docs[5])["Institut Méditerranée-Golfe"] is ActorKind.ORGANIZATION


def test_long_institution_names_are_kept_whole(run: Analyze) -> None:
    docs = run(
        ("Le Centre d'études sur la sécurité numérique a publié un rapport.", "fr"),
        ("The Ministry of Energy, Mines and Industry approved the plan.", "en"),
        ("The European Battery Makers' Association warned of shortages.", "en"),
    )
    assert "Centre d'études sur la sécurité numérique" in kinds(docs[0])
    assert kinds(docs[1])["Ministry of Energy, Mines and Industry"] is (ActorKind.GOVERNMENT_BODY)
    assert kinds(docs[2])["European Battery Makers' Association"] is ActorKind.ORGANIZATION


# --- 3. exchanges are places; indexes are assets ---


def test_exchanges_are_not_entities_and_indexes_are_assets(run: Analyze) -> None:
    docs = run(
        ("Shares of Valcor fell on the Shenzhen Stock Exchange on Monday.", "en"),
        ("Le titre de Brevalis a chuté de 5 % à la Bourse de Francfort.", "fr"),
        ("The Veltra Robotics index fell 3% on Tuesday.", "en"),
    )
    assert not any("Exchange" in name for name in kinds(docs[0]))
    assert not any("Bourse" in name for name in kinds(docs[1]))
    assert kinds(docs[2])["Veltra Robotics index"] is ActorKind.ASSET


# --- 4. unknown firms: whole names, at sentence start, after a firm word ---


def test_unknown_firms_are_found_whole(run: Analyze) -> None:
    docs = run(
        ("Helix Robotics raised $50 million from its investors.", "en"),
        ("Kerwood Capital said it would invest in the project.", "en"),
        ("La start-up française Nexaria a levé 30 millions d'euros.", "fr"),
        ("Le fabricant chinois de puces Voltaris Semiconductor a annoncé une usine.", "fr"),
        ("Le fabricant de drones Skyrel est accusé de liens avec l'armée.", "fr"),
    )
    assert kinds(docs[0])["Helix Robotics"] is ActorKind.COMPANY
    assert kinds(docs[1])["Kerwood Capital"] is ActorKind.COMPANY
    assert kinds(docs[2])["Nexaria"] is ActorKind.COMPANY
    assert kinds(docs[3])["Voltaris Semiconductor"] is ActorKind.COMPANY
    assert kinds(docs[4])["Skyrel"] is ActorKind.COMPANY


def test_common_words_and_places_are_not_firms(run: Analyze) -> None:
    docs = run(
        ("Chinese AI has made rapid progress this year.", "en"),
        ("Regulators can block decisions at the Eindhoven-based company.", "en"),
        ("La firme de Redmond a annoncé un investissement.", "fr"),
    )
    assert "Chinese AI" not in kinds(docs[0])
    assert "Eindhoven" not in kinds(docs[1])
    assert "Redmond" not in kinds(docs[2])


def test_hyphenated_french_words_do_not_split_sentences(run: Analyze) -> None:
    (doc,) = run(("La start-up française Nexaria a levé 30 millions d'euros. Elle recrute.", "fr"))
    assert [s.text for s in doc.sentences] == [
        "La start-up française Nexaria a levé 30 millions d'euros.",
        "Elle recrute.",
    ]


# --- 5. descriptors resolve to known actors ---


def test_descriptors_resolve_to_known_actors(run: Analyze) -> None:
    docs = run(
        ("La firme de Redmond a annoncé un investissement.", "fr"),
        ("The ChatGPT maker accused a rival of copying its models.", "en"),
        ("Le créateur de ChatGPT a porté plainte.", "fr"),
        ("La maison mère de TikTok a démenti.", "fr"),
        ("Huawei a présenté ses puces. Le géant de Shenzhen vise 2027.", "fr"),
        ("Nvidia shares rose. The Santa Clara-based chipmaker beat forecasts.", "en"),
    )
    assert by_text(docs[0])["firme"] == "Microsoft"
    assert by_text(docs[1])["maker"] == "OpenAI"
    assert by_text(docs[2])["créateur"] == "OpenAI"
    assert by_text(docs[3])["maison mère"] == "ByteDance"
    assert by_text(docs[4])["géant"] == "Huawei"
    assert by_text(docs[5])["chipmaker"] == "Nvidia"


def test_ambiguous_descriptors_stay_unresolved(run: Analyze) -> None:
    docs = run(
        ("Le géant de Shenzhen a dévoilé une nouvelle puce.", "fr"),  # Huawei? Tencent? ZTE?
        ("The company said it would appeal.", "en"),
        ("ChatGPT maker OpenAI said it had evidence.", "en"),  # named anyway
    )
    assert "géant" not in by_text(docs[0])
    assert not docs[1].mentions
    assert "maker" not in by_text(docs[2])


def test_appositions_refer_to_the_name_before_them(run: Analyze) -> None:
    docs = run(
        ("Moonshot AI, la start-up pékinoise qui développe Kimi, a démenti.", "fr"),
        ("DeepSeek, a Chinese start-up founded in 2023, was accused by OpenAI.", "en"),
        ("Nvidia, the world's most valuable chipmaker, fell 17%.", "en"),
    )
    assert by_text(docs[0])["start-up"] == "Moonshot AI"
    assert by_text(docs[1])["start-up"] == "DeepSeek"
    assert by_text(docs[2])["chipmaker"] == "Nvidia"


# --- false positives of long articles ---


def test_titles_portfolios_and_rooms_are_not_entities(run: Analyze) -> None:
    docs = run(
        ("Treasury Secretary Mark Elden led the delegation to Geneva.", "en"),
        ("Vincent Aalders, ministre des Affaires numériques des Pays-Bas, a signé.", "fr"),
        ("Anne Leroy, ministre déléguée chargée de l'Intelligence artificielle, a signé.", "fr"),
        ("Le président a parlé depuis le Bureau ovale.", "fr"),
    )
    assert "Treasury" not in kinds(docs[0])
    assert not any("Affaires" in name for name in kinds(docs[1]))
    assert not any("Intelligence" in name for name in kinds(docs[2]))
    assert not kinds(docs[3])


def test_public_bodies_and_consultancies_get_their_kinds(run: Analyze) -> None:
    docs = run(
        ("John Carver heads the department's National Security Division.", "en"),
        ('"It is a lever," said Li Wen, an economist at the consultancy Pacific Ledger.', "en"),
        ("« Prudence », observe Julien Marchal, gérant chez Altair Gestion.", "fr"),
    )
    assert kinds(docs[0])["National Security Division"] is ActorKind.GOVERNMENT_BODY
    assert kinds(docs[1])["Pacific Ledger"] is ActorKind.COMPANY
    assert kinds(docs[2])["Altair Gestion"] is ActorKind.COMPANY


def test_country_inside_a_ministry_name_and_states_describing_politicians(run: Analyze) -> None:
    docs = run(
        "South Korea's Ministry of Trade, Industry and Energy joined the ban on Wednesday.",
        "Senator Ann Walsh, the Michigan Republican who chairs the panel, backed the bill.",
    )
    assert kinds(docs[0])["South Korea"] is ActorKind.COUNTRY
    assert "Michigan" not in kinds(docs[1])


def test_judges_meps_and_heads_of_the_body_just_named(run: Analyze) -> None:
    docs = run(
        "Judge Sidney Wexler of the district court ruled. Justice Joanna Pratt disagreed.",
        ("Pour l'eurodéputée suédoise Sofie Lindberg, les amendes arrivent trop tard.", "fr"),
        ("Le syndicat a porté plainte, a prévenu son président, Christophe Hardy.", "fr"),
    )
    assert kinds(docs[0])["Sidney Wexler"] is ActorKind.OFFICIAL
    assert kinds(docs[0])["Joanna Pratt"] is ActorKind.OFFICIAL
    assert kinds(docs[1])["Sofie Lindberg"] is ActorKind.OFFICIAL
    assert kinds(docs[2])["Christophe Hardy"] is ActorKind.PERSON


def test_subsidiaries_unions_acronyms_and_laws(run: Analyze) -> None:
    docs = run(
        ("Le maintien des activités de Hikvision Canada serait préjudiciable.", "fr"),
        (
            "Le Syndicat national de l'édition (SNE) a porté plainte. Selon le SNE, c'est grave.",
            "fr",
        ),
        ("Le RGPD impose des règles strictes à Meta.", "fr"),
    )
    assert kinds(docs[0])["Hikvision Canada"] is ActorKind.COMPANY
    assert "Canada" not in kinds(docs[0])
    assert by_text(docs[1])["SNE"] == "Syndicat national de l'édition"
    assert kinds(docs[1])["Syndicat national de l'édition"] is ActorKind.ORGANIZATION
    assert "RGPD" not in kinds(docs[2])


def test_courts_listed_markets_and_apposed_firms(run: Analyze) -> None:
    docs = run(
        ("Les auteurs ont assigné Meta devant le tribunal judiciaire de Lyon, selon l'AFP.", "fr"),
        "Temu, owned by the Nasdaq-listed PDD Holdings, rejected the claims.",
        "Regulators asked whether Zentro-Net, the world's biggest seller of routers, lied.",
        "Paul Brandt, a company spokesman, declined to comment.",
    )
    assert kinds(docs[0])["tribunal judiciaire de Lyon"] is ActorKind.GOVERNMENT_BODY
    assert "Nasdaq Composite" not in kinds(docs[1])
    assert kinds(docs[2])["Zentro-Net"] is ActorKind.COMPANY
    assert kinds(docs[3])["Paul Brandt"] is ActorKind.PERSON


def test_exchanges_speaking_as_institutions_and_titles_far_before_names(run: Analyze) -> None:
    docs = run(
        ("La Bourse de Shanghai, elle, a salué ces tensions.", "fr"),
        "The London Stock Exchange said it would review the listing.",
        ("« C'est grave », a déclaré le ministre tchèque de l'Intérieur, Petr Valenta.", "fr"),
        "Staff could access data on users in the European Economic Area.",
    )
    assert kinds(docs[0])["Bourse de Shanghai"] is ActorKind.ORGANIZATION
    assert kinds(docs[1])["London Stock Exchange"] is ActorKind.ORGANIZATION
    assert kinds(docs[2])["Petr Valenta"] is ActorKind.OFFICIAL
    assert not any("Intérieur" in name for name in kinds(docs[2]))
    assert not kinds(docs[3])


def test_a_french_lawyers_honorific_is_not_part_of_the_name(run: Analyze) -> None:
    (doc,) = run(("« Nous ferons appel », a déclaré Me Sophie Larue, avocate de Brevalis.", "fr"))
    assert "Sophie Larue" in by_text(doc)
    assert not any(name.startswith("Me ") for name in by_text(doc).values())


# --- cities and lists are not entities, however spaCy tags them ---


def test_cities_and_export_lists_are_not_entities(run: Analyze) -> None:
    docs = run(
        ("Halvor Systems, a chip packager headquartered in Eindhoven, hired 40 engineers.", "en"),
        ("Commerce put Halvor Systems and Orca Micro on its Entity List, saying they lied.", "en"),
        ("La start-up Brevalis ouvrira un centre de données à Abou Dhabi.", "fr"),
        ("Le groupe de Nimègue a été inscrit sur la liste noire américaine.", "fr"),
    )
    names = {m.text for doc in docs for m in doc.mentions}
    assert {"Halvor Systems", "Brevalis"} <= names
    assert not names & {"Eindhoven", "Entity List", "Abou Dhabi", "Nimègue"}, names


def test_known_places_load_in_both_languages() -> None:
    assert is_known_place("Nijmegen")
    assert is_known_place("Nimègue")
    assert is_known_place("silicon valley")
    assert not is_known_place("Brevalis")
