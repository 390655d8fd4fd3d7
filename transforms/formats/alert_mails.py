"""An alert's e-mail (Google Alerts', a monitoring service's): a list of the stories it found, no article of its own.

Google Alerts marks each story it lists as a schema.org `Article` in the mail's microdata: its headline (`name`), its
link (`url`, through the sender's redirect), its source (`publisher`'s `name`) and a snippet (`description`). The
mail was read as one article titled "Google Alert - cycle lanes" whose only text was the footer "You have received
this email because you have subscribed to Google Alerts", its stories' links dropped as navigation. Each listed story
is an article here, as a feed's item with only a description is: its headline, source, snippet and link, dated by the
mail. The microdata is read, not Google's layout, so another sender marking its list so is read alike.
"""

from __future__ import annotations

from typing import Any, NamedTuple
from urllib.parse import parse_qs, urlsplit

import lxml.html

_ARTICLE_TYPES = ("Article", "NewsArticle", "BlogPosting", "Report")  # schema.org's types of a story
_REDIRECT_PARAMETERS = ("url", "q", "u")  # where a click-tracking redirect carries its target ("google.com/url?url=")


class AlertItem(NamedTuple):
    """A story an alert lists: its headline, link, source and snippet (None where the mail gives none)."""

    headline: str
    url: str
    source: str | None
    snippet: str | None


def alert_items(html: str) -> list[AlertItem]:
    """Return the stories an e-mail's HTML part lists as schema.org articles (a headline and a link each), else [].

    >>> part = ('<div itemscope itemtype="http://schema.org/Article"><a itemprop="url" href="https://www.google.com/'
    ...         'url?rct=j&url=https://news.test/a&ct=ga"><span itemprop="name">New <b>cycle lanes</b></span></a>'
    ...         '<div itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><span itemprop="name">'
    ...         'Town Crier</span></div><div itemprop="description">Work starts in May.</div></div>')
    >>> [(item.headline, item.url, item.source, item.snippet) for item in alert_items(part)]
    [('New cycle lanes', 'https://news.test/a', 'Town Crier', 'Work starts in May.')]
    """
    if "itemscope" not in html:  # no microdata at all: most mails, told without parsing them twice
        return []
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    items: list[AlertItem] = []
    seen: set[str] = set()  # a digest lists a story again under another of its queries: one article, as records' keys
    for element in tree.iter():
        if element.get("itemscope") is None or not _is_article_type(element.get("itemtype") or ""):
            continue
        properties = _properties(element)
        headline, link = properties.get("name"), properties.get("url")
        if headline is None or link is None:  # a story with no headline or no link is no item of a list
            continue
        publisher = properties.get("publisher")
        source = _text(_properties(publisher).get("name")) if publisher is not None else None
        description = properties.get("description")
        if (url := _link(link)) and url not in seen and (title := _text(headline)):
            seen.add(url)
            items.append(AlertItem(title, url, source, _text(description) if description is not None else None))
    return items


def _is_article_type(itemtype: str) -> bool:
    """Return whether a microdata item's type is schema.org's of a story ("http://schema.org/NewsArticle")."""
    return "schema.org/" in itemtype and itemtype.rstrip("/").rsplit("/", 1)[-1] in _ARTICLE_TYPES


def _properties(item: Any) -> dict[str, Any]:
    """Return an item's properties by name (the first of each), its nested items' own properties left in them."""
    found: dict[str, Any] = {}
    stack = list(item)[::-1]  # document order taken from the end: pop() is cheap, pop(0) is not
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str):  # a comment or processing instruction
            continue
        for name in (element.get("itemprop") or "").split():
            found.setdefault(name, element)
        if element.get("itemscope") is None:  # a nested item's (the publisher's) "name" is its own, not the story's
            stack.extend(reversed(element))
    return found


def _text(element: Any) -> str | None:
    """Return an element's text with its spaces squashed (a highlighted query's <b> kept as words), None if empty."""
    text = " ".join((element.get("content") or element.text_content()).split())
    return text or None


def _link(element: Any) -> str | None:
    """Return the story's address an item's link gives, unwrapped from a click-tracking redirect.

    >>> _link(lxml.html.fromstring('<a href="https://www.google.com/url?rct=j&url=https://a.test/x&ct=ga">x</a>'))
    'https://a.test/x'
    """
    href = (element.get("href") or element.get("content") or "").strip()
    if not href.startswith(("http://", "https://")):
        return None
    query = parse_qs(urlsplit(href).query)
    # a redirect's target is a whole web address in its query; a story's own address may carry a "q" of a search
    target = next((value[0] for name in _REDIRECT_PARAMETERS if (value := query.get(name))
                   and value[0].startswith(("http://", "https://"))), None)
    return target or href
