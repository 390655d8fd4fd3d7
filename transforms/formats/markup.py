"""HTML markup inside a records file's fields (CMS and API exports): its text, a paragraph per block.

Only a value that clearly is markup is read as HTML: one with a block tag (`<p>`, `<br>`, `<div>`,
a heading, a list). Plain text that merely holds a "<" or an "&" is kept as written.
"""

from __future__ import annotations

import html
import re

_BLOCK_TAG = re.compile(
    r"<(?:p|br|div|h[1-6]|li|ul|ol|blockquote|pre|table|tr|section|article|figure|figcaption)\b[^>]*>",
    re.IGNORECASE,
)
_BLOCKS = (
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr",
    "section", "article", "figure", "figcaption",
)
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def is_markup(text: str) -> bool:
    """Return whether a field's text is HTML markup (has a block tag), not prose.

    >>> is_markup("<p>Rain.</p>"), is_markup("Rain < 2 mm & wind"), is_markup("Use <b>bold</b>")
    (True, False, False)
    """
    return _BLOCK_TAG.search(text) is not None


def text_of_markup(markup: str) -> str:
    """Return the text of an HTML fragment: a paragraph per block element, a line per <br>, entities unescaped.

    >>> text_of_markup("<p>Tax &amp; spend.</p>\\n<p>Second<br>line.</p><script>x()</script>")
    'Tax & spend.\\n\\nSecond\\nline.'
    >>> text_of_markup("<p>A form\\x0cfeed</p>")
    'A form feed'
    """
    from lxml import html as lxml_html  # lxml comes with trafilatura

    # Control characters XML does not allow (a form feed, an escape) make lxml refuse the whole value.
    root = lxml_html.fragment_fromstring(_NOT_XML.sub(" ", markup), create_parent="div")
    for element in root.xpath(".//script|.//style"):
        element.drop_tree()
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    for element in root.iter(*_BLOCKS):
        element.text = "\n\n" + (element.text or "")
        element.tail = "\n\n" + (element.tail or "")
    paragraphs = _PARAGRAPH_BREAK.split(root.text_content())
    lines = ("\n".join(_SPACES.sub(" ", line).strip() for line in p.split("\n")) for p in paragraphs)
    return "\n\n".join(p.strip("\n") for p in lines if p.strip())


def text_of_field(text: str) -> str:
    """Return a records text field as text: extracted when it is markup, else as written."""
    return text_of_markup(text) if is_markup(text) else text


def plain_title(title: str) -> str:
    """Return a title with its character references unescaped (CMS exports write "&amp;", "&#8217;").

    >>> plain_title("Council &amp; cyclists"), plain_title("AT&T results")
    ('Council & cyclists', 'AT&T results')
    """
    return html.unescape(title) if _ENTITY.search(title) else title
