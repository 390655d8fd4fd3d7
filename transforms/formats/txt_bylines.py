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
# A name's particles, the only words of a byline's names in lower case ("Ana de la Cruz", "Jan van der Berg"): a line
# whose "names" are words in lower case is a phrase, not a byline ("By the numbers | March 5, 2024", "Posted by mistake
# on ...")
_PARTICLES = frozenset({"and", "&", "de", "del", "della", "der", "des", "di", "da", "do", "dos", "du", "la", "le",
                        "van", "von", "y", "e", "bin", "al", "el", "ten", "ter", "st."})
# How a byline line opens: most lines of a text's head need no regex (a headline, a standfirst: about 1 µs each)
BYLINE_OPENINGS = ("by ", "posted ", "published ", "written ")


def byline_parts(line: str) -> tuple[str, str] | None:
    """Return the names and the date a text's byline line writes, as written; None for any other line.

    >>> byline_parts("Posted by Jane Doe on 5 March 2024"), byline_parts("By Jane Doe | March 5, 2024")
    (('Jane Doe', '5 March 2024'), ('Jane Doe', 'March 5, 2024'))
    >>> byline_parts("Posted on March 5, 2024 by Jane Doe"), byline_parts("Shares fell by 5% on Tuesday")
    (('Jane Doe', 'March 5, 2024'), None)
    >>> byline_parts("By the numbers | March 5, 2024"), byline_parts("By Ana de la Cruz | March 5, 2024")
    (None, ('Ana de la Cruz', 'March 5, 2024'))
    """
    if not line[:10].lower().startswith(BYLINE_OPENINGS):
        return None
    for pattern in _BYLINES:
        if (match := pattern.fullmatch(line)) is not None and _are_names(names := match["names"].strip()):
            return names, match["date"].strip()
    return None


def _are_names(written: str) -> bool:
    """Return whether a byline's words are names: each opens with a capital, but a name's particles (`_PARTICLES`)."""
    return all(word[0].isupper() or word.lower() in _PARTICLES for word in written.replace(",", " ").split())
