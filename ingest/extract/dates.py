"""Dates stated in a sentence, resolved against the article's publication date.

Explicit dates ('27 janvier 2025', 'January 27', 'May 13') keep day precision; weekdays and
'hier'/'yesterday' are resolved to the latest such day on or before the article date. Without
a trustworthy article date (the feed gave none), only dates that carry their own year resolve.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from graph.model import When

MONTHS = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:er)?\s+(?P<m>{_MONTH})\.?(?:\s+(?P<y>(?:19|20)\d\d))?\b", re.I
)
_MONTH_DAY = re.compile(
    rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d\d))?",
    re.I,
)
_WEEKDAY = re.compile(
    r"\b(?P<last>last\s+|this\s+past\s+)?(?P<w>"
    + "|".join(WEEKDAYS)
    + r")(?P<dernier>\s+dernier)?\b",
    re.I,
)
_RELATIVE = {"hier": -1, "yesterday": -1, "aujourd'hui": 0, "today": 0, "avant-hier": -2}
_RELATIVE_RE = re.compile(r"\b(avant-hier|hier|yesterday|aujourd'hui|today)\b", re.I)
# "la veille", "the day before", "a day earlier": the day before the article, unless the
# sentence names the day itself ("lundi, la veille de l'annonce").
_DAY_BEFORE = re.compile(r"\b(la veille|the day before|a day earlier|the previous day)\b", re.I)


def _explicit(text: str, ref: date | None) -> When | None:
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        match = pattern.search(text)
        if not match:
            continue
        month = MONTHS[match.group("m").lower()]
        day = int(match.group("d"))
        if match.group("y"):
            year = int(match.group("y"))
        elif ref is not None:
            # A day and month without a year belong to the article's year, unless that would
            # put them well after the article (news reports the past).
            year = (
                ref.year
                if (month, day) <= (ref.month, ref.day) or month - ref.month < 2
                else ref.year - 1
            )
        else:
            continue
        try:
            return When.day(date(year, month, day).isoformat())
        except ValueError:
            continue
    return None


def _relative(text: str, ref: date) -> When | None:
    match = _WEEKDAY.search(text)
    if match:
        target = WEEKDAYS[match.group("w").lower()]
        back = (ref.weekday() - target) % 7
        if back == 0 and (match.group("last") or match.group("dernier")):
            back = 7
        return When.day((ref - timedelta(days=back)).isoformat())
    rel = _RELATIVE_RE.search(text)
    if rel:
        return When.day((ref + timedelta(days=_RELATIVE[rel.group(1).lower()])).isoformat())
    if _DAY_BEFORE.search(text):
        return When.day((ref - timedelta(days=1)).isoformat())
    return None


def resolve_date(text: str, ref: date | None) -> When | None:
    """The date a sentence states, day precision, or None when it states none it can resolve."""
    explicit = _explicit(text, ref)
    if explicit is not None or ref is None:
        return explicit
    return _relative(text, ref)


def reference_date(published: str, published_is_fetch_time: bool) -> date | None:
    """The article date to resolve relative dates against, or None when it is only a fetch time."""
    if published_is_fetch_time or not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None
