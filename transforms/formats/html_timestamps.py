"""A page's publication timestamps: the times of day its markup gives, to complete htmldate's answer.

htmldate keeps only the day of some values (a <time datetime>, a meta tag's value that is not ISO 8601, a
JSON-LD `datePublished`), reads a named zone as none, and cuts a date later than its limit to its month's
1st; each function here gives back what it left out, for `read_html` (html.py) to use.
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime, timedelta, timezone
from typing import Any

from dateutil import parser as dateparser

from transforms.formats.dates import UnparsedDate, parse_date, readable_dates
from transforms.formats.html_blocks import clean_text
from transforms.formats.meta_dates import meta_date

# Full timestamps (with zone) when the page gives them; htmldate's default keeps the day only.
DATE_PARAMS: dict[str, Any] = {"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True, "extensive_search": False}
# htmldate takes a date later than its `max_date` (by default the end of the machine's today) for no
# date, and reads on in the same value: "2026-12-05T10:00:00Z" became 2026-12-01, its year and month,
# read on 2026-12-03. Its limit is the end of tomorrow (UTC), for a page whose zone is a day ahead of
# UTC (htmldate compares the clock times as written); an answer on the 1st of a month is checked
# against a search without limit (`as_written`).
_UNLIMITED = datetime(9999, 12, 31)
_JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_TIME_OF_DAY = re.compile(r"\d{1,2}[:.]\d{2}")  # 09:15, or the Guardian's 09.15
# A <time datetime> value with a time of day, not a bare day.
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
# A value whose time zone is a name ("2024-03-05 16:45 EST"): htmldate keeps its time and drops the
# zone, and its answer (`_NAIVE_TIME`) would be read as UTC.
_ZONE_NAME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*[A-Za-z]{1,5}\s*$")
_NAIVE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")
# htmldate parses dates with dateutil and no zone table, which warns "tzname EST identified but not
# understood" into the run's log for a zone this module then reads (`with_named_zone`). themelake's
# own parsing passes its zones (transforms/formats/zone_names.py) and never meets this warning, so it is
# ignored for the process, once, rather than around each call (which would not be thread-safe).
warnings.filterwarnings("ignore", category=dateparser.UnknownTimezoneWarning)
# htmldate's answer when it read a bare day (from a <time> element, the URL or the text).
_BARE_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})(?:T00:00:00)?")


def as_written(
    found: str, page: str, meta_dates: list[str], stamps: list[tuple[bool, str]]
) -> tuple[str | None, str | None]:
    """Return htmldate's answer on the 1st of a month, or the date it cut to that month: (the date, None).

    A date later than htmldate's limit (a page dated later this month, read before it was published)
    became its month's 1st. Read without a limit, it is the page's date when the page's publication
    meta tag, JSON-LD or <time datetime> marked as the publication's gives that day; else it is none,
    and it is returned second, to be noted (a later date in the body, an event's, is not the page's).
    """
    import htmldate

    # Without the page's URL, whose date is the page's only when the markup gives none (`markup_date`).
    unlimited = htmldate.find_date(page, **DATE_PARAMS, url="", max_date=_UNLIMITED)
    if not unlimited or unlimited[:7] != found[:7] or unlimited[:10] == found[:10]:
        return found, None
    days = {stamp[:10] for marked, stamp in stamps if marked}
    for value in [*meta_dates, *_JSON_LD_PUBLISHED.findall(page)]:
        try:
            days.add(dateparser.parse(value, ignoretz=True).date().isoformat())
        except (ValueError, OverflowError):
            continue
    return (unlimited, None) if unlimited[:10] in days else (None, unlimited)


def page_timestamps(tree: Any, meta_dates: list[str], ld_dates: list[str]) -> list[tuple[bool, str]]:
    """Return the page's <time datetime> values that carry a time of day, each with whether its
    element marks it as the publication's (itemprop="datePublished" or pubdate), the text of a <time>
    without `datetime` that carries one (`<time>5 March 2024 14:32</time>`: htmldate kept its day only), and
    those of the publication meta tags' values (`_meta_dates`) with a time of day that are not ISO 8601 (marked), and
    the article's JSON-LD `datePublished` values with one (marked: a meta tag's bare day, "2024-03-07", was the page's
    date at midnight where its JSON-LD gave the time, "March 7, 2024 14:05" too). A value not in ISO 8601 is kept at
    the offset it was written in (`in_written_zone`), so that its day is the one htmldate kept: read to UTC, "Fri, 23
    Sep 2022 23:45:00 -0500" was the 24th, and the page was dated the 23rd at midnight."""
    stamps: list[tuple[bool, str]] = []
    for element in tree.iter("time"):
        marked = element.get("itemprop") == "datePublished" or element.get("pubdate") is not None
        value = (element.get("datetime") or "").strip()
        if _TIMESTAMP.match(value):
            stamps.append((marked, value))
        elif element.get("datetime") is None and _TIME_OF_DAY.search(written := clean_text(element.text_content())):
            moment = next(iter(readable_dates([written])), None)
            if moment is not None:
                stamps.append((marked, in_written_zone(written, moment)))
    # Microdata's publication date on an element other than <meta> or <time>, its value in `content` (a template's
    # `<span itemprop="datePublished" content="2024-03-05T14:20:00Z">March 5, 2024</span>`): htmldate kept its day.
    for element in tree.xpath("//body//*[@itemprop='datePublished'][@content]"):
        if element.tag not in ("meta", "time") and _TIMESTAMP.match(value := element.get("content").strip()):
            stamps.append((True, value))
    for value in meta_dates:
        if _TIME_OF_DAY.search(value) and not _TIMESTAMP.match(value):
            try:
                moment = meta_date(value, meta_dates).moment  # 03/04/2024 4:45 PM: in the page's order
            except UnparsedDate:
                continue
            if moment is not None:
                stamps.append((True, in_written_zone(value, moment)))
    for value in ld_dates:
        if _TIMESTAMP.match(value):
            stamps.append((True, value))
        elif _TIME_OF_DAY.search(value):  # "December 3, 2024 14:05", "Tue, 03 Dec 2024 14:05:00 GMT"
            moment = next(iter(readable_dates([value])), None)
            if moment is not None:
                stamps.append((True, in_written_zone(value, moment)))
    return stamps


def in_written_zone(value: str, moment: datetime) -> str:
    """Return a moment read from `value` in ISO 8601, at the offset the value was written in, so that its day is
    the value's own, as an ISO value's is (`full_timestamp` matches a bare day by it: "December 3, 2024 01:00 +0530"
    is 2024-12-02 in UTC, and completed no meta tag's "2024-12-03"); in UTC where its clock time cannot be read.

    >>> from transforms.formats.dates import parse_date
    >>> in_written_zone("December 3, 2024 01:00 +0530", parse_date("December 3, 2024 01:00 +0530"))
    '2024-12-03T01:00:00+05:30'
    >>> in_written_zone("Tue, 03 Dec 2024 14:05:00 GMT", parse_date("Tue, 03 Dec 2024 14:05:00 GMT"))
    '2024-12-03T14:05:00+00:00'
    >>> in_written_zone("03/12/2024 23:30 -0500", datetime(2024, 12, 4, 4, 30, tzinfo=timezone.utc))
    '2024-12-03T23:30:00-05:00'
    """
    for dayfirst in (False, True):  # a meta tag's "23/09/2022 23:45 -0500" is read in its page's order
        try:
            local = dateparser.parse(value, ignoretz=True, dayfirst=dayfirst)
        except (ValueError, OverflowError):
            return moment.isoformat()
        offset = local - moment.replace(tzinfo=None)
        if abs(offset) < timedelta(hours=24) and not offset % timedelta(minutes=1):  # read as parse_date did
            return moment.astimezone(timezone(offset)).isoformat()
    return moment.isoformat()


def with_named_zone(found: str, values: list[str]) -> datetime | None:
    """Return the publication meta value htmldate read without its named zone, read with it.

    htmldate reads "2024-03-05 16:45 EST" as 2024-03-05T16:45:00, with no zone; the meta value with
    that time, read here, is 21:45 UTC (an ambiguous or unknown zone name: UnparsedDate).
    """
    if not _NAIVE_TIME.fullmatch(found):
        return None
    for value in values:
        if not _ZONE_NAME.search(value):
            continue
        try:
            local = dateparser.parse(value, ignoretz=True)
        except (ValueError, OverflowError):
            continue
        if local.strftime("%Y-%m-%dT%H:%M:%S") == found:
            return parse_date(value)
    return None


def full_timestamp(found: str, stamps: list[tuple[bool, str]]) -> str:
    """Return the publication date htmldate found, or the page's full timestamp on that day.

    htmldate keeps only the day of a <time datetime="2022-09-23T01:30:00+05:00"> (the time and zone
    of a meta tag or JSON-LD it keeps): the element's own value, on the day htmldate chose, is the
    same date with its time and zone.
    """
    bare = _BARE_DAY.fullmatch(found)
    if bare is None:
        return found
    same_day = [(marked, stamp) for marked, stamp in stamps if stamp.startswith(bare.group(1))]
    marked = [stamp for is_marked, stamp in same_day if is_marked]
    if marked:
        return marked[0]
    # Unmarked, a time is the publication's only when it is the day's one time (not an update's too).
    unmarked = {stamp for _, stamp in same_day}
    return unmarked.pop() if len(unmarked) == 1 else found


def zoned_moment(moment: datetime, stamps: list[tuple[bool, str]]) -> datetime:
    """Return a byline's moment (read without a zone, as UTC) at the offset a <time datetime> of the page gives
    for the same clock time, else as it is.

    A byline's "14.03.2025, 08:15 Uhr" is the text of `<time datetime="2025-03-14T08:15:00+01:00">`: read as
    08:15 UTC, the page's date was an hour late, its element's own zone unread.

    >>> from datetime import UTC
    >>> zoned_moment(datetime(2025, 3, 14, 8, 15, tzinfo=UTC), [(False, "2025-03-14T08:15:00+01:00")]).isoformat()
    '2025-03-14T08:15:00+01:00'
    >>> zoned_moment(datetime(2025, 3, 14, 9, 0, tzinfo=UTC), [(False, "2025-03-14T08:15:00+01:00")]).isoformat()
    '2025-03-14T09:00:00+00:00'
    """
    clock = moment.replace(tzinfo=None, second=0, microsecond=0)
    for _, stamp in stamps:
        if not stamp.startswith(clock.date().isoformat()):  # a cheap test before parsing: the same day
            continue
        try:
            zoned = datetime.fromisoformat(stamp.replace(" ", "T", 1))
        except ValueError:
            continue
        if zoned.utcoffset() and zoned.replace(tzinfo=None, second=0, microsecond=0) == clock:
            return zoned
    return moment
