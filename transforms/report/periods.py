"""A period of the report's time chart as a reader names it, in the words its time axis writes dates with:
"Dec 5, 2026" for a day, "Nov 30 – Dec 6, 2026" for a week, "November 2026" for a month, "2026 Q4" for a quarter;
and the chart's titles: its time axis's (`date_title`) and the note that stands in its place when every article is of
one period (`one_period_note`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

# Month names as the time axis writes them (Vega's "Sep 7, 2026", "Sep 2026"), in English whatever the locale.
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
# A week's day as its axis writes it: "Sep 7, 2026" (Vega's default, "%b %d, %Y", wrote "Sep 07, 2026").
WEEK_FORMAT = "%b %-d, %Y"


def _month_day(day: date) -> str:
    return f"{MONTHS[day.month - 1][:3]} {day.day}"


def period_label(period: date, grain: str) -> str:
    """Return one period as a reader names it, as the time axis writes its dates: a week by its first and last
    days, a month by its name, a quarter by its number (it was "2026-11-30 to 2026-12-06", "2026-11").

    >>> period_label(date(2026, 11, 30), "week"), period_label(date(2026, 9, 7), "week")
    ('Nov 30 – Dec 6, 2026', 'Sep 7 – 13, 2026')
    >>> period_label(date(2026, 12, 28), "week"), period_label(date(2026, 10, 1), "quarter")
    ('Dec 28, 2026 – Jan 3, 2027', '2026 Q4')
    >>> period_label(date(2026, 11, 1), "month"), period_label(date(1990, 1, 1), "decade")
    ('November 2026', '1990s')
    >>> period_label(date(2026, 12, 5), "day")
    'Dec 5, 2026'
    """
    if grain == "day":
        return f"{_month_day(period)}, {period.year}"
    if grain == "week":
        last = period + timedelta(days=6)
        if last.year != period.year:
            return f"{_month_day(period)}, {period.year} – {_month_day(last)}, {last.year}"
        end = str(last.day) if last.month == period.month else _month_day(last)
        return f"{_month_day(period)} – {end}, {last.year}"
    if grain == "month":
        return f"{MONTHS[period.month - 1]} {period.year}"
    if grain == "quarter":
        return f"{period.year} Q{(period.month - 1) // 3 + 1}"
    return f"{period.year}s" if grain in ("decade", "century") else str(period.year)


def date_title(dated_by: Mapping[str, int], grain: str, charted_by: str = "published", strays: str = "") -> str:
    """Return the time axis's title: the date the chart counts articles by (`charted_by`, one kind only:
    warehouse/report/over_time.py), and how many articles it leaves out (`strays`: those dated far from the
    others, transforms/report/strays.py) or counts by another date than theirs.

    >>> date_title({"ingested": 4}, "week", "ingested")
    'week ingested (publication date unknown)'
    >>> date_title({"published": 3, "ingested": 1}, "month")
    'month published (1 article without a publication date left out)'
    >>> date_title({"published": 1, "ingested": 3}, "week", "ingested")
    'week ingested (all 4 articles, as 3 have no publication date)'
    >>> date_title({"published": 40, "ingested": 6}, "month", strays="1 article dated 1850-06-01, far ..., left out")
    'month published (6 articles without a publication date left out; 1 article dated 1850-06-01, far ..., left out)'
    """
    ingested, published = dated_by.get("ingested", 0), dated_by.get("published", 0)
    if charted_by == "ingested" or not published:
        if not published:
            said = "publication date unknown"
        else:
            # All the articles are counted, by the day each was ingested, because most have no publication date:
            # "every article: 3,799 of 3,800 have no publication date" read as if none had one.
            have = "has" if ingested == 1 else "have"
            said = f"all {ingested + published:,} articles, as {ingested:,} {have} no publication date"
        return f"{grain} ingested ({'; '.join(filter(None, (said, strays)))})"
    said = f"{ingested:,} article{'s' if ingested != 1 else ''} without a publication date left out" if ingested else ""
    told = "; ".join(filter(None, (said, strays)))
    return f"{grain} published ({told})" if told else f"{grain} published"


def date_axis_title(dated_by: Mapping[str, int], grain: str, charted_by: str = "published") -> str:
    """Return the time axis's own title: the period and the date it counts by, nothing it leaves out.

    What the chart leaves out (date_title's parentheses, up to 170 characters) is said once, in the note above it:
    written under the axis too, it was wrapped into three lines at the chart's bottom left on a wide screen, the
    note's words again, where a reader looks for what the columns are.

    >>> date_axis_title({"published": 3, "ingested": 1}, "week"), date_axis_title({"ingested": 4}, "day", "ingested")
    ('week published', 'day ingested')
    """
    # The same choice as date_title's: no article with a publication date, every one is counted by its ingestion.
    by = "ingested" if charted_by == "ingested" or not dated_by.get("published", 0) else "published"
    return f"{grain} {by}"


def one_period_note(over_time: Mapping[str, Any], time_title: str) -> str | None:
    """Return what the time chart's section says in its place when the articles it counts are all of one period
    (a folder ingested in one go, its files without a publication date): a line needs two, and its bar per
    theme only repeated the top themes' table. None when there are two periods or more.

    >>> print(one_period_note({"grain": "day", "left_out": 0, "rows": [{"period": date(2026, 12, 5)}]},
    ...                       "day ingested (publication date unknown)"))  # doctest: +NORMALIZE_WHITESPACE
    Labelled paragraphs per day ingested (publication date unknown): all in one day, Dec 5, 2026. A chart over time
    needs two days; the top themes above count each theme's.
    """
    periods = {r["period"] for r in over_time["rows"]}
    if len(periods) != 1:
        return None
    grain = over_time["grain"]
    # With articles left out of the chart (no publication date, or dated far from the others), the top themes'
    # counts are not the chart's.
    same = "; the top themes above count each theme's" if not over_time["left_out"] + over_time.get("strays", 0) else ""
    plural = "centuries" if grain == "century" else f"{grain}s"
    return (f"Labelled paragraphs per {time_title}: all in one {grain}, {period_label(periods.pop(), grain)}. "
            f"A chart over time needs two {plural}{same}.")
