"""A page's site name from the end of its <title>, where the page names its site nowhere else.

Many pages give no og:site_name nor JSON-LD publisher, but end their <title> with the site's name:
"Bundestag beschließt Heizungsgesetz | Nordkurier Online" left `site` null (or trafilatura's host name,
"bbc.co.uk", for "... - BBC News"). The <title>'s last part after " | ", " – ", " — ", " - " or " :: " is the
site's name when it is short (5 words, 40 characters at most) and the page confirms it: its letters hold a
label of the page's host ("nordkurier" in "Nordkurier Online", "bbc" in "BBC News"), or the page's headline
(an <h1>, its og:title, a JSON-LD headline) is the <title> up to a separator before it ("Title | Section |
Site"). A headline that holds a dash itself ("Covid-19 - what we know") is no site's name unconfirmed: its
words stay in the headline, where trafilatura cut them when the <title> was the only headline.

A middle dot or a bullet (" · ", " • ") parts a <title> as a bar does. A <title> may give the site's name
first ("The Courier · Budget approved"): trafilatura took the first part for the headline, so a page without
an <h1> was headlined with its site's name. The first part is the site's name where it is a label of the page's
host, "The" before it or one word of an outlet's name after it ("The Courier", "BBC News" on bbc.co.uk), and no
headline the page gives opens with it and goes on; or where it is the name the page gives its site (og:site_name);
the headline is then the rest. A headline's first words may hold the host's name too ("BBC Proms - full line-up
announced", "BBC Proms 2024 - ..."): a first part that opens with the site's name (its host's label, or the first
word of its og:site_name) but is not that name, where no part of the <title> is, leaves the <title> whole as the
headline (it was headlined "full line-up announced" and sited "BBC Proms", or headlined "BBC Proms" beside an
og:site_name "BBC News"). A headline after a first part does not confirm it: a first part is as often a rubric
("Opinion | Headline").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, NamedTuple

from transforms.formats.html_blocks import clean_text
from transforms.formats.json_ld import json_ld_nodes
from transforms.formats.site_names import is_site_name, letters, meta_site_names

_SEPARATOR = re.compile(r"\s+(?:\||–|—|-|::|·|•)\s+")
_DASH = re.compile(r"\s+[–—-]\s+")
_MAX_WORDS, _MAX_CHARACTERS = 5, 40  # a site's name ("Nordkurier Online"), not a headline's clause
# Host labels that name no site ("www.", "co.uk"); a label shorter than 3 letters matches too much by chance.
_GENERIC_LABELS = frozenset({"www", "amp", "com", "org", "net", "news", "online", "html"})
_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://(?:www\.|w[0-9]+\.)?([^/:?#]+)", re.IGNORECASE)  # as trafilatura reads it
# German letters as a host name spells them ("sueddeutsche.de" for "Süddeutsche Zeitung").
_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# The one word an outlet's name adds to its host's label ("BBC News", "Nordkurier Online", "ESPN Sports"), or a
# section's that outlets brand ("Yahoo Finance", "BBC Weather", "CNN Travel"); any other word after it is a
# headline's ("BBC Proms", a concert series on bbc.co.uk).
_OUTLET_WORDS = frozenset({
    "news", "online", "digital", "daily", "today", "live", "sport", "sports", "tv", "radio", "media", "world",
    "international", "uk", "us", "business", "money", "tech", "politics", "nachrichten", "aktuell", "noticias",
    "actualites", "info", "finance", "markets", "weather", "travel", "health", "science", "entertainment", "culture",
    "style", "lifestyle", "arts",
})


class TitleSite(NamedTuple):
    """The site's name a page's <title> ends with, and its headline without it."""

    title: str  # the page's whole <title>
    headline: str  # the <title> without its site's name (and the sections before it)
    site: str | None  # the site's name, where the page confirms it (None: the last part may be the headline's)


def title_site(tree: Any, urls: Iterable[str | None]) -> TitleSite | None:
    """Return the site's name a page's (lxml) <title> ends with, given the page's addresses (its canonical
    link, og:url, JSON-LD url), or None where its <title> has no separator (read before extraction prunes it).

    >>> from lxml import html
    >>> page = html.fromstring('<html><head><title>Fares rise | Nordkurier Online</title></head><body></body></html>')
    >>> title_site(page, ["https://www.nordkurier.de/politik/fares-1.html"])
    TitleSite(title='Fares rise | Nordkurier Online', headline='Fares rise', site='Nordkurier Online')
    >>> title_site(page, [])
    TitleSite(title='Fares rise | Nordkurier Online', headline='Fares rise', site=None)
    """
    title = clean_text(" ".join(tree.xpath("//head/title//text()")))
    parts = _SEPARATOR.split(title)
    if len(parts) < 2:
        return None
    last = parts[-1]
    cut = title[: [*_SEPARATOR.finditer(title)][-1].start()]  # up to its last separator, as trafilatura cuts it
    short = _is_short(last)
    headlines = _page_headlines(tree)
    headline = _headline_before(title, last, headlines)
    if short and headline is not None:
        return TitleSite(title, headline, last)
    if short and _host_named(last, urls):
        return TitleSite(title, cut, last)
    first, rest = _first_part(title)
    names = meta_site_names(tree)
    named = {letters(name) for name in names}
    if rest and (letters(first) in named or _host_first(first, urls)) and not any(
            h.startswith(first) and h != first for h in headlines):
        return TitleSite(title, rest, first)  # "The Courier · Budget approved": the site's name first
    if rest and _opens_with_site(first, urls, names) and not (_host_named(last, urls) or letters(last) in named):
        return TitleSite(title, title, None)  # "BBC Proms - full line-up announced": no part is the site's name
    return TitleSite(title, cut, None)


def titled_site(title: str | None, site: str | None, url: str | None,
                found: TitleSite | None) -> tuple[str | None, str | None]:
    """Return an HTML page's headline and site's name, given trafilatura's (`title`, `site`, `url`) and what its
    <title> ends with: the <title>'s site where the page names none (or only its host), the headline then
    without it; and a headline whose words after a dash trafilatura cut, where they read as a sentence.

    >>> found = TitleSite("Fares rise | Nordkurier Online", "Fares rise", "Nordkurier Online")
    >>> titled_site("Fares rise | Nordkurier Online", None, None, found)
    ('Fares rise', 'Nordkurier Online')
    >>> titled_site("Fares rise", "The Gazette", None, found)
    ('Fares rise', 'The Gazette')
    >>> titled_site("Covid-19", None, None, TitleSite("Covid-19 - what we know", "Covid-19", None))
    ('Covid-19 - what we know', None)
    """
    if found is None:
        return title, site
    if found.site is None and found.headline == found.title and title and found.title.startswith(title):
        return found.title, site  # "BBC Proms - ...", which trafilatura cut to its first part
    first, rest = _first_part(found.title)
    if found.site is None and title == first and len(rest) > len(first):
        return found.title, site  # "Opinion | Rates held": trafilatura took the rubric for the headline
    if found.site is not None and (not site or _host_name(site, url) or _headline_as_site(site, found)):
        return (found.headline if title in (found.title, found.site) else title), found.site
    if title and site and letters(title) == letters(site) == letters(first) and rest:
        return rest, site  # "The Courier · Budget approved" on a page whose og:site_name is "The Courier"
    last = _SEPARATOR.split(found.title)[-1]
    if (found.site is None and title == found.headline and _DASH.search(found.title[len(title):])
            and is_site_name(last, []) is False):
        return found.title, site  # "Covid-19 - what we know": a headline's words, not a site's name
    return title, site


def _headline_as_site(site: str, found: TitleSite) -> bool:
    """Return whether trafilatura's site name is the <title>'s headline, which ends with another site's name.

    trafilatura takes a <title>'s part holding a dot for a domain, the site's: "El Gobierno aprueba 2.000 millones
    para Cercanías | Diario del Centro" named its site by its headline, and the page was headlined "Diario del Centro".

    >>> found = TitleSite("Plan de 2.000 millones | Diario del Centro", "Plan de 2.000 millones", "Diario del Centro")
    >>> _headline_as_site("Plan de 2.000 millones", found), _headline_as_site("Diario del Centro", found)
    (True, False)
    """
    return found.site is not None and letters(site) == letters(found.headline) != letters(found.site)


def _is_short(part: str) -> bool:
    """Return whether a part of a <title> is short enough to be a site's name."""
    return len(part.split()) <= _MAX_WORDS and len(part) <= _MAX_CHARACTERS


def _first_part(title: str) -> tuple[str, str]:
    """Return a <title>'s part before its first separator and the rest after it ("" where it has none).

    >>> _first_part("The Courier · Budget approved · Schools")
    ('The Courier', 'Budget approved · Schools')
    """
    found = _SEPARATOR.search(title)
    return (title[: found.start()], title[found.end():]) if found else (title, "")


def _page_headlines(tree: Any) -> set[str]:
    """Return the headlines a page gives beside its <title>: its <h1>s, og:title and JSON-LD headlines."""
    found = [h1.text_content() for h1 in tree.iter("h1")]
    found += [str(value) for value in tree.xpath("//meta[@property='og:title' or @name='og:title']/@content")]
    found += [value for node in json_ld_nodes(tree) if isinstance(value := node.get("headline"), str)]
    return {text for text in map(clean_text, found) if text}


def _headline_before(title: str, last: str, headlines: set[str]) -> str | None:
    """Return the headline the <title> opens with, a separator after it and short parts up to `last`
    ("Title | Section | Site"), or None."""
    for headline in sorted(headlines, key=len, reverse=True):
        rest = title[len(headline):]
        if not title.startswith(headline) or not _SEPARATOR.match(rest):
            continue
        sections = _SEPARATOR.split(rest)[1:]
        if sections and sections[-1] == last and all(len(part.split()) <= _MAX_WORDS for part in sections):
            return headline
    return None


def _host_named(name: str, urls: Iterable[str | None]) -> bool:
    """Return whether a site's name holds the letters of a label of a page's host ("BBC News" on bbc.co.uk)."""
    texts = {letters(name), letters(name.lower().translate(_SPELLED))}
    return any(label in text for label in _host_labels(urls) for text in texts)


def _host_first(part: str, urls: Iterable[str | None]) -> bool:
    """Return whether a <title>'s first part is its host's name: a label of the host, with "The" before it or
    one word of an outlet's name after it ("The Courier" on thecourier.co.uk, "BBC News" on bbc.co.uk). A
    headline's first words hold the host's name too ("BBC Proms - full line-up announced"): they are no site's name.

    >>> bbc = ["https://www.bbc.co.uk/news/1"]
    >>> _host_first("BBC News", bbc), _host_first("BBC Proms", bbc), _host_first("BBC Proms 2024", bbc)
    (True, False, False)
    """
    words = part.split()
    outlet = len(words) > 1 and letters(words[-1]) in _OUTLET_WORDS
    names = {part, " ".join(words[:-1]) if outlet else "",
             " ".join(words[1:]) if words and words[0].lower() == "the" else ""}
    keys = {letters(name.lower().translate(spelling)) for name in names for spelling in ({}, _SPELLED)}
    return bool(keys & _host_labels(urls))


def _opens_with_site(part: str, urls: Iterable[str | None], names: Iterable[str]) -> bool:
    """Return whether a <title>'s first part opens with its site's name: its first words are a label of its
    host, or the first word of a name its meta tags give the site (`names`), as "BBC Proms" on bbc.co.uk or
    beside "BBC News" does.

    >>> _opens_with_site("BBC Proms", [], ["BBC News"]), _opens_with_site("Opinion", ["https://bbc.co.uk/"], [])
    (True, False)
    """
    keys = set(_host_labels(urls))
    for name in names:
        words = [word for word in name.split() if word.lower() != "the"]
        keys |= {letters(words[0])} if words and len(letters(words[0])) >= 3 else set()
    words = [letters(word) for word in part.split()]
    return any("".join(words[:n]) in keys for n in range(1, len(words) + 1))


def _host_labels(urls: Iterable[str | None]) -> set[str]:
    """Return the labels of pages' hosts that may name a site ("bbc" of www.bbc.co.uk, not "co" nor "news")."""
    labels = set()
    for url in urls:
        if (host := _HOST.match(url or "")) is not None:
            labels |= {letters(label) for label in host[1].lower().split(".")[:-1]}
    return {label for label in labels if len(label) >= 3 and label not in _GENERIC_LABELS}


def _host_name(site: str, url: str | None) -> bool:
    """Return whether trafilatura's site name is its URL's host ("bbc.co.uk"), its name for a site that gives none."""
    host = _HOST.match(url or "")
    return host is not None and host[1].lower() == site.strip().lower()
