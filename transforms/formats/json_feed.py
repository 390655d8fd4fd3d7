"""JSON Feed (https://jsonfeed.org, versions 1 and 1.1) in a .json file: one article per item.

A JSON Feed is an object whose `version` is the specification's address and whose `items` are its
articles, each named the specification's way, as an RSS item is (`transforms.formats.feed`): an item
is a record (`transforms.formats.records`), its key its `id`, else its `url`; an item without text is a
bad record, the others are read. Its text is `content_html` (read as an RSS item's HTML is, without
captions and widgets: `feed_boilerplate.item_text`), else `content_text`, else its `summary` (both plain
text, a "<b>" in them no markup); its date `date_published`, else `date_modified`; its authors
version 1.1's `authors`, else version 1's `author`, else the feed's own; its `url` the item's `url`,
else its `external_url`. The feed's `title` is each article's site, its `language` theirs where an
item says none. `metadata` keeps the item's `tags` (as `categories`, as a feed's are), its `summary`
where the text came from the content, its `date_modified` beside its `date_published`, and its
`external_url` and `image`; extensions (names starting with `_`) and attachments are left out.

`--field` mappings do not apply, as they do not to RSS and Atom: the specification names an item's
fields. A field a labelled corpus reserves (`--label-field`) is kept from the item.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TypeGuard

from transforms.formats.base import NO_TEXT, NOT_RECORDS, FormatError, ReadOptions, ReadResult
from transforms.formats.feed_boilerplate import first_text, item_text, no_text_detail, without_link_only_texts
from transforms.formats.markup import as_read, plain_field
from transforms.formats.records import articles_from_records

_VERSIONS = ("https://jsonfeed.org/version/", "http://jsonfeed.org/version/")
_NO_TEXT = "an item with no text (no content_html, content_text or summary)"


def is_json_feed(value: object) -> TypeGuard[Mapping[str, object]]:
    """Return whether a JSON value is a JSON Feed: an object whose `version` is the specification's address.

    >>> is_json_feed({"version": "https://jsonfeed.org/version/1.1", "items": []}), is_json_feed({"items": []})
    (True, False)
    """
    if not isinstance(value, Mapping):
        return False
    version = value.get("version")
    return isinstance(version, str) and version.startswith(_VERSIONS)


def read_json_feed(feed: Mapping[str, object], options: ReadOptions) -> ReadResult:
    """Return the articles of a JSON Feed's items, numbered from 1; an item without text is a bad record.

    >>> r = read_json_feed({"version": "https://jsonfeed.org/version/1.1", "title": "Daily", "items": [
    ...     {"id": "1", "title": "A", "content_html": "<p>One.</p><p>Two.</p>"}, {"id": "2", "title": "B"}]},
    ...     ReadOptions())
    >>> [(a.record, a.key, a.site, a.text) for a in r.articles], [(b.record, b.reason) for b in r.bad]
    ([(1, 'id=1', 'Daily', 'A\\n\\nOne.\\n\\nTwo.')], [(2, 'no_text')])
    """
    items = feed.get("items")
    if not isinstance(items, list):
        found = "no items" if items is None else f"items that are {type(items).__name__}, not an array"
        raise FormatError(NOT_RECORDS, f"a JSON Feed with {found}")
    records = [
        (number, _record(item, feed, options.reserved) if isinstance(item, Mapping) else item)
        for number, item in enumerate(items, start=1)
    ]
    links = without_link_only_texts(records)
    result = articles_from_records(records, ReadOptions(reserved=options.reserved, unfinished=options.unfinished))
    result.bad = [replace(b, detail=no_text_detail(_NO_TEXT, links.get(b.record))) if b.reason == NO_TEXT else b
                  for b in result.bad]
    # No mapping for a run to log, and no field names for its `--field` pairs to be found in.
    result.mapping = result.names = None
    return result


def _record(item: Mapping[str, object], feed: Mapping[str, object], reserved: frozenset[str]) -> dict[str, object]:
    """Return an item as a record whose names are the article fields'; its other values are metadata."""
    html, plain, summary = (_text(item.get(name)) for name in ("content_html", "content_text", "summary"))
    # Captions and widgets left out as an RSS item's are (`feed_boilerplate.item_text`).
    from_html = item_text(html) if html else None
    content = from_html or plain
    # content_text and summary are plain text, and content_html's text is read already: their "<b>" (its
    # "&lt;b&gt;") is no markup (`markup.plain_field`; content_html's was read as markup again, its tag lost), and
    # content_html's "&amp;amp;", read once as HTML, stays "&amp;" (`markup.as_read`; it was "&", read twice).
    chosen = first_text(from_html, plain, summary)
    text = as_read(chosen) if chosen and chosen == from_html else plain_field(chosen)
    published, modified = _text(item.get("date_published")), _text(item.get("date_modified"))
    url, external = _text(item.get("url")), _text(item.get("external_url"))
    tags = item.get("tags")
    if not isinstance(tags, list):
        tags = []
    record: dict[str, object] = {
        "id": item.get("id") if isinstance(item.get("id"), str | int) else None,
        "title": _text(item.get("title")),
        "url": url or external,
        "authors": _authors(item) or _authors(feed),
        "published_at": published or modified,
        "site": _text(feed.get("title")),
        "language": _text(item.get("language")) or _text(feed.get("language")),
        # `text` stays when empty: records.articles_from_records makes such an item a no_text bad record.
        "text": text,
        "description": summary if content and summary != content else None,
        "updated": modified if published else None,
        "external_url": external if url else None,
        "image": _text(item.get("image")),
        "categories": [tag for tag in tags if isinstance(tag, str) and tag.strip()],
    }
    record |= {name: item[name] for name in reserved if name in item}
    return {name: value for name, value in record.items() if value not in (None, [], "") or name == "text"}


def _authors(holder: Mapping[str, object]) -> list[str]:
    """Return the names of an item's (or a feed's) authors: version 1.1's `authors`, else version 1's `author`."""
    given = holder.get("authors")
    people = given if isinstance(given, list) else [holder.get("author")]
    return [name for person in people if isinstance(person, Mapping) and (name := _text(person.get("name")))]


def _text(value: object) -> str | None:
    """Return a value that is a text with something in it, else None."""
    return value if isinstance(value, str) and value.strip() else None
