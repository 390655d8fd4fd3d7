"""Publication dates as exports write them, parsed to UTC timestamps."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime

from dateutil import parser as dateparser

from transforms.formats.day_numbers import day_number_date, is_day_number
from transforms.formats.month_names import other_languages
from transforms.formats.week_dates import week_date

# Epoch seconds from 1990 to 2100: a bare number outside is not read as a date (it could be a year
# such as 2022, which dateutil reads better).
_EPOCH_RANGE = (631_152_000, 4_102_444_800)
# .NET's JSON dates (DataContractJsonSerializer, Json.NET before 4.5, ASP.NET AJAX): "/Date(ms)/",
# milliseconds since the epoch in UTC; an offset after them ("+0100") says only that the value was a
# local time, and does not move it.
_DOTNET_DATE = re.compile(r"\s*\\?/?Date\((-?\d+)(?:[+-]\d{4})?\)\\?/?\s*")


_DEFAULT = datetime(2000, 1, 1)
_OTHER_DEFAULT = datetime(2001, 2, 2)  # a value whose year comes from the default has no date of its own

_HOUR = 3600
# Time-zone abbreviations news exports write, as UTC offsets in seconds (or, for the generic US
# zones, the zone itself: "ET" is EDT in summer). dateutil knows UTC and GMT only, and read any other
# as no zone at all (UTC): "4:45 PM EST" was 16:45 UTC, not 21:45. Where an abbreviation has several
# meanings, the one English-language news means most often (CST: US Central, BST: British Summer
# Time). IST (India, Ireland, Israel), AST (Atlantic, Arabia) and any other word that reads as a zone
# abbreviation (`_ZONE_LIKE`) leave the date unread, with its note, rather than hours off; a word
# that does not ("A.M.", "noon", "local") is no zone, as dateutil reads it.
ZONES: dict[str, int | str] = {
    "UT": 0, "Z": 0, "WET": 0, "WEST": _HOUR, "BST": _HOUR,
    "CET": _HOUR, "CEST": 2 * _HOUR, "MET": _HOUR, "MEST": 2 * _HOUR, "MEZ": _HOUR, "MESZ": 2 * _HOUR,
    "EET": 2 * _HOUR, "EEST": 3 * _HOUR, "MSK": 3 * _HOUR,
    "WAT": _HOUR, "CAT": 2 * _HOUR, "SAST": 2 * _HOUR, "EAT": 3 * _HOUR,
    "EST": -5 * _HOUR, "EDT": -4 * _HOUR, "CST": -6 * _HOUR, "CDT": -5 * _HOUR, "MST": -7 * _HOUR,
    "MDT": -6 * _HOUR, "PST": -8 * _HOUR, "PDT": -7 * _HOUR, "AKST": -9 * _HOUR, "AKDT": -8 * _HOUR,
    "HST": -10 * _HOUR, "BRT": -3 * _HOUR,
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles",
    "PKT": 5 * _HOUR, "ICT": 7 * _HOUR, "WIB": 7 * _HOUR,
    "JST": 9 * _HOUR, "KST": 9 * _HOUR, "HKT": 8 * _HOUR, "SGT": 8 * _HOUR, "PHT": 8 * _HOUR,
    "AWST": 8 * _HOUR, "ACST": 9 * _HOUR + 1800, "ACDT": 10 * _HOUR + 1800, "AEST": 10 * _HOUR,
    "AEDT": 11 * _HOUR, "NZST": 12 * _HOUR, "NZDT": 13 * _HOUR,
}
# Reads as a zone abbreviation: two to five capitals ending in T (IST, AST, HKST, ...).
_ZONE_LIKE = re.compile(r"[A-Z]{1,4}T")


class _UnknownZone(ValueError):
    """A zone abbreviation `ZONES` does not hold."""


def _zone(name: str | None, offset: int | None) -> object:
    """Return the zone of a parsed value for dateutil (`tzinfos` as a function: no global warning
    filter, which threads would share): its numeric offset, an abbreviation of `ZONES`, or none."""
    from dateutil import tz

    if offset is not None:
        return tz.UTC if offset == 0 else tz.tzoffset(name, offset)
    if name is None:
        return None
    zone = ZONES.get(name)
    if isinstance(zone, str):
        return tz.gettz(zone)
    if zone is not None:
        return tz.UTC if zone == 0 else tz.tzoffset(name, zone)
    if _ZONE_LIKE.fullmatch(name):
        raise _UnknownZone(name)
    return None


# An offset written after GMT or UTC ("GMT+0100", "UTC+01:00", "GMT -5"): the zone's offset east of
# UTC, as ISO 8601 and JavaScript's Date.toString() mean it. dateutil reads "GMT+3" the POSIX way
# (three hours west), so 10:00 GMT+0100 was 11:00 UTC; the offset alone is passed to it instead.
_NAMED_OFFSET = re.compile(r"\b(?:GMT|UTC|UT)\s?([+-])(\d{1,2})(?::?(\d{2}))?(?![\d:])")
# The zone's name in brackets after an offset, as Date.toString() writes it: "GMT+0100 (Central
# European Standard Time)", or Java's ZonedDateTime.toString() (RFC 9557): "+01:00[Europe/Paris]",
# "Z[UTC]". The offset says it all; dateutil reads no value with the name. (A name without an offset
# stays unread: read as UTC it would be hours off.)
_NAMED_AFTER_OFFSET = re.compile(r"([+-]\d{2}:?\d{2}|Z)\s*(?:\([^()]*\)|\[[^\[\]]*\])\s*$")
# A time of day with a dot after the year, as the Guardian writes it ("3 December 2026 09.15 GMT",
# "9.15am"); a day.month.year date ("12.03.24") has a dot after its second number, and is left alone.
_DOTTED_TIME = re.compile(r"(\d{4},?\s+)(\d{1,2})\.(\d{2})(?![\d.])")

# Placeholders exports write for "no date": .NET's DateTime.MinValue (0001-01-01) and Unix time zero
# (1970-01-01T00:00:00Z, "Thu Jan 01 1970 01:00:00 GMT+0100"). No article was published then.
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def is_placeholder(moment: datetime) -> bool:
    """Return whether a UTC timestamp is an export's placeholder for no date: year 1, or the epoch's first second.

    >>> is_placeholder(datetime(1, 1, 1, tzinfo=UTC)), is_placeholder(datetime(1970, 1, 1, tzinfo=UTC))
    (True, True)
    >>> is_placeholder(datetime(1970, 1, 1, 0, 0, 1, tzinfo=UTC))
    False
    """
    return moment.year == 1 or moment == _EPOCH


# A zone's name after a time of day, in any case ("10:15 gmt", "4:45 pm est", "10:15:00z"): dateutil takes
# only capitals for a zone's name, and a feed's "Tue, 5 Mar 2024 10:15 gmt" was unread. Only the names
# `ZONES` and dateutil know are written in capitals: another word after a time ("10:15 at") stays as it is.
_ZONE_AFTER_TIME = re.compile(r"(\d[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?\s*)?)([A-Za-z]{1,5})\b")
_UTC_NAMES = frozenset({"GMT", "UTC"})


def _zone_in_capitals(match: re.Match[str]) -> str:
    name = match[2].upper()
    return match[1] + name if name in ZONES or name in _UTC_NAMES else match[0]


def _plain(value: str) -> str:
    """Return a date value in a form dateutil reads as it is meant (`_ZONE_AFTER_TIME`, `_NAMED_OFFSET`,
    `_NAMED_AFTER_OFFSET`, `_DOTTED_TIME`).

    >>> _plain("Thu Dec 03 2026 10:00:00 GMT+0100 (Central European Standard Time)")
    'Thu Dec 03 2026 10:00:00 +01:00'
    >>> _plain("Thursday 3 December 2026 09.15 GMT")
    'Thursday 3 December 2026 09:15 GMT'
    >>> _plain("Tue, 5 Mar 2024 10:15 gmt"), _plain("5 Mar 2024 4:45 pm Est"), _plain("5 Mar 2024 10:15 at noon")
    ('Tue, 5 Mar 2024 10:15 GMT', '5 Mar 2024 4:45 pm EST', '5 Mar 2024 10:15 at noon')
    """
    value = _ZONE_AFTER_TIME.sub(_zone_in_capitals, value)
    value = _NAMED_OFFSET.sub(lambda m: f"{m[1]}{int(m[2]):02d}:{m[3] or '00'}", value.strip())
    value = _NAMED_AFTER_OFFSET.sub(r"\1", value)
    return _DOTTED_TIME.sub(r"\1\2:\3", value)


# An all-numeric date with the year last: 12/03/2024, 12-03-24, 12.03.2024, 12. 3. 2024 (Czech and
# Slovak put a space after each dot). Whether 12 is the day or the month, the value alone does not say.
_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})(?:[/-]|\. ?)(\d{1,2})(?:[/-]|\. ?)(?:\d{4}|\d{2})(?!\d)")


# The same with dots (05.03.2024): written day first wherever dots part a date's numbers (German,
# Russian, Polish, Czech, Turkish, Finnish, ...); no convention writes the month first so.
_DOTTED_DATE = re.compile(r"\s*\d{1,2}\. ?\d{1,2}\. ?(?:\d{4}|\d{2})(?!\d)")


class UnparsedDate(ValueError):
    """A date value we could not read; the article keeps a null date and a note."""


def day_first(values: Iterable[object]) -> bool | None:
    """Return the order a file writes its numeric dates in: True day first, False month first, None unknown.

    A date with a first part over 12 (13/03/2024) shows day first, one with a second part over 12
    (03/13/2024) month first; none of them, or both kinds, leave the order unknown.

    >>> day_first(["12/03/2024", "13/03/2024"]), day_first(["03/13/2024"]), day_first(["13/03/24", "03/13/24"])
    (True, False, None)
    """
    orders: set[bool] = set()
    for value in values:
        parts = _numeric_parts(value)
        if parts is not None and max(parts) > 12 >= min(parts):
            orders.add(parts[0] > 12)
    return orders.pop() if len(orders) == 1 else None


def is_ambiguous_date(value: object) -> bool:
    """Return whether a value is a numeric date whose day and month could be swapped (12/03/2024).

    >>> is_ambiguous_date("12/03/2024"), is_ambiguous_date("13/03/2024"), is_ambiguous_date("03/03/2024")
    (True, False, False)
    """
    parts = _numeric_parts(value)
    return parts is not None and max(parts) <= 12 and parts[0] != parts[1]


def is_dotted_date(value: object) -> bool:
    """Return whether a value is a numeric date with dots (05.03.2024), which is written day first.

    >>> is_dotted_date("05.03.2024 14:30"), is_dotted_date("5. 3. 2024"), is_dotted_date("05/03/2024")
    (True, True, False)
    >>> is_dotted_date("2024.03.05"), is_dotted_date("1.2.3")
    (False, False)
    """
    return isinstance(value, str) and _DOTTED_DATE.match(value) is not None


def _numeric_parts(value: object) -> tuple[int, int] | None:
    match = _NUMERIC_DATE.match(value) if isinstance(value, str) else None
    return (int(match.group(1)), int(match.group(2))) if match else None


def parse_date(value: object, dayfirst: bool = False, serials: bool = False) -> datetime | None:
    """Return a date value as a UTC timestamp: None for empty, UnparsedDate when it cannot be read.

    ISO 8601 with or without zone (no zone: UTC), RFC 2822, a bare day, epoch seconds (or
    milliseconds), "Sep 23, 2022", JavaScript's Date.toString(), "09.15 GMT", MongoDB's `{"$date": ...}`,
    .NET's "/Date(1709251200000)/", a number of days (`day_numbers`: Excel's serial days, 45292.5, or
    days since 1970, 19723; a number below 25569 is the latter unless `serials`, the file's other dates
    showing Excel's count).
    A placeholder for no date (0001-01-01, 1970-01-01T00:00:00Z: `is_placeholder`) is UnparsedDate. A
    numeric date whose day and month could be swapped (12/03/2024) is read month first unless
    `dayfirst` (the order the file's other dates show, see `day_first`).

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
    dayfirst = dayfirst and _numeric_parts(value.strip()) is not None
    try:
        if (week := week_date(value)) is not None:  # 2024-W10-2, 2024-065: dateutil reads neither
            return _utc(week)
    except ValueError as error:
        raise UnparsedDate(f"not a date: {value!r} ({error})") from None
    plain = _plain(value)
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
            return dateparser.parse(plain, default=default, dayfirst=dayfirst, tzinfos=_zone)
        except ValueError:
            if plain.isascii() and not any(c.isalpha() for c in plain):
                raise
            # Month or weekday names of six other languages: after the English reading only (month_names).
            return other_languages().parse(plain, default=default, dayfirst=dayfirst, tzinfos=_zone)
    except _UnknownZone as zone:
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
