"""Language of an article's text (py3langid), kept to the languages RiskGraph reads."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

# Restricting the candidates makes short texts far more reliable than the full 97-language set.
LANGUAGES = ("en", "fr", "de", "es", "it", "nl", "pt", "zh", "ru", "ar", "ja")
_MIN_CHARS = 20
_MIN_PROBABILITY = 0.5


@cache
def _identifier() -> Any:
    identifier = LanguageIdentifier.from_modelpath(Path(MODEL_DIR) / MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def detect_language(text: str, *, fallback: str | None = None) -> str | None:
    """The ISO 639-1 code of the text, or `fallback` when it is too short or too unsure."""
    sample = " ".join(text.split())[:5000]
    if len(sample) < _MIN_CHARS:
        return fallback
    lang, probability = _identifier().classify(sample)
    if float(probability) < _MIN_PROBABILITY:
        return fallback
    return str(lang)
