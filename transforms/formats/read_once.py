"""A page's texts as it writes them, read once, where trafilatura reads them twice.

The page's parser reads its markup's escapes once ("&amp;amp;" is "&amp;", as the article's text reads it), and
trafilatura unescapes the texts of the metadata it reads from the parsed page again: "Marks &amp;amp; Spencer"
was "Marks & Spencer" in a title (`page_headlines`), a description or a site name (`meta_texts`). It also deletes
what reads as a tag in a meta tag's value read once, text the page wrote escaped: "the &lt;b&gt; tag" was "the
tag", "if a&lt;b and c&gt;d" was "if ad".
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Any

from transforms.formats.html_blocks import clean_text
from transforms.formats.markup import as_read, text_of_field

# A character reference left in a text its markup has read once: the page escaped it twice ("&amp;amp;")
_REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
# What trafilatura deletes from a meta tag's value as a tag or a comment (its `HTML_STRIP_TAGS`)
_TAG_LIKE = re.compile(r"<!--.*?-->|<[^>]*>")


def _as_trafilatura_reads(text: str) -> str:
    """Return a text read once as trafilatura gives it: without what reads as a tag, unescaped again.

    >>> _as_trafilatura_reads("the <b> tag &amp; a<b and c>d")
    'the tag & ad'
    """
    return clean_text(html.unescape(_TAG_LIKE.sub("", text)))


def misread(texts: Iterable[str]) -> tuple[str, ...]:
    """Return the texts, read once, that trafilatura reads otherwise: those that hold a character reference still (the
    page escaped them twice) or text that reads as a tag (the page escaped it once).

    >>> misread(["Marks &amp; Spencer", "Marks & Spencer", "AT&T", "Marks &amp; Spencer", "the <b> tag", "a<b"])
    ('Marks &amp; Spencer', 'the <b> tag')
    """
    return tuple(dict.fromkeys(text for text in texts if "&" in text and _REFERENCE.search(text)
                               or "<" in text and _TAG_LIKE.search(text)))


def meta_texts(tree: Any) -> tuple[str, ...]:
    """Return the values of a page's meta tags and its <title> as the page writes them, read once, where it escaped
    them twice or wrote a tag's text (`misread`): where trafilatura reads its description (description, og:description,
    twitter:description) and its site's name (og:site_name, application-name, a <title>'s "| example.com").

    >>> from lxml import html as lxml_html
    >>> meta_texts(lxml_html.fromstring('<html><head><meta name="description" content="Marks &amp;amp; Spencer">'
    ...     '<meta property="og:site_name" content="The Post"></head></html>'))
    ('Marks &amp; Spencer',)
    """
    found = [clean_text(str(value)) for value in tree.xpath("//head/meta/@content")]
    found += [clean_text(element.text_content()) for element in tree.xpath("//head/title")]
    return misread(found)


def read_once(found: str | None, written: tuple[str, ...]) -> str | None:
    """Return trafilatura's title, description or site name, `found`, as the page writes it read once: trafilatura
    unescapes what the page's parser has read, so a title the page escaped twice ("Marks &amp;amp; Spencer") was
    "Marks & Spencer", where its text reads "Marks &amp; Spencer". Of `written` (`PageHeadlines.written`,
    `meta_texts`), the one, or its start or end (a <title>'s "Headline | Site"), that unescaped is `found`, read as a
    feed's element is (`markup.as_read`: a character's reference escaped twice, "&amp;#8217;", is still the
    character); else `found`.

    >>> read_once("Marks & Spencer rise", ("Marks &amp; Spencer rise | The Post",))
    'Marks &amp; Spencer rise'
    >>> read_once("O’Neil wins", ("O&#8217;Neil wins",)), read_once("Rain", ("Sun &amp; rain",))
    ('O’Neil wins', 'Rain')
    """
    if not found or not written:
        return found
    for title in written:
        if found not in _as_trafilatura_reads(title):
            continue
        for cut in range(len(title), 0, -1):
            for part in (title[:cut], title[len(title) - cut:]):
                if _as_trafilatura_reads(part) == found:
                    return clean_text(text_of_field(as_read(part)))
    return found
