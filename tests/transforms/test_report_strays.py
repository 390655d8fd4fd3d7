"""The time chart's strays: few articles dated far from all the others, left out of the line."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from transforms.report.strays import charted_days

DAY = date(2026, 3, 1)


def _daily(first: date, count: int, per_day: int = 1) -> list[tuple[date, int]]:
    return [(first + timedelta(days=i), per_day) for i in range(count)]


@pytest.mark.parametrize("days, strays", [
    ([(date(1850, 6, 1), 1), *_daily(DAY, 60)], 1),  # a typo in a year, before
    ([*_daily(DAY, 60), (date(9999, 12, 31), 1)], 1),  # a "no end" date, after
    ([(date(1, 1, 1), 1), *_daily(DAY, 80), (date(9999, 12, 31), 1)], 2),  # both ends, at the calendar's edges
    ([(date(1, 1, 1), 1), *_daily(DAY, 60), (date(9999, 12, 31), 2)], 0),  # two at an end of 63: too many
    ([(date(2025, 1, 1), 1), *_daily(DAY, 60)], 1),  # 14 months before two months of news
    ([(date(2025, 5, 1), 1), *_daily(DAY, 60)], 0),  # 10 months before: within a year, drawn
    ([(date(1850, 6, 1), 1), *_daily(DAY, 20)], 0),  # 21 articles: too few to tell
    ([(date(1850 + 4 * i, 1, 1), 1) for i in range(45)], 0),  # dates spread evenly over two centuries
    ([(date(1850, 6, 1), 5), *_daily(DAY, 60)], 0),  # five of 65 are no strays: a group of their own
])
def test_strays_are_few_and_far(days: list[tuple[date, int]], strays: int) -> None:
    assert charted_days(days).strays == strays


def test_the_chart_draws_from_the_first_to_the_last_day_it_keeps() -> None:
    charted = charted_days([(date(1850, 6, 1), 1), *_daily(DAY, 60), (date(9999, 12, 31), 1)])
    assert (charted.first, charted.last) == (DAY, DAY + timedelta(days=59))
    assert (charted.stray_first, charted.stray_last) == (date(1850, 6, 1), date(9999, 12, 31))


def test_one_day_of_news_keeps_every_article() -> None:
    assert charted_days([(DAY, 500)]) == (DAY, DAY, 0, None, None)
