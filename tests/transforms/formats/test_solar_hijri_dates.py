"""Persian dates in the Solar Hijri calendar, read as the Gregorian days they are."""

from __future__ import annotations

import json
from datetime import date

import pytest

from transforms.formats import ReadOptions, read_articles
from transforms.formats.solar_hijri_dates import solar_hijri_day

STORY = "قیمت نفت خام برنت روز شنبه با افزایش دو درصدی به ۷۸ دلار رسید."


@pytest.mark.parametrize(("line", "day"), [
    ("۱۵ آذر ۱۴۰۴", date(2025, 12, 6)),
    ("سه‌شنبه ۲۰ آبان ۱۴۰۴ - ۱۰:۳۰", date(2025, 11, 11)),
    ("۳۰ اسفند ۱۴۰۳", date(2025, 3, 20)),  # a leap year's last day
])
def test_a_persian_date_under_the_headline_dates_the_text_and_is_no_paragraph(line: str, day: date) -> None:
    # Its month names and digits were unread: the text was undated and the line its first paragraph
    text = f"افزایش قیمت نفت در بازارهای جهانی\n\n{line}\n\n{STORY}\n"
    [article] = read_articles(text.encode(), "txt", ReadOptions()).articles
    assert article.published_at is not None and article.published_at.date() == day
    assert line not in article.text


def test_a_records_persian_date_is_read() -> None:
    record = {"title": "قیمت طلا", "text": "قیمت طلا در بازار تهران امروز افزایش یافت.", "date": "۱ فروردین ۱۴۰۵"}
    [article] = read_articles(json.dumps(record).encode() + b"\n", "jsonl", ReadOptions()).articles
    assert article.published_at is not None and article.published_at.date() == date(2026, 3, 21)


def test_a_day_the_month_has_not_stays_unread() -> None:
    record = {"title": "x", "text": "قیمت طلا در بازار تهران امروز افزایش یافت.", "date": "۳۱ آذر ۱۴۰۴"}
    [article] = read_articles(json.dumps(record).encode() + b"\n", "jsonl", ReadOptions()).articles
    assert article.published_at is None and article.metadata["date_unparsed"] == "۳۱ آذر ۱۴۰۴"


@pytest.mark.parametrize(("year", "new_year"), [
    (1399, date(2020, 3, 20)), (1403, date(2024, 3, 20)), (1404, date(2025, 3, 21)), (1405, date(2026, 3, 21)),
])
def test_each_year_opens_at_its_nowruz(year: int, new_year: date) -> None:
    assert solar_hijri_day(year, 1, 1) == new_year


@pytest.mark.parametrize("line", ["۱۵ آذرماه ۱۴۰۴", "۱۵ آذر ماه ۱۴۰۴", "شنبه ۱۵ آذر\u200cماه ۱۴۰۴"])
def test_a_month_written_with_its_word_for_month_is_read(line: str) -> None:
    # "آذرماه" (Azar's month), joined, spaced or with a zero-width non-joiner: the text was undated
    text = f"افزایش قیمت نفت در بازارهای جهانی\n\n{line}\n\n{STORY}\n"
    [article] = read_articles(text.encode(), "txt", ReadOptions()).articles
    assert article.published_at is not None and article.published_at.date() == date(2025, 12, 6)
    assert line not in article.text
