"""A records text field that holds a whole web page (a scraper's `html`, a crawl's `content`): its article.

Read as a fragment (`markup.text_of_markup`), a page gave every block of it as paragraphs: the menu ("Home
News Sport"), the headline again, the footer's "Copyright ... Cookie settings". A field that is a whole
document (it opens with `<!doctype html>` or `<html>`, or has a `<body>`) is read as an HTML file's page is,
by its article extraction; a page whose extraction finds no text is read as a fragment still. A page that
is no article (an error page, a bot check, a consent wall: `error_pages`) is no text, as an `.html` file of it
is, and the page's own headline (its <h1>, which may differ from the record's title) is no paragraph.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from transforms.formats.field_paths import NotText
from transforms.text import is_blank
from transforms.word_counts import word_count

_WHOLE_PAGE = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>])|<body[\s>]", re.IGNORECASE)


def is_whole_page(text: str) -> bool:
    """Return whether a field's markup is a whole HTML document, not a fragment of one.

    >>> is_whole_page("<!DOCTYPE html><html><body><p>Rain.</p></body></html>"), is_whole_page("<p>Rain.</p>")
    (True, False)
    """
    return "<" in text and _WHOLE_PAGE.search(text) is not None


class PageArticle(NamedTuple):
    """A whole page's article: its text, and the page's headline (the record's title where it has none)."""

    text: str
    headline: str | None


def page_article(text: str, title: str | None) -> PageArticle | None:
    """Return a whole page's article text, a paragraph per block, without a block that repeats the record's
    title nor the page's own headline, and the page's headline; None when extraction finds no text (the caller
    reads the field as a fragment). Raise NotText for a page that is no article (an error page, a consent wall)."""
    import trafilatura  # here: only a worker that meets such a field pays for importing it

    from transforms.formats.error_pages import needs_page_text, not_an_article
    from transforms.formats.html import PAGE_TEXT
    from transforms.formats.html_blocks import clean_text
    from transforms.formats.html_extraction import article_extraction
    from transforms.formats.html_timestamps import DATE_PARAMS
    from transforms.formats.listing_pages import is_index_page, teaser_text
    from transforms.formats.site_names import page_site_names

    tree = trafilatura.load_html(text)
    if tree is None:
        return None
    # Read before extraction, which prunes the tree (as `read_html` reads them).
    headings = [clean_text(e.text_content()) for e in tree.xpath("//head/title|//h1")]
    page_text = clean_text(" ".join(tree.xpath(PAGE_TEXT))) if needs_page_text(headings) else ""
    site_names = page_site_names(tree)
    teasers = teaser_text(tree)
    document, blocks = article_extraction(tree, text, DATE_PARAMS)
    # The record's title, and where the record has one, the page's headline: a title already.
    titles = {" ".join(found.split()) for found in (title, document and title and document.title) if found}
    blocks = [block for block in blocks if not is_blank(block) and " ".join(block.split()) not in titles]
    if not blocks:
        return None
    if is_index_page(blocks, teasers):  # a section's page of teasers ("Latest"), as an .html file of it is
        raise NotText("a web page that reads as an index page (teasers of other stories), not an article")
    if document is not None:
        site_names += [name for name in (document.sitename, document.hostname) if name]
    not_article = not_an_article(headings, sum(map(word_count, blocks)), page_text, site_names)
    if not_article is not None:
        kind, heading = not_article
        raise NotText(f"a web page that reads as {kind} ({heading!r}), not an article")
    headline = clean_text(document.title) if document is not None and document.title else None
    return PageArticle("\n\n".join(blocks), headline or None)
