"""The dates a page's publication meta tags give, read as records files read their dates.

htmldate reads an all-numeric meta date (`<meta name="date" content="03/04/2024">`) day first and
drops its time ("03/04/2024 4:45 PM" was 2024-04-03 00:00): a records file's 03/04/2024 is read in the
order the file's other dates show, else month first with a `date_ambiguous` note (`numeric_dates`),
and a page's meta tags now are too, the page's other publication meta values being its file's dates.
"""

from __future__ import annotations

import re
from typing import Any

from transforms.formats.date_orders import day_first
from transforms.formats.dates import UnparsedDate, parse_date
from transforms.formats.numeric_dates import OrderedDate, date_in_order

# Meta tags that name the publication's date: a value in another form than ISO 8601 (RFC 2822, as
# "Tue, 05 Mar 2024 16:45:00 GMT") htmldate reads as its day only; its time is read here.
PUBLISHED_META = frozenset(
    {"pubdate", "publishdate", "publish-date", "date", "article:published_time", "og:published_time",
     "datepublished", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "sailthru.date",
     "parsely-pub-date"}
)
# htmldate takes no date before 1995 (an archive's page of 1989 lost its date, unnoted). Lowering its
# limit let a <time> in the body (a 1945 anniversary) or a CMS's 1970-01-01 placeholder become the
# page's date; instead, a page htmldate finds no date for keeps the date its publication meta tag
# says, from this year on (parse_date reads no placeholder such as 1970-01-01T00:00:00Z, here as in
# a records file).
_ARCHIVE_FROM = 1900
# An all-numeric date, the year last (03/04/2024, 3-4-24, 03.04.2024), perhaps with a time after it.
_NUMERIC = re.compile(r"\s*\d{1,2}(?:[/-]|\. ?)\d{1,2}(?:[/-]|\. ?)(?:\d{4}|\d{2})(?!\d)")
# htmldate's answer for such a value: its day, without the time it had.
_BARE_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:T00:00:00)?")


def meta_dates(tree: Any) -> list[str]:
    """Return the values of the page's publication meta tags, in the page's order."""
    return [
        (element.get("content") or "").strip()
        for element in tree.iter("meta")
        if (element.get("name") or element.get("property") or element.get("itemprop") or "").strip().lower()
        in PUBLISHED_META
    ]


def meta_date(value: str, values: list[str]) -> OrderedDate:
    """Return a publication meta value read in the order the page's meta values show (`values`), as a
    records file's date is read in its file's order; UnparsedDate when it cannot be read.

    >>> meta_date("03/04/2024 4:45 PM", ["03/04/2024 4:45 PM"]).moment.isoformat()
    '2024-03-04T16:45:00+00:00'
    >>> meta_date("03/04/2024", ["03/04/2024", "13/04/2024"])
    OrderedDate(moment=datetime.datetime(2024, 4, 3, 0, 0, tzinfo=datetime.timezone.utc), ambiguous=None)
    """
    return date_in_order(value, day_first(values))


def numeric_meta_date(found: str, values: list[str]) -> OrderedDate | None:
    """Return the all-numeric publication meta value htmldate read as `found` (its day, read day first
    or swapped where the first part is over 12), read as `meta_date` reads it; None when htmldate's
    answer is no such value's.

    >>> numeric_meta_date("2024-04-03T00:00:00", ["03/04/2024"])
    OrderedDate(moment=datetime.datetime(2024, 3, 4, 0, 0, tzinfo=datetime.timezone.utc), ambiguous='03/04/2024')
    >>> numeric_meta_date("2024-04-03T16:45:00+0000", ["03/04/2024"]) is None  # a timestamp: another value's
    True
    """
    if not _BARE_DAY.fullmatch(found):
        return None
    for value in values:
        if not _NUMERIC.match(value):
            continue
        try:
            as_htmldate = parse_date(value, dayfirst=True)
            if as_htmldate is not None and as_htmldate.date().isoformat() == found[:10]:
                return meta_date(value, values)
        except UnparsedDate:
            continue
    return None


def archive_date(values: list[str]) -> OrderedDate | None:
    """Return the first publication meta value that reads as a date from `_ARCHIVE_FROM` on (parse_date
    reads no placeholder: 1970-01-01T00:00:00), for a page htmldate found no date for."""
    for value in values:
        try:
            read = meta_date(value, values)
        except UnparsedDate:
            continue
        if read.moment is not None and read.moment.year >= _ARCHIVE_FROM:
            return read
    return None
