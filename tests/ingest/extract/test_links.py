"""Links stated by cue phrases and possessives, on real spaCy parses of invented sentences.

Entity spans come from a name list (mentions_by_name.py), so a failure points at the link rules.
Direction carries no meaning, so links are compared as unordered pairs.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from graph.model import Actor, ActorKind
from ingest.extract.pipeline import extract_facts
from tests.ingest.extract.mentions_by_name import analyze_with, sentence_article

K = ActorKind
ACTORS = tuple(
    Actor(kind=kind, name=name, aliases=tuple(aliases))
    for kind, name, *aliases in (
        (K.COMPANY, "DeepSeek"), (K.COMPANY, "OpenAI"), (K.COMPANY, "Microsoft"),
        (K.COMPANY, "Nvidia"), (K.COMPANY, "TikTok"), (K.COMPANY, "ByteDance"),
        (K.COMPANY, "Alibaba"), (K.COMPANY, "SoftBank"), (K.COMPANY, "Anthropic"),
        (K.COMPANY, "Amazon"), (K.COMPANY, "Google"), (K.COMPANY, "Alphabet"),
        (K.COMPANY, "Huawei"), (K.COMPANY, "Mistral AI", "Mistral"), (K.COMPANY, "SMIC"),
        (K.COMPANY, "Talgen Systems", "Talgen"), (K.COMPANY, "Meta"),
        (K.PRODUCT, "R1"), (K.PRODUCT, "Claude"), (K.PRODUCT, "Qwen"), (K.PRODUCT, "Le Chat"),
        (K.PRODUCT, "Lemon8"), (K.PRODUCT, "ChatGPT"),
        (K.COUNTRY, "United States", "US", "États-Unis", "Washington"),
        (K.COUNTRY, "China", "Chine"), (K.COUNTRY, "Italy", "Italie"),
        (K.COUNTRY, "Australia", "Australie"), (K.COUNTRY, "Taiwan", "Taïwan"),
        (K.GOVERNMENT_BODY, "Commerce Department", "département du Commerce"),
        (K.GOVERNMENT_BODY, "Bureau of Industry and Security", "BIS"),
        (K.GOVERNMENT_BODY, "Federal Trade Commission", "FTC"), (K.GOVERNMENT_BODY, "CNIL"),
        (K.GOVERNMENT_BODY, "Texas"), (K.OFFICIAL, "Donald Trump", "Trump"),
        (K.GOVERNMENT_BODY, "Garante"), (K.PRODUCT, "Ascend"), (K.COMPANY, "Nexperia"),
        (K.COMPANY, "Wingtech"), (K.PERSON, "Daniel Ferreira"), (K.COMPANY, "Coastline Capital"),
        (K.COMPANY, "xAI"), (K.PERSON, "Elon Musk"), (K.COMPANY, "High-Flyer"),
        (K.COMPANY, "Samsung"), (K.COMPANY, "Mellanox"), (K.COMPANY, "Baidu"),
        (K.PRODUCT, "Ernie 4.5"), (K.COMPANY, "MiniMax"), (K.COMPANY, "ASML"),
        (K.GOVERNMENT_BODY, "Pentagon", "Pentagone"), (K.COMPANY, "DJI"),
    )
)  # fmt: skip


def links_among(text: str, lang: str, actors: Sequence[Actor]) -> set[frozenset[str]]:
    """The links of a one-sentence article whose entities are the given actors."""
    article = sentence_article(text, lang, "2025-02-03T10:00:00Z")
    extraction = extract_facts(analyze_with(article, actors))
    return {frozenset((link.a.name, link.b.name)) for link in extraction.links}


def _links(text: str, lang: str) -> set[frozenset[str]]:
    return links_among(text, lang, ACTORS)


def pairs(*named: str) -> set[frozenset[str]]:
    """'A~B' strings as unordered pairs."""
    return {frozenset(p.split("~")) for p in named}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Ownership: relatives, possessives, 'unit of', 'filiale de', stakes, acquisitions.
        ("en", "ByteDance, which owns TikTok, declined to comment.", "ByteDance~TikTok"),
        ("en", "TikTok's parent ByteDance declined to comment.", "ByteDance~TikTok"),
        ("fr", "La maison mère de TikTok, ByteDance, n'a pas commenté.", "ByteDance~TikTok"),
        ("fr", "TikTok, filiale de ByteDance, n'a pas commenté.", "ByteDance~TikTok"),
        ("en", "Google, a unit of Alphabet, unveiled a new model.", "Alphabet~Google"),
        ("en", "Alphabet's Google unveiled a new model on Monday.", "Alphabet~Google"),
        ("en", "ByteDance promoted Lemon8, another app it owns, as a rival.", "ByteDance~Lemon8"),
        ("en", "Alibaba holds a 10% stake in Talgen Systems.", "Alibaba~Talgen Systems"),
        ("fr", "Alibaba détient une participation de 10 % dans Talgen.", "Alibaba~Talgen Systems"),
        ("fr", "Alibaba a racheté Talgen l'an dernier.", "Alibaba~Talgen Systems"),
        # Investment.
        ("en", "Microsoft invested $10bn in OpenAI in 2023.", "Microsoft~OpenAI"),
        ("en", "Microsoft is OpenAI's biggest investor.", "Microsoft~OpenAI"),
        ("fr", "Microsoft a investi 10 milliards de dollars dans OpenAI.", "Microsoft~OpenAI"),
        ("en", "Anthropic, backed by Amazon, released a new model.", "Anthropic~Amazon"),
        ("fr", "Anthropic, soutenue par Amazon, a publié un modèle.", "Anthropic~Amazon"),
        ("en", "SoftBank led a $2bn funding round in Talgen Systems.", "SoftBank~Talgen Systems"),
        (
            "fr",
            "SoftBank a mené une levée de fonds de 2 milliards dans Talgen.",
            "SoftBank~Talgen Systems",
        ),
        # Developers of products.
        ("en", "With its R1 model, DeepSeek shook the markets.", "DeepSeek~R1"),
        ("fr", "Avec son modèle R1, DeepSeek a secoué les marchés.", "DeepSeek~R1"),
        ("fr", "R1, développé par DeepSeek, a secoué les marchés.", "DeepSeek~R1"),
        ("en", "Anthropic accused DeepSeek of copying its model Claude.", "Anthropic~Claude"),
        ("en", "Alibaba unveiled Qwen, its new chatbot.", "Alibaba~Qwen"),
        ("fr", "DeepSeek a lancé R1 lundi.", "DeepSeek~R1"),
        ("en", "Le Chat, Mistral's chatbot, topped the charts.", "Mistral AI~Le Chat"),
        ("en", "ChatGPT maker OpenAI said it would respond.", "OpenAI~ChatGPT"),
        # Bans, blacklists and licences, with coordination on either side.
        (
            "fr",
            "L'Italie et l'Australie ont interdit DeepSeek.",
            "Italy~DeepSeek;Australia~DeepSeek",
        ),
        ("en", "Texas banned DeepSeek and TikTok on state devices.", "Texas~DeepSeek;Texas~TikTok"),
        (
            "en",
            "The Commerce Department placed Huawei on the Entity List in 2019.",
            "Commerce Department~Huawei",
        ),
        ("fr", "Washington a ajouté Huawei à sa liste noire en 2019.", "United States~Huawei"),
        (
            "en",
            "The Commerce Department granted Nvidia a licence to sell chips to China.",
            "Commerce Department~Nvidia",
        ),
        (
            "fr",
            "Le département du Commerce a accordé à Nvidia une licence pour vendre des puces.",
            "Commerce Department~Nvidia",
        ),
        ("en", "The US imposed sanctions on Huawei in 2019.", "United States~Huawei"),
        ("fr", "Les États-Unis ont imposé des sanctions à Huawei.", "United States~Huawei"),
        (
            "en",
            "The Trump administration intensified its crackdown on Huawei.",
            "Donald Trump~Huawei",
        ),
        (
            "fr",
            "Le Premier ministre Donald Trump a déclaré que DeepSeek était interdit dans les "
            "ministères.",
            "Donald Trump~DeepSeek",
        ),
        ("en", "Italy said DeepSeek was banned on government phones.", "Italy~DeepSeek"),
        (
            "en",
            "The guidance, issued by the BIS, clarified that Huawei's Ascend processors are "
            "subject to strict export controls.",
            "Bureau of Industry and Security~Ascend;Huawei~Ascend",
        ),
        ("en", "The FTC fined Meta $5bn over privacy failures.", "Federal Trade Commission~Meta"),
        ("fr", "La CNIL a infligé une amende de 15 millions d'euros à OpenAI.", "CNIL~OpenAI"),
        ("fr", "La CNIL a déjà infligé à Google une amende record.", "CNIL~Google"),
        ("en", "Texas sued TikTok on Wednesday.", "Texas~TikTok"),
        ("en", "Meta was fined by the FTC in 2019.", "Federal Trade Commission~Meta"),
        ("fr", "Google a été sanctionnée par la CNIL.", "CNIL~Google"),
        (
            "fr",
            "La CNIL a ordonné jeudi le blocage immédiat de l'application DeepSeek.",
            "CNIL~DeepSeek",
        ),
        (
            "fr",
            "Le BIS, qui dépend du département du Commerce, a publié des règles.",
            "Bureau of Industry and Security~Commerce Department",
        ),
        ("fr", "La CNIL a annoncé qu'elle allait interroger DeepSeek.", "CNIL~DeepSeek"),
        (
            "en",
            "OpenAI said it had evidence that DeepSeek had distilled its ChatGPT models.",
            "OpenAI~ChatGPT",
        ),
        ("en", "TikTok, which is owned by China-based ByteDance, will appeal.", "TikTok~ByteDance"),
        # Investigations.
        ("en", "The FTC opened a probe into OpenAI.", "Federal Trade Commission~OpenAI"),
        ("fr", "La CNIL a ouvert une enquête sur DeepSeek.", "CNIL~DeepSeek"),
        ("fr", "La CNIL enquête sur DeepSeek.", "CNIL~DeepSeek"),
        ("en", "DeepSeek is under investigation by the FTC.", "Federal Trade Commission~DeepSeek"),
        ("fr", "DeepSeek fait l'objet d'une enquête de la CNIL.", "CNIL~DeepSeek"),
        (
            "fr",
            "OpenAI et son partenaire Microsoft ont agi, enquêtant sur des comptes liés à "
            "DeepSeek.",
            "OpenAI~Microsoft;OpenAI~DeepSeek;Microsoft~DeepSeek",
        ),
        # Partnerships.
        ("en", "OpenAI partnered with Microsoft on cloud computing.", "OpenAI~Microsoft"),
        ("fr", "Mistral a noué un partenariat avec Microsoft.", "Mistral AI~Microsoft"),
        ("fr", "Mistral s'est associé à Microsoft.", "Mistral AI~Microsoft"),
        ("en", "Nvidia and Alibaba announced a partnership on Monday.", "Nvidia~Alibaba"),
        ("fr", "Nvidia a conclu une alliance avec Alibaba.", "Nvidia~Alibaba"),
        ("en", "The partnership between Microsoft and OpenAI has frayed.", "Microsoft~OpenAI"),
        ("fr", "Le partenariat entre Mistral et Microsoft a été dévoilé.", "Mistral AI~Microsoft"),
        ("en", "Nvidia signed a supply deal with OpenAI.", "Nvidia~OpenAI"),
        (
            "fr",
            "Baidu, qui a rendu open source ses modèles Ernie 4.5 le 30 juin, a progressé.",
            "Baidu~Ernie 4.5",
        ),
        (
            "en",
            "Anthropic said DeepSeek and MiniMax had used its Claude models without consent.",
            "Anthropic~Claude",
        ),
        (
            "fr",
            "Le néerlandais ASML a annoncé mardi investir 1,3 milliard d'euros dans Mistral AI.",
            "ASML~Mistral AI",
        ),
        # Orders, instructions and summons by an authority.
        (
            "en",
            "The Garante ordered DeepSeek to stop processing the data of Italian users.",
            "Garante~DeepSeek",
        ),
        ("fr", "La CNIL a ordonné à DeepSeek de cesser la collecte de données.", "CNIL~DeepSeek"),
        (
            "en",
            "The FTC told its staff not to use DeepSeek on work phones.",
            "Federal Trade Commission~DeepSeek",
        ),
        (
            "fr",
            "La CNIL a déclaré que les agents ne devaient pas utiliser DeepSeek.",
            "CNIL~DeepSeek",
        ),
        (
            "en",
            "The Commerce Department summoned Nvidia representatives on Monday.",
            "Commerce Department~Nvidia",
        ),
        ("fr", "La CNIL a convoqué jeudi des représentants de Nvidia.", "CNIL~Nvidia"),
        (
            "en",
            "SMIC, which was added to the US Entity List in 2020, declined to comment.",
            "United States~SMIC",
        ),
        (
            "en",
            "Nvidia obtained a licence from the Commerce Department to sell chips.",
            "Commerce Department~Nvidia",
        ),
        # Acquisitions, agreements, 'whose', descriptions of an owner or a maker.
        ("en", "Nvidia completed its acquisition of Mellanox in 2020.", "Nvidia~Mellanox"),
        ("fr", "Le rachat de Mellanox par Nvidia a été bouclé.", "Nvidia~Mellanox"),
        (
            "en",
            "Microsoft signed a memorandum of understanding with Anthropic.",
            "Microsoft~Anthropic",
        ),
        (
            "fr",
            "Samsung et Alibaba ont signé une lettre d'intention avec OpenAI.",
            "Samsung~OpenAI;Alibaba~OpenAI",
        ),
        (
            "fr",
            "Huawei, dont les processeurs Ascend sont très demandés, a publié ses résultats.",
            "Huawei~Ascend",
        ),
        (
            "en",
            "Mistral AI, whose assistant Le Chat topped the charts, raised money.",
            "Mistral AI~Le Chat",
        ),
        ("fr", "xAI, la société d'Elon Musk, n'a pas signé.", "xAI~Elon Musk"),
        (
            "en",
            "The ChatGPT maker accused DeepSeek of distillation. OpenAI declined to comment.",
            "OpenAI~ChatGPT",
        ),
        (
            "en",
            "Nexperia, the chipmaker owned by China's Wingtech, declined to comment.",
            "Nexperia~Wingtech",
        ),
        (
            "fr",
            "DeepSeek, fondée en 2023 et financée par le fonds High-Flyer, n'a pas répondu.",
            "DeepSeek~High-Flyer",
        ),
        # Comparisons, the other case named before or after the cue.
        ("fr", "Le cas DeepSeek rappelle le cas TikTok.", "DeepSeek~TikTok"),
        ("en", "DeepSeek could face the same fate as TikTok.", "DeepSeek~TikTok"),
        ("fr", "DeepSeek pourrait connaître le même sort que TikTok.", "DeepSeek~TikTok"),
    ],
)
def test_a_stated_link(lang: str, text: str, expected: str) -> None:
    assert _links(text, lang) == pairs(*expected.split(";"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Nvidia shares fell while OpenAI launched a new model."),
        ("en", "DeepSeek and OpenAI both released models on Monday."),
        ("fr", "Microsoft a publié ses résultats, et DeepSeek a lancé un modèle."),
        ("en", "Investors in Nvidia worried about DeepSeek."),
        ("en", "Microsoft competes with Google and Amazon in cloud computing."),
        ("en", "Nvidia sells chips to Huawei."),
        ("en", "Microsoft bought Nvidia chips last year."),
        ("en", "China's DeepSeek shook the markets."),
        ("en", "Regulators in Italy and Australia have launched investigations into data use."),
        ("fr", "Trump a critiqué l'interdiction, tandis que Nvidia a progressé."),
        ("en", "Daniel Ferreira, a partner at Coastline Capital, said so."),
        ("en", "Google agreed to deal with the crisis in China."),
        ("fr", "La Chine a demandé à des groupes comme Alibaba et Samsung de cesser les tests."),
        ("en", "The Garante said its Ascend chips were inspected."),
        ("en", "Trump pushed back the deadline for TikTok's Chinese owner to sell the app."),
        ("en", "Analysts said DeepSeek was popular in Italy."),
        ("en", "Trump signed a trade deal with China on Friday."),
        ("en", "Microsoft sued Nvidia over a patent."),
        ("en", "Nvidia was sued by Microsoft."),
        ("en", "Huawei sold routers. Trump is investigating whether he could ban imports."),
        ("en", "Nvidia said the Ascend processors are subject to export controls."),
        ("en", "A deal with existing ByteDance investors fell apart when China objected."),
        ("fr", "TikTok a dominé les ventes. M. Trump en a suspendu l'application par décret."),
        (
            "fr",
            "L'Italie a suspendu les téléchargements, après que la CNIL eut établi que "
            "la société avait transféré des données vers une filiale de ByteDance.",
        ),
    ],
)
def test_names_in_one_sentence_are_not_a_link(lang: str, text: str) -> None:
    assert _links(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "fr",
            "L'application DeepSeek a été téléchargée des millions de fois. En Europe, la"
            " Garante, l'autorité italienne de protection des données, l'a bloquée fin janvier.",
            "Garante~DeepSeek",
        ),
        (
            "fr",
            "La start-up DeepSeek a publié son assistant en janvier. La CNIL, le gendarme"
            " français de la vie privée, l'a interdite une semaine plus tard.",
            "CNIL~DeepSeek",
        ),
        (
            "en",
            "DeepSeek released a new chatbot in January. Texas, the second-largest state,"
            " banned it on government devices a week later.",
            "Texas~DeepSeek",
        ),
    ],
)
def test_ban_of_a_pronoun_after_an_apposed_authority(lang: str, text: str, pair: str) -> None:
    """'la Garante, l'autorité ..., l'a bloquée': the parser hangs the verb off the authority
    with no subject; the authority still acts, and 'l''/'it' is the firm just named."""
    assert pairs(pair) <= _links(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "fr",
            "Le Pentagone soupçonne SMIC d'entretenir des liens avec l'armée chinoise et l'a"
            " inscrit sur sa liste des entreprises militaires chinoises.",
            "Pentagon~SMIC",
        ),
        (
            "en",
            "Huawei sells phones in 170 countries. The Commerce Department added it to the"
            " Entity List in 2019.",
            "Commerce Department~Huawei",
        ),
        ("en", "The Pentagon put DJI on its list of Chinese military companies.", "Pentagon~DJI"),
    ],
)
def test_listing_by_pronoun_or_on_a_military_list(lang: str, text: str, pair: str) -> None:
    """Lists of military companies are lists too; 'l'a inscrit' stands for the firm just named."""
    assert pairs(pair) <= _links(text, lang)
