"""A record's authors without the outlet that is its site: "BBC News" as the author of a BBC News story, a JSON-LD
Organization "Al Jazeera Staff" on Al Jazeera's page. Such a credit says only that the site wrote its own story,
which the article's site already says; as an author it made the outlet its most prolific writer and its unsigned
stories look signed. An agency credited on another site's story ("Reuters" on The Guardian's) names who wrote it,
and stays an author."""

from __future__ import annotations

import re

# Words an outlet's credit of its own newsroom adds to its name ("Al Jazeera Staff", "BBC News", "CNN Wire Staff"):
# the outlet still, which a site's name may write without them ("BBC" beside "BBC News")
_NEWSROOM_WORDS = frozenset({"staff", "news", "newsroom", "desk", "team", "wire", "editors", "editorial", "online",
                             "reporters", "writers", "the", "com", "co", "uk"})
_WORDS = re.compile(r"[^\W_]+")


def without_site(authors: tuple[str, ...], site: str | None) -> tuple[str, ...]:
    """Return a record's authors without those that name its site, its newsroom's words aside.

    >>> without_site(("BBC News",), "BBC"), without_site(("Al Jazeera Staff", "Jane Doe"), "Al Jazeera")
    ((), ('Jane Doe',))
    >>> without_site(("Reuters",), "The Guardian"), without_site(("Jane News",), "News")
    (('Reuters',), ('Jane News',))
    """
    if not site or not authors:
        return authors
    outlet = _outlet(site)
    if not outlet:  # a site of newsroom words alone ("News"): nothing to tell a name from it by
        return authors
    return tuple(name for name in authors if _outlet(name) != outlet)


def _outlet(name: str) -> tuple[str, ...]:
    """Return a name's words in lower case without a newsroom's ("Al Jazeera Staff": ('al', 'jazeera'))."""
    return tuple(word for word in _WORDS.findall(name.casefold()) if word not in _NEWSROOM_WORDS)
