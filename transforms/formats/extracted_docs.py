"""trafilatura's XML output (`trafilatura --xml`, `extract(output_format="xml")`) saved as `.xml`: one article.

Its document element is `<doc>`, the page's metadata in its attributes (`title`, `author`, `date`, `url`,
`sitename`, `language`, ...) and the article's text in `<main>`: a block per paragraph (`<p>`, `<head>`, `<quote>`,
a `<list>`'s `<item>`s; a `<table>` none), a line break inside one `<lb/>`; the page's comments in `<comments>` are
no article text.
Such a file was `not_records` ("XML, but not an RSS or Atom feed"). It is read as a record of its attributes, as
trafilatura's JSON output is (`fields.py`: its `source` the address where it gives no `url`).
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from transforms.formats.base import ReadOptions, ReadResult
from transforms.formats.feed_elements import local_name
from transforms.formats.html_blocks import clean_text
from transforms.formats.records import articles_from_records
from transforms.formats.xml_blocks import block_elements

# trafilatura's names for what the records' common names call otherwise.
_RENAMED = {"sitename": "site", "author": "authors"}
# Blocks whose children are the paragraphs (a list's items), and blocks that are none (a table: its figures).
_CONTAINERS = frozenset({"list", "div"})
_LEFT_OUT = frozenset({"table", "graphic"})


def is_extracted_doc(root: Element) -> bool:
    """Return whether an XML document is trafilatura's output: a `<doc>` holding a `<main>`."""
    return root.tag == "doc" and root.find("main") is not None


def read_extracted_doc(root: Element, options: ReadOptions) -> ReadResult:
    """Return the one article of trafilatura's XML output.

    >>> from xml.etree.ElementTree import fromstring
    >>> doc = fromstring('<doc title="Rates held" date="2024-03-05" categories=""><main><p>The bank held rates.</p>'
    ...                  '<list><item>One.</item><item>Two<lb/>lines.</item></list></main><comments><p>Hi</p>'
    ...                  '</comments></doc>')
    >>> [article] = read_extracted_doc(doc, ReadOptions()).articles
    >>> article.title, article.text, article.published_at.isoformat()
    ('Rates held', 'Rates held\\n\\nThe bank held rates.\\n\\nOne.\\n\\nTwo\\nlines.', '2024-03-05T00:00:00+00:00')
    """
    main = root.find("main")
    paragraphs = [] if main is None else extracted_paragraphs(main)
    record: dict[str, object] = {_RENAMED.get(name, name): value for name, value in root.attrib.items() if value}
    record["text"] = "\n\n".join(paragraphs)
    return articles_from_records([(1, record)], ReadOptions(reserved=options.reserved, unfinished=options.unfinished))


def extracted_paragraphs(element: Element) -> list[str]:
    """Return the paragraphs of trafilatura's XML (or TEI) main text: a block each, a table's cells none.

    trafilatura keeps an article's tables (`<table><row><cell>`): each cell was a paragraph ("Year", "Rise", "2024",
    "7%"), where an HTML page's data table is left out (`html.py`); it is left out here too.
    """
    blocks = block_elements(element, _CONTAINERS, lambda name: name not in _LEFT_OUT)
    return [text for block in blocks if (text := _text(block))]


def _text(block: Element) -> str:
    """Return a block's text, each `<lb/>` in it a line break."""
    parts = [block.text or ""]
    for child in block:
        parts.append("\n" if local_name(child) == "lb" else "".join(child.itertext()))
        parts.append(child.tail or "")
    return "\n".join(clean_text(line) for line in "".join(parts).split("\n")).strip()
