"""Dates written as a number of days: Excel's serial days, or days since 1970 (epoch days).

A spreadsheet saved as CSV writes a date column formatted as a number as Excel's serial days (days
since 1899-12-30, a fraction the time of day: 45292.5 is 2024-01-01 12:00); an Avro or Arrow export
(a `date` column: BigQuery, Spark, pandas' date32) as days since 1970-01-01, 19723 being 2024-01-01.
The number alone does not say which: 19723 is 1953-12-30 as a serial. Serial 25569 is 1970-01-01,
the day epoch days count from, so a number from 25569 on is only a serial (1970 to 2099; as an epoch
day, 2040-01-03 to 2170, a date no article has yet); one below it is 1997-05-19 to 2040-01-02 as an
epoch day and 1927 to 1969 as a serial, and a news export dates what it holds in the former. A file's numbers are read
one way: as serials where any of them can only be one (`serial_days`), else below 25569 as epoch days.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

# Only five-digit numbers, 10000 to 73050: a number of four digits is a year ("2022"), and a larger one
# epoch seconds or milliseconds (ten or thirteen digits) or a date of digits alone (20240305).
_RANGE = (10_000, 73_051)
# A day number as text: five digits, the first not 0. "050324" or "010124" (six digits, a day, month and
# year run together) is none, though its number (50324, 10124) is in range: dateutil reads it.
_TEXT = re.compile(r"\s*[1-9]\d{4}(?:\.\d*)?\s*")
_EXCEL_EPOCH = datetime(1899, 12, 30, tzinfo=UTC)  # serial 0: Excel counts 1900-02-29, which was no day
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
SERIALS_ONLY = 25_569  # Excel's serial of 1970-01-01: from here on a day number is a serial only


def is_day_number(value: int | float | str) -> bool:
    """Return whether a number (or a number's text) is a date written as a number of days.

    >>> is_day_number(19723), is_day_number("45292.5"), is_day_number("2022"), is_day_number("010124")
    (True, True, False, False)
    """
    if not _RANGE[0] <= float(value) < _RANGE[1]:
        return False
    return not isinstance(value, str) or _TEXT.fullmatch(value) is not None


def day_number_date(value: int | float | str, serials: bool = False) -> datetime:
    """Return the date of a day number (`is_day_number`): a serial when `serials` (the file's other day
    numbers say so: `serial_days`) or when it can only be one, else an epoch day.

    >>> [day_number_date(*v).isoformat() for v in ((19723,), (19723, True), ("45292.5",))]
    ['2024-01-01T00:00:00+00:00', '1953-12-30T00:00:00+00:00', '2024-01-01T12:00:00+00:00']
    """
    days = float(value)
    start = _EXCEL_EPOCH if serials or days >= SERIALS_ONLY else _EPOCH
    return start + timedelta(seconds=round(days * 86_400))


def serial_days(values: Iterable[object]) -> bool:
    """Return whether a file's date values are Excel serials: one of them can only be one (from 25569 on).

    >>> serial_days(["19723", 45292]), serial_days([19723, "2024-03-05", None])
    (True, False)
    """
    return any(
        isinstance(value, int | float | str) and not isinstance(value, bool) and _is_number(value)
        and is_day_number(value) and float(value) >= SERIALS_ONLY
        for value in values
    )


def read_by_count(value: object) -> bool:
    """Return whether a date value is read by the count its file's other dates show (`serial_days`): a
    day number below 25569, an epoch day unless the file is of serials.

    >>> read_by_count(19723), read_by_count("19723"), read_by_count(45292), read_by_count("2024-03-05")
    (True, True, False, False)
    """
    return (
        isinstance(value, int | float | str) and not isinstance(value, bool) and _is_number(value)
        and is_day_number(value) and float(value) < SERIALS_ONLY
    )


def _is_number(value: int | float | str) -> bool:
    if not isinstance(value, str):
        return True
    try:
        float(value)
    except ValueError:
        return False
    return True
