"""The scale two currencies' amounts share when one is in brackets and the scale word follows both.

Australian and New Zealand papers write an amount in two currencies with one scale after both ("$US9.22
($NZ13.04) million"): `bracketed_scale` gives either amount, written without a scale of its own, the one after
the bracket. `amount_reading.parse` multiplies the amount's value by it.
"""

from __future__ import annotations

import re

from transforms.enrichments.amount_currencies import SIGNS
from transforms.enrichments.amount_values import scale_factor

# `_SCALE_AFTER_BRACKET` is read after the first amount, `_SCALE_AFTER_CLOSE` after the second, whose
# `_BRACKET_BEFORE` is the first amount (a sign may be escaped, "\$US9.22 (\$NZ13.04) million", as AG News
# writes it).
_BRACKET_SCALE = r"\s?(?P<scale>million|billion|trillion|bn|m)\b"
_BRACKETED_CURRENCY = rf"\\?(?:[A-Z]{{0,3}}\$[A-Z]{{0,3}}|[{SIGNS}])\s?\d[\d,]*(?:\.\d+)?"
_SCALE_AFTER_BRACKET = re.compile(rf"\s\({_BRACKETED_CURRENCY}\){_BRACKET_SCALE}")
_SCALE_AFTER_CLOSE = re.compile(rf"\){_BRACKET_SCALE}")
_BRACKET_BEFORE = re.compile(rf"{_BRACKETED_CURRENCY}\s\(\\?$")


def bracketed_scale(text: str, start: int, end: int, low: int, high: int) -> float:
    """Return the scale of a currency's amount from `start` to `end` written without one, which the other
    currency's amount in brackets after or around it has after the bracket ("$US9.22 ($NZ13.04) million"), or 1.

    >>> text = "$US9.22 ($NZ13.04) million, $5 ($7) each"
    >>> [bracketed_scale(text, s, e, 0, len(text)) for s, e in ((0, 7), (9, 17), (28, 30), (32, 34))]
    [1000000.0, 1000000.0, 1.0, 1.0]
    """
    if text[end] == ")":
        after = _SCALE_AFTER_CLOSE.match(text, end, high)
        if after is None or not _BRACKET_BEFORE.search(text, max(low, start - 20), start):
            return 1.0
    else:
        after = _SCALE_AFTER_BRACKET.match(text, end, high)
    return scale_factor(after.group("scale")) if after else 1.0
