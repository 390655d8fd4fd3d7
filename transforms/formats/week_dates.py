"""ISO 8601's week dates (2024-W10-2) and ordinal dates (2024-065), which dateutil does not read.

An export from a planning or analytics tool may date a record by its ISO week and weekday ("2024-W10-2",
the Tuesday of week 10, 5 March 2024) or by its day of the year ("2024-065"): both were unread.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

# A week date (2024-W10-2, 2024W102, 2024-W10: its Monday) or an ordinal date (2024-065; not 2024065, which
# may be any number), perhaps with a time after a T or a space.
_WEEK_DATE = re.compile(r"\d{4}-?W\d{2}(?:-?\d)?(?:[T ].*)?")
_ORDINAL_DATE = re.compile(r"(\d{4})-(\d{3})(?:([T ])(.*))?")


def week_date(value: str) -> datetime | None:
    """Return an ISO 8601 week or ordinal date as a datetime (naive where it gives no zone), None for
    another value; ValueError for one written so that is no date (week 54, day 367).

    >>> week_date("2024-W10-2"), week_date("2024-W10")
    (datetime.datetime(2024, 3, 5, 0, 0), datetime.datetime(2024, 3, 4, 0, 0))
    >>> week_date("2024-065T10:00:00Z").isoformat(), week_date("2024-03-05")
    ('2024-03-05T10:00:00+00:00', None)
    """
    value = value.strip()
    if _WEEK_DATE.fullmatch(value):
        return datetime.fromisoformat(value)  # Python reads week dates (3.11), not ordinal ones
    ordinal = _ORDINAL_DATE.fullmatch(value)
    if ordinal is None:
        return None
    year, number = int(ordinal[1]), int(ordinal[2])
    day = date(year, 1, 1) + timedelta(days=number - 1)
    if number == 0 or day.year != year:
        raise ValueError(f"no day {ordinal[2]} in {ordinal[1]}")
    return datetime.fromisoformat(day.isoformat() + (ordinal[3] + ordinal[4] if ordinal[3] else ""))
