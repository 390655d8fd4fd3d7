"""Dates in the Solar Hijri calendar, as Iranian and Afghan sites write them: "۱۵ آذر ۱۴۰۴" (15 Azar 1404), "شنبه ۱۵ آذر
۱۴۰۴ - ۱۰:۳۰". Its months are no Gregorian ones under other names (as Arabic's "مارس" is March): such a date is read as
the Gregorian day it is (6 December 2025), its time as written. It left the text undated and stayed a paragraph."""

from __future__ import annotations

import re
from datetime import date, timedelta

# Farvardin first (it opens the year at the March equinox), as Persian writes them (Dari's names of the zodiac aside)
_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
_WEEKDAYS = "شنبه|یکشنبه|یک‌شنبه|دوشنبه|سه‌شنبه|سه شنبه|چهارشنبه|پنجشنبه|پنج‌شنبه|جمعه"
_LETTER = r"[\u0600-\u06ff\u200c]"
# A day, a month's name and a year of this calendar (its 1300s and 1400s: 1921 to 2121), digits in ASCII already
# ... its name perhaps with "ماه" (month) after it, joined, parted by a space or by a zero-width non-joiner ("۱۵ آذرماه
# ۱۴۰۴", "۱۵ آذر ماه ۱۴۰۴", as many sites write it: it left the text undated)
_DATE = re.compile(rf"(?:(?:{_WEEKDAYS})\s*[,،]?\s*)?(?<!{_LETTER})(\d{{1,2}})\s+({'|'.join(_MONTHS)})"
                   rf"(?:[ \u200c]?ماه)?\s+(1[34]\d\d)(?!\d)")
_ENGLISH_MONTHS = "January February March April May June July August September October November December".split()
# 1 Farvardin 1354 was 21 March 1975; the years' lengths from there by the 33-year cycle's rule (`_is_leap`)
_EPOCH_YEAR, _EPOCH = 1354, date(1975, 3, 21)


def gregorian_text(value: str) -> str:
    """Return a text with its Solar Hijri dates as the Gregorian days they are, in English words.

    >>> gregorian_text("شنبه 15 آذر 1404 - 10:30"), gregorian_text("1 فروردین 1403"), gregorian_text("5 March 2026")
    ('6 December 2025 - 10:30', '20 March 2024', '5 March 2026')
    >>> gregorian_text("15 آذرماه 1404"), gregorian_text("15 آذر ماه 1404"), gregorian_text("1 دی\u200cماه 1404")
    ('6 December 2025', '6 December 2025', '22 December 2025')
    """
    if value.isascii():
        return value
    return _DATE.sub(_gregorian, value)


def _gregorian(match: re.Match[str]) -> str:
    day, month, year = int(match[1]), _MONTHS.index(match[2]) + 1, int(match[3])
    if not 1 <= day <= (31 if month <= 6 else 30 if month <= 11 else 29 + _is_leap(year)):
        return match[0]  # no such day: left as written, unread
    moment = solar_hijri_day(year, month, day)
    return f"{moment.day} {_ENGLISH_MONTHS[moment.month - 1]} {moment.year}"


def solar_hijri_day(year: int, month: int, day: int) -> date:
    """Return the Gregorian day of a Solar Hijri one.

    >>> solar_hijri_day(1404, 9, 15), solar_hijri_day(1357, 11, 22), solar_hijri_day(1403, 12, 30)
    (datetime.date(2025, 12, 6), datetime.date(1979, 2, 11), datetime.date(2025, 3, 20))
    """
    step = 1 if year >= _EPOCH_YEAR else -1
    years = range(_EPOCH_YEAR, year) if step == 1 else range(year, _EPOCH_YEAR)
    days = sum(365 + _is_leap(y) for y in years) * step
    days += (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return _EPOCH + timedelta(days=days + day - 1)


def _is_leap(year: int) -> bool:
    """Return whether a Solar Hijri year has 366 days, by the 33-year cycle's rule (true of 1304 to 1472 as the
    equinox falls; 1403 is one, 1404 is not)."""
    return (year * 8 + 29) % 33 < 8
