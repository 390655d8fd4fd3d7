"""The days the report's time chart draws, leaving out a few articles dated far from all the others (strays).

One article of 1850 among three years of news made the line count by decade: the three years were its last
point, and the chart showed nothing of them. An article whose date lies further from the bulk of the others
(all but the first and last 2.5 %) than five times the bulk's own span, and more than a year, is a stray: the
chart leaves it out and its axis says so. The bulk then fills at least a sixth of the line it would have drawn.
Strays are looked for only among 40 articles or more, and at most one in 40 at each end can be one: in a
smaller lake, or a lake whose dates spread evenly over centuries, every article is drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

# At most one article in this many, at each end, can be a stray; fewer articles than this: none.
STRAY_AT_MOST_ONE_IN = 40
# A stray lies further from the bulk than this many times the bulk's span...
STRAY_SPANS = 5
# ...and further than a year: news of one week with one article of a month before is no stray.
STRAY_AT_LEAST_DAYS = 366


class ChartedDays(NamedTuple):
    """The first and last day the time chart draws, and the strays left out: how many, their first and last day."""

    first: date
    last: date
    strays: int = 0
    stray_first: date | None = None
    stray_last: date | None = None


def charted_days(days: Sequence[tuple[date, int]]) -> ChartedDays:
    """Return the days the time chart draws of articles counted per day (`days`: day, articles; in order of day).

    >>> bulk = [(date(2024, 1, 1).replace(month=m), 10) for m in range(1, 13)]
    >>> charted = charted_days([(date(1850, 6, 1), 1), *bulk])
    >>> charted.first, charted.last, charted.strays, charted.stray_first
    (datetime.date(2024, 1, 1), datetime.date(2024, 12, 1), 1, datetime.date(1850, 6, 1))
    >>> charted_days([(date(1850, 6, 1), 1), (date(2024, 1, 1), 3)]).strays  # too few articles to tell
    0
    """
    total = sum(n for _, n in days)
    at_most = total // STRAY_AT_MOST_ONE_IN
    if not at_most:
        return ChartedDays(days[0][0], days[-1][0])
    low, high = _day_of(days, at_most), _day_of(days, total - 1 - at_most)
    reach = max(STRAY_SPANS * (high - low).days, STRAY_AT_LEAST_DAYS)
    kept = [(day, n) for day, n in days if (low - day).days <= reach and (day - high).days <= reach]
    strays = [day for day, _ in days if (low - day).days > reach or (day - high).days > reach]
    if not strays:
        return ChartedDays(days[0][0], days[-1][0])
    return ChartedDays(kept[0][0], kept[-1][0], total - sum(n for _, n in kept), strays[0], strays[-1])


def _day_of(days: Sequence[tuple[date, int]], index: int) -> date:
    """Return the day of the article at `index` (from 0) in the order of their days."""
    seen = 0
    for day, n in days:
        seen += n
        if index < seen:
            return day
    return days[-1][0]


def strays_note(charted: ChartedDays) -> str:
    """Return how the time axis names the strays it leaves out ("" for none).

    >>> strays_note(ChartedDays(date(2024, 1, 1), date(2026, 3, 1), 1, date(1850, 6, 1), date(1850, 6, 1)))
    '1 article dated 1850-06-01, far from the others, left out'
    >>> strays_note(ChartedDays(date(2024, 1, 1), date(2026, 3, 1), 3, date(1850, 6, 1), date(9999, 12, 31)))
    '3 articles dated 1850-06-01 to 9999-12-31, far from the others, left out'
    """
    if not charted.strays or charted.stray_first is None or charted.stray_last is None:
        return ""
    when = charted.stray_first.isoformat()
    if charted.stray_last != charted.stray_first:
        when += f" to {charted.stray_last.isoformat()}"
    return f"{charted.strays:,} article{'s' if charted.strays != 1 else ''} dated {when}, far from the others, left out"


def unlabelled_note(before: int, after: int, first: date | None, last: date | None) -> str:
    """Return how the time axis names the articles it leaves out for being dated before its first or after its last
    labelled paragraph, none of theirs labelled (`first` and `last`: their own first and last day; "" for none).

    >>> unlabelled_note(0, 1, date(2026, 10, 5), date(2026, 10, 5))
    '1 article dated 2026-10-05, after the last labelled paragraph, left out'
    >>> unlabelled_note(2, 1, date(2026, 9, 1), date(2026, 10, 5))
    '3 articles dated 2026-09-01 to 2026-10-05, before the first or after the last labelled paragraph, left out'
    """
    if not before + after or first is None or last is None:
        return ""
    when = first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"
    where = ("before the first or after the last" if before and after else "before the first" if before
             else "after the last")
    n = before + after
    return f"{n:,} article{'s' if n != 1 else ''} dated {when}, {where} labelled paragraph, left out"
