"""A head's line that says where its story was reported or which publication printed it, as a page copied as text
keeps it: the New York Times' "Reporting from Kyiv, Ukraine" under its byline, Medium's "Published in Towards Data
Science" under its headline (each was a paragraph, the second glued to the headline). A publication's line is read
only on a blog platform's page (`txt_dates`: its buttons copied with it); a science story's "Published in Nature"
names the journal of its study, and stays a paragraph."""

from __future__ import annotations

import re

from transforms.formats.byline_places import is_dateline_place

# A place's or a publication's name: capitalised words, and the small words between them ("the Gaza border" is not
# one: its "border"; "the front line has never been ..." a sentence)
_NAME = r"(?:the\s+)?[A-Z][\w'’.&-]*(?:,?\s+(?:(?:of|and|the|on|upon|de|del|al|&)\s+)*[A-Z0-9][\w'’.&-]*){0,5}"
_REPORTING = re.compile(rf"Reporting\s+from\s+(?P<place>{_NAME}(?:\s+and\s+{_NAME})?)")
_PUBLISHED_IN = re.compile(rf"Published\s+in\s+(?P<name>{_NAME})")


def reported_from(line: str) -> str | None:
    """Return the place a head's line says its story was reported from ("Reporting from Kyiv, Ukraine"), else None.

    >>> reported_from("Reporting from Kyiv, Ukraine"), reported_from("Reporting from Washington and London")
    ('Kyiv, Ukraine', 'Washington and London')
    >>> reported_from("Reporting from the front line is dangerous.") is None
    True
    """
    match = _REPORTING.fullmatch(line)
    return match["place"] if match else None


def published_in(line: str) -> str | None:
    """Return the publication a head's line says printed the text (Medium's "Published in Towards Data Science"), else
    None: a year or a place after "Published in" is a sentence's or an imprint's ("Published in 2019", "Published in
    London").

    >>> published_in("Published in Towards Data Science"), published_in("Published in Level Up Coding")
    ('Towards Data Science', 'Level Up Coding')
    >>> published_in("Published in London"), published_in("Published in 2019, the report")
    (None, None)
    """
    match = _PUBLISHED_IN.fullmatch(line)
    if match is None or any(c.isdigit() for c in match["name"]) or is_dateline_place(match["name"]):
        return None
    return match["name"]
