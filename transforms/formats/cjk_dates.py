"""Dates written as Chinese, Japanese and Korean write them: "2024年3月5日", "2024년 3월 5일".

A year, a month and a day each followed by its character (年 月 日, or Korean's 년 월 일), as Chinese and Japanese news
sites write a byline's date and Korean ones write it with spaces. dateutil reads none of them: a Japanese page whose
byline said "2024年3月5日 14:20" was undated, and so was a records file's date so written. The characters are read
as an ISO 8601 day's dashes, the rest of the value (its time) as written but for a time written in the characters
too: "14時20分" (Korean "14시 20분") is 14:20, and an hour after its half of the day's word (Japanese 午前/午後, Chinese
上午/下午, Korean 오전/오후: morning/afternoon) is read on a 24-hour clock ("午後2時20分" is 14:20).
"""

from __future__ import annotations

import re

# The day itself; `CJK_DAY` is also a byline's pattern of it (`byline_dates`).
CJK_DAY = r"\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]"
# ... with the weekday Japanese writes after it in brackets, "2024年3月5日(火)", and the spaces after it.
_DAY = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일](?:\s*[(（][月火水木金土日][)）])?\s*")
# Characters a value holds only where it is written so: the one test every other value pays.
_MARKS = frozenset("年년")
# A time written with its characters (時, Chinese 时, Korean 시 after the hour; 分/분 after the minutes; 秒/초 after the
# seconds), and the words for a time's half of the day before it.
_TIME = re.compile(r"(\d{1,2})\s*[時时시]\s*(?:(\d{1,2})\s*[分분])?(?:\s*(\d{1,2})\s*[秒초])?")
_HALF_DAY = re.compile(r"(午前|上午|오전|午後|下午|오후)\s*(\d{1,2})(?=:)")
_AFTERNOON = frozenset({"午後", "下午", "오후"})


def western_date_text(value: str) -> str:
    """Return a date value with a day written in CJK characters as ISO 8601's, the rest as written.

    >>> western_date_text("2024年3月5日 14:20"), western_date_text("2024년 3월 5일"), western_date_text("5 March 2024")
    ('2024-03-05 14:20', '2024-03-05', '5 March 2024')
    >>> western_date_text("2024年3月5日(火)14:20"), western_date_text("2024年3月5日 午後2時05分")
    ('2024-03-05 14:20', '2024-03-05 14:05')
    """
    if not any(mark in value for mark in _MARKS):
        return value
    text = _DAY.sub(lambda day: f"{day[1]}-{int(day[2]):02d}-{int(day[3]):02d} ", value)
    text = _TIME.sub(_with_colons, text)
    return _HALF_DAY.sub(_on_24_hours, text).strip()


def _with_colons(time: re.Match[str]) -> str:
    """Return a time written with its characters ("14時20分") with colons ("14:20")."""
    return f"{time[1]}:{int(time[2] or 0):02d}" + (f":{int(time[3]):02d}" if time[3] else "")


def _on_24_hours(time: re.Match[str]) -> str:
    """Return an hour after its half of the day's word on a 24-hour clock: 午後2 is 14, 午前12 is 0."""
    hour = int(time[2]) % 12
    return f"{hour + 12 if time[1] in _AFTERNOON else hour:02d}"
