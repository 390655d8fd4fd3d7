"""NewsML-G2 (the IPTC's news exchange format) saved as `.xml`: an article per news item, as a wire delivers them.

A file is one `<newsItem>`, or a `<newsMessage>` holding several in its `<itemSet>`. An item's `guid` is its key,
its `<contentMeta>` holds its `<headline>` (the main one of several, else its NITF's `<hl1>`), `<language tag>`,
`<creator>` and `<contentCreated>`, its `<itemMeta>` when it was `<firstCreated>` and this version
`<versionCreated>`; its date is the first of contentCreated, firstCreated and
versionCreated it gives (when the story was written, not when it was last corrected). Its text is in `<contentSet>`:
an `<inlineXML>` holding a NITF story (`nitf.py`: its paragraphs; tables and media left out) or an XHTML page (its
paragraphs, headings, list items; an `<h1>` that is the headline again is not read twice), or an `<inlineData>` of
plain text (paragraphs between blank lines, a line break inside one a space: a wire wraps its lines; not base64
bytes, nor another `contenttype` than text's: a photo's, a PDF's). An item
whose content is elsewhere (`<remoteContent>`: a photo, a video) has no text: a bad record, as a feed's item without
text is. Such a file was `not_records`. An item whose `<pubStatus>` is canceled (`stat:canceled`) is a story the
wire withdrew: no article but a bad record, `withdrawn`, so a run says which item it left out and why (it was read
as any other article, its withdrawn text labelled and counted). An item `stat:withheld` (embargoed, or held for a
legal reason) is one the wire says not to publish yet: no article either but a bad record, `withheld` (it was read
and published before its embargo lifted); the wire's later version of it, `stat:usable`, is read as any item is.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from transforms.formats.base import BadRecord, ReadOptions, ReadResult
from transforms.formats.feed_elements import local_name
from transforms.formats.html_blocks import clean_text
from transforms.formats.nitf import is_nitf, nitf_paragraphs, nitf_record
from transforms.formats.records import articles_from_records
from transforms.formats.xml_blocks import block_elements
from transforms.formats.xml_names import child, children, text_of

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# An item's dates, in the order they date it: its content's creation, its first version's, this version's.
_DATES = (("contentMeta", "contentCreated"), ("itemMeta", "firstCreated"), ("itemMeta", "versionCreated"))
# XHTML elements that are a paragraph each, and those whose children are the paragraphs.
_XHTML_PARAGRAPHS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "dt", "dd"})
_XHTML_CONTAINERS = frozenset({"body", "div", "section", "article", "blockquote", "ul", "ol", "dl", "main"})
WITHDRAWN = "withdrawn"  # a bad record's reason: a news item its provider canceled (README: Quarantine)
WITHHELD = "withheld"  # a bad record's reason: a news item its provider says not to publish yet (an embargo)
# IPTC's pubstatusg2 statuses of an item not to publish: the reason and what it says of the item
_UNPUBLISHED = {"canceled": (WITHDRAWN, "a withdrawn story"),
                "withheld": (WITHHELD, "a story withheld from publication (embargoed): not to be published yet")}


def is_newsml(root: Element) -> bool:
    """Return whether an XML document is NewsML-G2: a `<newsItem>`, or a `<newsMessage>` of them."""
    return local_name(root) in ("newsItem", "newsMessage")


def read_newsml(root: Element, options: ReadOptions) -> ReadResult:
    """Return the articles of a NewsML-G2 item or message, an item without text a bad record.

    >>> from xml.etree.ElementTree import fromstring
    >>> item = fromstring('<newsItem guid="urn:a:1"><itemMeta><versionCreated>2024-03-06T09:00:00Z</versionCreated>'
    ...     '<firstCreated>2024-03-05T14:20:00Z</firstCreated></itemMeta><contentMeta><headline>Port strike ends'
    ...     '</headline><language tag="en"/></contentMeta><contentSet><inlineXML><nitf><body><body.content>'
    ...     '<p>Dockers went back.</p></body.content></body></nitf></inlineXML></contentSet></newsItem>')
    >>> [article] = read_newsml(item, ReadOptions()).articles
    >>> article.key, article.title, article.text, article.published_at.isoformat(), article.language
    ('id=urn:a:1', 'Port strike ends', 'Port strike ends\\n\\nDockers went back.', '2024-03-05T14:20:00+00:00', 'en')
    """
    if local_name(root) == "newsItem":
        items = [root]
    else:
        items = children(child(root, "itemSet"), "newsItem")
    records: list[tuple[int, object]] = []
    bad: list[BadRecord] = []
    for number, item in enumerate(items, start=1):
        status = _status(item)
        if (unpublished := _UNPUBLISHED.get(status[1])) is not None:
            reason, meaning = unpublished
            bad.append(BadRecord(number, reason, f"pubStatus {status[0]!r}: {meaning}"))
        else:
            records.append((number, _record(item)))
    if not records:  # every item withdrawn or withheld: the bad records alone (no record was another thing)
        return ReadResult(bad=bad)
    return articles_from_records(records, ReadOptions(reserved=options.reserved, unfinished=options.unfinished), bad)


def _status(item: Element) -> tuple[str, str]:
    """Return an item's publishing status as written (its `qcode`, else its `uri`) and its name ("canceled"),
    both "" for an item without one.

    A status is a qcode of IPTC's pubstatusg2 scheme (`stat:canceled`) or its URI (`.../pubstatusg2/canceled`).
    """
    status = child(child(item, "itemMeta"), "pubStatus")
    if status is None:
        return "", ""
    code = (status.get("qcode") or status.get("uri") or "").strip()
    return code, code.rpartition(":")[2].rpartition("/")[2].lower()


def _record(item: Element) -> dict[str, object]:
    """Return a news item's fields as a record."""
    content_meta = child(item, "contentMeta")
    record: dict[str, object] = {}
    if guid := item.get("guid"):
        record["id"] = guid
    headline = _headline(content_meta) or _nitf_headline(child(item, "contentSet"))
    if headline:
        record["title"] = headline
    for parent, name in _DATES:
        if date := text_of(child(child(item, parent), name)):
            record["date"] = date
            break
    language_element = child(content_meta, "language")
    language = (language_element.get("tag") if language_element is not None else None) or item.get(_XML_LANG)
    if language:
        record["language"] = language
    creators = [name for creator in children(content_meta, "creator")
                if (name := text_of(child(creator, "name")) or creator.get("literal") or "")]
    if creators:
        record["authors"] = creators
    paragraphs = _paragraphs(child(item, "contentSet"))
    if paragraphs and paragraphs[0] == headline:  # an XHTML body's <h1>, the headline again
        paragraphs = paragraphs[1:]
    record["text"] = "\n\n".join(paragraphs)
    return record


def _headline(content_meta: Element | None) -> str:
    """Return an item's headline: its main one where it gives several (a `role`'s short or alternative one too)."""
    headlines = children(content_meta, "headline")
    main = [h for h in headlines if h.get("role", "main").rpartition(":")[2] == "main"] or headlines
    return next((text for headline in main if (text := text_of(headline))), "")


def _nitf_headline(content_set: Element | None) -> str:
    """Return the headline of the NITF story an item carries (`<hl1>`), for an item whose metadata gives none."""
    for content in children(content_set, "inlineXML"):
        for document in content:
            if is_nitf(document):
                return str(nitf_record(document).get("title") or "")
    return ""


def _paragraphs(content_set: Element | None) -> list[str]:
    """Return the paragraphs of an item's first inline content that has text."""
    for content in content_set if content_set is not None else ():
        name = local_name(content)
        if name == "inlineXML":
            paragraphs = [p for document in content for p in _xml_paragraphs(document)]
        elif name == "inlineData" and _is_text(content):
            blocks = "".join(content.itertext()).replace("\r\n", "\n").split("\n\n")
            # a wire's text is wrapped at a line's width: its line breaks are no paragraphs' (a blank line is)
            paragraphs = [text for block in blocks if (text := clean_text(block))]
        else:
            continue
        if paragraphs:
            return paragraphs
    return []


def _is_text(content: Element) -> bool:
    """Return whether an `<inlineData>` is text: no `encoding` (base64: a photo's or a file's bytes) and a text's
    `contenttype` where it gives one (not "image/jpeg", "application/pdf")."""
    content_type = (content.get("contenttype") or "text/").strip().lower()
    return not content.get("encoding") and content_type.startswith("text/")


def _xml_paragraphs(document: Element) -> list[str]:
    """Return the paragraphs of an inline XML document: NITF's body, or an XHTML page's blocks."""
    if is_nitf(document):
        return nitf_paragraphs(child(child(document, "body"), "body.content"))
    body = child(document, "body") if local_name(document) == "html" else document
    return _xhtml_blocks(body)


def _xhtml_blocks(element: Element | None) -> list[str]:
    if element is None:
        return []
    blocks = block_elements(element, _XHTML_CONTAINERS, _XHTML_PARAGRAPHS.__contains__)
    return [text for block in blocks if (text := text_of(block))]
