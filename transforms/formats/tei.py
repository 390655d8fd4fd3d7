"""trafilatura's TEI output (`trafilatura --xmltei`, `extract(output_format="xmltei")`) saved as `.xml`: one article.

Its document element is TEI's `<TEI>` (namespace `http://www.tei-c.org/ns/1.0`). Its `<teiHeader>` describes the page:
`<titleStmt>`'s main `<title>` and `<author>`, and in `<sourceDesc><biblFull><publicationStmt>` its `<publisher>`
("Site (host)"), its `<ptr type="URL" target>` and its `<date>`. The article's text is `<text><body>`'s
`<div type="entry">`, its blocks as trafilatura's XML output's (`extracted_docs.py`: a heading is an `<ab>`, a table
none); the `<div type="comments">` is no article text. Such a file was `not_records`.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from transforms.formats.base import ReadOptions, ReadResult
from transforms.formats.extracted_docs import extracted_paragraphs
from transforms.formats.feed_elements import local_name
from transforms.formats.html_blocks import clean_text
from transforms.formats.records import articles_from_records

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def is_tei(root: Element) -> bool:
    """Return whether an XML document is a TEI document (`<TEI>`, in TEI's namespace or none)."""
    return local_name(root) == "TEI"


def read_tei(root: Element, options: ReadOptions) -> ReadResult:
    """Return the one article of trafilatura's TEI output.

    >>> from xml.etree.ElementTree import fromstring
    >>> doc = fromstring('<TEI><teiHeader><fileDesc><titleStmt><title type="main">Rates held</title></titleStmt>'
    ...     '<sourceDesc><biblFull><publicationStmt><publisher>Daily (daily.test)</publisher><date>2024-03-05</date>'
    ...     '</publicationStmt></biblFull></sourceDesc></fileDesc></teiHeader><text><body><div type="entry">'
    ...     '<p>The bank held rates.</p></div><div type="comments"><p>Hi</p></div></body></text></TEI>')
    >>> [article] = read_tei(doc, ReadOptions()).articles
    >>> article.title, article.site, article.text, article.published_at.isoformat()
    ('Rates held', 'Daily', 'Rates held\\n\\nThe bank held rates.', '2024-03-05T00:00:00+00:00')
    """
    header = _child(root, "teiHeader")
    file_desc = _child(header, "fileDesc")
    titles = _child(file_desc, "titleStmt")
    publication = _child(_child(_child(file_desc, "sourceDesc"), "biblFull"), "publicationStmt")
    record: dict[str, object] = {}
    title = next((_text(t) for t in _children(titles, "title") if t.get("type", "main") == "main"), "")
    if title:
        record["title"] = title
    if authors := [text for author in _children(titles, "author") if (text := _text(author))]:
        record["authors"] = authors
    if date := _text(_child(publication, "date")):
        record["date"] = date
    if url := next((ptr.get("target") for ptr in _children(publication, "ptr") if ptr.get("type") == "URL"), None):
        record["url"] = url
    publisher = _text(_child(publication, "publisher"))
    if publisher:  # trafilatura writes "site (host)", or the host alone
        record["site"] = publisher.split(" (", 1)[0] if publisher.endswith(")") else publisher
    text_element = _child(root, "text")
    if language := (text_element.get(_XML_LANG) if text_element is not None else None):
        record["language"] = language
    body = _child(text_element, "body")
    entries = [div for div in _children(body, "div") if div.get("type", "entry") == "entry"]
    paragraphs = [paragraph for entry in entries for paragraph in extracted_paragraphs(entry)]
    if paragraphs and paragraphs[0] == title:  # the page's <h1>, written as an <ab> header: the title again
        paragraphs = paragraphs[1:]
    record["text"] = "\n\n".join(paragraphs)
    return articles_from_records([(1, record)], ReadOptions(reserved=options.reserved, unfinished=options.unfinished))


def _children(element: Element | None, name: str) -> list[Element]:
    return [] if element is None else [child for child in element if local_name(child) == name]


def _child(element: Element | None, name: str) -> Element | None:
    return next(iter(_children(element, name)), None)


def _text(element: Element | None) -> str:
    return "" if element is None else clean_text("".join(element.itertext()))
