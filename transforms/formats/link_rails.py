"""The rails of links a page sets inside its article ("Related", "Most read", "More on this story"): a short heading
over a list of other stories' links. trafilatura drops the links but keeps the heading: "Related" and "Most read"
were body paragraphs between the story's own.

A rail is an element inside an <article> or <main> of two links or more whose text, its heading's aside, is its
links' (nine tenths of it at least), with no <h1> in it: it is taken out before extraction, with the short heading
right before it where the heading is its sibling (`<h2>Most read</h2><ol>...</ol>`). A list article's linked headings
have their paragraphs (`list_items`), and an article's own text is no link: neither is a rail.
"""

from __future__ import annotations

import re
from typing import Any

MIN_LINKS = 2
_LINK_SHARE = 0.9
# A rail's heading is a few words, without a sentence's full stop.
_HEADING_WORDS = 6
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# Inside the article (or the page's main part), where extraction reads: a rail outside it is dropped with the rest.
_RAILS = ("//*[self::article or self::main]//*[self::aside or self::section or self::div or self::nav or self::ul"
          " or self::ol]")


def without_link_rails(tree: Any) -> int:
    """Take the link rails out of a parsed page (module docstring); return how many.

    >>> from lxml import html
    >>> page = html.fromstring('<html><body><article><h1>Nurses vote</h1><p>Members voted to accept.</p>'
    ...     '<h2>Most read</h2><ol><li><a href="/d">Man charged</a></li><li><a href="/e">Snow warning</a></li></ol>'
    ...     '<p>The union said so.</p></article></body></html>')
    >>> without_link_rails(page), [e.text_content() for e in page.xpath("//article/*")]
    (1, ['Nurses vote', 'Members voted to accept.', 'The union said so.'])
    >>> story = html.fromstring('<html><body><div><p>Read <a href="/a">the report</a> and '
    ...     '<a href="/b">the reply</a> in full, the minister said on Monday.</p></div></body></html>')
    >>> without_link_rails(story)
    0
    """
    rails = [element for element in tree.xpath(_RAILS) if _is_rail(element)]
    outermost = [rail for rail in rails if not any(other in rails for other in rail.iterancestors())]
    for rail in outermost:
        heading = rail.getprevious()
        if heading is not None and _is_rail_heading(heading):
            _drop(heading)
        _drop(rail)
    return len(outermost)


def _is_rail(element: Any) -> bool:
    """Return whether an element is a rail: links, a short heading at most, nothing else."""
    links = element.xpath(".//a[@href]")
    if len(links) < MIN_LINKS or element.xpath(".//h1"):
        return False
    headings = [child for child in element.iter() if child.tag in _HEADINGS]
    if len(headings) > 1 or any(not _is_rail_heading(heading) for heading in headings):
        return False
    heading_text = sum(len(_text(heading)) for heading in headings)
    text = len(_text(element)) - heading_text
    linked = sum(len(_text(link)) for link in links if not any(h in headings for h in link.iterancestors()))
    return text > 0 and linked >= _LINK_SHARE * text


def _is_rail_heading(element: Any) -> bool:
    """Return whether an element is a heading of a few words, no sentence, and no link."""
    text = _text(element)
    return (element.tag in _HEADINGS and 0 < len(text.split()) <= _HEADING_WORDS and not text.endswith(".")
            and not element.xpath(".//a[@href]"))


def _text(element: Any) -> str:
    return re.sub(r"\s+", " ", element.text_content()).strip()


def _drop(element: Any) -> None:
    """Take an element out of its tree, keeping the text after it (its tail)."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail and element.tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)
