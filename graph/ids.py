"""Normalisation and stable identifiers.

Ids are derived from content, so the same actor, article or fact seen twice gets the same id
and every write can be an idempotent MERGE.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_NON_WORD = re.compile(r"[^0-9a-z]+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_POSSESSIVE = re.compile(r"(?<=\w)'s\b")
_TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|xtor)$"
)


def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes and drop English possessives."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return _POSSESSIVE.sub("", text)


@lru_cache(maxsize=65536)  # extraction normalises the same few thousand names over and over
def normalize_name(text: str) -> str:
    """A name reduced to words of ASCII letters and digits, for matching and ids."""
    return " ".join(_NON_WORD.sub(" ", fold(text)).split())


def slug(text: str) -> str:
    """The normalised name joined by dashes, readable inside an id."""
    return normalize_name(text).replace(" ", "-")


def digest(*parts: str, length: int = 16) -> str:
    """A short, stable hex digest of the parts (unambiguous: parts are length-prefixed)."""
    hasher = hashlib.sha256()
    for part in parts:
        encoded = part.encode("utf-8")
        hasher.update(len(encoded).to_bytes(4, "big"))
        hasher.update(encoded)
    return hasher.hexdigest()[:length]


def actor_id(kind: str, name: str) -> str:
    """`company:openai`: readable, stable across articles and languages once names are canonical."""
    key = slug(name)
    if not key:
        # Names with no letters or digits at all (e.g. only CJK) still need a stable id.
        key = "x" + digest(name, length=12)
    return f"{kind.lower()}:{key}"


def canonical_url(url: str) -> str:
    """Scheme and host lower-cased, fragment and tracking parameters dropped, query sorted."""
    parts = urlsplit(url.strip())
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not _TRACKING_PARAMS.match(k.lower())
    ]
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    netloc = parts.netloc.lower()
    for default_port in (":80", ":443"):
        if netloc.endswith(default_port):
            netloc = netloc[: -len(default_port)]
    return urlunsplit((parts.scheme.lower(), netloc, path, urlencode(sorted(query)), ""))


def article_id(*, url: str | None = None, guid: str | None = None) -> str:
    """Articles are identified by canonical URL, or by GUID when they have no URL."""
    if url:
        return "article:" + digest("url", canonical_url(url))
    if guid:
        return "article:" + digest("guid", guid.strip())
    raise ValueError("an article needs a url or a guid")


def feed_id(url: str) -> str:
    """Feeds are identified by their canonical URL (or resolved local path)."""
    return "feed:" + digest(canonical_url(url) if "://" in url else url, length=12)


def fact_id(kind: str, *participants: str) -> str:
    """Facts are identified by their kind and a key of their (normalised) participants."""
    return f"{kind.lower()}:" + digest(kind, *(normalize_name(p) for p in participants))


def relation_id(rel_type: str, source_id: str, target_id: str, qualifier: str = "") -> str:
    """One relation per (type, endpoints, qualifier such as a role title)."""
    return "rel:" + digest(rel_type, source_id, target_id, normalize_name(qualifier))


def evidence_id(target_id: str, article_id_: str, sentence: str, start: int | None) -> str:
    """One piece of evidence per (fact, article, sentence position)."""
    return "ev:" + digest(target_id, article_id_, str(start), " ".join(sentence.split()))
