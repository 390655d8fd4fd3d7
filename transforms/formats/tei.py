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
from transforms.formats.records import articles_from_records
from transforms.formats.xml_names import child, children, text_of

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
    header = child(root, "teiHeader")
    file_desc = child(header, "fileDesc")
    titles = child(file_desc, "titleStmt")
    publication = child(child(child(file_desc, "sourceDesc"), "biblFull"), "publicationStmt")
    record: dict[str, object] = {}
    title = next((text_of(t) for t in children(titles, "title") if t.get("type", "main") == "main"), "")
    if title:
        record["title"] = title
    if authors := [text for author in children(titles, "author") if (text := text_of(author))]:
        record["authors"] = authors
    if date := text_of(child(publication, "date")):
        record["date"] = date
    if url := next((ptr.get("target") for ptr in children(publication, "ptr") if ptr.get("type") == "URL"), None):
        record["url"] = url
    publisher = text_of(child(publication, "publisher"))
    if publisher:  # trafilatura writes "site (host)", or the host alone
        record["site"] = publisher.split(" (", 1)[0] if publisher.endswith(")") else publisher
    text_element = child(root, "text")
    if language := (text_element.get(_XML_LANG) if text_element is not None else None):
        record["language"] = language
    body = child(text_element, "body")
    entries = [div for div in children(body, "div") if div.get("type", "entry") == "entry"]
    paragraphs = [paragraph for entry in entries for paragraph in extracted_paragraphs(entry)]
    if paragraphs and paragraphs[0] == title:  # the page's <h1>, written as an <ab> header: the title again
        paragraphs = paragraphs[1:]
    record["text"] = "\n\n".join(paragraphs)
    return articles_from_records([(1, record)], ReadOptions(reserved=options.reserved, unfinished=options.unfinished))
