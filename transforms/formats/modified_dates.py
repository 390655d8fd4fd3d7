"""A page's modification dates (og:updated_time, article:modified_time, last-modified), which are its
publication date only where the page gives no other.

htmldate, asked for the original date, keeps a modification meta tag in reserve and answers with it when
the page's head has no publication meta tag, before it reads the JSON-LD or the body: a page updated on
20 May whose NewsArticle was published on 4 January was dated 20 May.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from transforms.formats.dates import readable_dates

# The meta tags (name, property, itemprop or http-equiv) that give when a page was changed, not when it was
# published: those htmldate reads as such (its NAME_MODIFIED, PROPERTY_MODIFIED and ITEMPROP_ATTRS_MODIFIED,
# and http-equiv's last-modified), but release_date, which it reads as a publication date too.
MODIFIED_META = frozenset(
    {"lastdate", "lastmod", "lastmodified", "last-modified", "modified", "utime", "article:modified",
     "article:modified_date", "article:modified_time", "article:post_modified", "bt:moddate", "datemodified",
     "dc.modified", "dcterms.modified", "modified_time", "modificationdate", "og:article:modified_time",
     "og:modified_time", "og:updated_time", "revision_date", "updated_time", "dateupdate"}
)
_NAMES = ("name", "property", "itemprop", "http-equiv")


def modified_dates(tree: Any) -> list[str]:
    """Return the values of a page's (lxml) modification meta tags, in the page's order.

    >>> from lxml import html
    >>> modified_dates(html.fromstring('<html><head><meta property="og:updated_time" content="2024-05-20">'
    ...                                '<meta name="date" content="2024-01-04"></head></html>'))
    ['2024-05-20']
    """
    return [
        (element.get("content") or "").strip()
        for element in tree.iter("meta")
        if any((element.get(name) or "").strip().lower() in MODIFIED_META for name in _NAMES)
    ]


def unmodified_date(found: datetime, modified: Iterable[str], published: Iterable[str]) -> datetime:
    """Return a page's publication date: `found` (as htmldate read it), unless only a modification meta tag
    gives it (`modified`, none of `published`) and an explicit publication date of the page (`published`,
    first first: its article's JSON-LD `datePublished`, a <time> marked as the publication's) reads as
    another date, which is then the page's.

    >>> from datetime import UTC
    >>> unmodified_date(datetime(2024, 5, 20, 9, tzinfo=UTC), ["2024-05-20T09:00:00Z"], ["2024-01-04T10:00:00Z"])
    datetime.datetime(2024, 1, 4, 10, 0, tzinfo=datetime.timezone.utc)
    >>> unmodified_date(datetime(2024, 5, 20, 9, tzinfo=UTC), ["2024-05-20T09:00:00Z"], [])  # none other: kept
    datetime.datetime(2024, 5, 20, 9, 0, tzinfo=datetime.timezone.utc)
    """
    if found not in readable_dates(modified):
        return found
    dates = readable_dates(published)
    return found if not dates or found in dates else dates[0]
