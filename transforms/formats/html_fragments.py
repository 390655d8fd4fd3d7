"""An HTML file that is a fragment of a page, an article's body alone (a Substack export's `posts/*.html`, a CMS's
saved body: `<p>...</p><h3>...</h3><p>...</p>`, no `<html>`, `<head>` or `<body>`), read as the article it is.

trafilatura finds no article container in such a file and falls back to its baseline reading, which keeps the
paragraphs and drops the headings (a post's "What to watch" was lost; an `<h2>` was taken for the page's title): the
fragment is read inside an `<article>`, as the page it was cut from held it. Its headline is its `<h1>`, where it has
one, or its `<title>` where it kept one (read in a `<head>`, as a page's is), never another heading: trafilatura's
guess is then its first `<h2>` or `<h3>`.
"""

from __future__ import annotations

import re

# What a whole page has and a fragment lacks: its document's elements, or a doctype.
_PAGE_MARKS = re.compile(r"<(?:html|head|body|!doctype)\b", re.IGNORECASE)
_TITLE = re.compile(r"<title\b[^>]*>.*?</title\s*>", re.IGNORECASE | re.DOTALL)


def is_fragment(page: str) -> bool:
    """Return whether an HTML file's text is a fragment of a page (no `<html>`, `<head>`, `<body>` or doctype).

    >>> is_fragment("<p>Rates held.</p>"), is_fragment("<HTML><p>Rates held.</p>")
    (True, False)
    """
    return _PAGE_MARKS.search(page) is None


def fragment_as_page(fragment: str) -> str:
    """Return a fragment of a page (`is_fragment`) as a page: inside an `<article>` of a page's `<body>`, its
    `<title>` in the page's `<head>`. (The caller tells a fragment once: a fragment's text holds no mark of a page,
    and the search for one reads all of it.)

    >>> fragment_as_page("<p>Rates held.</p><h3>Why</h3>")
    '<html><body><article><p>Rates held.</p><h3>Why</h3></article></body></html>'
    >>> fragment_as_page("<title>Rates held</title><p>Rates held.</p>")
    '<html><head><title>Rates held</title></head><body><article><p>Rates held.</p></article></body></html>'
    """
    title = _TITLE.search(fragment)
    if title is None:
        return f"<html><body><article>{fragment}</article></body></html>"
    body = fragment[: title.start()] + fragment[title.end() :]
    return f"<html><head>{title.group()}</head><body><article>{body}</article></body></html>"
