"""The parts of a page around its article, which date other things: left out where htmldate looks for the
page's date in its body.

htmldate reads the whole page: a page without a date of its own took one from a related-stories list (an
`<aside>` "More news", each story with its `<time datetime>`), from a comment below the article or from the
site's masthead (a "Tuesday 3 June 2025" strip of today's date at the top of every page), and a page with its
own date in the body could lose it to theirs. Searched without those parts, such a page
has its own date or none.
"""

from __future__ import annotations

import re
from typing import Any

from lxml.etree import XPath

# Parts of a page that are not its article: related stories, navigation, the page's footer (an
# <article>'s own <footer> may date it, and stays), comments (WordPress's `comments-area`, `commentlist`,
# Disqus's thread), the page's masthead (a <header> outside the <article> and <main>, ARIA's banner,
# WordPress's `site-header`, a `masthead`), another story's teaser (an <article> beside the one that holds the
# page's <h1>). A part that holds the page's <h1> holds its article, and stays;
# so does a <header> beside the <h1> (`<div class="post"><header><time>...</header><h1>`, a post's own).
_SIDE_PARTS = XPath(
    r"""
    //*[self::aside or self::nav or self::footer[not(ancestor::article)]
        or self::header[not(ancestor::article or ancestor::main)][not(../h1)]
        or self::article[not(ancestor::article)][//article[.//h1]]
        or @role='complementary' or @role='navigation' or @role='contentinfo'
        or @role='banner' and not(ancestor::article or ancestor::main)
        or re:test(@id, '^(?:comments?|comment-?list|disqus_thread|related|masthead|site-?header)(?:$|[-_])', 'i')
        or re:test(@class, '(?:^|\s)(?:comments?|comment-?list|related|masthead|site-header)(?:$|[\s_-])', 'i')]
       [not(.//h1)]
    """,
    namespaces={"re": "http://exslt.org/regular-expressions"},
)
# A day as meta tags and JSON-LD write it, in ISO 8601.
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def head_days(tree: Any) -> set[str]:
    """Return the days (YYYY-MM-DD) a page's (lxml) meta tags and JSON-LD scripts write: htmldate reads them
    before the body, and a date it found there is none of the parts around the article.

    >>> from lxml import html
    >>> sorted(head_days(html.fromstring('<html><head><meta name="date" content="2024-01-04T10:00:00Z">'
    ...     '<script type="application/ld+json">{"dateModified": "2024-05-20"}</script></head></html>')))
    ['2024-01-04', '2024-05-20']
    """
    values = tree.xpath("//meta/@content|//script[@type='application/ld+json']/text()")
    return {day for value in values for day in _DAY.findall(str(value))}


def side_parts(tree: Any) -> list[Any]:
    """Return the parts of a page's (lxml) tree around its article (`_SIDE_PARTS`), in the page's order.

    >>> from lxml import html
    >>> [part.tag for part in side_parts(html.fromstring('<html><body><header><p>3 June 2025</p></header>'
    ...     '<main><article><header><h1>Rail fares</h1></header></article></main><aside>More</aside></body></html>'))]
    ['header', 'aside']
    """
    return list(_SIDE_PARTS(tree))


def without_side_parts(page: str) -> str | None:
    """Return a page's markup without the parts around its article (`_SIDE_PARTS`), or None when it has none.

    >>> without_side_parts('<html><body><article><h1>Rail fares</h1><p>Up.</p></article>'
    ...                    '<aside><time datetime="2023-08-01">1 Aug</time></aside></body></html>')
    '<html><body><article><h1>Rail fares</h1><p>Up.</p></article></body></html>'
    >>> without_side_parts('<html><body><article><h1>Rail fares</h1><p>Up.</p></article></body></html>') is None
    True
    """
    import trafilatura  # here: only workers that meet an HTML page pay for importing it
    from lxml.html import tostring

    tree = trafilatura.load_html(page)
    parts = side_parts(tree) if tree is not None else []
    if not parts:
        return None
    for part in parts:
        part.drop_tree()  # its tail, the text after it, stays
    return str(tostring(tree, encoding="unicode"))


def date_without_side_parts(
    found: str | None, page: str, head: set[str], params: dict[str, Any], url: str | None
) -> tuple[str | None, str]:
    """Return htmldate's date for a page (`found`, searched in all of it, with `params`) searched again
    without the parts around its article, and the markup so searched (for the searches after this one):
    `found` and `page` as they are where no date was found, the page's head gives its day (`head`:
    `head_days`), or the page has no such part.
    """
    if not found or found[:10] in head:
        return found, page
    searched = without_side_parts(page)
    if searched is None:
        return found, page
    import htmldate

    # The page's URL as trafilatura passed it (None: htmldate looks for the canonical link itself).
    return htmldate.find_date(searched, **params, url=url), searched
