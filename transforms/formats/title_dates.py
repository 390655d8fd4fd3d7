"""A text's title that ends with the full day it is of, after a comma, a dash or a bar ("National Assembly Hansard,
Thursday 12 November 2026", "Council minutes – 3 March 2026", "Weekly market report | March 6, 2026"): a record's,
a sitting's or a report's name and its day, the text's date. Before, such a text was undated: its day is on its
title's line, which no date's line of the head is. The title is kept whole (the day is part of its name).

Only the day at the title's end after its separator: a day inside a headline's sentence ("Strike called for 12
November 2026, union says", "Rates frozen until 12 November 2026") is the day the story speaks of, as is one after a
weekday's comma ("Election called for Thursday, 12 November 2026"), and a day without its year dates nothing.
"""

from __future__ import annotations

import re
from datetime import datetime

from transforms.formats.head_days import head_day

# a title's separator before its day: a comma, a spaced dash or a bar
_SEPARATOR = re.compile(r",\s+|\s+[–—|-]\s+")
# the day ends the line with its four-digit year ("Thursday 12 November 2026", "March 6, 2026")
_ENDS_WITH_YEAR = re.compile(r".*\s(?:19|20)\d\d")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def title_day(title: str) -> datetime | None:
    """Return the day a title ends with after its separator, else None.

    >>> title_day("National Assembly Hansard, Thursday 12 November 2026").date().isoformat()
    '2026-11-12'
    >>> title_day("Election called for Thursday, 12 November 2026"), title_day("Rates frozen until 12 November 2026")
    (None, None)
    """
    title = title.strip()
    if not _ENDS_WITH_YEAR.fullmatch(title):
        return None
    # the first separator whose rest is a day alone: "Weekly market report | March 6, 2026" is parted at its bar, the
    # comma being the day's own
    for separator in _SEPARATOR.finditer(title):
        name, day = title[: separator.start()], title[separator.end():]
        if name.lower().endswith(_WEEKDAYS):  # "... for Thursday, 12 November 2026": the weekday's own comma
            return None
        if (moment := head_day(day)) is not None:
            return moment
    return None
