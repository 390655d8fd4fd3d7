"""Which of a page's dates is its own: htmldate's, its URL's or its byline's (`byline_dates`)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import timedelta

from transforms.formats.byline_dates import Dateline


def byline_found(
    found: str | None, from_url: bool, dateline: Dateline | None, markup_days: Collection[str] = ()
) -> tuple[str | None, bool]:
    """Return the page's date and whether it is its URL's: htmldate's (`found`), else the byline's (`dateline`),
    which wins over a URL's day too when it is the publication's or on that day (an update's later day is
    not the publication's, which the URL's may be), and a publication's wins over a day htmldate found in
    the page's body, one its markup does not give (`markup_days`: its meta tags', JSON-LD's and marked <time>s').

    >>> from datetime import UTC, datetime
    >>> updated = Dateline(datetime(2024, 3, 6, 9, tzinfo=UTC), updated=True)
    >>> byline_found(None, False, updated), byline_found("2024-03-05", True, updated)
    (('2024-03-06T09:00:00+00:00', False), ('2024-03-05', True))
    >>> byline_found("2024-03-05T10:00:00+0000", False, updated)
    ('2024-03-05T10:00:00+0000', False)
    >>> published = Dateline(datetime(2024, 3, 5, tzinfo=UTC), updated=False, timed=False)
    >>> byline_found("2025-06-03", False, published), byline_found("2025-06-03", False, published, {"2025-06-03"})
    (('2024-03-05', False), ('2025-06-03', False))
    >>> swapped = Dateline(datetime(2024, 3, 6, 5, 15, tzinfo=UTC), updated=True, order="month first, as ...")
    >>> byline_found("2024-05-03", False, swapped), byline_found("2024-05-03", False, swapped, {"2024-05-03"})
    (('2024-03-06T05:15:00+00:00', False), ('2024-05-03', False))
    """
    if dateline is not None and dateline.order and found and not from_url and found[:10] not in markup_days \
            and _read_the_other_way(found[:10], dateline):
        # htmldate read the byline's own "03/05/2024" day first where its zone or the page's language says month
        # first ("Updated 03/05/2024 10:15 PM PDT" alone on an "en" page was dated 3 May): the byline's reading,
        # an update's too, as no other date is the page's
        return dateline.moment.isoformat() if dateline.timed else dateline.moment.date().isoformat(), False
    if dateline is not None and found and not from_url and not dateline.updated and dateline.byline:
        if found[:10] not in markup_days and found[:10] != dateline.moment.date().isoformat():
            # the masthead's today, or 05/03/2024 read the other way; a day alone, for its <time>'s time to be read
            return dateline.moment.isoformat() if dateline.timed else dateline.moment.date().isoformat(), False
    if dateline is None or found and not from_url:
        return found, from_url
    if found and dateline.updated and dateline.moment.date().isoformat() != found[:10]:
        return found, from_url
    return dateline.moment.isoformat(), False


def _read_the_other_way(day: str, dateline: Dateline) -> bool:
    """Return whether an ISO `day` is the dateline's written day with its day and month swapped: its day in UTC, or
    the one before or after it, as its written zone's day may be."""
    days = (dateline.moment.date() + timedelta(days=shift) for shift in (-1, 0, 1))
    return any(f"{d.year:04d}-{d.day:02d}-{d.month:02d}" == day and d.day != d.month for d in days if d.day <= 12)
