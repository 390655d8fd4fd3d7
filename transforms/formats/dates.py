"""Publication dates as exports write them, parsed to UTC timestamps.

A value's time zone is read as transforms/formats/zone_names.py says, the order of a numeric date's
day and month as transforms/formats/date_orders.py does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime

from dateutil import parser as dateparser

from transforms.formats.cjk_dates import western_date_text
from transforms.formats.date_orders import numeric_parts
from transforms.formats.day_numbers import day_number_date, is_day_number
from transforms.formats.digit_dates import digit_date
from transforms.formats.month_names import other_languages
from transforms.formats.script_dates import latin_date_text
from transforms.formats.week_dates import week_date
from transforms.formats.zone_names import UnknownZone, plain_date_text, zone_of

# Epoch seconds from 1990 to 2100: a bare number outside is not read as a date (it could be a year
# such as 2022, which dateutil reads better).
_EPOCH_RANGE = (631_152_000, 4_102_444_800)
# .NET's JSON dates (DataContractJsonSerializer, Json.NET before 4.5, ASP.NET AJAX): "/Date(ms)/",
# milliseconds since the epoch in UTC; an offset after them ("+0100") says only that the value was a
# local time, and does not move it.
_DOTNET_DATE = re.compile(r"\s*\\?/?Date\((-?\d+)(?:[+-]\d{4})?\)\\?/?\s*")


_DEFAULT = datetime(2000, 1, 1)
_OTHER_DEFAULT = datetime(2001, 2, 2)  # a value whose year comes from the default has no date of its own

# Placeholders exports write for "no date": .NET's DateTime.MinValue (0001-01-01) and Unix time zero
# (1970-01-01T00:00:00Z, "Thu Jan 01 1970 01:00:00 GMT+0100"). No article was published then.
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# PHP's zero date (0000-00-00) as RFC 2822 writes it: "Mon, 30 Nov -0001 00:00:00 +0000", a year before 1. WordPress
# exports (WXR) date every draft so; dateutil read the year as 2001 and the draft was dated 30 November 2001. A month's
# name, a negative year, then the time or nothing. The word before it is a month's (English, as RFC 2822 writes it):
# a zone's name before a UTC offset ("EST -0500 2024") is no negative year.
_NEGATIVE_YEAR = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+-\d{1,4}(?:\s+\d|\s*$)", re.IGNORECASE
)


def is_placeholder(moment: datetime) -> bool:
    """Return whether a UTC timestamp is an export's placeholder for no date: year 1, or the epoch's first second.

    >>> is_placeholder(datetime(1, 1, 1, tzinfo=UTC)), is_placeholder(datetime(1970, 1, 1, tzinfo=UTC))
    (True, True)
    >>> is_placeholder(datetime(1970, 1, 1, 0, 0, 1, tzinfo=UTC))
    False
    """
    return moment.year == 1 or moment == _EPOCH


class UnparsedDate(ValueError):
    """A date value we could not read; the article keeps a null date and a note."""


def parse_date(value: object, dayfirst: bool = False, serials: bool = False) -> datetime | None:
    """Return a date value as a UTC timestamp: None for empty, UnparsedDate when it cannot be read.

    ISO 8601 with or without zone (no zone: UTC), RFC 2822, a bare day, epoch seconds (or
    milliseconds), "Sep 23, 2022", JavaScript's Date.toString(), "09.15 GMT", MongoDB's `{"$date": ...}`,
    .NET's "/Date(1709251200000)/", a number of days (`day_numbers`: Excel's serial days, 45292.5, or
    days since 1970, 19723; a number below 25569 is the latter unless `serials`, the file's other dates
    showing Excel's count).
    A placeholder for no date (0001-01-01, 1970-01-01T00:00:00Z: `is_placeholder`) is UnparsedDate. A
    numeric date whose day and month could be swapped (12/03/2024) is read month first unless
    `dayfirst` (the order the file's other dates show, see `date_orders.day_first`).

    >>> parse_date("2022-09-23T08:15:00+01:00").isoformat()
    '2022-09-23T07:15:00+00:00'
    >>> parse_date("Fri, 23 Sep 2022 08:15:00 GMT").isoformat()
    '2022-09-23T08:15:00+00:00'
    >>> parse_date(1663921800).isoformat()
    '2022-09-23T08:30:00+00:00'
    >>> parse_date("Sep 23, 2022").isoformat()
    '2022-09-23T00:00:00+00:00'
    >>> parse_date(2024).isoformat(), parse_date("2024").isoformat()
    ('2024-01-01T00:00:00+00:00', '2024-01-01T00:00:00+00:00')
    >>> parse_date("45292.5").isoformat(), parse_date("/Date(1709251200000+0100)/").isoformat()
    ('2024-01-01T12:00:00+00:00', '2024-03-01T00:00:00+00:00')
    >>> [parse_date(v, dayfirst=True).date().isoformat() for v in ("05/03/2024", "2024-03-05", "2024/03/05")]
    ['2024-03-05', '2024-03-05', '2024-03-05']
    """
    moment = _parse_value(value, dayfirst, serials)
    if moment is not None and is_placeholder(moment):
        raise UnparsedDate(f"not a date: {value!r} (a placeholder for no date)")
    return moment


def readable_dates(values: Iterable[object]) -> list[datetime]:
    """Return the values that read as dates, as UTC timestamps, in order; the others are left out.

    >>> [moment.isoformat() for moment in readable_dates(["2024-03-05T16:45:00Z", "soon", "", "2020-01-01"])]
    ['2024-03-05T16:45:00+00:00', '2020-01-01T00:00:00+00:00']
    """
    moments = []
    for value in values:
        try:
            moment = parse_date(value)
        except UnparsedDate:
            continue
        if moment is not None:
            moments.append(moment)
    return moments


def _parse_value(value: object, dayfirst: bool, serials: bool) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, Mapping) and list(value) == ["$date"]:
        return _mongo_date(value["$date"])
    if isinstance(value, datetime):
        return _utc(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    if isinstance(value, bool):
        raise UnparsedDate(f"not a date: {value!r}")
    if isinstance(value, str) and (dotnet := _DOTNET_DATE.fullmatch(value)):
        return _epoch_milliseconds(int(dotnet[1]), value)
    if isinstance(value, int | float) or (isinstance(value, str) and _is_number(value.strip())):
        if (digits := digit_date(value)) is not None:  # GDELT's 20240305143000: no epoch seconds (digit_dates)
            return _utc(digits)
        if is_day_number(value):
            return day_number_date(value, serials)
        seconds = float(value)
        if seconds > _EPOCH_RANGE[1] * 1000 or seconds < 0:
            raise UnparsedDate(f"not a date: {value!r}")
        if seconds > _EPOCH_RANGE[1]:
            seconds /= 1000  # milliseconds, as JavaScript exports write them
        if _EPOCH_RANGE[0] <= seconds <= _EPOCH_RANGE[1]:
            return datetime.fromtimestamp(seconds, tz=UTC)
        if not isinstance(value, str) and seconds.is_integer() and 1000 <= seconds < 3000:
            # A year written as a JSON number (2024) is a year, as "2024" is; 9999, a placeholder, none.
            value = str(int(seconds))
        if not isinstance(value, str):
            raise UnparsedDate(f"not a date: {value!r}")
    if not isinstance(value, str):
        raise UnparsedDate(f"not a date: {value!r}")
    # Missing parts come from 1 January 2000, not from today: "2022" is the start of 2022.
    # `dayfirst` only for a day/month/year date: dateutil would swap an ISO date's too ("2024-03-05").
    dayfirst = dayfirst and numeric_parts(value.strip()) is not None
    try:
        if (week := week_date(value)) is not None:  # 2024-W10-2, 2024-065: dateutil reads neither
            return _utc(week)
    except ValueError as error:
        raise UnparsedDate(f"not a date: {value!r} ({error})") from None
    if " -" in value and _NEGATIVE_YEAR.search(value):
        raise UnparsedDate(f"not a date: {value!r} (a placeholder for no date: PHP's zero date)")
    # "2024年3月5日 14:20" as 2024-03-05 14:20 (cjk_dates), "٥ مارس ٢٠٢٦" as 5 March 2026 (script_dates)
    plain = plain_date_text(western_date_text(latin_date_text(value)))
    parsed = _parse(value, plain, _DEFAULT, dayfirst)
    # A value without a year ("12:30", "Sep 23") is not a date: its year would be the default's.
    if parsed.year == _DEFAULT.year and _parse(value, plain, _OTHER_DEFAULT, dayfirst).year != _DEFAULT.year:
        raise UnparsedDate(f"not a date: {value!r} (no year)")
    return _utc(parsed)


def _mongo_date(value: object) -> datetime | None:
    """Return MongoDB extended JSON's `$date` value as a date: an ISO 8601 text (relaxed mode), else
    milliseconds since the epoch (`{"$numberLong": "..."}`, canonical mode, or a number), of any year."""
    if isinstance(value, Mapping) and list(value) == ["$numberLong"]:
        value = value["$numberLong"]
    if isinstance(value, str) and not _is_number(value.strip()):
        return parse_date(value)
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise UnparsedDate(f"not a date: {{'$date': {value!r}}}")
    return _epoch_milliseconds(value, {"$date": value})


def _epoch_milliseconds(value: int | float | str, written: object) -> datetime:
    """Return milliseconds since the epoch as a date, of any year (MongoDB's `$date`, .NET's `/Date(...)/`)."""
    try:
        return datetime.fromtimestamp(float(value) / 1000, tz=UTC)
    except (ValueError, OverflowError, OSError):
        raise UnparsedDate(f"not a date: {written!r}") from None


def _parse(value: str, plain: str, default: datetime, dayfirst: bool) -> datetime:
    try:
        try:
            return dateparser.parse(plain, default=default, dayfirst=dayfirst, tzinfos=zone_of)
        except ValueError:
            if plain.isascii() and not any(c.isalpha() for c in plain):
                raise
            # Month or weekday names of six other languages: after the English reading only (month_names).
            return other_languages().parse(plain, default=default, dayfirst=dayfirst, tzinfos=zone_of)
    except UnknownZone as zone:
        raise UnparsedDate(f"not a date: {value!r} (time zone {zone} not known)") from None
    except (ValueError, OverflowError) as error:
        raise UnparsedDate(f"not a date: {value!r} ({error})") from None


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)  # no zone given: read as UTC, the usual export convention
    try:
        return moment.astimezone(UTC)
    except OverflowError:  # .NET's MinValue with an offset east of UTC, 9999-12-31 with one west of it
        raise UnparsedDate(f"not a date: {moment.isoformat()} (out of range)") from None
    except ValueError:  # an offset of a day or more (+25:00, +9900), which dateutil reads and datetime refuses
        written = moment.replace(tzinfo=None).isoformat()
        raise UnparsedDate(f"not a date: {written} (its UTC offset is a day or more)") from None


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return bool(text) and text.lstrip("-").replace(".", "", 1).isdigit()
