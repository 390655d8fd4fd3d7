"""The text of a page that shows none: its JSON-LD article's `articleBody`, as a client-rendered page carries it.

A page rendered in the reader's browser (a React or Vue app's shell, `<div id="root"></div>`, saved by a crawler or
with `wget` before any script ran) holds its article only in its data: schema.org's `articleBody` of the
NewsArticle its JSON-LD describes. Such a page was `no_article_text`. Its paragraphs are the body's parts between
blank lines (else between line breaks: a body written a paragraph a line), put into the page as an `<article>` for
trafilatura to read as it reads any page (its headline, date, authors and site from the same markup).
"""

from __future__ import annotations

import re
from typing import Any

from transforms.formats.html_blocks import clean_text
from transforms.formats.json_ld import is_article_node, json_ld_nodes

_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def json_ld_paragraphs(tree: Any) -> list[str]:
    """Return the paragraphs of the `articleBody` of a page's (lxml) JSON-LD article, or [] where it gives none.

    >>> from lxml import html
    >>> json_ld_paragraphs(html.fromstring('<html><head><script type="application/ld+json">{"@type": "NewsArticle",'
    ...     ' "articleBody": "Rain fell.\\\\n\\\\nRivers rose."}</script></head><body></body></html>'))
    ['Rain fell.', 'Rivers rose.']
    """
    for node in json_ld_nodes(tree):
        body = node.get("articleBody")
        if isinstance(body, str) and body.strip() and is_article_node(node):
            body = body.replace("\r\n", "\n")
            parts = _BLANK_LINE.split(body) if _BLANK_LINE.search(body) else body.split("\n")
            return [text for part in parts if (text := clean_text(part))]
    return []


def with_article_body(tree: Any, paragraphs: list[str]) -> None:
    """Put a page's article paragraphs into its (lxml) <body> as an `<article>` of `<p>`s."""
    from lxml import etree

    body = tree.find(".//body")
    if body is None:
        body = etree.SubElement(tree, "body")
    article = etree.SubElement(body, "article")
    for text in paragraphs:
        etree.SubElement(article, "p").text = text
