"""An optional extractor backed by any OpenAI-compatible chat endpoint.

It is never required and never called unless a URL and a model are configured
(RISKGRAPH_LLM_URL, RISKGRAPH_LLM_MODEL, optional RISKGRAPH_LLM_API_KEY). The model's answer is
constrained by a JSON schema and validated into the same records the offline extractor produces,
so both write the graph the same way (batch.py).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence

import httpx
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from graph.ids import normalize_name
from graph.model import Actor, ActorKind, Article, GraphBatch, When
from ingest.extract.batch import build_batch
from ingest.extract.cues import Stance
from ingest.extract.records import (
    AllegationRecord,
    Direction,
    Extraction,
    LinkKind,
    LinkRecord,
    MarketRecord,
    Quote,
    RoleRecord,
)

log = logging.getLogger(__name__)


class LLMSettings(BaseSettings):
    """Where the optional LLM extractor sends articles; unset means it is off."""

    model_config = SettingsConfigDict(env_prefix="RISKGRAPH_LLM_", env_file=None, extra="ignore")

    url: str | None = None  # base URL of the API, e.g. http://127.0.0.1:8080/v1
    model: str | None = None
    api_key: SecretStr | None = None
    timeout_s: float = Field(default=120.0, gt=0)
    max_chars: int = Field(default=12_000, ge=500)  # article text sent, to bound the prompt

    @property
    def configured(self) -> bool:
        return bool(self.url and self.model)


class LLMError(RuntimeError):
    """The LLM endpoint failed or is not configured."""


class LLMSchemaError(LLMError):
    """The model's answer did not follow the extraction schema, even after one retry."""


# --- the schema the model must follow --------------------------------------------------------
class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LLMEntity(_Out):
    name: str = Field(min_length=1, max_length=300)
    kind: ActorKind
    aliases: list[str] = []


class LLMAllegation(_Out):
    claimant: str
    accused: str
    victim: str | None = None
    act: str
    stance: Stance = "alleges"
    relay: str | None = None  # the outlet that reported the claim, if cited
    date: str | None = None  # YYYY-MM-DD, only when the text gives day and month
    quote: str  # the sentence, copied verbatim


class LLMMarketEvent(_Out):
    subject: str
    measure: str
    direction: Direction
    amount: float | None = None  # in units: 600e9 for "600 milliards de dollars"
    unit: str | None = None  # "USD", "EUR", "%"
    date: str | None = None
    trigger: str | None = None
    quote: str


class LLMRole(_Out):
    person: str
    title: str
    org: str
    quote: str


class LLMLink(_Out):
    a: str
    b: str
    kind: LinkKind = "related"
    reason: str
    quote: str


class LLMOutput(_Out):
    entities: list[LLMEntity] = []
    allegations: list[LLMAllegation] = []
    market_events: list[LLMMarketEvent] = []
    roles: list[LLMRole] = []
    links: list[LLMLink] = []


SYSTEM_PROMPT = """You extract facts about geopolitical AI risk from one news article.
Return JSON following the schema. Entities: every named company, person, official, government
body, country, organization, product or asset, under a canonical English name, with the exact
strings used in the text as aliases. Allegations: a named claimant asserting wrongdoing by a
named accused; the outlet that only reports the claim goes in relay, never as claimant.
Market events: subject, measure, direction, amount normalised to units (French "milliard" =
1e9, French "billion" = 1e12), unit (ISO currency or %). Roles: person, title in English,
organisation or country. Links: explicit connections or comparisons with their reason.
Every quote is one full sentence copied verbatim from the article. Dates only as YYYY-MM-DD
when the article gives day and month."""


class LLMExtractor:
    """Extraction by an OpenAI-compatible chat endpoint, output validated against a schema."""

    name = "riskgraph-llm"
    version = "1"

    def __init__(self, settings: LLMSettings, *, client: httpx.Client | None = None) -> None:
        if not settings.configured:
            raise LLMError("the LLM extractor needs RISKGRAPH_LLM_URL and RISKGRAPH_LLM_MODEL")
        self.settings = settings
        self._client = client

    def extract_many(self, articles: Sequence[Article]) -> list[GraphBatch]:
        if self._client is not None:  # a caller's client stays open for the caller
            return self._run(self._client, articles)
        with self._new_client() as client:
            return self._run(client, articles)

    def _run(self, client: httpx.Client, articles: Sequence[Article]) -> list[GraphBatch]:
        return [
            build_batch(
                to_extraction(article, self._ask(client, article)),
                extractor=self.name,
                version=f"{self.version}:{self.settings.model}",
            )
            for article in articles
        ]

    def _new_client(self) -> httpx.Client:
        headers = {}
        if self.settings.api_key is not None:
            headers["Authorization"] = f"Bearer {self.settings.api_key.get_secret_value()}"
        return httpx.Client(timeout=self.settings.timeout_s, headers=headers)

    def _ask(self, client: httpx.Client, article: Article) -> LLMOutput:
        text = article.text[: self.settings.max_chars]
        messages = [
            {"role": "system", "content": SYSTEM_PROMPT},
            {
                "role": "user",
                "content": f"Language: {article.lang}\nPublished: {article.published}\n"
                f"Title: {article.title}\n\n{text}",
            },
        ]
        problem = ""
        for _attempt in range(2):  # one retry, telling the model what was wrong
            content = self._post(client, messages)
            try:
                return LLMOutput.model_validate_json(content)
            except ValidationError as err:
                problem = str(err)[:2000]
                log.warning("LLM answer for %s broke the schema: %s", article.id, problem[:200])
                messages += [
                    {"role": "assistant", "content": content[:8000]},
                    {"role": "user", "content": f"That did not match the schema: {problem}"},
                ]
        raise LLMSchemaError(f"the LLM answer for {article.id} broke the schema: {problem}")

    def _post(self, client: httpx.Client, messages: list[dict[str, str]]) -> str:
        url = f"{(self.settings.url or '').rstrip('/')}/chat/completions"
        body = {
            "model": self.settings.model,
            "temperature": 0,
            "messages": messages,
            "response_format": {
                "type": "json_schema",
                "json_schema": {
                    "name": "riskgraph_extraction",
                    "strict": True,
                    "schema": LLMOutput.model_json_schema(),
                },
            },
        }
        try:
            response = client.post(url, json=body)
            response.raise_for_status()
            content = response.json()["choices"][0]["message"]["content"]
        except httpx.HTTPError as err:
            raise LLMError(f"LLM request to {url} failed: {err}") from err
        except (KeyError, IndexError, TypeError, json.JSONDecodeError) as err:
            raise LLMSchemaError(f"LLM response from {url} is not a chat completion") from err
        if not isinstance(content, str):
            raise LLMSchemaError(f"LLM response from {url} has no text content")
        return content


# --- validated output -> the shared records ---------------------------------------------------
def _quote(article: Article, quote: str) -> Quote:
    """Locate a quoted sentence in the article; offsets stay unknown if it was not verbatim."""
    start = article.text.find(quote)
    if start >= 0:
        return Quote(sentence=quote, start=start, end=start + len(quote))
    return Quote(sentence=quote[:4000])


def _when(value: str | None) -> When | None:
    try:
        return When.day(value) if value and len(value) == 10 else None
    except ValidationError:
        return None


def to_extraction(article: Article, out: LLMOutput) -> Extraction:
    """The model's validated answer as the records every extractor produces."""
    by_name: dict[str, Actor] = {}
    actors: list[Actor] = []
    for entity in out.entities:
        actor = Actor(kind=entity.kind, name=entity.name, aliases=tuple(entity.aliases))
        actors.append(actor)
        for name in (entity.name, *entity.aliases):
            by_name.setdefault(normalize_name(name), actor)

    def named(name: str, kind: ActorKind = ActorKind.ORGANIZATION) -> Actor:
        found = by_name.get(normalize_name(name))
        if found is None:  # named in a fact but not listed: keep it, with a neutral kind
            found = by_name[normalize_name(name)] = Actor(kind=kind, name=name)
            actors.append(found)
        return found

    x = Extraction(article=article, lang=article.lang or "", actors=actors)
    for a in out.allegations:
        x.allegations.append(
            AllegationRecord(
                claimant=named(a.claimant),
                accused=named(a.accused),
                act=a.act,
                stance=a.stance,
                quote=_quote(article, a.quote),
                victim=named(a.victim) if a.victim else None,
                relays=(named(a.relay),) if a.relay else (),
                occurred=_when(a.date),
            )
        )
    for m in out.market_events:
        x.market_events.append(
            MarketRecord(
                subject=named(m.subject, ActorKind.COMPANY),
                measure=m.measure,
                direction=m.direction,
                quote=_quote(article, m.quote),
                amount=m.amount,
                unit=m.unit if m.amount is not None else None,
                occurred=_when(m.date),
                trigger=named(m.trigger) if m.trigger else None,
            )
        )
    for r in out.roles:
        x.roles.append(
            RoleRecord(
                person=named(r.person, ActorKind.PERSON),
                title=r.title,
                org=named(r.org),
                quote=_quote(article, r.quote),
            )
        )
    for link in out.links:
        x.links.append(
            LinkRecord(
                a=named(link.a),
                b=named(link.b),
                kind=link.kind,
                reason=link.reason[:300],
                quote=_quote(article, link.quote),
            )
        )
    return x


def llm_extractor(settings: LLMSettings | None = None) -> LLMExtractor | None:
    """The LLM extractor if configured, else None (callers fall back to the offline one)."""
    settings = settings or LLMSettings()
    return LLMExtractor(settings) if settings.configured else None
