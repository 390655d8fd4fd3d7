"""A page's tags as its meta tags write them: each `article:tag`'s and keywords meta tag's value read once, and
split at its commas.

trafilatura reads them as one text per meta tag, unescaped a second time and without its quotes: "Q&amp;amp;A"
was "Q&A", where the page's text reads "Q&amp;A", "O'Neil" was "ONeil", and "Weather,UK news" one tag. A keywords
meta tag is a list of keywords parted by commas (the HTML standard's), and so is the `article:tag` of pages that
write all their tags in one.
"""

from __future__ import annotations

from typing import Any

from transforms.formats.html_blocks import clean_text
from transforms.formats.markup import as_read, text_of_field

# The meta tags trafilatura reads tags from (its `METANAME_TAG`, and `article:tag`), by name or property.
_TAG_NAMES = ("keywords", "news_keywords", "tags", "parsely-tags", "citation_keywords", "dcterms.subject",
              "shareaholic:keywords")
_TAG_META = "//head/meta[@property='article:tag' or {}]/@content".format(
    " or ".join(f"translate(@name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')='{name}'"
                for name in _TAG_NAMES))


def page_tags(tree: Any) -> list[str]:
    """Return the tags of a page's meta tags, each once, in the page's order, as the page writes them read once.

    >>> from lxml import html as lxml_html
    >>> page_tags(lxml_html.fromstring('<html><head><meta name="keywords" content="rates, Q&amp;amp;A, O&#39;Neil">'
    ...     '<meta property="article:tag" content="Weather,UK news"><meta property="article:tag" content="rates">'
    ...     '</head><body></body></html>'))
    ['rates', 'Q&amp;A', "O'Neil", 'Weather', 'UK news']
    """
    values = tree.xpath(_TAG_META)
    tags = (clean_text(text_of_field(as_read(part))) for value in values for part in str(value).split(","))
    return list(dict.fromkeys(tag for tag in tags if tag))
