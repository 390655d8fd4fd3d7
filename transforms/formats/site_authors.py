"""A record's authors without the outlet that is its site: "BBC News" as the author of a BBC News story, a JSON-LD
Organization "Al Jazeera Staff" on Al Jazeera's page. Such a credit says only that the site wrote its own story,
which the article's site already says; as an author it made the outlet its most prolific writer and its unsigned
stories look signed. An agency credited on another site's story ("Reuters" on The Guardian's) names who wrote it,
and stays an author."""

from __future__ import annotations

import re
from collections.abc import Iterable

from transforms.formats.byline_outlets import is_outlet, is_titled_outlet

# Words an outlet's credit of its own newsroom adds to its name ("Al Jazeera Staff", "BBC News", "CNN Wire Staff"):
# the outlet still, which a site's name may write without them ("BBC" beside "BBC News")
_NEWSROOM_WORDS = frozenset({"staff", "news", "newsroom", "desk", "team", "wire", "editors", "editorial", "online",
                             "reporters", "writers", "the", "com", "co", "uk"})
_WORDS = re.compile(r"[^\W_]+")
# A site named with its domain's ending ("Le Monde.fr", "Spiegel.de", "Nine.com.au"): the outlet without it
_DOMAIN_END = re.compile(r"\.(?:[a-z]{2,4})(?:\.[a-z]{2})?$", re.IGNORECASE)


def without_site(authors: tuple[str, ...], site: str | None) -> tuple[str, ...]:
    """Return a record's authors without those that name its site, its newsroom's words aside.

    >>> without_site(("BBC News",), "BBC"), without_site(("Al Jazeera Staff", "Jane Doe"), "Al Jazeera")
    ((), ('Jane Doe',))
    >>> without_site(("Lemonde",), "Lemonde.fr"), without_site(("Jane Doe",), "Jane Doe.com")
    ((), ('Jane Doe',))
    >>> without_site(("Le Monde", "AFP"), "Le Monde.fr"), without_site(("El País",), "El País")
    (('AFP',), ())
    >>> without_site(("Reuters",), "The Guardian"), without_site(("Jane News",), "News")
    (('Reuters',), ('Jane News',))
    """
    if not site or not authors:
        return authors
    outlet = _outlet(site)
    if not outlet:  # a site of newsroom words alone ("News"): nothing to tell a name from it by
        return authors
    # only an outlet's name (`is_outlet`, a newsroom's word in it, or a word alone, as no person signs): a writer
    # whose blog is named after them ("Heather Cox Richardson" on her own site) is still its author
    return tuple(name for name in authors if _outlet(name) != outlet or not _is_outlets(name))


def _is_outlets(name: str) -> bool:
    """Return whether an author's name is an outlet's, not a person's ("Al Jazeera Staff", "Reuters", "BBC News")."""
    # a paper's name of two words after its article ("Le Monde", "El País", `is_titled_outlet`), as "The Guardian" is:
    # it was kept as a writer whose site is named after them
    return (is_outlet(name) or len(name.split()) == 1 or len(_outlet(name)) < len(_WORDS.findall(name))
            or is_titled_outlet(name))


def _outlet(name: str) -> tuple[str, ...]:
    """Return a name's words in lower case without a newsroom's ("Al Jazeera Staff": ('al', 'jazeera'))."""
    return tuple(word for word in _WORDS.findall(_DOMAIN_END.sub("", name.strip()).casefold())
                 if word not in _NEWSROOM_WORDS)


# A web address's host written as a name ("balkaninsight.com", "www.bbc.co.uk"), as a saved page's byline row names the
# site beside its writer ("Andrei Popescu · balkaninsight.com · May 18, 2026", Pocket's): in lower case, its ending a
# top-level domain's, no space; a person's initials and name ("J.R. Smith", "A.Smith") are in capitals
_DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z]{2,6})")


def site_from_authors(authors: tuple[str, ...], site: str | None,
                      bylines: Iterable[str] = ()) -> tuple[tuple[str, ...], str | None]:
    """Return a record's authors without a domain written as a name, and its site (that domain where it had none, or
    a "www." host its byline rows write as a part of their own, which was read as no name: `byline_host`).

    >>> site_from_authors(("Andrei Popescu", "balkaninsight.com"), None)
    (('Andrei Popescu',), 'balkaninsight.com')
    >>> site_from_authors(("J.R. Smith", "A.Smith"), None), site_from_authors(("bbc.co.uk",), "BBC")
    ((('J.R. Smith', 'A.Smith'), None), ((), 'BBC'))
    >>> site_from_authors(("Jo Roe",), None, ["By Jo Roe · www.balkaninsight.com · May 18, 2026"])
    (('Jo Roe',), 'balkaninsight.com')
    """
    domains = [name for name in authors if "." in name and _DOMAIN.fullmatch(name)]  # most names: no full stop
    if not domains:
        return authors, site or next(filter(None, map(byline_host, bylines)), None)
    return tuple(name for name in authors if name not in domains), site or _WWW.sub("", domains[0])


_WWW = re.compile(r"^www\.")
# A byline row's parts, as a saved page parts its writer, site and day: a middle dot, a bullet, a bar, a spaced dash
_ROW_PARTS = re.compile(r"\s+[·•|–—-]\s+|\s*[·•|]\s*")


def byline_host(byline: str) -> str | None:
    """Return the host a byline row writes as one of its parts with its "www." ("www.balkaninsight.com"), without it,
    else None. Only a part of its own and with its "www.": a host inside a sentence, or a name's initials, is none.

    >>> byline_host("By Jo Roe · www.balkaninsight.com · May 18, 2026"), byline_host("By Jo Roe of www.x.com fame")
    ('balkaninsight.com', None)
    """
    if "www." not in byline:  # most rows: no host to look for
        return None
    for part in _ROW_PARTS.split(byline):
        if part.startswith("www.") and _DOMAIN.fullmatch(part.strip()):
            return _WWW.sub("", part.strip())
    return None
