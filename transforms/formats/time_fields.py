"""A record's date and time of day in two fields (`date`: 2024-03-05, `time`: 14:32), read as one moment.

Spreadsheets and CMS exports often write the day and the time of publication in columns of their own.
The date field alone was read as midnight and the time left in metadata: articles of one day all
published at 00:00. Where the date field holds a day without a time and the record has a time field
(`TIME_NAMES`) holding a time of day, the two are read together, as every date is (`dates.parse_date`,
in the file's day order); a pair that does not read so is the date alone, as before.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from datetime import timedelta

from transforms.formats.dates import UnparsedDate, parse_date

# Fields holding a time of day beside a date field (compared without case, spaces, "_" and "-").
TIME_NAMES = frozenset({"time", "pubtime", "publishedtime", "publicationtime", "timepublished", "publishtime"})
# 14:32, 14:32:05, 2:32 PM, 14:32 +01:00, 14:32Z, 14:32 CET: hours and minutes, then seconds, AM/PM, a zone.
_TIME_OF_DAY = re.compile(
    r"\s*\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?"
    r"(?:\s*(?:Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?))?\s*"
)
_TIME_IN_IT = re.compile(r"\d:\d|T\d")


def date_with_time(date: object, values: Mapping[str, object], mapped: Collection[str]) -> object:
    """Return a record's date value joined with its time field's ("2024-03-05 14:32"), where the date is a
    day without a time and the record has a time field (`TIME_NAMES`, not one of the `mapped` fields) that
    is a time of day, and the two read together as a date of the same day or the next or the last (a time's
    zone); else the date value as it is.

    >>> date_with_time("2024-03-05", {"date": "2024-03-05", "time": "14:32"}, {"date"})
    '2024-03-05 14:32'
    >>> date_with_time("2024-03-05T09:00Z", {"time": "14:32"}, ()), date_with_time("2024-03-05", {"time": "soon"}, ())
    ('2024-03-05T09:00Z', '2024-03-05')
    """
    if not isinstance(date, str) or _TIME_IN_IT.search(date) or date.strip().isdigit():
        return date  # a time already, or a number (epoch seconds, serial days, a year): no day to add one to
    time = next((value for name, value in values.items() if name not in mapped and _squashed(name) in TIME_NAMES
                 and isinstance(value, str) and _TIME_OF_DAY.fullmatch(value)), None)
    if time is None:
        return date
    joined = f"{date.strip()} {time.strip()}"
    try:
        day, moment = parse_date(date), parse_date(joined)
    except UnparsedDate:
        return date
    if day is None or moment is None or abs(moment - day) > timedelta(days=2):
        return date  # read otherwise than as a time of that day
    return joined


def _squashed(name: str) -> str:
    """A field name as `field_mapping.squashed` compares it."""
    return re.sub(r"[\s_\-]", "", name.lower())
