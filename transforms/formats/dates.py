"""Publication dates as exports write them, parsed to UTC timestamps."""

from __future__ import annotations

from datetime import UTC, date, datetime

from dateutil import parser as dateparser

# Epoch seconds from 1990 to 2100: a bare number outside is not read as a date (it could be a year
# such as 2022, which dateutil reads better).
_EPOCH_RANGE = (631_152_000, 4_102_444_800)


_DEFAULT = datetime(2000, 1, 1)


class UnparsedDate(ValueError):
    """A date value we could not read; the article keeps a null date and a note."""


def parse_date(value: object) -> datetime | None:
    """Return a date value as a UTC timestamp: None for empty, UnparsedDate when it cannot be read.

    ISO 8601 with or without zone (no zone: UTC), RFC 2822, a bare day, epoch seconds (or
    milliseconds), "Sep 23, 2022".

    >>> parse_date("2022-09-23T08:15:00+01:00").isoformat()
    '2022-09-23T07:15:00+00:00'
    >>> parse_date("Fri, 23 Sep 2022 08:15:00 GMT").isoformat()
    '2022-09-23T08:15:00+00:00'
    >>> parse_date(1663921800).isoformat()
    '2022-09-23T08:30:00+00:00'
    >>> parse_date("Sep 23, 2022").isoformat()
    '2022-09-23T00:00:00+00:00'
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return _utc(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    if isinstance(value, bool):
        raise UnparsedDate(f"not a date: {value!r}")
    if isinstance(value, int | float) or (isinstance(value, str) and _is_number(value.strip())):
        seconds = float(value)
        if seconds > _EPOCH_RANGE[1] * 1000 or seconds < 0:
            raise UnparsedDate(f"not a date: {value!r}")
        if seconds > _EPOCH_RANGE[1]:
            seconds /= 1000  # milliseconds, as JavaScript exports write them
        if _EPOCH_RANGE[0] <= seconds <= _EPOCH_RANGE[1]:
            return datetime.fromtimestamp(seconds, tz=UTC)
        if not isinstance(value, str):
            raise UnparsedDate(f"not a date: {value!r}")
    if not isinstance(value, str):
        raise UnparsedDate(f"not a date: {value!r}")
    try:
        # Missing parts come from 1 January 2000, not from today: "2022" is the start of 2022.
        parsed = dateparser.parse(value.strip(), default=_DEFAULT)
    except (ValueError, OverflowError) as error:
        raise UnparsedDate(f"not a date: {value!r} ({error})") from None
    return _utc(parsed)


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)  # no zone given: read as UTC, the usual export convention
    return moment.astimezone(UTC)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return bool(text) and text.lstrip("-").replace(".", "", 1).isdigit()
