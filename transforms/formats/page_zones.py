"""The zone of a byline's time written without one, where its page's other dates give one zone.

A byline's "Published 5 March 2024 14:30" names no zone, and no `<time datetime>` of the same clock time gives it
(`html_timestamps.zoned_moment`): it was read as UTC. The page's other dates, its meta tags', its JSON-LD's and
its `<time>`s' values, are written with their offset (`2024-03-05T16:10:00+01:00`) by the same CMS that wrote the
byline in its newsroom's local time: where those of the byline's day (or a day either side: a zone's offset changes
with its summer time, and a date months away may hold the other one) all give one offset, the byline's clock time
is read at it. Where they give none, or disagree (an update written in UTC, a publication in local time), it stays
UTC, as a date without a zone is read everywhere else (`dates.parse_date`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

# An ISO 8601 timestamp with a time of day and an offset (or Z): a value that says its zone.
_ZONED = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})\Z")
# How many days from the byline's a date's offset is taken as the byline's own.
_NEAR_DAYS = 1


def page_zone_moment(moment: datetime, values: Iterable[str]) -> datetime:
    """Return a byline's moment read without a zone (as UTC) at the one offset the page's other dates near its day
    give, else as it is.

    >>> from datetime import UTC
    >>> byline = datetime(2024, 3, 5, 14, 30, tzinfo=UTC)
    >>> page_zone_moment(byline, ["2024-03-05T16:10:00+01:00", "2024-03-05"]).isoformat()
    '2024-03-05T14:30:00+01:00'
    >>> page_zone_moment(byline, ["2024-03-05T16:10:00+01:00", "2024-03-05T15:10:00Z"]).isoformat()  # disagree
    '2024-03-05T14:30:00+00:00'
    >>> page_zone_moment(byline, ["2024-07-05T16:10:00+02:00"]).isoformat()  # months away: its summer's offset
    '2024-03-05T14:30:00+00:00'
    >>> page_zone_moment(byline, ["2024-03-05T16:10:00+01:00", "2024-07-05T16:10:00+02:00"]).isoformat()
    '2024-03-05T14:30:00+01:00'
    """
    clock = moment.replace(tzinfo=None)
    zones = set()  # fromisoformat's zones: one `timezone` per offset, equal where their offsets are
    for value in values:
        value = value.strip()
        if not _ZONED.match(value):
            continue
        try:
            zoned = datetime.fromisoformat(value.replace(" ", "T", 1))
        except ValueError:
            continue
        if abs((zoned.date() - clock.date()).days) <= _NEAR_DAYS:  # its own clock's day, or one either side
            zones.add(zoned.tzinfo)
    return moment.replace(tzinfo=zones.pop()) if len(zones) == 1 else moment
