"""A page's headline where trafilatura's title is another: a live blog's own, and the <h1> the page shows.

trafilatura takes a page's title from its JSON-LD first, then its meta tags (og:title), then its <title> and
<h1>. A live blog's JSON-LD (a `LiveBlogPosting` with its posts in `liveBlogUpdate`) it reads through its posts
only: the title was one post's headline ("Update"), and the blog's own <h1> a body paragraph. A page whose
og:title is not its <h1> ("Commuters face biggest fare rise in a decade", a headline written for sharing,
over "Rail fares to rise") had its <h1> as a body paragraph after the og:title; that og:title, the headline the
page is shared under, is kept in the article's metadata (`og_title`), where it is not its headline.
"""

from __future__ import annotations

import html
import re
from typing import Any, NamedTuple

from transforms.formats.html_blocks import clean_text
from transforms.formats.json_ld import json_ld_nodes
from transforms.formats.read_once import misread


class PageHeadlines(NamedTuple):
    """What a page says its headline is, read before extraction (which prunes its tree)."""

    live_blog: str | None  # a live blog's own headline (its LiveBlogPosting's)
    h1: str | None  # the text of the page's <h1>, where it has one
    # Where a character reference is escaped twice in the page ("&amp;amp;"): its titles (<title>, <h1>, og:title,
    # JSON-LD headlines) read once, as the page writes them (`read_once.read_once`)
    written: tuple[str, ...] = ()
    # The page is a live blog (a JSON-LD `LiveBlogPosting`, with its updates listed or not): its posts' headings
    # are its own (`post_headings.with_post_headings`)
    live: bool = False


def page_headlines(tree: Any) -> PageHeadlines:
    """Return a page's live blog headline and its <h1> (None where it has none, or <h1>s of several texts).

    >>> from lxml import html
    >>> page = html.fromstring('<html><head><script type="application/ld+json">{"@type": "LiveBlogPosting",'
    ...     ' "headline": "Live: storm", "liveBlogUpdate": [{"@type": "BlogPosting", "headline": "Update"}]}'
    ...     '</script></head><body><h1>Live:  storm</h1></body></html>')
    >>> page_headlines(page)
    PageHeadlines(live_blog='Live: storm', h1='Live: storm', written=(), live=True)
    """
    live_blog, live = None, False
    for node in json_ld_nodes(tree):
        types = node.get("@type")
        if "LiveBlogPosting" not in (types if isinstance(types, list) else [types]):
            continue
        live = True
        if "liveBlogUpdate" in node:
            found = node.get("headline") or node.get("name")
            if isinstance(found, str) and clean_text(found):
                live_blog = clean_text(found)
                break
    h1s = {text for text in (clean_text(h1.text_content()) for h1 in tree.iter("h1")) if text}
    return PageHeadlines(live_blog, h1s.pop() if len(h1s) == 1 else None, _titles_escaped_twice(tree), live)


# What a title (og:title, <title>) may set before the <h1>'s words: a rubric's or a site's few words and a separator.
_BEFORE_HEADLINE = re.compile(r"\s*\S+(?:\s+\S+){0,4}\s+[|–—·•-]\s+")
_TWICE = re.compile(r"&amp;(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")  # ... as a JSON string writes it


def _titles_escaped_twice(tree: Any) -> tuple[str, ...]:
    """Return a page's titles as it writes them, read once (<title>, <h1>, og:title and twitter:title; a JSON-LD
    headline's JSON string unescaped once, as a records field is), those that hold a character reference still."""
    found = [clean_text(element.text_content()) for element in tree.xpath("//head/title|//h1")]
    found += [clean_text(str(value)) for value in tree.xpath(
        "//meta[@property='og:title' or @name='og:title' or @name='twitter:title']/@content")]
    if any(_TWICE.search(script.text or "") for script in tree.iter("script")):  # most pages: not parsed again
        found += [clean_text(html.unescape(value)) for node in json_ld_nodes(tree)
                  if isinstance(value := node.get("headline"), str)]
    return misread(found)


def sharing_headline(tree: Any) -> str | None:
    """Return a page's og:title (the headline it is shared under), or None where it has none.

    >>> from lxml import html
    >>> sharing_headline(html.fromstring('<html><head><meta property="og:title" content=" Fares  up "></head></html>'))
    'Fares up'
    """
    found = tree.xpath("//meta[@property='og:title' or @name='og:title']/@content")
    return next((text for text in (clean_text(str(value)) for value in found) if text), None)


def page_headline(found: str | None, blocks: list[str], headlines: PageHeadlines) -> str | None:
    """Return a page's headline: a live blog's own; else its <h1>, where extraction kept it as the article's
    first block (the headline the page shows; not a site's name in a banner, which extraction leaves out) or
    where trafilatura's title is its words after a rubric's or a site's ("Breakingviews - <h1>"); else
    trafilatura's title (`found`).

    >>> page_headline("Commuters face biggest fare rise", ["Rail fares to rise", "Fares will rise."],
    ...               PageHeadlines(None, "Rail fares to rise"))
    'Rail fares to rise'
    >>> page_headline("Update", ["Ferries cancelled"], PageHeadlines("Live: storm", None))
    'Live: storm'
    >>> page_headline("Rail fares to rise", ["Fares will rise."], PageHeadlines(None, "The Gazette"))
    'Rail fares to rise'
    >>> page_headline("Breakingviews - Banks squeezed", ["Margins fell."], PageHeadlines(None, "Banks squeezed"))
    'Banks squeezed'
    >>> page_headline("Council sets budget - The Courier", ["Rates rise."], PageHeadlines(None, "The Courier"))
    'Council sets budget - The Courier'
    """
    if headlines.live_blog is not None:
        return headlines.live_blog
    if headlines.h1 is not None and blocks and blocks[0] == headlines.h1:
        return headlines.h1
    if headlines.h1 is not None and found and _BEFORE_HEADLINE.fullmatch(before := found[: -len(headlines.h1)]) \
            and found.endswith(headlines.h1) and len(before.split()) - 1 < len(headlines.h1.split()):
        # "Breakingviews - Europe's banks ...": a rubric or a site's name before the <h1>'s words. Fewer words than
        # the <h1>'s: "Council sets budget - The Courier" is a headline before a site's name, where the <h1> is the
        # site's logo (it was headlined "The Courier").
        return headlines.h1
    return found
