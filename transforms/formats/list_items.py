"""The items of a list article ("5 things to know"), each a linked heading and its paragraphs: trafilatura reads
a heading that is a link as navigation, drops it, and with it, in a precise extraction, the later items' paragraphs
(a page of five items was read with the first three paragraphs and no heading).

Such items are the headings inside the <article> that holds the page's <h1> (as `listing_pages` reads them: no
teasers of other stories), each a link followed by its own paragraph, three of them or more. Their links are
unwrapped before extraction, their words kept as a heading's: a related story's linked heading without a paragraph
of its own, or one in an <aside>, stays a link.
"""

from __future__ import annotations

from typing import Any

MIN_ITEMS = 3
_ITEM_HEADINGS = ("//article[.//h1]//*[self::h2 or self::h3 or self::h4][.//a[@href]]"
                  "[not(ancestor::aside or ancestor::nav or ancestor::footer)]")
# The element after an item's heading, past its picture: its paragraph.
_ITS_PARAGRAPH = "following-sibling::*[not(self::figure or self::picture or self::img)][1][self::p][normalize-space()]"


def unlinked_item_headings(tree: Any) -> int:
    """Unwrap the links of a list article's item headings in a parsed page (module docstring); return their count.

    >>> from lxml import html
    >>> items = "".join(f'<div><h2><a href="/{n}">{n}. Item</a></h2><p>Its text.</p></div>' for n in range(1, 4))
    >>> tree = html.fromstring(f"<html><body><article><h1>3 things</h1>{items}</article></body></html>")
    >>> unlinked_item_headings(tree), tree.xpath("//h2")[0].text
    (3, '1. Item')
    """
    items = [heading for heading in tree.xpath(_ITEM_HEADINGS) if heading.xpath(_ITS_PARAGRAPH)]
    if len(items) < MIN_ITEMS:
        return 0
    for heading in items:
        for link in heading.xpath(".//a[@href]"):
            link.drop_tag()
    return len(items)
