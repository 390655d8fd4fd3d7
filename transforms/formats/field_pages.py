"""A records text field that holds a whole web page (a scraper's `html`, a crawl's `content`): its article.

Read as a fragment (`markup.text_of_markup`), a page gave every block of it as paragraphs: the menu ("Home
News Sport"), the headline again, the footer's "Copyright ... Cookie settings". A field that is a whole
document (it opens with `<!doctype html>` or `<html>`, or has a `<body>`) is read as an HTML file's page is,
by its article extraction; a page whose extraction finds no text is read as a fragment still.
"""

from __future__ import annotations

import re

from transforms.text import is_blank

_WHOLE_PAGE = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>])|<body[\s>]", re.IGNORECASE)


def is_whole_page(text: str) -> bool:
    """Return whether a field's markup is a whole HTML document, not a fragment of one.

    >>> is_whole_page("<!DOCTYPE html><html><body><p>Rain.</p></body></html>"), is_whole_page("<p>Rain.</p>")
    (True, False)
    """
    return "<" in text and _WHOLE_PAGE.search(text) is not None


def page_article(text: str, title: str | None) -> str | None:
    """Return a whole page's article text, a paragraph per block, without a block that repeats the record's
    title; None when extraction finds no text (the caller reads the field as a fragment)."""
    import trafilatura  # here: only a worker that meets such a field pays for importing it

    from transforms.formats.html_extraction import article_extraction
    from transforms.formats.html_timestamps import DATE_PARAMS

    tree = trafilatura.load_html(text)
    if tree is None:
        return None
    _, blocks = article_extraction(tree, text, DATE_PARAMS)
    heading = " ".join(title.split()) if title else None
    blocks = [block for block in blocks if not is_blank(block) and " ".join(block.split()) != heading]
    return "\n\n".join(blocks) if blocks else None
