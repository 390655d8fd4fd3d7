"""A page's date from its markup before its URL's: a date in the URL is the page's only when the markup gives none.

htmldate reads a date in the page's URL (`/2024/03/05/`, of the canonical link or og:url) before any
other, and as a day only: a page whose meta tag said 2024-03-05T22:45:00-05:00 (03:45 UTC on the
6th) was dated 2024-03-05 00:00, and one whose JSON-LD gave the 5th beside a URL of the 4th the 4th.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

# A year, a month and a day in a URL, as htmldate finds them (`/2024/03/05/`, `-2024-03-05-`, `_2024_03_05`).
_URL_DAY = re.compile(r"\D((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?:\D|$)")
# A day written in digits alone, as a path's part of its own: `/20240315/`, `-20240315-`, `/20240315.html`, or the year
# a folder and the month and day the next one, `/2024/0315/` (People's Daily's `/n1/2024/0315/`). Neither htmldate
# nor `_URL_DAY` reads them: such a page or record was undated. An id that holds such digits among others
# (`AKR20240315012300001`, `/story/20240315991/`) is none: the day stands between a `/`, `-` or `_` and one of those
# or a `.`; and a number that is no day (`/20241399/`) is none either. Nor are eight digits that end the URL after a
# word and a `-`, with no extension (the BBC's story ids, `news/uk-20241101`, `sport/football-20121105`: its numbering
# passed 20,000,000 in 2012, and such a page of 2012 was dated 2024-11-01), while a slug's day has its extension or a
# folder of its own. Nor is a year of 2000 or before as a folder of its own before four digits (`/story/2000/1024/`,
# read 2000-10-24): the portals that write a day so (People's Daily's `/n1/2024/0315/`) began in the 2000s, and two
# folders of four digits from then are numbers more often than a day (an image's 2000 by 1024, an id).
# The year and month a folder and the day the next one, `/202403/05/`, is China Daily's (`/a/202403/05/WS...html`),
# which was undated too. It is read in the URL's path: a query or fragment after the day (`/20240315?ref=rss`) ends it
# as the URL's end does (such a page was undated), and an AMP page's `.amp` (the BBC's `news/uk-20241101.amp`) is its
# page's address, no extension.
_URL_DIGIT_DAY = re.compile(r"(?<=([/_-]))((?:19|20)\d{2})(/?)(\d{2})/?(\d{2})(?=([/_.-]|$))")
# The first year a day written as a year's folder and a folder of its month and day (`/2024/0315/`) is read from.
_FIRST_FOLDER_YEAR = 2001
# htmldate's answer when it read a day without time (as from a URL).
_BARE_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})(?:T00:00:00)?")


def today() -> date:
    """Return today's date in UTC (a function, so that a test can say what day it is)."""
    return datetime.now(UTC).date()


def url_days(urls: Iterable[str | None]) -> set[str]:
    """Return the days (YYYY-MM-DD) that URLs give in their paths.

    >>> sorted(url_days(["https://x.example/2024/03/05/waiting-times/", None, "https://x.example/about"]))
    ['2024-03-05']
    """
    days = set()
    for url in urls:
        match = _URL_DAY.search(url or "")
        if match:
            days.add(f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}")
    return days


def url_day(url: str | None) -> datetime | None:
    """Return the day a URL's path gives (`/2024/01/15/`), as midnight UTC; None where it gives none, no real day, or
    a day after tomorrow (an event's page, `/events/2031/06/14/concert`: no page's date is later, htmldate's `max_date`
    in `formats.html`).

    A records file's article whose record gives no date is dated so, as an HTML page whose markup gives none is
    (such a record was undated beside its URL's day).

    >>> url_day("https://city.test/2024/01/15/museum-reopens"), url_day("https://city.test/2024/13/45/x")
    (datetime.datetime(2024, 1, 15, 0, 0, tzinfo=datetime.timezone.utc), None)
    >>> [url_day(f"https://city.test/{path}/museum").day for path in ("news/20240115", "n1/2024/0115")]
    [15, 15]
    >>> url_day("https://city.test/story/20240115991/museum"), url_day("https://city.test/news/20241399/museum")
    (None, None)
    """
    for day in (_url_slash_day(url or ""), _url_digit_day(url or "")):
        if day is not None:
            return day if day.date() <= today() + timedelta(days=1) else None
    return None


def _url_slash_day(url: str) -> datetime | None:
    match = _URL_DAY.search(url)
    return _day(match[1], match[2], match[3]) if match else None


def _url_digit_day(url: str) -> datetime | None:
    """Return the day a URL writes in digits alone (`_URL_DIGIT_DAY`), or None where it writes none, or an id."""
    path = url.partition("?")[0].partition("#")[0].removesuffix(".amp")
    match = _URL_DIGIT_DAY.search(path)
    if match is None:
        return None
    before, year, folder, month, day, after = match.groups()
    if before == "-" and not after:  # "news/uk-20241101": a story's id
        return None
    if folder and int(year) < _FIRST_FOLDER_YEAR:  # "/story/2000/1024/": numbers
        return None
    return _day(year, month, day)


def _day(year: str, month: str, day: str) -> datetime | None:
    try:
        return datetime(int(year), int(month), int(day), tzinfo=UTC)
    except ValueError:  # month 13, 30 February: no day
        return None


def markup_date(
    found: str | None, page: str, urls: Iterable[str | None], params: dict[str, Any]
) -> tuple[str | None, bool]:
    """Return htmldate's date for a page and whether it is its URL's: `found` (htmldate's answer, with
    `params`) unless it is the day one of the page's `urls` gives, which it is only when htmldate finds
    no date in the page without its URL; else the date the markup gives, with its time and zone.
    """
    bare = _BARE_DAY.fullmatch(found or "")
    if bare is None or bare.group(1) not in url_days(urls):
        return found, False
    import htmldate

    # An empty URL: htmldate then neither reads a URL nor looks for the canonical link.
    in_markup = htmldate.find_date(page, **params, url="")
    return (in_markup, False) if in_markup else (found, True)
