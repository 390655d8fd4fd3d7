"""Dates written as digits alone, year first: GDELT's `20240305143000` (its GKG `DATE`, YYYYMMDDHHMMSS, and its
events' `DATEADDED`), its events' `SQLDATE` `20240305` as a number, a web archive's timestamp.

Such a value of 14 digits, or 8 or 12 written as a number, was unread: dateutil reads the 8 and 12 digits of a text
but not 14, and a number was read as epoch seconds or milliseconds only, which these are not (20240305 seconds is
1970, outside the years read as epoch seconds; 14 digits are more milliseconds than any year up to 2100).
"""

from __future__ import annotations

from datetime import datetime

# Year first and a year of this century or the last: "19..." or "20...", then month, day, and an hour and minute
# (12 digits), and seconds (14).
_LAYOUTS = {8: "%Y%m%d", 12: "%Y%m%d%H%M", 14: "%Y%m%d%H%M%S"}


def digit_date(value: object) -> datetime | None:
    """Return a date written as digits alone, year first (8, 12 or 14 of them), as a naive datetime (no zone is
    written: GDELT's are UTC); None for any other value, or digits that are no such date.

    >>> digit_date("20240305143000"), digit_date(20240305)
    (datetime.datetime(2024, 3, 5, 14, 30), datetime.datetime(2024, 3, 5, 0, 0))
    >>> digit_date("20241305143000"), digit_date(1709650800), digit_date("2024-03-05"), digit_date(True)
    (None, None, None, None)
    >>> digit_date(20240305.0), digit_date("20240305.0"), digit_date(20240305.5)
    (datetime.datetime(2024, 3, 5, 0, 0), datetime.datetime(2024, 3, 5, 0, 0), None)
    """
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a column with a missing value, as pandas writes it (JSON or CSV): 20240305.0
    if isinstance(value, bool) or not isinstance(value, int | str):
        return None
    digits = str(value).strip().removesuffix(".0")
    layout = _LAYOUTS.get(len(digits))
    if layout is None or not digits.isdigit() or not digits.startswith(("19", "20")):
        return None
    try:
        return datetime.strptime(digits, layout)
    except ValueError:  # month 13, day 32, hour 25: another number
        return None
