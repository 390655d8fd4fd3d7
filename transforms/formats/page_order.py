"""A page's article blocks in the order the page shows them, where trafilatura moved its first post ahead.

On a page of several `<article>`s (a live blog's posts, each its own), trafilatura takes the first for the article
and, finding it short, recovers the rest of the page's text after it: what stood above that first post (a live
blog's standfirst, "Follow the latest as unions and employers meet again.") came after it, between the posts.
Its blocks are put back in the page's order, found by their first words in the page's text. So are those of a page
of one `<article>` whose standfirst stands above it, outside it (VnExpress's `<p class="description">`): trafilatura
recovered it after the story.
"""

from __future__ import annotations

from typing import Any

from transforms.formats.html_blocks import clean_text

# Text the page's body shows: no script's nor style's.
_PAGE_TEXT = "//body//text()[not(ancestor::script or ancestor::style)]"
# A paragraph of a sentence above a page's one <article>, outside it: its standfirst
_STANDFIRST_ABOVE = "boolean(//article[1]/preceding::p[string-length(normalize-space()) > 60])"
# A block is found by its first characters: the page's text joins its inline elements as extraction does not.
_PREFIX = 40


def posts_page_text(tree: Any) -> str | None:
    """Return the text of a page's (lxml) body where it holds several `<article>`s, or one with a paragraph above it
    (before extraction prunes it), else None: any other page keeps trafilatura's order, and pays for no second
    reading of its text."""
    articles = tree.iter("article")
    if next(articles, None) is None:
        return None
    if next(articles, None) is None and not tree.xpath(_STANDFIRST_ABOVE):
        return None
    return clean_text(" ".join(tree.xpath(_PAGE_TEXT)))


def in_page_order(blocks: list[str], page_text: str | None) -> list[str]:
    """Return the blocks in the order of their first characters in the page's text, where each is found there
    (else, or without the text, as they are). A block whose first characters the page shows more than once (a
    post's heading, "Polls close", whose words a standfirst above it also opens with) stands where they last
    come before the block after it: a heading opens its post.

    >>> in_page_order(["Post one.", "Follow the latest.", "Post two."], "Live Follow the latest. Post one. Post two.")
    ['Follow the latest.', 'Post one.', 'Post two.']
    >>> in_page_order(["Post one.", "Not on the page."], "Post one.")
    ['Post one.', 'Not on the page.']
    >>> in_page_order(["Rain", "Post one.", "Wind and rain ahead.", "Wind", "Post two."],
    ...               "Wind and rain ahead. Rain Post one. Wind Post two.")
    ['Wind and rain ahead.', 'Rain', 'Post one.', 'Wind', 'Post two.']
    """
    if page_text is None or len(blocks) < 2:
        return blocks
    prefixes = [clean_text(block)[:_PREFIX] for block in blocks]
    places = [page_text.find(prefix) for prefix in prefixes]
    if min(places) < 0 or places == sorted(places):
        return blocks
    for at in range(len(blocks) - 2, -1, -1):  # from the end: the block after is placed already
        if page_text.find(prefixes[at], places[at] + 1) >= 0:  # shown more than once
            before_next = page_text.rfind(prefixes[at], 0, places[at + 1])
            places[at] = before_next if before_next >= 0 else places[at]
    return [block for _, block in sorted(zip(places, blocks, strict=True), key=lambda pair: pair[0])]
