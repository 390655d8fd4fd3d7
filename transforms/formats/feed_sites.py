"""A feed's site from its channel title, which often names a section too ("SportsPulse Africa & Asia - Results", "BBC
News - World", "World news | The Guardian"): each item's site was the whole title, section and all. The site's name is
the part the channel link's host names (sportspulse.example.com, bbc.co.uk, theguardian.com), on either side of the
separator, as feeds put it either way round; where no part or more than one does, the title is kept whole, since its
words alone cannot tell a section ("Results") from a name that holds a dash ("Rock - Paper - Scissors Weekly")."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from transforms.formats.site_names import letters

# A section's separator, spaced as a title writes it (a hyphen inside a word, "Al-Ahram", is none)
_SEPARATOR = re.compile(r"\s+[|–—>»:-]\s+")
_GENERIC_LABELS = frozenset({"www", "com", "org", "net", "news", "feeds", "feed", "rss", "online"})  # no site's name


def channel_site(title: str | None, link: str | None) -> str | None:
    """Return the part of a channel title its link's host names, else the title.

    >>> channel_site("BBC News - World", "https://www.bbc.co.uk/news/world")
    'BBC News'
    >>> channel_site("Ask HN - Hacker News", "https://news.ycombinator.com/")
    'Ask HN - Hacker News'
    """
    if not title or not link or _SEPARATOR.search(title) is None:
        return title
    labels = _host_labels(link)
    named = [part for part in _SEPARATOR.split(title) if any(label in letters(part) for label in labels)]
    return named[0].strip() if len(named) == 1 else title


def _host_labels(link: str) -> set[str]:
    """Return the labels of a link's host that may name its site ("bbc" of www.bbc.co.uk, not "co" nor "uk")."""
    host = urlsplit(link.strip()).hostname or ""
    return {label for label in (letters(part) for part in host.split(".")[:-1])
            if len(label) >= 3 and label not in _GENERIC_LABELS}
