"""Which extractor to run: the offline rules by default, the LLM only when asked and configured."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from ingest.extract.base import Extractor
from ingest.extract.llm import LLMError, LLMSettings, llm_extractor
from ingest.extract.pipeline import RuleExtractor


def make_extractor(
    kind: Literal["rules", "llm"] = "rules", llm_settings: LLMSettings | None = None
) -> Extractor:
    """The offline extractor, or the LLM one; asking for the LLM without configuring it fails."""
    if kind == "rules":
        return RuleExtractor()
    extractor = llm_extractor(llm_settings or LLMSettings())
    if extractor is None:
        raise LLMError("the LLM extractor needs RISKGRAPH_LLM_URL and RISKGRAPH_LLM_MODEL")
    return extractor


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The extractor ingestion uses when none is named; built once (models load on first use)."""
    return make_extractor("rules")
