"""The parts of a byline that are its date or time, not a person ("By Jane Doe | Updated March 5, 2024 4:45 pm"),
left out before its names are read (`record_authors`)."""

from __future__ import annotations

import re

from transforms.formats.month_names import DATE_WORDS
from transforms.formats.script_dates import latin_date_text
from transforms.formats.zone_names import ZONES

# Words of a date or time that a byline holds after its names ("By Jane Doe | Updated March 5, 2024
# 4:45 pm", which trafilatura gives as "Jane Doe; March 5"): a part with a digit and only these
# words is the byline's date, not a person ("Agent 47" stays one).
_DATE_WORDS = frozenset(
    """january february march april may june july august september october november december jan feb mar
    apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue
    tues wed thu thur thurs fri sat sun st nd rd th am pm a p m gmt utc bst cet cest est edt cst cdt pst
    pdt et pt updated published posted modified last first on at today yesterday ago min mins minute minutes hour
    hours day days""".split()
) | DATE_WORDS | frozenset(  # and French, German, Spanish, Italian, Portuguese and Dutch ones ("Veröffentlicht am
    # 05.03.2024"), and the units and weekdays of a Chinese, Japanese or Korean date ("2025年7月14日(月) 10時30分",
    # "2024년 3월 5일 오후 2:20"), which was a body paragraph under a Japanese page's headline
    "年 月 日 時 分 秒 时 火 水 木 金 土 午前 午後 上午 下午 星期 년 월 일 시 분 오전 오후 입력 수정 기사입력".split()
) | frozenset(  # a Chinese byline's labels: "发布时间：2026-03-05 10:20" (published at), "更新时间" (updated at)
    "发布时间 發佈時間 发布于 發佈於 更新时间 更新時間 发表时间 時間 时间 发布 發佈 更新".split()
) | frozenset(  # the zones a byline's time names ("08:45 IST", "10:30 CET": a Hindi page's dateline stayed a paragraph)
    zone.lower() for zone in (*ZONES, "IST", "AST")
)


def is_date(part: str) -> bool:
    """Return whether a byline's part is a date or a time, not a person.

    >>> is_date("March 5"), is_date("2024"), is_date("Updated 5 March 2024 4:45 pm"), is_date("2024-03-05")
    (True, True, True, True)
    >>> is_date("Agent 47"), is_date("May Smith"), is_date("Jane Doe")
    (False, False, False)
    >>> is_date("Veröffentlicht am 05.03.2024, 14:20 Uhr"), is_date("Publié le 5 mars 2024 à 14h20")
    (True, True)
    >>> is_date("2025年7月14日 10時30分"), is_date("2024년 3월 5일 오후 2:20"), is_date("気象庁は14日、発表した")
    (True, True, False)
    >>> is_date("2026-03-02T14:05:00Z"), is_date("2026-03-02T14:05:00.000+01:00"), is_date("T-72 tanks in 2026")
    (True, True, False)
    """
    part = latin_date_text(part)  # "الخميس ٥ مارس ٢٠٢٦", "5 मार्च 2026" in English words
    # An ASCII line's first word read alone first: a story's sentence fails on it, and the whole line was lowered to
    # read it (under a headline, each of a text's first lines is asked). ASCII only: lowering text of other scripts
    # may change where its words part, as the whole line's lowering would read them
    if part.isascii() and (first := _WORDS.search(part)) is not None and first[0].lower() not in _DATE_WORDS:
        return _ISO_MOMENT.fullmatch(part.strip()) is not None
    # the words first: a story's line fails on its first word, where the digits' test read every character
    if all(word[0] in _DATE_WORDS for word in _WORDS.finditer(part.lower())):
        return any(c.isdigit() for c in part)
    return _ISO_MOMENT.fullmatch(part.strip()) is not None


_WORDS = re.compile(r"[^\W\d_]+")
# A moment as ISO 8601 writes it, its "T" and "Z" no words ("2026-03-02T14:05:00Z", "2026-03-02T14:05+01:00"), as a
# CMS's export prints it under a headline: it was a body paragraph, and the text undated
_ISO_MOMENT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?", re.IGNORECASE)


def is_date_label(part: str) -> bool:
    """Return whether a byline's part is a date's label alone, as trafilatura reads a byline that is a date: its
    "Updated 09:05 GMT, 6 March 2025" is the author "Updated", "Posted Thursday, March 6" "Posted Thursday".

    >>> is_date_label("Updated"), is_date_label("Last updated:"), is_date_label("Posted Thursday")
    (True, True, True)
    >>> is_date_label("Tom Post"), is_date_label("Updated Smith")
    (False, False)
    """
    return bool(_LABEL_ALONE.fullmatch(part.strip()))


# A weekday alone before a date is the date's ("Sun, 05 May 2024", RFC 2822), not a person.
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()
)
# The parts of a byline and what parts them ("Jane Doe | Sun, 5 May 2024": the separators kept).
_BYLINE_PARTS = re.compile(r"(\s*(?:;|\||,)\s*)")


def without_dates(text: str) -> str:
    """Return a byline without the parts that are its date or time, and a weekday just before them.

    Before the names are read: a date must not keep a dateline from ending the byline ("Jane Doe,
    London, March 5, 2024") or a name written surname first from being one ("Doe, Jane | March 5").

    >>> without_dates("Doe, Jane | Sun, 05 May 2024 10:00:00 GMT"), without_dates("Jane Doe; Sunday")
    ('Doe, Jane', 'Jane Doe; Sunday')
    """
    pieces = _BYLINE_PARTS.split(text)
    parts, separators = pieces[::2], ["", *pieces[1::2]]
    parts = [_without_dated_sentence(part, parts[i + 1 : i + 2]) for i, part in enumerate(parts)]
    dates = [is_date(part) for part in parts]
    kept = [
        (separator, part)
        for i, (separator, part) in enumerate(zip(separators, parts, strict=True))
        if not dates[i] and not (i + 1 < len(parts) and dates[i + 1] and part.strip().lower() in _WEEKDAYS)
    ]
    return "".join((separator if n else "") + part for n, (separator, part) in enumerate(kept))


# A byline whose date, with its label or not, comes before its "By": "Published 5 March 2025 By Omar Khan",
# "5 March 2025 | By Omar Khan" (the date and what parts it from the names, then the names).
_DATE_BEFORE_BY = re.compile(r"(?P<date>.+?)[\s|,;·•–—-]+(?P<byline>By\s.*)", re.DOTALL)


def without_leading_date(byline: str) -> str:
    """Return a byline without the date that comes before its "By", else the byline as it is.

    >>> without_leading_date("Published 5 March 2025 By Omar Khan"), without_leading_date("5 March 2025 | By Jo Roe")
    ('By Omar Khan', 'By Jo Roe')
    >>> without_leading_date("Stand By Me"), without_leading_date("By Omar Khan")
    ('Stand By Me', 'By Omar Khan')
    """
    dated = _DATE_BEFORE_BY.fullmatch(byline)
    return dated.group("byline") if dated is not None and is_date(dated.group("date")) else byline


# A full stop ends a byline's names where its date, a date's label or a weekday before a date follows it:
# "Tom Hughes. Updated 5 March 2025, 14:20" was the author "Tom Hughes. Updated 5 March 2025" (and trafilatura's
# "Tom Hughes Updated"). An initial's or a title's full stop ("J. R. Smith", "Dr. Jane Doe") is followed by a name.
_SENTENCE_END = re.compile(r"\.\s+")
_DATE_LABEL = re.compile(
    r"(?:(?:first|last)\s+)?(?:updated|published|posted|modified)(?:\s+(?:on|at))?:?", re.IGNORECASE
)
# A date's label, then a weekday or "today" that the date followed: what trafilatura leaves of a byline of a date.
_LABEL_ALONE = re.compile(
    rf"{_DATE_LABEL.pattern}(?:\s+(?:today|yesterday|{'|'.join(sorted(_WEEKDAYS))}))?", re.IGNORECASE
)


def _without_dated_sentence(part: str, following: list[str]) -> str:
    """Return a byline's part without what follows a full stop in it where that is its date (a label or a weekday
    alone where the `following` part is the date: "Tom Hughes. Sun, 5 May 2024").

    >>> _without_dated_sentence("Tom Hughes. Updated 5 March 2025", [])
    'Tom Hughes'
    >>> _without_dated_sentence("Tom Hughes. Sun", ["5 May"]), _without_dated_sentence("Tom Hughes. Sun", [])
    ('Tom Hughes', 'Tom Hughes. Sun')
    >>> _without_dated_sentence("J. R. Smith. Posted 14:20", []), _without_dated_sentence("Dr. Jane Doe", ["5 May"])
    ('J. R. Smith', 'Dr. Jane Doe')
    """
    dated = bool(following) and is_date(following[0])
    for end in _SENTENCE_END.finditer(part):
        rest = part[end.end() :].strip()
        if is_date(rest) or dated and (_DATE_LABEL.fullmatch(rest) or rest.lower() in _WEEKDAYS):
            return part[: end.start()]
    return part
