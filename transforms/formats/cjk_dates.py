"""Dates written as Chinese, Japanese and Korean write them: "2024年3月5日", "2024년 3월 5일".

A year, a month and a day each followed by its character (年 月 日, or Korean's 년 월 일), as Chinese and Japanese news
sites write a byline's date and Korean ones write it with spaces. dateutil reads none of them: a Japanese page whose
byline said "2024年3月5日 14:20" was undated, and so was a records file's date so written. The characters are read
as an ISO 8601 day's dashes, the rest of the value (its time) as written.
"""

from __future__ import annotations

import re

# The day itself; `CJK_DAY` is also a byline's pattern of it (`byline_dates`).
CJK_DAY = r"\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]"
# ... with the weekday Japanese writes after it in brackets, "2024年3月5日(火)", and the spaces after it.
_DAY = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일](?:\s*[(（][月火水木金土日][)）])?\s*")
# Characters a value holds only where it is written so: the one test every other value pays.
_MARKS = frozenset("年년")


def western_date_text(value: str) -> str:
    """Return a date value with a day written in CJK characters as ISO 8601's, the rest as written.

    >>> western_date_text("2024年3月5日 14:20"), western_date_text("2024년 3월 5일"), western_date_text("5 March 2024")
    ('2024-03-05 14:20', '2024-03-05', '5 March 2024')
    >>> western_date_text("2024年3月5日(火)14:20")
    '2024-03-05 14:20'
    """
    if not any(mark in value for mark in _MARKS):
        return value
    return _DAY.sub(lambda day: f"{day[1]}-{int(day[2]):02d}-{int(day[3]):02d} ", value).strip()
