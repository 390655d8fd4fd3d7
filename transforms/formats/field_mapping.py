"""Which of a file's named values are which article fields: the names recognised without a `--field`
option (`COMMON_NAMES`), a file's mapping (`detect_mapping`), and a record's fallback through the common
names for a field it lacks (`record_mapping`), an empty text's stand-in among them (`stand_in_texts`). A yes/no field
named as a date is no date (`flag_fields`). The names themselves are `common_names`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from transforms.formats.common_names import COMMON_NAMES, FIELDS, HIGHLIGHT_TEXTS, READER_TIMES
from transforms.formats.export_columns import export_fields
from transforms.formats.field_paths import squashed
from transforms.formats.flag_fields import is_flag
from transforms.formats.stand_in_texts import STAND_IN_TEXTS, content_map_text, description_text


def detect_mapping(
    names: Sequence[str], given: Mapping[str, str], reserved: frozenset[str] = frozenset(),
    flags: Collection[str] = frozenset(),
) -> dict[str, str]:
    """Return NAME → field for a file's field names: the given mappings, else the recognised common names.
    A field of `flags` (`flag_fields`) is no date unless given.

    >>> detect_mapping(["Headline", "body", "pubDate", "link"], {})
    {'title': 'Headline', 'text': 'body', 'published_at': 'pubDate', 'url': 'link'}
    >>> detect_mapping(["text", "published", "date"], {}, flags={"published"})
    {'text': 'text', 'published_at': 'date'}
    >>> detect_mapping(["URL", "Title", "Selection", "Folder", "Timestamp"], {})
    {'title': 'Title', 'text': 'Selection', 'url': 'URL'}
    >>> detect_mapping(["id", "title", "note", "excerpt", "url", "folder", "created", "cover", "highlights"], {})
    {'id': 'id', 'title': 'title', 'text': 'excerpt', 'url': 'url'}
    >>> detect_mapping(["Post Title", "Post Content", "Publish Date (UTC)", "Author(s)"], {})
    {'title': 'Post Title', 'text': 'Post Content', 'published_at': 'Publish Date (UTC)', 'authors': 'Author(s)'}
    >>> detect_mapping(["Entry Title", "Entry Text (original)", "Entry Text"], {})["text"]
    'Entry Text'
    """
    by_squashed: dict[str, str] = {}
    for name in names:
        if name not in reserved:
            by_squashed.setdefault(squashed(name), name)
    # A reading app's export, known by its columns (`export_columns`): its text's and title's columns, and
    # no date from the time its reader saved a row.
    export, reader_times = export_fields([name for name in names if name not in reserved])
    if export and any(squashed(common) in by_squashed for common in COMMON_NAMES["text"]):
        export, reader_times = {}, frozenset()  # a column of the article's text: no export of an app that writes none
    mapping: dict[str, str] = {}
    taken = set(given.values()) | set(export.values())
    # a CMS's columns named with the item's kind and a unit ("Post Title", "Post Content", "Publish Date (UTC)",
    # "Author(s)"): each a common name's where no column is named so plainly (the file was "links to articles")
    # Where two reduce to one name, the one without a bracket is the field's: "Entry Text (original)" is the text
    # before its edits, "Entry Text" the one published (the first column was read, whichever it was).
    by_plain: dict[str, str] = {}
    for name in sorted(by_squashed.values(), key=lambda name: _BRACKETED_END.search(name) is not None):
        by_plain.setdefault(plain_column(name), name)
    for article_field in FIELDS:
        if article_field in given or article_field in export:
            mapping[article_field] = given.get(article_field) or export[article_field]
            continue
        for names_by in (by_squashed, by_plain):
            for common in COMMON_NAMES[article_field]:
                found = names_by.get(squashed(common))
                if article_field == "published_at" and (found in flags or found in reader_times):
                    continue
                if found is not None and found not in taken:
                    mapping[article_field] = found
                    taken.add(found)
                    break
            if article_field in mapping:
                break
    if (
        "published_at" not in given and squashed(mapping.get("text", "")) in HIGHLIGHT_TEXTS
        and squashed(mapping.get("published_at", "")) in READER_TIMES
    ):
        del mapping["published_at"]  # when the reader saved the highlight (Instapaper's `Timestamp`): in metadata
    return mapping


# The item's kind a CMS's export names its columns with, as a spreadsheet's header writes it (a word and a space: a
# program's key, "story_html", is a field of its own), and a unit or a plural in brackets after a name
_KIND_PREFIX = re.compile(r"^(?:post|article|story|entry|item|page)\s+(?=\w)", re.IGNORECASE)
_BRACKETED_END = re.compile(r"\s*\([^()]*\)\s*$")


def plain_column(name: str) -> str:
    """Return a column's name without the item's kind before it and a bracket after it, squashed (`squashed`).

    >>> plain_column("Post Content"), plain_column("Publish Date (UTC)"), plain_column("Author(s)")
    ('content', 'publishdate', 'author')
    >>> plain_column("Postcode"), plain_column("Story"), plain_column("story_html")
    ('postcode', 'story', 'storyhtml')
    """
    return squashed(_KIND_PREFIX.sub("", _BRACKETED_END.sub("", name)))


def record_mapping(
    values: Mapping[str, object],
    mapping: Mapping[str, str],
    given: Collection[str] = (),
    reserved: frozenset[str] = frozenset(),
) -> Mapping[str, str]:
    """Return the mapping one record of a file is read with: the file's (`mapping`, detect_mapping),
    except that an article field not `given` (a NAME an option maps) whose field the record lacks
    altogether falls back through the common names the record has. A file's records need not name
    their fields alike (`body` in some, `text` in others, as when lines are appended to a JSONL): a
    record is never lost for a name another record uses. A field the record holds, even as null or
    "", is read as the file says (null is no value), but for a text field that holds no text where the
    record's `description` does: NewsAPI's free tier writes `"content": null` beside the description,
    its only text, and each such article was `no_text` (`description_text`). `id` never falls back (a
    record keeps its identity). A given field holds for every record. A record read as the file is gets
    `mapping` itself (its version is the one it had). The test for the common case, every mapped field
    present, is a dict lookup per field.

    >>> record_mapping({"id": 1, "body": "B."}, {"id": "id", "text": "text"})
    {'id': 'id', 'text': 'body'}
    >>> record_mapping({"body": "B."}, {"text": "text"}, given={"text"})
    {'text': 'text'}
    >>> record_mapping({"text": None, "body": "B."}, {"text": "text"})
    {'text': 'text'}
    >>> record_mapping({"content": None, "description": "D."}, {"text": "content"})
    {'text': 'description'}
    """
    read = _with_fallbacks(values, mapping, given, reserved)
    if "text" in read and "text" not in given:
        if squashed(read["text"]) in STAND_IN_TEXTS:
            # A stand-in for a text field the record lacks (or the whole file does: a file of Notes without
            # `content` is mapped to `summary`), where its `contentMap` holds the text: a Note's `summary` is its
            # content warning.
            if (in_languages := content_map_text(values, reserved)) is not None:
                return {**read, "text": in_languages}
        description = description_text(values, read["text"], reserved)
        if description is not None:
            return {**read, "text": description}
    return read


def _with_fallbacks(
    values: Mapping[str, object], mapping: Mapping[str, str], given: Collection[str], reserved: frozenset[str]
) -> Mapping[str, str]:
    """Return `mapping` with each field the record lacks altogether found through the common names it has."""
    missing = [f for f, field in mapping.items()
               if f not in given and f != "id" and field.split(".", 1)[0] not in values]
    if not missing:
        return mapping
    kept = {f: field for f, field in mapping.items() if f not in missing}
    taken = set(kept.values())
    by_squashed: dict[str, str] = {}
    for name in values:
        if name not in reserved and name not in taken and values[name] is not None:
            by_squashed.setdefault(squashed(name), name)
    found: dict[str, str] = {}
    for article_field in missing:
        for common in COMMON_NAMES[article_field]:
            other = by_squashed.get(squashed(common))
            if article_field == "published_at" and other is not None and is_flag(values[other]):
                continue  # "published": true, no date
            if other is not None and other not in found.values():
                found[article_field] = other
                break
        else:  # no other: the file's field, which reads nothing here
            found[article_field] = mapping[article_field]
    if not any(found.get(f) != mapping.get(f) for f in missing):
        return mapping  # read as the file is: the same mapping, whose versions the lake holds
    return {f: kept.get(f) or found[f] for f in FIELDS if f in kept or f in found}
