"""A period of the report's time chart as a reader names it, in the words its time axis writes dates with:
"Dec 5, 2026" for a day, "Nov 30 – Dec 6, 2026" for a week, "November 2026" for a month, "2026 Q4" for a quarter.
"""

from __future__ import annotations

from datetime import date, timedelta

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
