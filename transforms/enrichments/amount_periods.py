"""A year's quarters, which a fraction's words may count: "the first three quarters of this year" is a period, no
share of 75 percent (`amount_reading.parse`); and so a period's half, "the second half of the season", "the first half
of 2025", or a table's, "the bottom half of the table" (`half_of_a_period`), no share of 50 percent."""

from __future__ import annotations

import re

# Quarters of a year: after "first", "last" ... ("the first three quarters of"), or before a year's words ("three
# quarters of 2025", "three quarters of this year"; not "a quarter of this year's budget", a share)
_ORDINALS = "first|last|past|next|final|opening|previous|latest"
_QUARTERS_BEFORE = re.compile(rf"(?i)\b(?:{_ORDINALS})\s$")
# or a fiscal year's ("three quarters of fiscal 2025"; not "three quarters of financial advisers", a share)
_QUARTERS_AFTER = re.compile(r"\s(?:(?:this|last|next|the)\s(?:(?:financial|fiscal)\s)?year"
                             r"|(?:(?:financial|fiscal)\s)?(?:19|20)\d\d)\b(?!['’-])")


def quarters_of_a_year(text: str, number_start: int, end: int) -> bool:
    """Return True when a fraction of quarters from `number_start` to `end` (its "of") counts a year's quarters.

    >>> [quarters_of_a_year(t, t.index(w), t.index(" of") + 3) for t, w in (("the first three quarters of", "three"),
    ...     ("Over three quarters of voters", "three"), ("Its three quarters of 2025", "three"),
    ...     ("A quarter of this year's budget", "A"))]
    [True, False, True, False]
    """
    return (_QUARTERS_BEFORE.search(text, max(0, number_start - 10), number_start) is not None
            or _QUARTERS_AFTER.match(text, end) is not None)


# A half after an ordinal: "the second half of the year", "in the first half of its game" (they were 50 percent;
# "half of the field", "one half of the money" stay shares)
_HALF_BEFORE = re.compile(rf"(?i)\b(?:{_ORDINALS}|second|latter)\s$")
# ... or after a side's word before a table's or a period's noun: "the bottom half of the table", "the back half of
# the season"; "the bottom half of households", "the top half of earners" are shares of them
_SIDE_BEFORE = re.compile(r"(?i)\b(?:bottom|top|upper|lower|back|front)\s$")
_TABLE_OR_PERIOD_AFTER = re.compile(r"(?i)\s(?:the\s|this\s|last\s|next\s)?(?:(?:league|premiership|championship)"
                                    r"\s)?(?:table|league|standings|division|draw|season|year|decade|century)\b")


def half_of_a_period(text: str, number_start: int, end: int) -> bool:
    """Return True when "half of" from `number_start` to `end` is a period's or a table's half, no share.

    >>> [half_of_a_period(t, t.index("half"), t.index(" of") + 3) for t in ("the second half of the season",
    ...     "the bottom half of the table", "half of the field", "the first half of 2025",
    ...     "half of this year's budget", "the bottom half of households", "the top half of earners")]
    [True, True, False, True, False, False, False]
    """
    before = max(0, number_start - 10)
    if quarters_of_a_year(text, number_start, end) or _HALF_BEFORE.search(text, before, number_start) is not None:
        return True
    return _SIDE_BEFORE.search(text, before, number_start) is not None and (
        _TABLE_OR_PERIOD_AFTER.match(text, end) is not None)
