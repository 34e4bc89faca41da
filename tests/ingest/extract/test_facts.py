"""Each fact rule on real spaCy parses of sentences written for the test.

Entity spans come from a name list (tests/ingest/extract/mentions_by_name.py), so these tests fail
only when the fact rules are wrong, not when entity recognition is.
"""

from __future__ import annotations

from graph.model import Actor, ActorKind
from ingest.extract.allegations import Maker
from ingest.extract.pipeline import extract_facts, kb_maker
from ingest.extract.records import Extraction
from tests.ingest.extract.mentions_by_name import analyze_with, sentence_article

SACKS = Actor(kind=ActorKind.OFFICIAL, name="David Sacks", aliases=("Sacks",))
TRUMP = Actor(kind=ActorKind.OFFICIAL, name="Donald Trump", aliases=("Trump",), country="US")
ALTMAN = Actor(kind=ActorKind.PERSON, name="Sam Altman")
DEEPSEEK = Actor(kind=ActorKind.COMPANY, name="DeepSeek", aliases=("Deepseek",))
OPENAI = Actor(kind=ActorKind.COMPANY, name="OpenAI")
MICROSOFT = Actor(kind=ActorKind.COMPANY, name="Microsoft")
NVIDIA = Actor(kind=ActorKind.COMPANY, name="Nvidia")
TIKTOK = Actor(kind=ActorKind.COMPANY, name="TikTok")
NASDAQ = Actor(kind=ActorKind.ASSET, name="Nasdaq Composite", aliases=("Nasdaq",))
WHITE_HOUSE = Actor(kind=ActorKind.GOVERNMENT_BODY, name="White House", aliases=("Maison Blanche",))
FOX = Actor(kind=ActorKind.ORGANIZATION, name="Fox News")
FT = Actor(kind=ActorKind.ORGANIZATION, name="Financial Times")
REUTERS = Actor(kind=ActorKind.ORGANIZATION, name="Reuters")
US = Actor(kind=ActorKind.COUNTRY, name="United States", aliases=("US", "États-Unis", "Washington"))
CHINA = Actor(kind=ActorKind.COUNTRY, name="China", aliases=("Chine", "Pékin"))
ALIBABA = Actor(kind=ActorKind.COMPANY, name="Alibaba")
TENCENT = Actor(kind=ActorKind.COMPANY, name="Tencent")
SP500 = Actor(kind=ActorKind.ASSET, name="S&P 500")
BITCOIN = Actor(kind=ActorKind.ASSET, name="Bitcoin")
BIS = Actor(
    kind=ActorKind.GOVERNMENT_BODY, name="Bureau of Industry and Security", aliases=("BIS",)
)
ASCEND = Actor(kind=ActorKind.PRODUCT, name="Huawei Ascend", aliases=("Ascend",))
ACTORS = (
    SACKS, TRUMP, ALTMAN, DEEPSEEK, OPENAI, MICROSOFT, NVIDIA, TIKTOK, NASDAQ, WHITE_HOUSE,
    FOX, FT, REUTERS, US, CHINA, ALIBABA, TENCENT, SP500, BITCOIN, BIS, ASCEND,
)  # fmt: skip


def facts(
    text: str, lang: str, published: str = "2025-01-29T10:00:00Z", maker: Maker | None = None
) -> Extraction:
    article = sentence_article(text, lang, published)
    return extract_facts(analyze_with(article, ACTORS), maker)


def test_french_allegation_with_relay_victim_and_date() -> None:
    x = facts(
        "S'exprimant sur Fox News mardi, Sacks a suggéré que Deepseek se serait servi des "
        "réponses des modèles d'OpenAI pour s'entraîner.",
        "fr",
    )
    (claim,) = x.allegations
    assert (claim.claimant, claim.accused, claim.victim) == (SACKS, DEEPSEEK, OPENAI)
    assert (claim.act, claim.stance) == ("distillation", "alleges")
    assert claim.relays == (FOX,)
    assert claim.occurred is not None
    assert claim.occurred.date == "2025-01-28"


def test_the_outlet_cited_is_a_relay_never_the_claimant() -> None:
    x = facts(
        "According to the Financial Times, OpenAI said that DeepSeek had distilled its models "
        "in violation of its terms of service.",
        "en",
    )
    (claim,) = x.allegations
    assert (claim.claimant, claim.accused) == (OPENAI, DEEPSEEK)
    assert claim.relays == (FT,)
    assert all(FT not in (a.claimant, a.accused) for a in x.allegations)


def test_told_an_outlet_and_a_pronoun_claimant() -> None:
    x = facts(
        "David Sacks spoke to reporters at the White House on Monday. He told Fox News that "
        "DeepSeek stole intellectual property from OpenAI.",
        "en",
    )
    (claim,) = x.allegations
    assert (claim.claimant, claim.accused) == (SACKS, DEEPSEEK)
    assert claim.act == "intellectual property theft"
    assert claim.relays == (FOX,)


def test_no_allegation_without_an_act_or_with_a_negated_claim() -> None:
    assert facts("Sam Altman said that DeepSeek built an impressive model.", "en").allegations == []
    assert facts("OpenAI did not say that DeepSeek distilled its models.", "en").allegations == []


def test_market_events_in_french_with_amounts_and_trigger() -> None:
    x = facts(
        "Le lancement du modèle de Deepseek a provoqué une vente massive, entraînant la perte "
        "de plus de 1 billion de dollars de l'indice Nasdaq. Nvidia a perdu 600 milliards de "
        "dollars lundi, tandis que Microsoft a également subi des pertes.",
        "fr",
    )
    events = {e.subject.name: e for e in x.market_events}
    assert set(events) == {"Nasdaq Composite", "Nvidia", "Microsoft"}
    assert (events["Nasdaq Composite"].direction, events["Nasdaq Composite"].amount_usd) == (
        "down",
        1e12,
    )
    assert events["Nasdaq Composite"].trigger == DEEPSEEK
    assert events["Nasdaq Composite"].measure == "market value"
    nvidia = events["Nvidia"]
    assert (nvidia.direction, nvidia.amount_usd, nvidia.measure) == ("down", 600e9, "market value")
    assert nvidia.occurred is not None
    assert nvidia.occurred.date == "2025-01-27"
    assert (events["Microsoft"].direction, events["Microsoft"].amount) == ("down", None)


def test_market_events_in_english_and_what_is_not_one() -> None:
    x = facts(
        "Nvidia saw its market value plunge by about $600 billion. DeepSeek gained attention "
        "worldwide. Nvidia shares rose 9% on Tuesday.",
        "en",
    )
    got = sorted((e.subject.name, e.direction, e.amount, e.unit) for e in x.market_events)
    assert got == [("Nvidia", "down", 600e9, "USD"), ("Nvidia", "up", 9.0, "%")]


def test_each_subject_keeps_its_own_move_and_amount() -> None:
    x = facts("Shares of Alibaba rose 5% in Hong Kong, while Tencent lost 2%.", "en")
    got = sorted((e.subject.name, e.direction, e.amount) for e in x.market_events)
    assert got == [("Alibaba", "up", 5.0), ("Tencent", "down", 2.0)]
    x = facts("L'indice S&P 500 a clôturé dans le rouge avec 2,1%, l'indice Nasdaq avec 4%.", "fr")
    got = sorted((e.subject.name, e.direction, e.amount) for e in x.market_events)
    assert got == [("Nasdaq Composite", "down", 4.0), ("S&P 500", "down", 2.1)]


def test_a_level_is_not_a_change() -> None:
    x = facts(
        "Le Bitcoin a chuté en dessous de 100 000 dollars mardi, et les liquidations ont "
        "grimpé de 850%.",
        "fr",
    )
    assert [(e.subject, e.direction, e.amount, e.measure) for e in x.market_events] == [
        (BITCOIN, "down", None, "price")  # neither the level nor the liquidations' 850%
    ]


def test_the_maker_named_in_a_product_is_the_accused() -> None:
    text = "The BIS stated that using Huawei Ascend chips violates US export controls."
    (claim,) = facts(text, "en", maker=kb_maker()).allegations
    assert (claim.claimant, claim.accused.name) == (BIS, "Huawei")
    assert claim.act == "export-control breach"
    assert facts(text, "en").allegations == []  # without a maker, a product is never accused


def test_roles_before_and_after_the_name() -> None:
    x = facts(
        "David Sacks, responsable de l'intelligence artificielle à la Maison Blanche, affirme "
        "que la Chine progresse. Même Sam Altman, le PDG d'OpenAI, a salué DeepSeek.",
        "fr",
    )
    got = {(r.person.name, r.title, r.org.name) for r in x.roles}
    assert got == {("David Sacks", "AI czar", "White House"), ("Sam Altman", "CEO", "OpenAI")}


def test_roles_need_an_organisation_and_a_current_title() -> None:
    x = facts(
        "Trump's AI czar, David Sacks, spoke on Fox News. Former OpenAI CEO Sam Altman was "
        "not there. US President Donald Trump agreed.",
        "en",
    )
    assert {(r.person.name, r.org.name) for r in x.roles} == {("Donald Trump", "United States")}


def test_a_demonym_needs_its_country_named() -> None:
    x = facts("Le président américain Donald Trump a salué la Chine.", "fr")
    assert x.roles == []


def test_case_comparison_is_a_link_with_its_reason() -> None:
    x = facts(
        "Lorsque l'on connaît la situation de TikTok aux États-Unis, il y a de quoi s'inquiéter "
        "pour DeepSeek.",
        "fr",
    )
    (link,) = [lk for lk in x.links if lk.kind == "compared"]
    assert {link.a, link.b} == {TIKTOK, DEEPSEEK}
    assert "TikTok" in link.reason
    assert link.quote.sentence.startswith("Lorsque")


def test_developers_partners_and_investigations() -> None:
    x = facts(
        "Microsoft and OpenAI are investigating DeepSeek. OpenAI et son partenaire Microsoft "
        "ont bloqué des comptes.",
        "en",
    )
    got = {(lk.a.name, lk.kind, lk.b.name) for lk in x.links}
    assert ("Microsoft", "investigates", "DeepSeek") in got
    assert ("OpenAI", "investigates", "DeepSeek") in got
    assert ("OpenAI", "partner", "Microsoft") in got


def test_investigations_follow_a_pronoun_to_the_target() -> None:
    x = facts(
        "DeepSeek a dévoilé un modèle. Microsoft et OpenAI mènent une enquête pour savoir si "
        "elle a accédé aux données de l'éditeur de ChatGPT.",
        "fr",
    )
    got = {(lk.a.name, lk.b.name) for lk in x.links if lk.kind == "investigates"}
    assert got == {("Microsoft", "DeepSeek"), ("OpenAI", "DeepSeek")}


def test_a_ban_on_the_app_targets_the_company_just_named() -> None:
    x = facts(
        "DeepSeek topped the download charts. The United States blocked the chatbot on "
        "government phones.",
        "en",
    )
    assert {(lk.a, lk.kind, lk.b) for lk in x.links} == {(US, "bans", DEEPSEEK)}


def test_odd_texts_do_not_break_extraction() -> None:
    long_run = " ".join(["Nvidia a perdu 5% et OpenAI a accusé DeepSeek"] * 80)
    for text, lang in (
        ("", "en"),
        ("   \n\n ", "fr"),
        ("— « » … !!! ???", "fr"),
        ("Nvidia\nOpenAI\nDeepSeek\n", "en"),
        (long_run, "fr"),
        ("$$$ 100% 1,000,000 billion milliards €€", "en"),
    ):
        x = facts(text, lang)
        assert x.article.text == text


def test_a_subject_the_parser_cut_off_and_a_denial() -> None:
    x = facts("Washington accuse Pékin de vouloir s'emparer des technologies américaines.", "fr")
    (claim,) = x.allegations
    assert (claim.claimant, claim.accused) == (US, CHINA)
    assert claim.act == "intellectual property theft"
    (denial,) = facts("DeepSeek a toujours nié être lié à l'armée chinoise.", "fr").allegations
    assert (denial.claimant, denial.accused, denial.stance) == (DEEPSEEK, DEEPSEEK, "denies")
    assert denial.act == "military ties"


def test_owners_investors_and_bans_through_a_law() -> None:
    x = facts(
        "Microsoft, OpenAI's largest investor, flagged the activity. Judges confirmed a statute "
        "that bans TikTok across the United States.",
        "en",
    )
    got = {(lk.a.name, lk.kind, lk.b.name) for lk in x.links}
    assert ("Microsoft", "partner", "OpenAI") in got
    assert ("United States", "bans", "TikTok") not in got  # the US is where, not who


def test_topics_are_not_wrongs_and_negated_acts_are_not_claims() -> None:
    calm = facts(
        "Microsoft said it would work with OpenAI on national security projects. Sam Altman "
        "said OpenAI would not copy DeepSeek. Nvidia said its chips were sold to Microsoft "
        "under US export control rules.",
        "en",
    )
    assert calm.allegations == []
    (claim,) = facts(
        "Microsoft said DeepSeek poses a national security risk to the United States.", "en"
    ).allegations
    assert (claim.claimant, claim.accused, claim.act) == (
        MICROSOFT,
        DEEPSEEK,
        "national-security risk",
    )


def test_revenue_is_a_market_event_and_downloads_are_not() -> None:
    x = facts(
        "OpenAI's revenue rose 40% last year. DeepSeek's downloads jumped 300% in a week. "
        "Microsoft's shares rose 3%.",
        "en",
    )
    assert [(e.subject, e.direction, e.amount) for e in x.market_events] == [
        (OPENAI, "up", 40.0),
        (MICROSOFT, "up", 3.0),
    ]


def test_a_president_belongs_to_the_named_country_he_is_known_for() -> None:
    x = facts("President Donald Trump met officials from China in Beijing.", "en")
    assert x.roles == []  # Trump is known as US president, and the text never names the US
    x = facts("President Donald Trump met officials from China and the US.", "en")
    assert {(r.person, r.org) for r in x.roles} == {(TRUMP, US)}


def test_an_outlet_after_said_on_is_a_relay_not_an_accused() -> None:
    x = facts(
        "David Sacks, who advises US President Donald Trump on AI, said on Fox News that "
        "DeepSeek distilled OpenAI's models.",
        "en",
    )
    assert {(a.claimant.name, a.accused.name) for a in x.allegations} == {
        ("David Sacks", "DeepSeek")
    }
    (allegation,) = x.allegations
    assert [r.name for r in allegation.relays] == ["Fox News"]


def test_the_firm_in_a_speakers_description_is_not_listed_with_the_accused() -> None:
    # "OpenAI, said DeepSeek": the gap holds a verb, not a description ('sa' is no article
    # at the start of 'said', nor 'a' at the start of 'accused').
    x = facts(
        "Sam Altman, the chief executive of OpenAI, said DeepSeek had stolen trade secrets.", "en"
    )
    assert {(a.claimant, a.accused) for a in x.allegations} == {(ALTMAN, DEEPSEEK)}
    x = facts(
        "David Sacks, an adviser to the White House, said DeepSeek, Alibaba and Tencent had "
        "stolen trade secrets.",
        "en",
    )
    assert {a.accused for a in x.allegations} == {DEEPSEEK, ALIBABA, TENCENT}
