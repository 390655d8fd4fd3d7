"""NITF (the IPTC's News Industry Text Format, 3.x) saved as `.xml`: one article, as wire services deliver a story.

A story is `<nitf>`: its `<head>` holds a `<title>` and `<docdata>` (the story's id, `<doc-id id-string>`, and its
dates, `<date.issue norm>`, `<date.release norm>`, written in ISO 8601's basic form, `20240305T142000Z`), its
`<body>` a `<body.head>` (the headline, `<hedline><hl1>`, a `<byline>`: its `<person>`s, or its words without its
`<byttl>` title, a `<dateline>`) and a `<body.content>`: its
paragraphs `<p>`, grouped in `<block>`s, with section headings (`<hl2>`), lists (`<ol>`, `<ul>`: an item a
paragraph) and block quotes (`<bq>`) among them. A `<table>` (a story's figures), `<media>` (a photo and its caption)
and `<note>` are no paragraphs, as an HTML page's data table and captions are not. Such a file was `not_records`
("XML, but not an RSS or Atom feed"). NewsML-G2 items carry NITF inside them (`newsml.py`), read the same way.
Element names are read without their namespace: NITF 3.4 and later declare one, older files none.

A wire's day or a CMS's export may hold several stories in one file, `<nitf>` after `<nitf>` under a document element
of its own (`<nitf-collection>`, `<stories>`: NITF names none): each is an article, a record of the file, as a
feed's items are (it was `not_records`, "XML, but not an RSS or Atom feed").
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from transforms.formats.base import ReadOptions, ReadResult
from transforms.formats.feed_elements import local_name
from transforms.formats.html_blocks import clean_text
from transforms.formats.records import articles_from_records
from transforms.formats.xml_blocks import block_elements
from transforms.formats.xml_names import child, text_of

# Elements of `<body.content>` whose children are its paragraphs (a list's items, a block quote's paragraphs).
_CONTAINERS = frozenset({"block", "bq", "ol", "ul", "dl", "body.content"})
# Elements of `<body.content>` that are a paragraph each.
_PARAGRAPHS = frozenset({"p", "hl2", "li", "dt", "dd", "pre", "credit"})
# The story's dates, the first present its publication's: when it was issued, else released.
_DATES = ("date.issue", "date.release")
# Where a byline opens with "By", as wire bylines do ("By Jane Doe"), the word is no author's.
_BY = "by "


def is_nitf(root: Element) -> bool:
    """Return whether an XML document is a NITF story (its document element `<nitf>`, namespaced or not), or several
    (`<nitf>` elements its document element's children)."""
    return local_name(root) == "nitf" or any(local_name(element) == "nitf" for element in root)


def read_nitf(root: Element, options: ReadOptions) -> ReadResult:
    """Return the article of a NITF story, read as a record of its headline, date, byline and paragraphs (of each
    story of a file of several, a record each).

    >>> from xml.etree.ElementTree import fromstring
    >>> story = fromstring('<nitf><head><title>Strike</title><docdata><date.issue norm="20240305T142000Z"/>'
    ...     '</docdata></head><body><body.head><hedline><hl1>Port strike ends</hl1></hedline><byline>By Jane Doe'
    ...     '</byline></body.head><body.content><p>Dockers went back.</p><table><tr><td>7%</td></tr></table>'
    ...     '<block><hl2>Next</hl2><p>Ships <em>wait</em>.</p></block></body.content></body></nitf>')
    >>> [article] = read_nitf(story, ReadOptions()).articles
    >>> article.title, article.text, article.published_at.isoformat(), article.authors
    ('Port strike ends', 'Port strike ends\\n\\nDockers went back.\\n\\nNext\\n\\nShips wait.', \
'2024-03-05T14:20:00+00:00', ('Jane Doe',))
    """
    stories = [root] if local_name(root) == "nitf" else [element for element in root if local_name(element) == "nitf"]
    records = [(number, nitf_record(story)) for number, story in enumerate(stories, 1)]
    return articles_from_records(records, ReadOptions(reserved=options.reserved, unfinished=options.unfinished))


def nitf_record(root: Element) -> dict[str, object]:
    """Return a NITF story's fields as a record: its title, date, id, authors, language and text."""
    head, body = child(root, "head"), child(root, "body")
    body_head = child(body, "body.head")
    docdata = child(head, "docdata")
    record: dict[str, object] = {}
    headline = text_of(child(child(body_head, "hedline"), "hl1")) or text_of(child(head, "title"))
    if headline:
        record["title"] = headline
    date = next((value for name in _DATES if (value := _attribute(child(docdata, name), "norm"))), None)
    if date:
        record["date"] = date
    doc_id = _attribute(child(docdata, "doc-id"), "id-string")
    if doc_id:
        record["id"] = doc_id
    if authors := _byline_authors(child(body_head, "byline")):
        record["authors"] = authors
    language = next((value for name, value in root.attrib.items() if name.endswith("lang")), None)
    if language:
        record["language"] = language
    record["text"] = "\n\n".join(nitf_paragraphs(child(body, "body.content")))
    return record


def nitf_paragraphs(content: Element | None) -> list[str]:
    """Return the paragraphs of a NITF `<body.content>` (or of a `<block>`), tables, media and notes left out."""
    if content is None:
        return []
    blocks = block_elements(content, _CONTAINERS, _PARAGRAPHS.__contains__)
    return [text for block in blocks if (text := text_of(block))]


def _byline_authors(byline: Element | None) -> list[str] | str | None:
    """Return a byline's authors: its `<person>`s, else its words without "By" and without its `<byttl>` (the
    writer's title or agency: "By Jane Doe<byttl>Associated Press</byttl>" was the author "Jane DoeAssociated Press").
    """
    if byline is None:
        return None
    persons = [text for element in byline.iter() if local_name(element) == "person" and (text := text_of(element))]
    if persons:
        return persons
    parts = [byline.text or ""]
    for part in byline:
        parts.extend(("" if local_name(part) == "byttl" else "".join(part.itertext()), part.tail or ""))
    text = clean_text("".join(parts))
    return (text[len(_BY):] if text.lower().startswith(_BY) else text) or None


def _attribute(element: Element | None, name: str) -> str | None:
    """Return an element's attribute, or None (for no element too)."""
    return None if element is None else element.get(name)
