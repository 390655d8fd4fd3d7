"""Dates a page writes with a UTC offset of a day or more, cut out of the page before it is read.

htmldate reads such a date ("2024-03-05T10:00:00+25:00" in a meta tag or JSON-LD) with dateutil, then
compares it with its limits, which raises datetime's ValueError; trafilatura takes a ValueError in its
extraction for a page to discard, and the page's article was lost as `no_article_text`. No such offset
exists (they run from -12:00 to +14:00): the value is no date, as `parse_date` has it in a records file.
"""

from __future__ import annotations

import re

# A date and time (ISO 8601's, or RFC 2822's "Tue, 05 Mar 2024 10:00:00") whose offset is 24 hours or more.
_DATE_WITH_IMPOSSIBLE_OFFSET = re.compile(
    r"(?:\d{4}-\d{1,2}-\d{1,2}[T ]|(?:[A-Za-z]{3},?[ \t]+)?\d{1,2}[ \t]+[A-Za-z]{3,9}[ \t]+\d{4}[ \t]+)"
    r"\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?[ \t]?[+-](?:2[4-9]|[3-9]\d):?\d{2}(?!\d)"
)


def without_impossible_offsets(text: str) -> tuple[str, list[str]]:
    """Return a page's text without its dates whose UTC offset is a day or more, and those dates, in order.

    >>> without_impossible_offsets('<meta content="2024-03-05T10:00:00+25:00"><p>At 10:00 +05:30</p>')
    ('<meta content=""><p>At 10:00 +05:30</p>', ['2024-03-05T10:00:00+25:00'])
    >>> without_impossible_offsets("Tue, 05 Mar 2024 10:00:00 +2400 and 2024-03-05T10:00:00+14:00")
    (' and 2024-03-05T10:00:00+14:00', ['Tue, 05 Mar 2024 10:00:00 +2400'])
    """
    found = _DATE_WITH_IMPOSSIBLE_OFFSET.findall(text)
    if not found:
        return text, []
    return _DATE_WITH_IMPOSSIBLE_OFFSET.sub("", text), found
