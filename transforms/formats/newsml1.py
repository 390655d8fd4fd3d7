"""NewsML 1.x (the IPTC's first news exchange format, still sent by some agencies) saved as `.xml`: an article per
news item.

A file is `<NewsML>`, its `<NewsItem>`s each an article: its key the item's `<PublicIdentifier>`, its headline the
first `<NewsLines><HeadLine>` of its `<NewsComponent>`s, its date its `<NewsManagement>`'s `<FirstCreated>` (else
`<ThisRevisionCreated>`, else the envelope's `<DateAndTime>`), written in ISO 8601's basic form (`20240305T142000Z`),
and its text its components' `<DataContent>`: a NITF story's paragraphs (`nitf.py`), or plain text's paragraphs
between blank lines (of a component's equivalents, the same story in two formats, the first only). A component with
no data content (a photo, referred to by its `Href`) gives no text, nor does a content item that says it is no text
(its `<MediaType>` a photo's, its `<MimeType>` an image's, its data inside an `<Encoding>`: base64 bytes) or one of a
component whose `<Role>` is `Caption` (a photo's caption is no article text, as in NITF and HTML); an item with none
is a bad record. Such a file was `not_records`.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from transforms.formats.base import ReadOptions, ReadResult
from transforms.formats.feed_elements import local_name
from transforms.formats.html_blocks import clean_text
from transforms.formats.nitf import is_nitf, nitf_paragraphs
from transforms.formats.records import articles_from_records
from transforms.formats.xml_names import child, children

# An item's dates, the first it gives its publication's: when it was first created, when this revision was.
_DATES = ("FirstCreated", "ThisRevisionCreated")
# The MIME types of a content item that is text: plain text, NITF ("text/vnd.IPTC.NITF", "application/nitf+xml"),
# XHTML; not a photo's, a video's or a sound's.
_TEXT_MIME_TYPES = ("text/", "application/nitf", "application/xhtml", "application/xml")


def is_newsml1(root: Element) -> bool:
    """Return whether an XML document is NewsML 1.x (its document element `<NewsML>`)."""
    return local_name(root) == "NewsML"


def read_newsml1(root: Element, options: ReadOptions) -> ReadResult:
    """Return the articles of a NewsML 1.x file, an item without text a bad record.

    >>> from xml.etree.ElementTree import fromstring
    >>> news = fromstring('<NewsML><NewsItem><NewsManagement><FirstCreated>20240305T142000Z</FirstCreated>'
    ...     '</NewsManagement><NewsComponent><NewsLines><HeadLine>Port strike ends</HeadLine></NewsLines><ContentItem>'
    ...     '<DataContent><nitf><body><body.content><p>Dockers went back.</p></body.content></body></nitf>'
    ...     '</DataContent></ContentItem></NewsComponent></NewsItem></NewsML>')
    >>> [article] = read_newsml1(news, ReadOptions()).articles
    >>> article.title, article.text, article.published_at.isoformat()
    ('Port strike ends', 'Port strike ends\\n\\nDockers went back.', '2024-03-05T14:20:00+00:00')
    """
    sent = _first_text(_descendants(child(root, "NewsEnvelope"), "DateAndTime"))
    items = children(root, "NewsItem")
    records = [(number, _record(item, sent)) for number, item in enumerate(items, start=1)]
    return articles_from_records(records, ReadOptions(reserved=options.reserved, unfinished=options.unfinished))


def _record(item: Element, sent: str) -> dict[str, object]:
    """Return a news item's fields as a record."""
    record: dict[str, object] = {}
    if identifier := _first_text(_descendants(item, "PublicIdentifier")):
        record["id"] = identifier
    if headline := _first_text(_descendants(item, "HeadLine")):
        record["title"] = headline
    management = child(item, "NewsManagement")
    if date := next((text for name in _DATES if (text := _first_text(_descendants(management, name)))), sent):
        record["date"] = date
    paragraphs: list[str] = []
    for content in _text_contents(item):
        documents = [document for document in content if is_nitf(document)]
        if documents:
            paragraphs.extend(nitf_paragraphs(_path(documents[0], "body", "body.content")))
        else:
            blocks = "".join(content.itertext()).replace("\r\n", "\n").split("\n\n")
            paragraphs.extend(text for block in blocks if (text := clean_text(block)))
    record["text"] = "\n\n".join(paragraphs)
    return record


def _text_contents(item: Element) -> list[Element]:
    """Return an item's `<DataContent>`s that are its story's text: those of its `<ContentItem>`s whose `<MediaType>`
    and `<MimeType>` (where given) are text's, outside the components whose `<Role>` is a photo's `Caption`, not
    inside an `<Encoding>` (a photo's or a file's base64 bytes), and of a component that lists equivalents
    (`EquivalentsList="yes"`: the same story as plain text and as NITF, say) its first that has text only."""
    left_out: set[int] = set()
    components = _descendants(item, "NewsComponent")
    for component in components:  # in document order: a caption's own parts once
        if id(component) not in left_out and _formal_name(child(component, "Role")) == "caption":
            left_out.update(id(element) for element in component.iter())
    texts = {id(content_item): content for content_item in _descendants(item, "ContentItem")
             if id(content_item) not in left_out and _is_text(content_item)
             and (content := child(content_item, "DataContent")) is not None}
    holds_text: set[int] = set()
    for element in reversed(list(item.iter())):  # each element's children before it
        if id(element) in texts or any(id(part) in holds_text for part in element):
            holds_text.add(id(element))
    for component in components:
        if id(component) in left_out or (component.get("EquivalentsList") or "").lower() != "yes":
            continue
        alternatives = [part for part in component if local_name(part) in ("NewsComponent", "ContentItem")]
        chosen = next((part for part in alternatives if id(part) in holds_text), None)
        for part in alternatives:
            if part is not chosen:
                left_out.update(id(element) for element in part.iter())
    return [content for key, content in texts.items() if key not in left_out]


def _is_text(content_item: Element) -> bool:
    """Return whether a `<ContentItem>` says it is text, or says nothing of its kind."""
    media_type = _formal_name(child(content_item, "MediaType"))
    mime_type = _formal_name(child(content_item, "MimeType"))
    return media_type in ("", "text") and (mime_type == "" or mime_type.startswith(_TEXT_MIME_TYPES))


def _formal_name(element: Element | None) -> str:
    return "" if element is None else (element.get("FormalName") or "").strip().lower()


def _path(element: Element | None, *names: str) -> Element | None:
    for name in names:
        element = child(element, name)
    return element


def _descendants(element: Element | None, name: str) -> list[Element]:
    return [] if element is None else [found for found in element.iter() if local_name(found) == name]


def _first_text(elements: list[Element]) -> str:
    return next((text for element in elements if (text := clean_text("".join(element.itertext())))), "")
