"""Money and percentages in English and French text, normalised to a value and a unit.

'600 milliards de dollars' -> 600e9 USD; French '1 billion de dollars' -> 1e12 USD (a French
'billion' is a thousand 'milliards'); '$600 billion' -> 600e9 USD; '850%' -> 850 %.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER = r"(?P<num>\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|un|une|one|a)"
_SCALE = (
    r"(?P<scale>trillions?|billions?|milliards?|millions?|thousand|mille|"
    r"mds?|md|mrd|bn|tn|mn|[kmbt](?![a-z]))"
)
_CURRENCY_WORD = (
    r"(?P<cur>(?:de |d[’'] ?)?(?:dollars? (?:de hong kong|hongkongais|taïwanais)|"
    r"hong kong dollars?|taiwan dollars?|francs? suisses?|swiss francs?|"
    r"dollars?(?: américains| us)?|euros?|livres? sterling|"
    r"pounds?|yuans?|renminbi|yens?|wons?|usd|eur|gbp|cny|rmb|jpy|hkd|krw|chf|twd))"
)
_PREFIX = r"(?P<pre>us\$|hk\$|nt\$|\$|€|£|¥|₩|usd ?|eur ?)"
_PERCENT = r"(?P<pct>%|pour ?cent|percent|per cent|points? de pourcentage|percentage points?)"
# Index points ("le CAC 40 a perdu 80 points", "the Dow fell 500 points"); not basis points.
_POINTS = r"(?P<pts>points?|pts)(?! de base| de pourcentage)"

_AMOUNT = re.compile(
    rf"(?<![\w$€£¥₩]){_PREFIX}?\s?{_NUMBER}(?:\s?{_SCALE})?"
    rf"(?:\s?{_PERCENT}|\s{_POINTS}|\s(?:de |d[’'] ?)?{_CURRENCY_WORD}|\s?(?P<suf>\$|€|£|¥))?"
    rf"(?![\w])",
    re.IGNORECASE,
)
# Currencies named in several words, checked before the first word alone ('dollars de Hong
# Kong' are not US dollars).
_PHRASES = (
    (re.compile(r"hong ?kong|hongkongais|^hk", re.I), "HKD"),
    (re.compile(r"ta[iï]wan|^nt", re.I), "TWD"),
    (re.compile(r"suisse|swiss", re.I), "CHF"),
)

_CURRENCIES = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollar": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "livre": "GBP",
    "pound": "GBP",
    "¥": "JPY",  # in news the sign is the yen; the yuan is written out (yuan, CNY, RMB)
    "yuan": "CNY",
    "cny": "CNY",
    "rmb": "CNY",
    "yen": "JPY",
    "jpy": "JPY",
    "renminbi": "CNY",
    "won": "KRW",
    "₩": "KRW",
    "krw": "KRW",
    "hkd": "HKD",
    "chf": "CHF",
    "twd": "TWD",
}
_LEVEL_BEFORE = re.compile(
    r"(en dessous|au[- ]dessous|au[- ]dessus|below|under|above|to|à|at|jusqu.à|atteindre|"
    r"atteint|reached|sous|sur|past|crossed|franchi|franchit|(?:franchi|franchit) les"
    r"|(?:franchi|franchit|dépassé|dépasse|passé|passe|sous|au[- ]dessus|en dessous)"
    r" (?:la barre|le cap|le seuil) des)"
    r"\s*(de |d[’'] ?|les |des |the )?"
    r"((about|around|nearly|roughly|almost|some|environ|près|presque|quelque)\s*(de |d[’'] ?)?)?$",
    re.IGNORECASE,
)
_APPROX_BEFORE = re.compile(
    r"(about|around|nearly|almost|roughly|some|près|environ|quelque|presque|plus|more than|"
    r"over|up to)\s*(de |d[’'] ?|than )?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Amount:
    """A normalised amount: value in units (600e9 for '$600 billion'), unit 'USD', '%'..."""

    value: float
    unit: str  # ISO currency code, "%", "pts" (index points) or "" for a bare number
    text: str
    start: int  # character offsets in the text searched
    end: int
    approximate: bool = False  # 'about', 'près de', 'plus de'
    level: bool = False  # 'below $100,000': a level reached, not a change

    @property
    def usd(self) -> float | None:
        return self.value if self.unit == "USD" else None


def _scale(word: str | None, lang: str) -> float:
    if not word:
        return 1.0
    w = word.lower()
    if w in {"k", "thousand", "mille"}:
        return 1e3
    if w in {"m", "mn"} or w.startswith("million"):
        return 1e6
    if w.startswith("milliard") or w in {"md", "mds", "mrd", "bn", "b"}:
        return 1e9
    if w.startswith("billion"):
        # French "billion" is 10^12; English "billion" is 10^9.
        return 1e12 if lang.startswith("fr") else 1e9
    if w in {"t", "tn"} or w.startswith("trillion"):
        return 1e12
    return 1.0


def _number(text: str, lang: str) -> float:
    t = text.lower().replace("\u00a0", " ").replace("\u202f", " ")
    if t in {"un", "une", "one", "a"}:
        return 1.0
    groups = re.fullmatch(r"(\d{1,3})((?:[ .,]\d{3})+)([.,]\d+)?", t)
    if groups and not (lang.startswith("en") and groups.group(2)[0] == "." and not groups.group(3)):
        # "100 000", "1,000,000", "1.000.000" are thousands separators; a final group with a
        # different separator is the decimal part.
        integer = groups.group(1) + re.sub(r"[ .,]", "", groups.group(2))
        decimals = (groups.group(3) or "").replace(",", ".")
        return float(integer + decimals)
    if "," in t:
        # French decimal comma ("1,5"); in English a comma only separates thousands.
        t = t.replace(",", ".") if lang.startswith("fr") else t.replace(",", "")
    return float(t.replace(" ", ""))


def _currency(prefix: str | None, word: str | None) -> str | None:
    for raw in (prefix, word):
        if not raw:
            continue
        key = re.sub(r"^(de |d[’'] ?)", "", raw.strip().lower())
        phrase = next((code for pattern, code in _PHRASES if pattern.search(key)), None)
        if phrase is not None:
            return phrase
        key = key.split()[0].rstrip("s") if key not in _CURRENCIES else key
        if key in _CURRENCIES:
            return _CURRENCIES[key]
    return None


def find_amounts(text: str, lang: str) -> list[Amount]:
    """Money amounts and percentages in `text`; bare numbers (years, counts) are left out."""
    found: list[Amount] = []
    for match in _AMOUNT.finditer(text):
        unit = (
            "%"
            if match.group("pct")
            else "pts"
            if match.group("pts")
            else _currency(match.group("pre"), match.group("cur") or match.group("suf"))
        )
        if unit is None:
            continue
        num = match.group("num")
        if num.lower() in {"a", "one", "un", "une"} and not match.group("scale"):
            continue  # "a dollar", "un euro": not an amount worth keeping
        try:
            value = _number(num, lang) * _scale(match.group("scale"), lang)
        except ValueError:
            continue
        before = text[max(0, match.start() - 30) : match.start()]
        found.append(
            Amount(
                value=value,
                unit=unit,
                text=match.group(0).strip(),
                start=match.start(),
                end=match.end(),
                approximate=bool(_APPROX_BEFORE.search(before)),
                level=bool(_LEVEL_BEFORE.search(before)) and unit != "%",
            )
        )
    return found


def parse_amount(text: str, lang: str = "en") -> Amount | None:
    """The first amount in a short text such as '589 billion USD' or '17%', or None."""
    found = find_amounts(text, lang)
    return found[0] if found else None


def within(a: float, b: float, tolerance: float = 0.1) -> bool:
    """Whether two amounts agree within a relative tolerance (10% by default)."""
    if a == b:
        return True
    return abs(a - b) <= tolerance * max(abs(a), abs(b))
