"""A saved page's link back to the story's own page ("View Original", as Pocket prints it over a saved story, "Read
the original article"): the story's address where the page names none (a saved copy has no canonical link, and was
read with no url)."""

from __future__ import annotations

import re
from typing import Any

# The link's whole text says it goes to the original, and what of it (an article, a story, a page, a post); a link in
# a sentence ("the original report") names what the story cites, no page of its own
_ORIGINAL = re.compile(r"(?:(?:view|read|open|see|go\s+to)\s+)?(?:the\s+)?original(?:\s+(?:article|story|page|post))?",
                       re.IGNORECASE)


def original_link(tree: Any) -> str | None:
    """Return the address a page's link to its original story goes to, else None.

    >>> from lxml import html
    >>> original_link(html.fromstring('<p><a href="https://x.org/a">View Original</a></p>'))
    'https://x.org/a'
    >>> original_link(html.fromstring('<p>See <a href="https://x.org/r">the original report</a>.</p>')) is None
    True
    """
    for link in tree.xpath('//a[@href][contains(translate(., "ORIGINAL", "original"), "original")]'):
        href = link.get("href", "").strip()
        if href.startswith(("https://", "http://")) and _ORIGINAL.fullmatch(" ".join(link.text_content().split())):
            return href
    return None
