"""A news database's source line with its place in brackets ("The Age (Melbourne, Australia)", "The Guardian
(London)"), as LexisNexis and Factiva name the paper they took a story from: the outlet's name is the article's site,
and the place is kept beside it in metadata (`source_place`). Before, the whole line was the site, so one paper was
two sites (Lexis's "The Guardian (London)", its own feed's "The Guardian") and a count by site split them.

Only a bracket closing the line and reading as a place is moved: each of its comma-parted names capitalised words (no
digit, no dot, no "&"), so "Financial Times (FT.com)", "BBC Monitoring (Middle East - Political)" and "Reuters (2nd
edition)" keep their brackets. A bracket that names the paper's edition or medium ("(Online)", "(Print)") is no
place: the outlet's name without it would say the edition was the place.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# "Name (Place)" or "Name (Place, Country)": a name, one bracket at the line's end, a place of capitalised words
_BRACKETED = re.compile(r"(?P<name>[^()]*\S)\s+\((?P<place>[^()]+)\)")
_PLACE_NAME = re.compile(r"[A-Z][A-Za-z'’-]*(?: (?:[A-Z][A-Za-z'’-]*|of|de|del|la|upon|on))*")
# what a database writes in that bracket that is no place: the paper's medium or edition, a closed set of its words
_EDITIONS = frozenset(("Online", "Print", "Web", "Digital", "Internet", "Abstracts", "Blog", "Blogs", "Edition",
                       "Weekly", "Daily", "Sunday", "Saturday", "Magazine", "Newswire", "Wire", "Late", "Final"))


class SourceName(NamedTuple):
    """A source line's outlet name and its bracketed place (None where it writes none)."""

    name: str
    place: str | None


def source_name(line: str) -> SourceName:
    """Return a source line's outlet name and its place, the place its closing bracket's where that reads as one.

    >>> source_name("The Age (Melbourne, Australia)")
    SourceName(name='The Age', place='Melbourne, Australia')
    >>> source_name("Financial Times (FT.com)").place, source_name("The Washington Post (Online)").place
    (None, None)
    """
    found = _BRACKETED.fullmatch(line.strip()) if line.endswith(")") else None
    if found is None:
        return SourceName(line, None)
    parts = [part.strip() for part in found["place"].split(",")]
    if not all(_PLACE_NAME.fullmatch(part) for part in parts) or any(set(part.split()) & _EDITIONS for part in parts):
        return SourceName(line, None)
    return SourceName(found["name"], ", ".join(parts))
