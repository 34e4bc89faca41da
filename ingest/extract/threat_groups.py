"""Hacking groups the KB does not know, recognised by the shape of the names security firms
give them: numbered designations ("APT15", "UNC4841", "FIN7", "TA505", "Storm-2603", "GTG-1002") and
Microsoft's weather and CrowdStrike's animal names ("Linen Typhoon", "Mustang Panda",
"Charming Kitten"). Accusations of state hacking name such groups more often than any firm,
and spaCy tags them as a product, a person or nothing.

A numbered designation is a group wherever it stands. A weather or animal name is one only
in a sentence about hacking ("Eurofighter Typhoon", "Giant Panda" are not groups).
"""

from __future__ import annotations

import re

from graph.model import ActorKind
from ingest.extract.passes import Intervals
from ingest.extract.types import Sentence
from ingest.extract.untagged import Untagged

_NUMBERED = re.compile(
    r"(?<![\w-])(?:APT ?\d{1,3}|UNC\d{3,5}|FIN\d{1,3}|TA\d{3,4}|(?:Storm|DEV|GTG|UAT)-\d{4})"
    r"(?![\w-])"
)
# Microsoft names state groups after weather (Typhoon: China, Blizzard: Russia, Sandstorm:
# Iran, Sleet: North Korea); CrowdStrike after animals (Panda, Bear, Kitten, Chollima).
_FAMILY_NAME = re.compile(
    r"(?<![\w-])[A-Z][a-z]+ (?:Typhoon|Blizzard|Sandstorm|Sleet|Tempest|Panda|Bear|Kitten"
    r"|Chollima|Spider)(?![\w-])"
)
_HACKING = re.compile(
    r"(?i)hack|cyber|intrusion|espionage|espionnage|malware|breach|threat actor|ransomware"
    r"|piratage|pirates? informatiques?|attaquants?|attackers?|state-(?:backed|sponsored)"
    r"|exploit|vulnerabilit|vulnérabilit|\bflaws?\b|faille"
    r"|(?:group|groupe) (?:de|of) (?:hackers|pirates)|\bAPT\b"
)


def threat_groups(text: str, sentences: list[Sentence], taken: Intervals) -> list[Untagged]:
    """(start, end, name, kind) of hacking groups named by their designation; spans already
    claimed (KB names) are left alone."""
    out: list[Untagged] = []
    for match in _NUMBERED.finditer(text):
        _claim(match, out, taken)
    for sentence in sentences:
        if not _HACKING.search(sentence.text):
            continue
        for match in _FAMILY_NAME.finditer(text, sentence.start, sentence.end):
            _claim(match, out, taken)
    return sorted(out)


def _claim(match: re.Match[str], out: list[Untagged], taken: Intervals) -> None:
    start, end = match.span()
    if not taken.overlaps(start, end):
        name = re.sub(r"^APT ", "APT", match.group())  # "APT 41" is APT41
        out.append((start, end, name, ActorKind.ORGANIZATION))
        taken.add(start, end)
