"""A currency's exchange rate against another, as markets news quotes it: "the yen fell to 160 per dollar" is 160
yen, "the rupee closed at 88.2 to the dollar" 88.2 rupees (`rate_currency`). The number has no currency of its own:
the currency is the one the paragraph named before it, the dollar, euro or pound after it the rate's base.
"""

from __future__ import annotations

import re

# What a rate's number is followed by: "per dollar", "to the dollar", "against the US dollar", "a euro"
RATE_STARTS = (" per ", " to the ", " against the ", " versus the ", " a ")
_BASE = re.compile(r"[^\S\n]+(?:per|to[^\S\n]+the|against[^\S\n]+the|versus[^\S\n]+the|a)[^\S\n]+"
                   r"(?:US[^\S\n]+|U\.S\.[^\S\n]+|American[^\S\n]+)?(?P<base>dollar|euro|pound|greenback)\b")
# The currencies quoted against a dollar, a euro or a pound, by the name news gives them (a bare "dollar" or "euro"
# before a rate against the same is the rate's subject only where it names another: "the dollar bought 150 yen")
_QUOTED = {"yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "won": "KRW", "lira": "TRY",
           "rouble": "RUB", "ruble": "RUB", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "rand": "ZAR",
           "naira": "NGN", "shekel": "ILS", "hryvnia": "UAH", "forint": "HUF", "zloty": "PLN", "peso": "MXN",
           "real": "BRL", "dong": "VND", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "franc": "CHF",
           "dollar": "USD"}
# after "the" or a country's possessive ("Japan's yen"): a bare "won", "real" or "pound" is as often no currency
_NAMED = re.compile(r"\b(?:the|The|[A-Z][a-z]+['’]s)[^\S\n]+(?:[A-Z][a-z]+[^\S\n]+)?(" + "|".join(_QUOTED) + r")\b")
_BASES = {"dollar": "USD", "greenback": "USD", "euro": "EUR", "pound": "GBP"}
# How far back in its paragraph a rate's currency is named: its sentence, as markets copy writes it
_REACH = 120


def rate_currency(text: str, start: int, end: int, low: int) -> str | None:
    """Return the currency of a bare number from `start` to `end` quoted per a dollar, a euro or a pound: the one
    named before it in its paragraph (from `low`), not the base itself; None where the number is no rate.

    >>> [rate_currency(t, t.index("1"), t.index("1") + 3, 0) for t in (
    ...     "The yen fell to 160 per dollar", "Japan's yen hit 158 a dollar",
    ...     "The Indian rupee closed at 188 to the US dollar", "The firm paid 100 per dollar of debt",
    ...     "The dollar rose to 150 per dollar")]
    ['JPY', 'JPY', 'INR', None, None]
    """
    base = _BASE.match(text, end)
    if base is None:
        return None
    names = _NAMED.findall(text, max(low, start - _REACH), start)
    if not names:
        return None
    currency = _QUOTED[names[-1]]  # the last named before the number
    return None if currency == _BASES[base.group("base")] else currency
