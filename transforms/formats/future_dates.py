"""A publication date later than the run's `now`: no publication date, whatever format wrote it.

No article is published after it is read. A date a day or more past the ingestion moment (a "Published: 2031-03-05"
line, a dateline's 2031, a page's JSON-LD or a record's field of 2031, a front matter's post scheduled for next
year) is an event's day, a scheduled post's, or a typing slip, and an article dated so would sort ahead of every
real one for years. Each reader kept such a date (a page's htmldate alone was bounded, at the end of tomorrow):
every format's is now dropped here, once, after its reader, its written value noted in the article's metadata
(`date_future`), and the next source of a date used, as for an article whose content gives none: a record's or a
page's URL day, a one-article file's path day (`transforms/path_dates.py`). A day's lead is allowed: a day without
its time is read as midnight UTC, and a page's zone may be a day ahead of UTC's (the page's limit, as htmldate's).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from transforms.formats.base import ArticleRecord
from transforms.formats.url_dates import url_day
from transforms.path_dates import DATE_FROM  # where a date came from ("url", "path")

FUTURE_DATE = "date_future"  # the metadata key of a publication date dropped for being after `now`
_LEAD = timedelta(days=1)


def without_future_date(article: ArticleRecord, now: datetime) -> ArticleRecord:
    """Return the article without a publication date later than a day after `now`, that date noted in its metadata
    and its URL's day (`/2024/03/05/`) its date where it has one; else as it is. (Changed in place, as its reader
    made it: nothing else holds it yet.)

    >>> from datetime import UTC
    >>> later = without_future_date(ArticleRecord("Rain.", published_at=datetime(2031, 3, 5, tzinfo=UTC)),
    ...                             datetime(2026, 12, 6, tzinfo=UTC))
    >>> later.published_at, later.metadata
    (None, {'date_future': '2031-03-05T00:00:00+00:00'})
    >>> without_future_date(ArticleRecord("Rain.", published_at=datetime(2026, 12, 7, tzinfo=UTC)),
    ...                     datetime(2026, 12, 6, 12, tzinfo=UTC)).published_at.day
    7
    """
    published = article.published_at
    if published is None or published <= now + _LEAD:
        return article
    metadata = {key: value for key, value in article.metadata.items() if key != DATE_FROM}
    metadata[FUTURE_DATE] = published.isoformat()
    article.published_at = None
    if (day := url_day(article.url)) is not None and day <= now + _LEAD:
        article.published_at, metadata[DATE_FROM] = day, "url"
    article.metadata = metadata
    return article
