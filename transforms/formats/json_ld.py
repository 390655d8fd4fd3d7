"""A page's JSON-LD: its objects, and the publication dates it gives (its article's, and those of its other nodes).

A page's JSON-LD often describes the page and its site beside the article (Yoast SEO's `@graph` of a
WebSite, a WebPage and an Article); each node may have its own `datePublished`, and the WebPage's
(when the page was made) need not be the article's.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any, NamedTuple

from transforms.formats.dates import readable_dates

# Nested this deep at most, a node is still searched (a WebPage's mainEntity, an @graph's items).
_DEPTH = 4


class JsonLdDates(NamedTuple):
    """The `datePublished` values of a page's JSON-LD, in the page's order: of its article nodes, and of the others."""

    article: list[str]
    other: list[str]


def json_ld_dates(tree: Any) -> JsonLdDates:
    """Return the `datePublished` values of the JSON-LD scripts of a page's tree (lxml).

    A node is an article's when its type is an Article's (NewsArticle, ReportageNewsArticle, ...), a blog's
    Posting (BlogPosting, LiveBlogPosting) or a Report; any other node's date (a WebPage's, a comment's
    DiscussionForumPosting) is `other`. A script that is not JSON, or nests deeper than Python's json reads,
    is left out. A date written as a number (epoch seconds or milliseconds, as some CMSs write it) is given as
    its text, which `dates.parse_date` reads as a records file's number is read.

    >>> from lxml import html
    >>> page = html.fromstring('<html><head><script type="application/ld+json">{"@graph": ['
    ...     '{"@type": "WebPage", "datePublished": "2020-01-01"},'
    ...     '{"@type": ["NewsArticle"], "datePublished": "2024-03-05T16:45:00Z"}]}</script></head></html>')
    >>> json_ld_dates(page)
    JsonLdDates(article=['2024-03-05T16:45:00Z'], other=['2020-01-01'])
    >>> json_ld_dates(html.fromstring('<html><head><script type="application/ld+json">'
    ...     '{"@type": "NewsArticle", "datePublished": 1709649120000}</script></head></html>'))
    JsonLdDates(article=['1709649120000'], other=[])
    """
    dates = JsonLdDates([], [])
    for node in json_ld_nodes(tree):
        value = node.get("datePublished")
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)  # an epoch number: htmldate reads none, and a page so dated was undated
        if isinstance(value, str) and value.strip():
            (dates.article if _is_article(node.get("@type")) else dates.other).append(value.strip())
    return dates


def json_ld_nodes(tree: Any) -> Iterator[dict]:
    """Yield the objects of the JSON-LD scripts of a page's tree (lxml), in the page's order, each
    before those nested in it (`_DEPTH` deep at most). A script that is not JSON, or nests deeper than
    Python's json reads, is left out.

    >>> from lxml import html
    >>> page = html.fromstring('<html><head><script type="application/ld+json">'
    ...     '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Doe"}}</script></head></html>')
    >>> [node["@type"] for node in json_ld_nodes(page)]
    ['NewsArticle', 'Person']
    """
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):  # not JSON; or nested deeper than json reads, `[[[[...`
            continue
        yield from _nodes(data, 0)


def article_date(found: datetime, dates: JsonLdDates) -> datetime:
    """Return a page's publication date: `found` (htmldate's), unless it is the `datePublished` of a node
    that is no article (htmldate takes the first in the page: a WebPage's before a NewsArticle's) and
    an article node gives another, readable date, which is then the page's.

    >>> from datetime import UTC
    >>> dates = JsonLdDates(["2024-03-05T16:45:00Z"], ["2020-01-01T00:00:00Z"])
    >>> article_date(datetime(2020, 1, 1, tzinfo=UTC), dates).isoformat()
    '2024-03-05T16:45:00+00:00'
    >>> article_date(datetime(2024, 3, 5, tzinfo=UTC), dates).isoformat()  # not another node's: htmldate's
    '2024-03-05T00:00:00+00:00'
    """
    if not dates.article or found not in readable_dates(dates.other) or found in readable_dates(dates.article):
        return found
    return next(iter(readable_dates(dates.article)), found)


class JsonLdPage(NamedTuple):
    """The address, language and type (its first article node's `@type`, in lower case) an article's JSON-LD
    node gives its page, where it gives them."""

    url: str | None
    language: str | None
    type: str | None = None


def json_ld_page(tree: Any) -> JsonLdPage:
    """Return the URL (`url`, else `mainEntityOfPage`, a text or a WebPage's `@id` or `url`) and the language
    (`inLanguage`, a code or a Language's `alternateName`) of the first article node of a page's JSON-LD that gives
    each: a page without a canonical link (nor `og:url`, `<html lang>`) had neither.

    >>> from lxml import html
    >>> json_ld_page(html.fromstring('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
    ...     '"mainEntityOfPage": {"@type": "WebPage", "@id": "https://news.test/a"}, "inLanguage": "en-GB"}'
    ...     '</script></head></html>'))
    JsonLdPage(url='https://news.test/a', language='en-GB', type='newsarticle')
    >>> json_ld_page(html.fromstring('<html><head><script type="application/ld+json">{"@type": "WebPage", '
    ...     '"url": "https://news.test/", "inLanguage": "de"}</script></head></html>'))
    JsonLdPage(url=None, language=None, type=None)
    """
    url = language = kind = None
    for node in json_ld_nodes(tree):
        if not _is_article(node.get("@type")):
            continue
        kind = kind or _article_type(node.get("@type"))
        url = url or _web_address(node.get("url")) or _web_address(node.get("mainEntityOfPage"))
        found = node.get("inLanguage")
        found = found.get("alternateName") if isinstance(found, dict) else found
        language = language or (found.strip() if isinstance(found, str) and found.strip() else None)
    return JsonLdPage(url, language, kind.lower() if kind else None)


def _web_address(value: object) -> str | None:
    """Return an http(s) address given as a text or as a node's `@id` or `url`; None for anything else."""
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    if isinstance(value, str) and value.strip().lower().startswith(("http://", "https://")):
        return value.strip()
    return None


def _nodes(value: object, depth: int) -> Iterator[dict]:
    """Yield the objects of a JSON-LD value, each before those nested in it."""
    if depth > _DEPTH:
        return
    if isinstance(value, dict):
        yield value
        for inner in value.values():
            yield from _nodes(inner, depth + 1)
    elif isinstance(value, list):
        for inner in value:
            yield from _nodes(inner, depth + 1)


# The Postings that are a page's article. Not every one is: a DiscussionForumPosting is a comment (a
# comments plugin writes one per comment, dated days after the article) and a SocialMediaPosting an
# embedded post; either's date was taken for the page's.
_ARTICLE_POSTINGS = frozenset({"BlogPosting", "LiveBlogPosting"})


def _is_article(types: object) -> bool:
    """Return whether a node's `@type` (a name, a list of names, or an IRI) is an article's: an Article
    (NewsArticle, ReportageNewsArticle, ...), a blog's Posting or a Report.

    >>> _is_article("NewsArticle"), _is_article(["WebPage"]), _is_article("https://schema.org/BlogPosting")
    (True, False, True)
    >>> _is_article("DiscussionForumPosting"), _is_article(["SocialMediaPosting"])
    (False, False)
    """
    return _article_type(types) is not None


def is_article_node(node: dict) -> bool:
    """Return whether a JSON-LD node is an article's (`_is_article` of its `@type`)."""
    return _is_article(node.get("@type"))


def is_article_type(name: str) -> bool:
    """Return whether a page type, as trafilatura writes it (in lower case: "newsarticle", "webpage"), is an
    article's.

    >>> is_article_type("newsarticle"), is_article_type("blogposting"), is_article_type("webpage")
    (True, True, False)
    """
    return name.endswith("article") or name in {"blogposting", "liveblogposting", "report"}


def _article_type(types: object) -> str | None:
    """Return the first of a node's `@type` names that is an article's (`_is_article`), without its IRI."""
    names = [types] if isinstance(types, str) else types if isinstance(types, list) else []
    for name in names:
        if isinstance(name, str):
            name = name.rsplit("/", 1)[-1].rsplit(":", 1)[-1]
            if name.endswith("Article") or name in _ARTICLE_POSTINGS or name == "Report":
                return name
    return None
