"""A page saved from a web archive's snapshot (the Wayback Machine's, archive.today's): its canonical link and og:url
give the snapshot's address ("https://web.archive.org/web/20260210101533/https://www.x.com/a.html"), which made the
archive the page's site and its address the article's url (a slash lost on the way: "https:/www.x.com"). The story's
own address is the one the snapshot's path ends with; the snapshot's time is when it was saved, no day of the story."""

from __future__ import annotations

import re
from typing import Any

# A snapshot's address: the archive's host, its timestamp (14 digits at most, a modifier such as "id_" after it), and
# the original address, its "//" sometimes one slash (a copy's normalising of "//" inside a path)
_SNAPSHOT = re.compile(
    r"https?://(?:web\.archive\.org|wayback\.archive\.org|archive\.(?:today|ph|is|li|md|vn|fo))"
    r"/(?:web/)?\d{4,14}(?:[a-z]{2}_)?/(?P<scheme>https?):/{1,2}(?P<rest>[^/\s]+\.[^/\s]+(?:/\S*)?)$",
    re.IGNORECASE)
_ADDRESSES = ('//link[@rel="canonical"][@href]', '//meta[@property="og:url" or @name="og:url"][@content]')


def original_address(address: str) -> str | None:
    """Return the story's own address a web archive's snapshot address ends with, else None.

    >>> original_address("https://web.archive.org/web/20260210101533/https:/www.x.com/a.html")
    'https://www.x.com/a.html'
    >>> original_address("https://www.x.com/a.html") is None
    True
    """
    match = _SNAPSHOT.match(address.strip())
    return f"{match['scheme'].lower()}://{match['rest']}" if match is not None else None


def with_original_addresses(tree: Any) -> None:
    """Write a page's canonical link and og:url as the story's own address where they give an archive's snapshot.

    Done on the tree before anything reads them: the extraction's url and site, htmldate's day in the URL and
    the day in its digits (`url_dates`) then read the story's address, not the snapshot's ("/web/20260210101533/").
    """
    for path, attribute in zip(_ADDRESSES, ("href", "content"), strict=True):
        for element in tree.xpath(path):
            if (original := original_address(element.get(attribute, ""))) is not None:
                element.set(attribute, original)
