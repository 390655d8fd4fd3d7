"""A page's authors: trafilatura's, each byline the page's markup writes read as a records file's is.

trafilatura parts a byline at every comma (and `;`, `|`, `&`, "and", `/`) and joins the names with
"; ": a meta tag's or JSON-LD author's "Smith, Jane" became two people, "Smith" and "Jane", where a
records file's is Jane Smith (transforms/formats/fields.py, `authors_of`). A byline of the page's
meta tags, JSON-LD or body byline elements that trafilatura parted is read again by `authors_of`, its names then cleaned
as trafilatura cleans them (a handle, an e-mail address or a nickname left out).
"""

from __future__ import annotations

import re
from typing import Any

from transforms.formats.fields import authors_of
from transforms.formats.json_ld import json_ld_nodes

# Meta tags that name the page's authors (author, article:author, og:author, dc.creator, parsely-author,
# sailthru.author, citation_author, byl, ...).
_AUTHOR_META = re.compile(r"author|creator|^byl$")


def page_bylines(tree: Any) -> list[str]:
    """Return the bylines a page's author meta tags, its JSON-LD authors' names and its body's byline
    elements write, as written.

    >>> from lxml import html
    >>> page = html.fromstring('<html><head><meta name="author" content="Smith, Jane">'
    ...     '<script type="application/ld+json">{"author": [{"@type": "Person", "name": "Roe, Tom"}, "Ann Lee"]}'
    ...     '</script></head><body><p class="byline">By <a rel="author">Doe,  John</a></p></body></html>')
    >>> page_bylines(page)
    ['Smith, Jane', 'Roe, Tom', 'Ann Lee', 'By Doe, John', 'Doe, John']
    """
    bylines = [
        (element.get("content") or "").strip()
        for element in tree.iter("meta")
        if _AUTHOR_META.search(
            (element.get("name") or element.get("property") or element.get("itemprop") or "").lower()
        )
    ]
    for node in json_ld_nodes(tree):
        authors = node.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            name = author.get("name") if isinstance(author, dict) else author
            if isinstance(name, str):
                bylines.append(name.strip())
    bylines += [" ".join(element.text_content().split()) for element in tree.xpath(_BODY_BYLINES)]
    return [byline for byline in bylines if byline]


# Bylines the page's body writes, where trafilatura finds an author when no meta tag or JSON-LD names
# one: a link or element marked as the author's (rel, itemprop), or one whose class is a byline's.
# Short ones only: a class "author-bio" or "authors-list" may hold a paragraph or a whole list.
_BODY_BYLINES = (
    "//body//*[@rel='author' or @itemprop='author' or contains(concat(' ', normalize-space(@class), ' '), ' byline ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' author ')][string-length(normalize-space()) < 120]"
)


def page_authors(found: str | None, bylines: list[str]) -> tuple[str, ...]:
    """Return a page's authors: trafilatura's (`found`, names parted by ";"), where the names it
    parted a byline of the page into (`page_bylines`) are that byline read by `authors_of`.

    >>> page_authors("Smith; Jane; Tom Roe", ["Smith, Jane", "Tom Roe"])
    ('Jane Smith', 'Tom Roe')
    >>> page_authors("Jane Doe; Tom Roe", ["Jane Doe, Tom Roe"]), page_authors("Reuters; AFP", ["Reuters, AFP"])
    (('Jane Doe', 'Tom Roe'), ('Reuters', 'AFP'))
    """
    if not found:
        return ()
    from trafilatura.json_metadata import normalize_authors  # as trafilatura read each byline

    names = [name.strip() for name in found.split(";") if name.strip()]
    for byline in bylines:
        parted = (normalize_authors(None, byline) or "").split("; ")
        start = _run(names, parted) if len(parted) > 1 else None
        if start is None:
            continue
        read = [n for name in authors_of(byline) for n in (normalize_authors(None, name) or "").split("; ") if n]
        names[start : start + len(parted)] = read
    return authors_of(names)


def _run(names: list[str], parted: list[str]) -> int | None:
    """Return where `parted` is found in `names`, one after another, or None."""
    for start in range(len(names) - len(parted) + 1):
        if names[start : start + len(parted)] == parted:
            return start
    return None
