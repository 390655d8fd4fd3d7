"""A year's quarters, which a fraction's words may count: "the first three quarters of this year" is a period, no
share of 75 percent (`amount_reading.parse`); and so a period's half, "the second half of the season", "the first half
of 2025", or a table's, "the bottom half of the table" (`half_of_a_period`), no share of 50 percent."""

from __future__ import annotations

import re

# Quarters of a year: after "first", "last" ... ("the first three quarters of"), or before a year's words ("three
# quarters of 2025", "three quarters of this year"; not "a quarter of this year's budget", a share)
_QUARTERS_BEFORE = re.compile(r"(?i)\b(?:first|last|past|next|final|opening|previous|latest)\s$")
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


# A half after an ordinal or a side's word: "the second half of the year", "in the first half of its game", "the bottom
# half of the table" (they were 50 percent; "half of the field", "one half of the money" stay shares)
_HALF_BEFORE = re.compile(r"(?i)\b(?:first|second|last|past|next|final|opening|previous|latest|latter|bottom|top|"
                          r"upper|lower|back|front)\s$")


def half_of_a_period(text: str, number_start: int, end: int) -> bool:
    """Return True when "half of" from `number_start` to `end` is a period's or a table's half, no share.

    >>> [half_of_a_period(t, t.index("half"), t.index(" of") + 3) for t in ("the second half of the season",
    ...     "the bottom half of the table", "half of the field", "the first half of 2025",
    ...     "half of this year's budget")]
    [True, True, False, True, False]
    """
    return quarters_of_a_year(text, number_start, end) or _HALF_BEFORE.search(
        text, max(0, number_start - 10), number_start) is not None
