"""A page's reading time, printed by its byline or its date ("6 min read", "5-minute read", "4 min listen", "12
minutes reading time"): no writer's name, no paragraph. One pattern for the readers that meet it (a text's byline
line, a record's byline, a head's buttons, a post's row of buttons), which each wrote their own and told apart."""

from __future__ import annotations

import re

# Its "read" or "listen" says it is one: a time alone is a story's ("20 mins" to cook, "90 min" of a match)
READING_TIME = r"\d{1,3}\s*-?\s*(?:min(?:ute)?s?\.?|m)[ -](?:read|listen)(?:ing)?(?:\s+time)?"
_READING_TIME = re.compile(READING_TIME, re.IGNORECASE)


def is_reading_time(text: str) -> bool:
    """Return whether a byline's part or a line is a page's reading time, nothing else.

    >>> is_reading_time("6 min read"), is_reading_time("5-minute read"), is_reading_time("4 min listen")
    (True, True, True)
    >>> is_reading_time("12 minutes reading time"), is_reading_time("20 mins"), is_reading_time("Read more")
    (True, False, False)
    """
    return bool(_READING_TIME.fullmatch(text.strip()))


def may_hold_reading_time(line: str) -> bool:
    """Return whether a line holds a reading time's word ("read", "listen"), a cheap look before a line's parts are
    read for one: most lines are a story's, and hold none.

    >>> may_hold_reading_time("Maya Chen · Jan 22, 2026 · 4 min listen"), may_hold_reading_time("Rain fell.")
    (True, False)
    """
    return "read" in line or "listen" in line or "Read" in line


_PARTS = re.compile(r"\s[|·•]\s")


def beside_reading_time(line: str) -> list[str]:
    """Return the other parts of a line of parts (parted by a dot or a bar) one of which is a reading time, else none:
    a tag's line under a headline ("Premier League · Jan 22, 2026 · 5 min read") names no writer, yet dates its text.

    >>> beside_reading_time("Premier League · Jan 22, 2026 · 5 min read"), beside_reading_time("Rain · 5 miles")
    (['Premier League', 'Jan 22, 2026'], [])
    """
    parts = _PARTS.split(line.strip())
    if len(parts) < 2 or not any(is_reading_time(part) for part in parts):
        return []
    return [part for part in parts if not is_reading_time(part)]
