"""A byline line at a text file's head that names its writer and its day: "Posted by Jane Doe on 5 March 2024",
"Posted on March 5, 2024 by Jane Doe", "By Jane Doe | March 5, 2024", as a blog's or a site's post copied to a
text file keeps it. Its parts are returned as written; `txt_dates` reads the day and the names (a line whose date
it does not read is left alone: "By Jane Doe, Political Editor" is no dated byline)."""

from __future__ import annotations

import re

_NAMES = r"(?P<names>[^\W\d][^\n|·•]{1,60}?)"
_DAY = r"(?P<date>\S[^\n]{5,60}?)"
_BYLINES = (
    # "Posted by Jane Doe on 5 March 2024", "Published by Jane Doe on March 5, 2024 at 10:30 GMT"
    re.compile(rf"(?:posted|published|written)\s+by\s+{_NAMES}\s+on\s+{_DAY}", re.IGNORECASE),
    # "Posted on March 5, 2024 by Jane Doe"
    re.compile(rf"(?:posted|published|written)(?:\s+on)?\s+{_DAY}\s+by\s+{_NAMES}", re.IGNORECASE),
    # "By Jane Doe | March 5, 2024", "By Jane Doe - 5 March 2024", "By Jane Doe · 5 March 2024"
    re.compile(rf"by\s+{_NAMES}\s*(?:\||[-–—·•])\s*{_DAY}", re.IGNORECASE),
)
_CUES = ("by ", "By ", "BY ")  # every byline names its writer after "by": most lines of a text's head need no regex


def byline_parts(line: str) -> tuple[str, str] | None:
    """Return the names and the date a text's byline line writes, as written; None for any other line.

    >>> byline_parts("Posted by Jane Doe on 5 March 2024"), byline_parts("By Jane Doe | March 5, 2024")
    (('Jane Doe', '5 March 2024'), ('Jane Doe', 'March 5, 2024'))
    >>> byline_parts("Posted on March 5, 2024 by Jane Doe"), byline_parts("Shares fell by 5% on Tuesday")
    (('Jane Doe', 'March 5, 2024'), None)
    """
    if not any(cue in line for cue in _CUES):
        return None
    for pattern in _BYLINES:
        if (match := pattern.fullmatch(line)) is not None:
            return match["names"].strip(), match["date"].strip()
    return None
