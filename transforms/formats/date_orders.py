"""The order of a numeric date's day and month (12/03/2024): what a file's values show, whether a value
could be read either way, and whether it is written with dots (day first wherever it is written so).

A value alone does not say whether 12/03/2024 is the 12th of March or the 3rd of December; a file's
other dates may (`day_first`). transforms/formats/numeric_dates.py reads a value by these rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# An all-numeric date with the year last: 12/03/2024, 12-03-24, 12.03.2024, 12. 3. 2024 (Czech and
# Slovak put a space after each dot). Whether 12 is the day or the month, the value alone does not say.
# A word before it, a weekday or a label, is the date's ("Di 05.03.2024 - 14:20", "Tue, 03/05/2024", "Stand:
# 05.03.2024"): such a value was read month first, unnoted, as a value without a word is not.
_WORD_BEFORE = r"\s*(?:[^\W\d_]{1,20}\.?:?,?\s+)?"
_NUMERIC_DATE = re.compile(_WORD_BEFORE + r"(\d{1,2})(?:[/-]|\. ?)(\d{1,2})(?:[/-]|\. ?)(?:\d{4}|\d{2})(?!\d)")


# The same with dots (05.03.2024): written day first wherever dots part a date's numbers (German,
# Russian, Polish, Czech, Turkish, Finnish, ...); no convention writes the month first so.
_DOTTED_DATE = re.compile(_WORD_BEFORE + r"\d{1,2}\. ?\d{1,2}\. ?(?:\d{4}|\d{2})(?!\d)")


def day_first(values: Iterable[object]) -> bool | None:
    """Return the order a file writes its numeric dates in: True day first, False month first, None unknown.

    A date with a first part over 12 (13/03/2024) shows day first, one with a second part over 12
    (03/13/2024) month first; none of them, or both kinds, leave the order unknown.

    >>> day_first(["12/03/2024", "13/03/2024"]), day_first(["03/13/2024"]), day_first(["13/03/24", "03/13/24"])
    (True, False, None)
    """
    orders: set[bool] = set()
    for value in values:
        parts = numeric_parts(value)
        if parts is not None and max(parts) > 12 >= min(parts):
            orders.add(parts[0] > 12)
    return orders.pop() if len(orders) == 1 else None


def is_ambiguous_date(value: object) -> bool:
    """Return whether a value is a numeric date whose day and month could be swapped (12/03/2024).

    >>> is_ambiguous_date("12/03/2024"), is_ambiguous_date("13/03/2024"), is_ambiguous_date("03/03/2024")
    (True, False, False)
    """
    parts = numeric_parts(value)
    return parts is not None and max(parts) <= 12 and parts[0] != parts[1]


def is_dotted_date(value: object) -> bool:
    """Return whether a value is a numeric date with dots (05.03.2024), which is written day first.

    >>> is_dotted_date("05.03.2024 14:30"), is_dotted_date("5. 3. 2024"), is_dotted_date("05/03/2024")
    (True, True, False)
    >>> is_dotted_date("2024.03.05"), is_dotted_date("1.2.3")
    (False, False)
    """
    return isinstance(value, str) and _DOTTED_DATE.match(value) is not None


def numeric_parts(value: object) -> tuple[int, int] | None:
    """Return the first two numbers of an all-numeric date with the year last (12/03/2024: 12, 3), else None."""
    match = _NUMERIC_DATE.match(value) if isinstance(value, str) else None
    return (int(match.group(1)), int(match.group(2))) if match else None
