"""A wire story's or an exported page's XML elements read by local name, whatever their namespace: an element's
children and first child of a name, and its text (NITF 3.4 and later, NewsML-G2 and TEI declare a namespace, older
files and trafilatura's output none; `nitf.py`, `newsml.py`, `newsml1.py`, `tei.py`)."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from transforms.formats.feed_elements import local_name
from transforms.formats.html_blocks import clean_text


def children(element: Element | None, name: str) -> list[Element]:
    """Return an element's children of a local name (none for no element).

    >>> from xml.etree.ElementTree import fromstring
    >>> [c.text for c in children(fromstring('<a xmlns:n="urn:n"><n:b>1</n:b><c/><b>2</b></a>'), "b")]
    ['1', '2']
    """
    return [] if element is None else [found for found in element if local_name(found) == name]


def child(element: Element | None, name: str) -> Element | None:
    """Return an element's first child of a local name, or None (for no element too)."""
    return None if element is None else next((found for found in element if local_name(found) == name), None)


def text_of(element: Element | None) -> str:
    """Return an element's text, its inline elements' (`<em>`, `<person>`, `<a>`) with it, white space one space.

    >>> from xml.etree.ElementTree import fromstring
    >>> text_of(fromstring('<p>Ships <em>wait</em>\\n  here.</p>')), text_of(None)
    ('Ships wait here.', '')
    """
    return "" if element is None else clean_text("".join(element.itertext()))
