"""RSS and Atom feeds (.rss, .atom, .xml): one article per RSS item (2.0, 0.9x, 1.0/RDF) or Atom entry
(1.0, and 0.3's, its elements read by their 1.0 names: `issued` is `published`, `modified` `updated`).

An item is a record, as a JSON object is (`transforms.formats.records`): its key is its guid (Atom's
id, RSS 1.0's rdf:about), else its link; an item without text, or whose text is only a link to its page
("Read more": `feed_boilerplate.is_link_only`), is a bad record, the others are read.
Its text is content:encoded (Atom's content), else its description (Atom's summary), the HTML in them
read as a records field's markup is, without captions and widgets
(`feed_boilerplate.item_text`); its date is pubDate, dc:date, or Atom's
published, else updated, read as every format's dates are (`dates.parse_date`). The feed's title is
each article's site (an aggregated item's, its source's name), its language theirs where an item says none.

`--field` mappings do not apply: RSS and Atom name an item's elements, and a feed is read the same
whatever mapping a run gives. Elements of other namespaces (media:, itunes: but a podcast episode's
itunes:summary, and a YouTube video's media:group description, its text when it has no other) are left out.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple
from xml.etree.ElementTree import Element, tostring

from transforms.formats.base import NO_TEXT, NOT_RECORDS, FormatError, ReadOptions, ReadResult
from transforms.formats.feed_boilerplate import first_text, item_text, no_text_detail, without_link_only_texts
from transforms.formats.feed_elements import (
    element_name,
    element_text,
    element_url,
    find_child,
    local_name,
    plain_text,
    unescaped,
)
from transforms.formats.feed_sites import channel_site
from transforms.formats.feed_urls import absolute_url
from transforms.formats.feed_wordpress import NOT_ARTICLES, post_fields, post_paragraphs, wordpress_authors
from transforms.formats.feed_xml import ATOM, ATOM_03, RDF, CutOff, feed_document
from transforms.formats.html_blocks import clean_text
from transforms.formats.markup import as_read
from transforms.formats.records import articles_from_records
from transforms.formats.xml_documents import document_reader, named_detail

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# An RSS <author> is an e-mail address, the name in brackets after it: "jane@example.com (Jane Doe)".
_EMAIL_NAME = re.compile(r"\S+@\S+\s*\((.+)\)")
_DATES = ("pubDate", "dc:date", "atom:published", "atom:updated")
_RSS_TEXTS = ("content:encoded", "description", "itunes:summary")
_NO_TEXT = {"rss": "an item with no text (no content:encoded, description or itunes:summary)",
            "atom": "an entry with no text (no content or summary that is text or HTML, nor a media:group's"
                    " media:description)"}


def read_feed(data: bytes, options: ReadOptions) -> ReadResult:
    """Return the articles of an RSS or Atom feed; an item without text is a bad record.

    >>> r = read_feed(b'<rss version="2.0"><channel><title>Daily</title><item><title>A</title>'
    ...               b'<link>https://x.test/a</link><description>&lt;p&gt;One.&lt;/p&gt;</description></item>'
    ...               b'<item><title>B</title></item></channel></rss>', ReadOptions())
    >>> [(a.record, a.key, a.site, a.text) for a in r.articles], [(b.record, b.reason) for b in r.bad]
    ([(1, 'url=https://x.test/a', 'Daily', 'A\\n\\nOne.')], [(2, 'no_text')])
    """
    try:
        document = feed_document(data)
    except CutOff as cut:
        if not options.unfinished:  # a broken wire's story is named so ("not a readable NITF story: ...")
            raise FormatError(NOT_RECORDS, named_detail(f"not a feed: {str(cut).rsplit(':', 1)[0]}", data)) from None
        return ReadResult(unfinished=str(cut))  # read once its writer has closed it
    except FormatError as error:
        raise FormatError(error.reason, named_detail(error.detail, data)) from None
    if (reader := document_reader(document.root)) is not None:  # trafilatura's output, a wire's story: no feed
        result = reader(document.root, options)
        result.mapping = result.names = None
        result.encoding = document.encoding
        return result
    kind, items = _items(document.root)
    feed = _feed(kind, document.root)
    records = [(number, _record(item, feed)) for number, item in enumerate(items, start=1)]
    if feed.wordpress is not None:  # a WordPress export's images, menus' links, stylesheet: no articles
        records = [(number, record) for number, record in records if record.get("post_type") not in NOT_ARTICLES]
    links = without_link_only_texts(records)
    # Only the reserved names (a labeled corpus's label field) travel: an item's names are RSS's or Atom's.
    result = articles_from_records(records, ReadOptions(reserved=options.reserved, unfinished=options.unfinished))
    result.bad = [replace(b, detail=no_text_detail(_NO_TEXT[kind], links.get(b.record))) if b.reason == NO_TEXT else b
                  for b in result.bad]
    # No mapping for a run to log, and no field names for its `--field` pairs to be found in.
    result.mapping = result.names = None
    result.encoding = document.encoding
    return result


def _items(root: Element) -> tuple[str, list[Element]]:
    """Return a feed's kind ("rss" or "atom") and its items, or raise FormatError for XML that is no feed."""
    if root.tag == "rss":  # RSS 0.9x and 2.0: <rss><channel><item>
        channel = root.find("channel")
        return "rss", [] if channel is None else [e for e in channel if element_name(e) == "item"]
    if root.tag == f"{{{RDF}}}RDF":  # RSS 1.0 and 0.90: the items beside the channel
        return "rss", [e for e in root if element_name(e) == "item"]
    if root.tag in (f"{{{ATOM}}}feed", f"{{{ATOM_03}}}feed"):
        return "atom", [e for e in root if element_name(e) == "atom:entry"]
    raise FormatError(NOT_RECORDS, f"XML, but not an RSS or Atom feed (its document element is <{local_name(root)}>)")


class _Feed(NamedTuple):
    """What a feed's items share, read once: found again for each item, among the feed's children (its
    items too), a feed of 3,000 entries took 15 s."""

    kind: str  # "rss" or "atom"
    root: Element
    channel: Element | None  # RSS's <channel>
    site: str | None  # its title
    language: str | None
    page: str | None  # its own link, for an item's relative one
    authors: list[Element]  # Atom's feed-level authors, an entry's where it names none
    wordpress: dict[str, str] | None  # a WordPress export's authors, login → name; None for another feed


def _feed(kind: str, root: Element) -> _Feed:
    """Return what the items of a feed (its kind, its document element) share."""
    channel = find_child(root, "channel") if kind == "rss" else None
    source = root if channel is None else channel
    page = _href(_atom_link(root)) if kind == "atom" else plain_text(find_child(source, "link"))
    return _Feed(
        kind, root, channel,  # its title without a section's name ("BBC News - World": `feed_sites`)
        site=channel_site(_title(find_child(source, "atom:title" if kind == "atom" else "title")), page),
        language=plain_text(find_child(source, "language")) or plain_text(find_child(source, "dc:language"))
        or root.get(_XML_LANG),
        page=page,
        authors=_atom_authors(root) if kind == "atom" else [],
        wordpress=wordpress_authors(channel),
    )


def _record(item: Element, feed: _Feed) -> dict[str, object]:
    """Return an item as a record whose names are the article fields'; its other values are metadata."""
    children: dict[str, list[Element]] = {}
    for child in item:
        name = element_name(child)
        if name is not None:
            children.setdefault(name, []).append(child)
    first = {name: elements[0] for name, elements in children.items()}
    atom = feed.kind == "atom"
    post = feed.wordpress is not None
    record = _atom_fields(item, children, first, feed.authors) if atom else _rss_fields(item, children, first, post)
    if feed.wordpress is not None:  # a WordPress export's post: its author's name, its status (feed_wordpress)
        record |= post_fields(item, record["authors"], feed.wordpress)
    dates = [(name, value) for name in _DATES if (value := plain_text(first.get(name)))]
    record |= {
        "published_at": dates[0][1] if dates else None,
        "site": unescaped(_origin(first) or feed.site),
        "language": item.get(_XML_LANG) or feed.language,
    }
    # A relative link is resolved by the xml:bases around it, else by the feed's own page.
    link = _atom_link(item) if atom else first.get("link")
    ancestors = [e for e in (feed.root, feed.channel, item, link) if e is not None]
    url = record.get("url")
    record["url"] = absolute_url(url if isinstance(url, str) else None, ancestors, feed.page)
    if dates and dates[0][0] != "atom:updated" and "atom:updated" in first:
        record["updated"] = plain_text(first["atom:updated"])  # kept in metadata: the date it last changed
    # `text` stays when empty: records.articles_from_records makes such an item a no_text bad record.
    return {name: value for name, value in record.items() if value not in (None, [], "") or name == "text"}


def _rss_fields(
    item: Element, children: dict[str, list[Element]], first: dict[str, Element], post: bool = False
) -> dict[str, object]:
    """Return an RSS item's id, title, link, authors, categories and text (content:encoded, else description)
    from its elements by name (`children`) and the first of each (`first`); a WordPress export's `post`, its
    content's paragraphs as WordPress shows them (`feed_wordpress.post_paragraphs`)."""
    texts = {name: item_text(_markup(first[name], post and name == "content:encoded"))
             for name in _RSS_TEXTS if name in first}
    # A podcast's episode may say what it is about only in its itunes:summary.
    text = first_text(*(texts.get(name) for name in _RSS_TEXTS))
    guid = first.get("guid")
    authors = [_rss_author(element_text(e)) for e in [*children.get("author", []), *children.get("dc:creator", [])]]
    return {
        "id": plain_text(guid) or item.get(f"{{{RDF}}}about"),
        "title": _title(first.get("title")),
        "url": element_url(first.get("link")) or _permalink(guid),
        "authors": [a for a in authors if a],
        "text": as_read(text) if text else text,  # read already: never read again (`markup.as_read`)
        "description": texts["description"] if texts.get("description") not in (None, text) else None,
        "categories": [
            c for e in children.get("category", []) + children.get("dc:subject", []) if (c := element_text(e))
        ],
    }


def _atom_fields(
    entry: Element, children: dict[str, list[Element]], first: dict[str, Element], feed_authors: list[Element]
) -> dict[str, object]:
    """Return an Atom entry's id, title, link, authors (else the feed's), categories and text (content,
    else summary), as `_rss_fields` does an item's."""
    content, summary = (_text_construct(first.get(name)) for name in ("atom:content", "atom:summary"))
    # A YouTube channel's feed says what a video is about only in its media:group's media:description
    # (every entry was no_text). An item's own media:description is an image's caption (the NYT's): not read.
    text = first_text(content, summary, _video_description(first.get("media:group")))
    authors = children.get("atom:author") or feed_authors
    return {
        "id": plain_text(first.get("atom:id")),
        "title": _title(first.get("atom:title")),
        "url": _href(_atom_link(entry)),
        "authors": [name for author in authors if (name := element_text(find_child(author, "atom:name")))],
        # The text as the records field holds it: a type="text" content's "<b>" is text, and so is the one
        # an HTML content escapes, "&lt;b&gt;" (`markup.as_read`; it was read as markup again, its tag lost).
        "text": as_read(text) if text else text,
        "description": summary if summary != text else None,
        "categories": [term for e in children.get("atom:category", []) if (term := e.get("term") or e.get("label"))],
    }


def _origin(first: dict[str, Element]) -> str | None:
    """Return the name of the site an aggregator's item came from: RSS's `<source url="...">Reuters</source>`
    (Google News writes one on every item, whose feed's title is '"climate" - Google News'), Atom's
    `<source><title>` (a Planet's entries)."""
    if "source" in first:
        return plain_text(first["source"])
    return _title(find_child(first["atom:source"], "atom:title")) if "atom:source" in first else None


def _video_description(group: Element | None) -> str | None:
    """Return the media:description of a media:group (Media RSS), plain text unless its type says html."""
    description = None if group is None else find_child(group, "media:description")
    if description is None:
        return None
    if description.get("type") == "html":
        return item_text(_markup(description))
    return "".join(description.itertext()).strip()


def _text_construct(element: Element | None) -> str | None:
    """Return the text of an Atom text construct (content, summary, title) by its type: text as it is,
    HTML and XHTML as markup; None for other media types and content elsewhere (`src`)."""
    # Atom 0.3's content may be base64 (mode="base64"), an image's or a document's bytes: not read.
    if element is None or element.get("src") or element.get("mode") == "base64":
        return None
    kind = element.get("type", "text").lower()
    if kind in ("text", "text/plain"):
        return "".join(element.itertext()).strip()
    if kind in ("html", "xhtml", "text/html", "application/xhtml+xml"):
        return item_text(_markup(element))
    return None


def _markup(element: Element, post: bool = False) -> str:
    """Return the markup an element holds: its text (escaped HTML, as RSS writes it) and its child
    elements (XHTML, as Atom writes it, or HTML a feed left unescaped), their namespaces dropped; a WordPress
    export's `post` with its paragraphs as WordPress shows them (`feed_wordpress.post_paragraphs`)."""
    inner = [element.text or ""]
    for child in element:
        for descendant in child.iter():
            if isinstance(descendant.tag, str):
                descendant.tag = local_name(descendant)
        inner.append(tostring(child, encoding="unicode", method="html"))
    return post_paragraphs("".join(inner)) if post else "".join(inner)


def _title(element: Element | None) -> str | None:
    """Return a title on one line (an Atom title of type html or xhtml: its text)."""
    if element is None:
        return None
    text = _text_construct(element) if element.get("type") else "".join(element.itertext())
    return clean_text(text) if text else None


def _atom_link(entry: Element) -> Element | None:
    """Return an Atom entry's (or feed's) page: its rel="alternate" link (a link without rel is one), an
    HTML one first where it has several (RFC 4287 allows one per type: a PDF's beside the page), else
    its first link."""
    links = [e for e in entry if element_name(e) == "atom:link" and e.get("href")]
    pages = [e for e in links if e.get("rel", "alternate") == "alternate"]
    html = [e for e in pages if "html" in e.get("type", "text/html")]
    return (html or pages or links)[0] if links else None


def _href(link: Element | None) -> str | None:
    return None if link is None else (link.get("href") or "").strip() or None


def _atom_authors(root: Element) -> list[Element]:
    """Return a feed's own authors, an entry's where it names none (RFC 4287, 4.2.1)."""
    return [e for e in root if element_name(e) == "atom:author"]


def _rss_author(value: str | None) -> str | None:
    """Return the name of an RSS author: "jane@example.com (Jane Doe)" is Jane Doe."""
    named = _EMAIL_NAME.fullmatch(value or "")
    return named.group(1).strip() if named else value


def _permalink(guid: Element | None) -> str | None:
    """Return an RSS guid that is the item's page (isPermaLink, by default true, and a web address)."""
    value = plain_text(guid)
    if guid is None or not value or guid.get("isPermaLink", "true").lower() == "false":
        return None
    return value if value.startswith(("http://", "https://")) else None
