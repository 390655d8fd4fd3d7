"""A currency's exchange rate against another, as markets news quotes it: "the yen fell to 160 per dollar" is 160
yen, "the rupee closed at 88.2 to the dollar" 88.2 rupees (`rate_currency`). The number has no currency of its own:
the currency is the one the paragraph named before it, the dollar, euro or pound after it the rate's base.

Markets quote the euro, the pound, the Australian and New Zealand dollars and the US dollar against one another in
the base ("the euro rose to 1.08 against the dollar" is 1.08 dollars, "sterling at 1.17 against the euro" 1.17 euros),
and a currency word several countries share is the named country's ("the Egyptian pound", "Argentina's peso"), or no
currency where the country is none whose currency is known ("Ghana's pound" is no pound sterling).
"""

from __future__ import annotations

import re

from transforms.enrichments.amount_currencies import NATIONAL_CURRENCIES

# What a rate's number is followed by: "per dollar", "to the dollar", "against the US dollar", "a euro", or a
# headline's Title Case of them ("Yen Slides Past 160 Per Dollar")
RATE_STARTS = (" per ", " to the ", " against the ", " versus the ", " a ", " Per ", " To The ", " Against The ")
_BASE = re.compile(r"[^\S\n]+(?:[Pp]er|[Tt]o[^\S\n]+[Tt]he|[Aa]gainst[^\S\n]+[Tt]he|versus[^\S\n]+the|a)[^\S\n]+"
                   r"(?:US[^\S\n]+|U\.S\.[^\S\n]+|American[^\S\n]+)?(?P<base>[Dd]ollar|[Ee]uro|[Pp]ound|greenback)\b")
# The currencies quoted against a dollar, a euro or a pound, by the name news gives them (a bare "dollar" or "euro"
# before a rate against the same is the rate's subject only where it names another: "the dollar bought 150 yen")
_QUOTED = {"yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "won": "KRW", "lira": "TRY",
           "rouble": "RUB", "ruble": "RUB", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "rand": "ZAR",
           "naira": "NGN", "shekel": "ILS", "hryvnia": "UAH", "forint": "HUF", "zloty": "PLN", "peso": "MXN",
           "real": "BRL", "dong": "VND", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "franc": "CHF",
           "dollar": "USD"}
# The words several countries' currencies share (`NATIONAL_CURRENCIES`, by their plural), and the countries whose
# possessive names the one of `_QUOTED` ("Britain's pound"; "Egypt's pound", "Argentina's peso" are none of them).
# A bare "peso" is none: Mexico's, Argentina's, Chile's and the Philippines' are all news's.
_SHARED = {"pound": "pounds", "peso": "pesos", "rupee": "rupees", "dollar": "dollars", "franc": "francs",
           "lira": "lira", "won": "won", "rouble": "roubles", "ruble": "rubles"}
_HOMES = {"pound": {"Britain", "UK"}, "peso": {"Mexico"}, "rupee": {"India"}, "dollar": {"America", "US"},
          "franc": {"Switzerland"}, "lira": {"Turkey"}, "won": {"Korea"}, "rouble": {"Russia"}, "ruble": {"Russia"}}
# after "the" or a country's possessive ("Japan's yen"), a country's adjective or two between ("the Sri Lankan
# rupee"): a bare "won", "real" or "pound" is as often no currency; "sterling" is the pound's alone, with no "the"
# ("Sterling fell to 1.21 against the US dollar")
_NAMED = re.compile(r"\b(?:(?:the|The|(?P<owner>[A-Z][a-z]+)['’]s)[^\S\n]+(?P<adjective>(?:[A-Z][a-z]+[^\S\n]+){0,2})"
                    r"(?P<word>" + "|".join(_QUOTED) + r")|(?P<sterling>[Ss]terling))\b")
# A headline names its currency bare, as its sentence's first word ("Yen slides past 160 per dollar", "Rupee falls
# to 88 per dollar": they were no currency, as the body's "the yen" is one); not "Real" nor "Won", a club's, an
# adjective's or a verb's as often ("Won 2 Per Dollar Of Sales"), nor the shared "Peso" (`_currency`)
_HEADED = re.compile(r"(?P<word>" + "|".join(w.capitalize() for w in _QUOTED if w not in ("real", "won", "peso"))
                     + r")[^\S\n]")
_BASES = {"dollar": "USD", "greenback": "USD", "euro": "EUR", "pound": "GBP"}
# The currencies quoted in the other's units against one another: "the euro at 1.08 against the dollar" is dollars,
# "the dollar at 0.92 against the euro" euros (the yen, the franc, the yuan are quoted per dollar: their own)
_PRICED_IN_BASE = frozenset("EUR GBP AUD NZD USD".split())
# How far back in its paragraph a rate's currency is named: its sentence, as markets copy writes it
_REACH = 120


def rate_currency(text: str, start: int, end: int, low: int) -> str | None:
    """Return the currency of a bare number from `start` to `end` quoted per a dollar, a euro or a pound: the one
    named before it in its paragraph (from `low`), or the base where markets quote the named one in the base's units;
    None where the number is no rate.

    >>> [rate_currency(t, t.index("1"), t.index("1") + 3, 0) for t in (
    ...     "The yen fell to 160 per dollar", "Japan's yen hit 158 a dollar",
    ...     "The Indian rupee closed at 188 to the US dollar", "The firm paid 100 per dollar of debt",
    ...     "The dollar rose to 150 per dollar", "The Egyptian pound fell to 130 per dollar",
    ...     "Egypt's pound fell to 130 per dollar", "The euro rose to 1.1 against the dollar",
    ...     "Sterling fell to 1.2 against the US dollar", "Yen Slides Past 160 Per Dollar",
    ...     "Real hit 1.5 per dollar")]
    ['JPY', 'JPY', 'INR', None, None, 'EGP', None, 'USD', 'USD', 'JPY', None]
    """
    base = _BASE.match(text, end)
    if base is None:
        return None
    named = list(_NAMED.finditer(text, max(low, start - _REACH), start))
    if named:
        currency = _currency(named[-1])  # the last named before the number
    else:
        headed = _HEADED.match(text, low) if start - low <= _REACH else None
        if headed is None:
            return None
        currency = _QUOTED[headed.group("word").lower()]  # a headline's first word: "Yen slides past 160 per dollar"
    base_code = _BASES[base.group("base").lower()]
    if currency is None or currency == base_code:
        return None
    return base_code if currency in _PRICED_IN_BASE else currency


def _currency(named: re.Match[str]) -> str | None:
    """Return the code of the currency `_NAMED` matched, by its country where its word is shared, else None."""
    if named.group("sterling"):
        return "GBP"
    word, adjective, owner = named.group("word"), " ".join(named.group("adjective").split()), named.group("owner")
    if word not in _SHARED:
        return _QUOTED[word]  # "the Japanese yen", "China's yuan"
    if adjective:
        return NATIONAL_CURRENCIES.get(_SHARED[word], {}).get(adjective)  # "the Egyptian pound"; "the Asian peso" none
    if owner:
        return _QUOTED[word] if owner in _HOMES[word] else None  # "Britain's pound"; "Egypt's pound" is none
    return None if word == "peso" else _QUOTED[word]
