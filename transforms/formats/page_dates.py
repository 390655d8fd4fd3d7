"""A page's publication date where htmldate reads its markup's value wrong or not at all.

htmldate reads a JSON-LD `datePublished` only in ISO 8601: a NewsArticle's "Tue, 05 Mar 2024 10:00:00
GMT" or "March 5, 2024 10:00 AM EST" left the page undated (or dated by its URL's day). And a publication
value that is no date ("2024-02-30T10:00:00Z", in a meta tag or a <time datetime>) it reads as its year
and month, the 1st: the page was dated 2024-02-01, a day its markup never gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transforms.formats.dates import UnparsedDate, parse_date, readable_dates

# htmldate's answer when it cut a value to its month: the month's 1st, without time.
_FIRST_OF_MONTH = re.compile(r"(\d{4}-\d{2})-01(?:T00:00:00)?")


def json_ld_date(values: Iterable[str]) -> str | None:
    """Return the first of an article's JSON-LD `datePublished` values that reads as a date, in ISO 8601
    (UTC), for htmldate to have read; None when none does.

    >>> json_ld_date(["TBD", "Tue, 05 Mar 2024 10:00:00 GMT"])
    '2024-03-05T10:00:00+00:00'
    >>> json_ld_date(["March 5, 2024 10:00 AM EST"]), json_ld_date(["TBD"])
    ('2024-03-05T15:00:00+00:00', None)
    """
    moments = readable_dates(values)
    return moments[0].isoformat() if moments else None


def unread_date(values: Iterable[str]) -> str | None:
    """Return the first publication value (a meta tag's, a JSON-LD `datePublished`) that is given but does
    not read as a date, to be noted as `date_unparsed` where the page has no date; None when there is none.

    >>> unread_date(["", "2024-03-05", "2024-13-05T10:00:00Z"]), unread_date(["2024-03-05"])
    ('2024-13-05T10:00:00Z', None)
    """
    for value in values:
        try:
            parse_date(value)
        except UnparsedDate:
            return value
    return None


def month_of_no_date(found: str, values: Iterable[str]) -> str | None:
    """Return the publication value htmldate cut to the 1st of its month (`found`) because it is no date
    (2024-02-30), to be noted instead; None when `found` is another date, or a value gives that 1st.

    >>> month_of_no_date("2024-02-01", ["2024-02-30T10:00:00+00:00"])
    '2024-02-30T10:00:00+00:00'
    >>> month_of_no_date("2024-02-01", ["2024-02-30", "2024-02-01T09:00:00Z"]) is None  # the 1st is given
    True
    >>> month_of_no_date("2024-02-05", ["2024-02-30"]) is None
    True
    """
    first = _FIRST_OF_MONTH.fullmatch(found)
    if first is None:
        return None
    unread = None
    for value in values:
        try:
            moment = parse_date(value)
        except UnparsedDate:
            if unread is None and value.strip().startswith(first.group(1)):
                unread = value
            continue
        if moment is not None and moment.date().isoformat() == found[:10]:
            return None
    return unread
