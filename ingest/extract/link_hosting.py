"""A firm that stores or hosts another's data supplies it: 'Oracle, which stores TikTok's US user
data', "Oracle, qui héberge les données des utilisateurs américains de TikTok". The host is the
subject of the verb; whose data it is, the name right after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import ActorKind
from ingest.extract.link_spans import Found, relative_party, token_at
from ingest.extract.syntax import FIRMS, DocView
from ingest.extract.types import Mention, Sentence

_HOSTS = re.compile(
    r"\b(stores|stored|store|hosts|hosted|host|héberge|hébergent|hébergeait|hébergera|stocke"
    r"|stockent|stockait)\s+(already\s+|déjà\s+|all\s+|toutes\s+)?",
    re.IGNORECASE,
)
# What follows the owner's name: "TikTok's American user data".
_DATA_AFTER = re.compile(r"['’]s?\s+([\w-]+\s+){0,2}?(data|servers)\b", re.IGNORECASE)
# What precedes it: "les données des utilisateurs américains de".
_DATA_BEFORE = re.compile(
    r"(the\s+)?(les\s+|des\s+)?(data|données)\s+([\w'’-]+\s+){0,4}?(of|de|d['’]|du|des)\s*"
    r"((la|le|l['’]|the)\s*)?",
    re.IGNORECASE,
)
_LEAD = re.compile(r"\s*(,\s*(which|that|qui)\s+)?", re.IGNORECASE)
_THE = re.compile(r"(the\s+)?", re.IGNORECASE)


def _hosted(view: DocView, sentence: Sentence, mentions: list[Mention]) -> Iterator[Found]:
    text = view.text
    for match in _HOSTS.finditer(sentence.text):
        end = sentence.start + match.end()
        later = [m for m in mentions if m.start >= end][:1]
        if not later or later[0].actor.kind not in FIRMS | {ActorKind.PRODUCT}:
            continue
        owner = later[0]
        gap = text[end : owner.start]
        before = _DATA_BEFORE.fullmatch(gap)
        after = _THE.fullmatch(gap) and _DATA_AFTER.match(text, owner.end, sentence.end)
        if not before and not after:
            continue
        verb = token_at(view, sentence.start + match.start())
        subject = view.subject(verb) if verb is not None else None
        host = relative_party(view, subject, FIRMS) if subject is not None else None
        earlier = [m for m in mentions if m.end <= sentence.start + match.start()][-1:]
        if host is None and earlier and earlier[0].actor.kind in FIRMS:
            lead = text[earlier[0].end : sentence.start + match.start()]
            host = earlier[0] if _LEAD.fullmatch(lead) else None  # a parse without a subject
        if host is not None and host.actor.id != owner.actor.id:
            yield host, owner, "partner", "hosts its data"


def hosting_links(view: DocView, sentence: Sentence, mentions: list[Mention]) -> list[Found]:
    """(host, data owner, kind, cue) for each firm said to store another's data."""
    return list(_hosted(view, sentence, mentions))
