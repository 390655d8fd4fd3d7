"""Pages that are lists of links under headings, no article: a read-later service's export (Pocket's
`ril_export.html`: "Unread" and "Read Archive", each a list of saved links) or a browser's bookmarks file.

trafilatura drops the links as navigation and keeps the headings (or keeps a bookmarks file's links, each a
block): such a file was an article titled "Pocket Export" whose text was "Unread" and "Read Archive". A page whose
extracted text is its headings and its links' texts alone says nothing of its own; it is quarantined with no
article text, as an index page is.
"""

from __future__ import annotations

from typing import Any

# Links to other pages a list holds at the least: two. A page whose every block is a heading or a link's text says
# nothing of its own, however few it links to (a Pocket export of two saved links was an article "Pocket Export",
# its text "Unread" and "Read Archive", when three were asked for); a page of one link is a redirect's stub, told as
# one (`not_an_article`).
MIN_LINKS = 2
_HEADINGS = "//body//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"


def page_links(tree: Any) -> tuple[frozenset[str], int]:
    """Return the texts of a parsed page's headings and links (read before extraction prunes the tree), and its
    links' count.

    >>> import lxml.html
    >>> page = '<html><body><h1>Unread</h1><p><a href="/a">A</a></p></body></html>'
    >>> texts, links = page_links(lxml.html.fromstring(page))
    >>> sorted(texts), links
    (['A', 'Unread'], 1)
    """
    links = tree.xpath("//body//a[@href]")
    texts = frozenset(" ".join(e.text_content().split()) for e in [*tree.xpath(_HEADINGS), *links])
    return texts, len(links)


def link_list_detail(blocks: list[str], texts: frozenset[str], links: int) -> str | None:
    """Return why a page whose extracted blocks are `blocks` is a list of links, no article (`page_links`: its
    headings' and links' texts, its links' count): each block is one of those texts, and it has `MIN_LINKS` links
    or more; else None.

    >>> link_list_detail(["Unread", "Read Archive"], frozenset({"Unread", "Read Archive"}), 40)
    'a list of 40 links (Unread, Read Archive), no article text: a read-later or bookmarks export?'
    >>> link_list_detail(["Unread", "Rain fell all day."], frozenset({"Unread"}), 40) is None
    True
    """
    if links < MIN_LINKS or not blocks or any(" ".join(block.split()) not in texts for block in blocks):
        return None
    named = ", ".join(blocks[:3]) + (", ..." if len(blocks) > 3 else "")
    return f"a list of {links} links ({named}), no article text: a read-later or bookmarks export?"
