"""The scale two amounts share when one is in brackets and the scale word follows both.

Australian and New Zealand papers write an amount in two currencies with one scale after both ("$US9.22
($NZ13.04) million"), and Nordic and German companies' reports last year's figure in brackets ("EUR 450 (380)
million"): `bracketed_scale` gives the first amount, written without a scale of its own, the one after the bracket,
and `bracketed_figure` gives a bare number in such brackets the scale and the currency of the amount before it.
`amount_reading.parse` multiplies the amount's value by it.
"""

from __future__ import annotations

import re

from transforms.enrichments.amount_currencies import ISO_CODES, SIGNS, SYMBOLS
from transforms.enrichments.amount_pattern import PERCENT
from transforms.enrichments.amount_values import scale_factor

# `_SCALE_AFTER_BRACKET` is read after the first amount, `_SCALE_AFTER_CLOSE` after the second, whose
# `_BRACKET_BEFORE` is the first amount (a sign may be escaped, "\$US9.22 (\$NZ13.04) million", as AG News
# writes it). A report's bracketed figure is a bare number after a currency's amount ("EUR 450 (380) million").
_BRACKET_SCALE = r"\s?(?P<scale>million|billion|trillion|bn|m)\b"
_SIGN = rf"\\?(?:[A-Z]{{0,3}}\$[A-Z]{{0,3}}|[{SIGNS}])"
_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_BRACKETED_CURRENCY = rf"{_SIGN}\s?{_NUMBER}"
# (a bare year in brackets is none: "paid $5 (2004) million times")
_SCALE_AFTER_BRACKET = re.compile(rf"\s\((?:{_SIGN}\s?{_NUMBER}|(?!(?:19|20)\d\d\)){_NUMBER})\){_BRACKET_SCALE}")
_SCALE_AFTER_CLOSE = re.compile(rf"\){_BRACKET_SCALE}")
_BRACKET_BEFORE = re.compile(rf"{_BRACKETED_CURRENCY}\s\(\\?$")
# The currency's amount before a report's bracketed figure: a sign, or an ISO code and a space ("EUR 450 (")
_CURRENCY_BEFORE_BRACKET = re.compile(rf"(?:(?P<sign>{_SIGN})|(?<![\w$])(?P<code>{'|'.join(ISO_CODES)})\s?)"
                                      rf"{_NUMBER}\s\($")
# ... or a bare number, this year's figure of a report's line, its scale or its percent after last year's ("Revenue
# 450 (380) million", "Operating margin 12 (9) per cent", as a party's share beside its last one: "Labour 35 (40)%")
_BARE_BEFORE_BRACKET = re.compile(rf"(?<![\w.,$£€¥\\-]){_NUMBER}\s\($")
# A reference's number, no figure of a report's line ("Page 12 (9) per cent of staff", "Table 3 (2) million"): the
# word before it names a page, a chapter, a clause or a table (the figure in brackets keeps the scale after it)
_REFERENCE_BEFORE = re.compile(r"\b(?:[Pp]ages?|pp?\.|[Cc]hapter|[Ss]ection|[Aa]rticle|[Cc]lause|[Tt]able"
                               r"|[Ff]ig(?:ure)?\.?|[Pp]aragraph|[Aa]ppendix|[Qq]uestion|[Ii]tem|[Rr]ule|[Nn]o\.)\s(?=\d[\d,.]*\s\($)")
_PERCENT_AFTER_CLOSE = re.compile(r"\)(?:\s?%|\s?per\s?cent\b|\s?percent\b)")
_PAIR_AFTER = re.compile(rf" \((?!(?:19|20)\d\d\)){_NUMBER}"
                         rf"(?=\)(?:{_BRACKET_SCALE}|{_PERCENT_AFTER_CLOSE.pattern[2:]}))")


def bracketed_scale(text: str, start: int, end: int, low: int, high: int) -> float:
    """Return the scale of a currency's amount from `start` to `end` written without one, which the other
    currency's amount (or last year's figure) in brackets after or around it has after the bracket ("$US9.22
    ($NZ13.04) million", "EUR 450 (380) million"), or 1.

    >>> text = "$US9.22 ($NZ13.04) million, $5 ($7) each, EUR 450 (380) million"
    >>> [bracketed_scale(text, s, e, 0, len(text)) for s, e in ((0, 7), (9, 17), (28, 30), (32, 34), (46, 49))]
    [1000000.0, 1000000.0, 1.0, 1.0, 1000000.0]
    """
    if text[end] == ")":
        after = _SCALE_AFTER_CLOSE.match(text, end, high)
        if after is None or not _BRACKET_BEFORE.search(text, max(low, start - 20), start):
            return 1.0
    else:
        after = _SCALE_AFTER_BRACKET.match(text, end, high)
    return scale_factor(after.group("scale")) if after else 1.0


def bracketed_figure(text: str, start: int, end: int, low: int, high: int) -> tuple[float, str | None] | None:
    """Return the scale and the currency of a bare number from `start` to `end` in brackets after a currency's
    amount, with a scale word after the bracket: last year's figure in a report ("EUR 450 (380) million" is
    380 million euros), or None.

    >>> text = "EUR 450 (380) million, $45 (38)m, Orders 300 (280) million, EUR 5 (4) each"
    >>> [bracketed_figure(text, s, e, 0, len(text)) for s, e in ((9, 12), (28, 30), (46, 49), (68, 69))]
    [(1000000.0, 'EUR'), (1000000.0, 'USD'), (1000000.0, None), None]
    >>> text = "margin 12 (9) per cent, Chapter 3 (see 4) million"
    >>> [bracketed_figure(text, s, e, 0, len(text)) for s, e in ((11, 12), (39, 40))]
    [(1.0, 'percent'), None]
    """
    after = _SCALE_AFTER_CLOSE.match(text, end, high)
    if after is None:
        if _PERCENT_AFTER_CLOSE.match(text, end, high) and _BARE_BEFORE_BRACKET.search(text, max(low, start - 24),
                                                                                         start):
            return 1.0, PERCENT  # "margin 12 (9) per cent": last year's 9 percent
        return None
    before = _CURRENCY_BEFORE_BRACKET.search(text, max(low, start - 24), start)
    if before is None:
        bare = _BARE_BEFORE_BRACKET.search(text, max(low, start - 24), start)
        return (scale_factor(after.group("scale")), None) if bare else None  # "Revenue 450 (380) million"
    sign = before.group("sign")
    unit = SYMBOLS.get(sign.lstrip("\\")) if sign else before.group("code")
    return (scale_factor(after.group("scale")), unit) if unit else None


def bracket_pair(text: str, start: int, end: int, high: int) -> tuple[float, str | None] | None:
    """Return the scale and the unit a bare number from `start` to `end` shares with last year's figure in brackets
    after it, the scale word or percent after both ("Revenue 450 (380) million", "margin 12 (9) per cent"), or None
    (a page's or a table's number is none: "Page 12 (9) per cent").

    >>> texts = ("Revenue 450 (380) million", "Margin 12.5 (9)%", "Revenue 450 (2024) m")
    >>> [bracket_pair(t, 8, 11, len(t)) for t in texts]
    [(1000000.0, None), (1.0, 'percent'), None]
    >>> bracket_pair("Page 12 (9) per cent", 5, 7, 20)  # a page's number, no figure
    """
    pair = _PAIR_AFTER.match(text, end, high)
    if pair is None or _REFERENCE_BEFORE.search(text, max(0, start - 12), end + 2):
        return None
    close = pair.end()
    after = _SCALE_AFTER_CLOSE.match(text, close, high)
    return (scale_factor(after.group("scale")), None) if after else (1.0, PERCENT)


# From either figure of a report's pair to the scale word or the percent after the bracket that both share: " (380)
# million", ") million" (not a year's bracket, "$5 (2004) million times", which lends nothing)
_SHARED_AFTER = re.compile(rf"(?: \((?!(?:19|20)\d\d\)){_SIGN}?\s?{_NUMBER})?\)"
                           rf"(?:{_BRACKET_SCALE}|{_PERCENT_AFTER_CLOSE.pattern[2:]})")


def shared_scale_end(text: str, end: int, high: int) -> int:
    """Return where the scale word or the percent ends that an amount ending at `end` shares with the other figure of
    its bracketed pair, so that what both count is read after it ("17 (16) million units" counts units for both, it
    counted none), else `end`; a reference's bracket is no pair ("Page 12 (9) per cent of respondents" counts none).

    >>> texts = ("17 (16) million units", "(16) million units", "$5 (2004) million times", "17 (16) days")
    >>> [shared_scale_end(t, t.index(" (") if t[0] != "(" else 3, len(t)) for t in texts]
    [15, 12, 2, 2]
    >>> shared_scale_end("Page 12 (9) per cent of", 10, 23)
    10
    """
    after = _SHARED_AFTER.match(text, end, high)
    if after is None:
        return end
    opening = text.rfind("(", max(0, end - 24), end) if text[end] == ")" else end + 1
    return end if _REFERENCE_BEFORE.search(text, max(0, opening - 16), opening + 1) else after.end()
