"""Links stated by supply cues, relative clauses, plural possessives and bodies' hierarchy, who
stands on each side (relative and possessive pronouns, sources), on
real spaCy parses of invented sentences (entity spans given by name, as in test_links.py).
"""

from __future__ import annotations

import pytest

from graph.model import Actor, ActorKind
from tests.ingest.extract.test_links import links_among, pairs

K = ActorKind
ACTORS = tuple(
    Actor(kind=kind, name=name, aliases=tuple(aliases))
    for kind, name, *aliases in (
        (K.COMPANY, "Veltrona"), (K.COMPANY, "Korvik Motors"), (K.COMPANY, "Astrelle"),
        (K.COMPANY, "Pelmar Chips"), (K.COMPANY, "Orbis Cloud"), (K.COMPANY, "Quillon"),
        (K.COMPANY, "Tessary"), (K.COMPANY, "Brisane"), (K.COMPANY, "Nordhall Capital"),
        (K.COMPANY, "Halden Trade"), (K.COMPANY, "Luma Bank"), (K.PRODUCT, "Nova"),
        (K.PRODUCT, "Echo"), (K.ORGANIZATION, "LibArchive"), (K.COMPANY, "Entity List"),
        (K.PERSON, "Marta Velez"), (K.PERSON, "Jonas Kerr"), (K.PERSON, "Li Wen"),
        (K.GOVERNMENT_BODY, "Ministry of Defence", "ministère de la Défense"),
        (K.GOVERNMENT_BODY, "Office of Digital Trade", "Office du commerce numérique"),
        (K.GOVERNMENT_BODY, "Trade Ministry", "ministère du Commerce"),
        (K.GOVERNMENT_BODY, "Justice Department", "département de la Justice"),
        (K.GOVERNMENT_BODY, "Federal Trade Commission", "FTC"),
        (K.COUNTRY, "United States", "Washington"),
        (K.GOVERNMENT_BODY, "Space Agency", "agence spatiale"),
        (K.GOVERNMENT_BODY, "Data Authority", "autorité des données", "régulateur"),
        (K.GOVERNMENT_BODY, "Cyber Office"), (K.COUNTRY, "Freedonia", "Freedonie"),
        (K.GOVERNMENT_BODY, "Garante"),
    )
)  # fmt: skip


def _links(text: str, lang: str) -> set[frozenset[str]]:
    return links_among(text, lang, ACTORS)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A supplier or a contractor is a partner of the firm or body it supplies.
        (
            "en",
            "Veltrona, which supplies batteries to Korvik Motors and Astrelle, rose 3%.",
            "Veltrona~Korvik Motors;Veltrona~Astrelle",
        ),
        (
            "en",
            "Pelmar Chips is the main supplier of memory chips to Orbis Cloud.",
            "Pelmar Chips~Orbis Cloud",
        ),
        (
            "fr",
            "Pelmar Chips est le principal fournisseur de mémoire d'Orbis Cloud.",
            "Pelmar Chips~Orbis Cloud",
        ),
        (
            "fr",
            "Un sous-traitant de Quillon, Tessary, a livré des modules à une entreprise.",
            "Quillon~Tessary",
        ),
        (
            "fr",
            "Le sous-traitant Brisane, qui assemble des cartes pour Quillon, a réduit son"
            " effectif.",
            "Brisane~Quillon",
        ),
        (
            "en",
            "Brisane supplied drones and software to the Ministry of Defence last year.",
            "Brisane~Ministry of Defence",
        ),
        # A relative clause makes its subject the holder of the name it follows.
        (
            "fr",
            "Le journal a signé avec Tessary, dont Nordhall Capital est le premier actionnaire.",
            "Nordhall Capital~Tessary",
        ),
        (
            "fr",
            "Quillon vise Tessary, rival allemand dont Astrelle et Brisane sont actionnaires.",
            "Astrelle~Tessary;Brisane~Tessary",
        ),
        (
            "en",
            "Tessary, whose largest shareholder is Astrelle, declined to comment.",
            "Astrelle~Tessary",
        ),
        (
            "en",
            "Brisane, in which Nordhall Capital holds a 10% stake, fell.",
            "Nordhall Capital~Brisane",
        ),
        # 'their company' and 'a company they controlled' belong to the names coordinated before.
        (
            "en",
            "Marta Velez and Jonas Kerr used their company, Halden Trade, to ship the servers.",
            "Marta Velez~Halden Trade;Jonas Kerr~Halden Trade",
        ),
        (
            "en",
            "Marta Velez, 41, and Li Wen, 37, used a small company they controlled, Halden Trade,"
            " to buy the servers.",
            "Marta Velez~Halden Trade;Li Wen~Halden Trade",
        ),
        (
            "fr",
            "Le département de la Justice a inculpé deux hommes, Jonas Kerr et Li Wen, soupçonnés"
            " d'avoir exporté des puces via leur société Halden Trade.",
            "Jonas Kerr~Halden Trade;Li Wen~Halden Trade",
        ),
        # A body that sits within another, is attached to it, or on which it depends.
        (
            "en",
            "The Office of Digital Trade, which sits within the Trade Ministry, issued a rule.",
            "Office of Digital Trade~Trade Ministry",
        ),
        (
            "fr",
            "L'Office du commerce numérique, rattaché au ministère du Commerce, a publié un texte.",
            "Office of Digital Trade~Trade Ministry",
        ),
        (
            "fr",
            "Le ministère du Commerce, dont dépend l'Office du commerce numérique, a réagi.",
            "Office of Digital Trade~Trade Ministry",
        ),
        # A relative object of a listing verb is what is listed.
        (
            "en",
            "Analysts cited Quillon, which Washington placed on a trade blacklist in 2021.",
            "United States~Quillon",
        ),
        (
            "fr",
            "Les analystes citent Quillon, que Washington a placé sur sa liste noire en 2021.",
            "United States~Quillon",
        ),
        # A time phrase may stand between a verb and its object.
        (
            "fr",
            "Le ministère du Commerce a sanctionné en janvier la société Brisane.",
            "Trade Ministry~Brisane",
        ),
        ("en", "Quillon released last week Echo, a coding assistant.", "Quillon~Echo"),
        # The agents of a passive cue are one side, not a link between themselves.
        (
            "fr",
            "Tessary, soutenue par Astrelle et Brisane, a levé des fonds.",
            "Astrelle~Tessary;Brisane~Tessary",
        ),
        # Being on a body's list: the body lists the firm.
        (
            "en",
            "Quillon has been on the Trade Ministry's Entity List since 2021.",
            "Trade Ministry~Quillon",
        ),
        (
            "fr",
            "Quillon figure depuis mars sur la liste noire du ministère du Commerce.",
            "Trade Ministry~Quillon",
        ),
        (
            "fr",
            "Quillon, Tessary et Brisane ont été placés sur liste noire par le ministère du"
            " Commerce.",
            "Trade Ministry~Quillon;Trade Ministry~Tessary;Trade Ministry~Brisane",
        ),
        # Absorbing a firm is acquiring it; proceedings against a firm are an investigation.
        ("en", "Quillon absorbed Tessary in a share swap last year.", "Quillon~Tessary"),
        (
            "en",
            "The Federal Trade Commission opened formal proceedings against Brisane.",
            "Federal Trade Commission~Brisane",
        ),
        (
            "fr",
            "Le ministère du Commerce a ouvert une procédure formelle contre Brisane.",
            "Trade Ministry~Brisane",
        ),
        # A relative's subject is the name the clause follows.
        (
            "en",
            "Echo is developed by Quillon, Marta Velez's company, which absorbed Tessary.",
            "Quillon~Echo;Marta Velez~Quillon;Quillon~Tessary",
        ),
        # What a probe looks into may be a firm's practices or intrusions.
        (
            "fr",
            "La FTC enquête depuis l'an dernier sur les pratiques de Brisane.",
            "Federal Trade Commission~Brisane",
        ),
        (
            "en",
            "The Federal Trade Commission opened a probe into the practices of Quillon.",
            "Federal Trade Commission~Quillon",
        ),
        # A subject noun set off right after a name describes it.
        (
            "fr",
            "Tessary, la pépite allemande du logiciel, a signé en mars un accord de licence avec"
            " Orbis Cloud.",
            "Tessary~Orbis Cloud",
        ),
        # 'whose'/'dont' and a product word: the firm develops the product.
        ("en", "Quillon, whose chatbot Echo is popular, raised money.", "Quillon~Echo"),
        # Who stands on each side: a relative pronoun, a possessive, a source.
        (
            "en",
            "Quillon, which is controlled by Nordhall Capital, fell 4%.",
            "Quillon~Nordhall Capital",
        ),
        ("en", "Quillon said it had sold its stake in Tessary.", "Quillon~Tessary"),
        ("fr", "Quillon, la filiale de Tessary, a reculé.", "Quillon~Tessary"),
        # A possessive in a clause whose subject is named stands for that subject.
        (
            "en",
            "Marta Velez's administration has intensified its crackdown on Quillon.",
            "Marta Velez~Quillon",
        ),
        # A source described in a relative clause is a party of that clause.
        (
            "fr",
            "Selon le Cyber Office, qui dépend de la Data Authority, Quillon a été piraté.",
            "Cyber Office~Data Authority",
        ),
        # A person's firm; a backer or customer in apposition or counted among a firm's own.
        ("en", "Marta Velez's Quillon sued Tessary on Monday.", "Marta Velez~Quillon"),
        ("en", "Quillon, Tessary's biggest backer, declined to comment.", "Quillon~Tessary"),
        (
            "en",
            "Quillon, which counts Tessary and Marta Velez among its investors, was valued at"
            " $2bn.",
            "Quillon~Tessary;Quillon~Marta Velez",
        ),
        ("fr", "Quillon compte Tessary parmi ses principaux actionnaires.", "Quillon~Tessary"),
        (
            "fr",
            "Quillon est l'un des principaux clients de Tessary en Freedonie.",
            "Quillon~Tessary",
        ),
        # Authorities' acts: in the French pluperfect, on people, designations; a subject the
        # parser took for a modifier ('la Garante italienne').
        ("fr", "Le Cyber Office avait convoqué les dirigeants de Quillon.", "Cyber Office~Quillon"),
        (
            "fr",
            "En février, la Garante italienne avait bloqué l'application Quillon.",
            "Garante~Quillon",
        ),
        (
            "en",
            "The Cyber Office sanctioned Marta Velez and Jonas Kerr for smuggling chips.",
            "Cyber Office~Marta Velez;Cyber Office~Jonas Kerr",
        ),
        ("en", "Marta Velez was sanctioned by the Cyber Office.", "Cyber Office~Marta Velez"),
        (
            "en",
            "The Space Agency also designated Quillon and Tessary as Chinese military companies.",
            "Space Agency~Quillon;Space Agency~Tessary",
        ),
        # A description in apposition names the thing's owner or maker.
        ("en", "Nova, Quillon's flagship chatbot, was blocked.", "Quillon~Nova"),
        ("en", "LibArchive, Marta Velez's social network, fell silent.", "Marta Velez~LibArchive"),
        (
            "fr",
            "Nova, l'assistant d'intelligence artificielle de Quillon, a été bloqué.",
            "Quillon~Nova",
        ),
        ("fr", "Tessary, la filiale française de Quillon, a chuté.", "Quillon~Tessary"),
        # A state acting in a 'by'-clause; a firm hosting another's data supplies it.
        ("en", "Freedonia responded by banning Quillon from exporting chips.", "Freedonia~Quillon"),
        (
            "en",
            "Quillon, which stores Tessary's US user data under a deal, declined to comment.",
            "Quillon~Tessary",
        ),
        (
            "fr",
            "Quillon, qui héberge déjà les données des utilisateurs américains de Tessary, a"
            " refusé de commenter.",
            "Quillon~Tessary",
        ),
        # A criminal charge by an authority is an enforcement act, as a fine or a ban is.
        (
            "en",
            "The Justice Department charged Marta Velez and Jonas Kerr, and seized the servers"
            " they controlled, Halden Trade said.",
            "Justice Department~Marta Velez;Justice Department~Jonas Kerr",
        ),
    ],
)
def test_a_stated_link(lang: str, text: str, expected: str) -> None:
    assert _links(text, lang) == pairs(*expected.split(";"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Brisane provided details to the Federal Trade Commission on Monday."),
        ("fr", "Brisane a fourni des explications à la FTC."),
        (
            "fr",
            "Les ouvrages figurent dans les bases pirates utilisées par Quillon, dont la"
            " bibliothèque clandestine LibArchive.",
        ),
        ("fr", "Tessary, dont Marta Velez a critiqué la stratégie, a reculé."),
        ("fr", "La jeune pousse, soutenue par Astrelle et Brisane, a levé des fonds."),
        ("en", "Quillon is on the Entity List, analysts at the Trade Ministry said."),
        (
            "fr",
            "Quillon et Tessary ont critiqué la mesure. Le lendemain, le ministère du Commerce a"
            " banni plusieurs comptes liés à des pirates, qui visaient des hôpitaux.",
        ),
        # A relative pronoun stands for the noun it follows, never for a name sentences before.
        (
            "en",
            "The Space Agency has blocked the tool on its devices. The company, which is"
            " controlled by Nordhall Capital, has not responded.",
        ),
        # 'it' and 'its' stand for a firm or a body, never a person; in a clause about an
        # unnamed firm, for that firm.
        ("en", "Marta Velez said it had sold its stake in Tessary."),
        ("en", "Marta Velez told reporters the group planned to sell its stake in Tessary."),
        (
            "en",
            "The Data Authority said the company had breached the terms attached to its"
            " acquisition of Tessary.",
        ),
        # A source a statement is credited to is no party to it.
        ("fr", "Selon le régulateur, la filiale du groupe Quillon n'a pas protégé les données."),
        ("fr", "D'après Freedonie, la filiale de Quillon a fraudé."),
        ("en", "According to the Data Authority, a subsidiary of Quillon broke the rules."),
        # 'le groupe de X' is X's only in apposition to a name.
        ("fr", "Le Cyber Office a ordonné au groupe de Marta Velez de suspendre ces règles."),
        ("en", "Quillon sued Marta Velez over the leak."),  # a firm's suit is no authority's act
        # A country's firm is one of its firms, not the state's; a rival is no property.
        ("en", "Quillon, Freedonia's biggest group, fell."),
        ("fr", "Quillon, le premier groupe de Freedonie, a chuté."),
        ("en", "Tessary, Quillon's main rival, fell."),
        ("en", "Quillon stores data for the Space Agency in Freedonia."),  # no one's data named
    ],
)
def test_no_stated_link(lang: str, text: str) -> None:
    assert _links(text, lang) == set()
