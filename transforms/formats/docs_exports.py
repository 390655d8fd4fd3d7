"""A word processor's document saved as a web page: Google Docs' "Download → Web page" export, whose headline is a
paragraph in the document's Title style (`<p class="c2 title">`), no <title> and no <h1>. The page was read
without a headline, its byline under the title a paragraph."""

from __future__ import annotations

from typing import Any

# Google Docs marks its export's <body> "doc-content" and the Title style's paragraph "title" (beside its own
# generated classes, "c2"): only there is a paragraph of class "title" a headline
_DOCS_TITLE = ("//body[contains(concat(' ', normalize-space(@class), ' '), ' doc-content ')]"
               "//p[contains(concat(' ', normalize-space(@class), ' '), ' title ')]")


def with_docs_headline(tree: Any) -> None:
    """Make a Google Docs export's first Title-styled paragraph the page's <h1>, as the document shows it.

    >>> from lxml import html
    >>> page = html.fromstring('<html><body class="c5 doc-content"><p class="c2 title"><span>Rates held</span></p>'
    ...                        '<p class="c1">By Maya Chen</p></body></html>')
    >>> with_docs_headline(page); [e.tag for e in page.iter("h1", "p")]
    ['h1', 'p']
    """
    body = tree.find("body")
    if body is None or "doc-content" not in body.get("class", ""):  # most pages: no XPath asked
        return
    titles = tree.xpath(_DOCS_TITLE)
    if titles:
        titles[0].tag = "h1"
