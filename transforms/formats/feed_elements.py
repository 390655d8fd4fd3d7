"""An RSS or Atom item's elements, read by name: each element's name as the feed reader writes it
("title", "dc:creator", "atom:link"), an element's child by that name, and an element's text (`feed`)."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from transforms.formats.feed_xml import ATOM, ATOM_03
from transforms.formats.markup import text_of_field

# An element's name in an item, by its namespace: RSS 2.0's have none, RSS 1.0's and 0.90's their own.
_PREFIXES = {
    "": "", "http://purl.org/rss/1.0/": "", "http://my.netscape.com/rdf/simple/0.9/": "", ATOM: "atom:",
    "http://purl.org/rss/1.0/modules/content/": "content:", "http://purl.org/dc/elements/1.1/": "dc:",
    "http://www.itunes.com/dtds/podcast-1.0.dtd": "itunes:", "http://search.yahoo.com/mrss/": "media:",
    ATOM_03: "atom:",
}
# Atom 0.3's elements by their Atom 1.0 names: its `issued` is when an entry was published, its `modified`
# when it last changed, as 1.0's `published` and `updated` are.
_ATOM_03_NAMES = {"issued": "published", "modified": "updated", "tagline": "subtitle"}


def find_child(parent: Element, name: str) -> Element | None:
    """Return an element's first child of that name (`element_name`), None where it has none."""
    return next((e for e in parent if element_name(e) == name), None)


def element_text(element: Element | None) -> str | None:
    """Return an element's text with its character references unescaped, as a records field's are: feeds written
    by HTML tools escape twice, `<dc:creator>Bob O&amp;#8217;Neil</dc:creator>`, `Marks &amp;amp; Spencer`, and the
    author "Bob O&#8217;Neil" was two, split at its ";" ("Bob O", "Neil"). A title, an author or a category is
    text a CMS wrote, unescaped as a JSON or CSV export's title is (`markup.plain_title`): "Marks & Spencer"."""
    return unescaped(plain_text(element))


def element_url(element: Element | None) -> str | None:
    """Return an element's text as a link: every character reference unescaped, as a browser reads a link the page
    escaped (`<link>/a?x=1&amp;amp;y=2</link>` is "/a?x=1&y=2")."""
    value = plain_text(element)
    return text_of_field(value) if value else value


def unescaped(value: str | None) -> str | None:
    """Return a text read from the feed's XML with its character references unescaped (`markup.text_of_field`)."""
    return text_of_field(value) if value else value


def plain_text(element: Element | None) -> str | None:
    """Return an element's text, stripped; None for no element or no text."""
    if element is None:
        return None
    return "".join(element.itertext()).strip() or None


def element_name(element: Element) -> str | None:
    """Return an element's name as the feed reader reads it ("title", "dc:creator", "atom:link"), None for
    an element of another namespace (and for a comment)."""
    if not isinstance(element.tag, str):
        return None
    namespace, _, local = element.tag[1:].rpartition("}") if element.tag.startswith("{") else ("", "", element.tag)
    prefix = _PREFIXES.get(namespace)
    if prefix is None:
        return None
    return prefix + (_ATOM_03_NAMES.get(local, local) if namespace == ATOM_03 else local)


def local_name(element: Element) -> str:
    """Return an element's name without its namespace ("" for a comment)."""
    return element.tag.rpartition("}")[2] if isinstance(element.tag, str) else ""
