"""Reading apps' CSV exports, recognised by their columns: which column is which article field, and
which column dates the reader's saving rather than the article (`export_fields`).

A reading app's export names its columns its own way, and no common name finds its text: Readwise's
CSV (`Highlight`, `Book Title`, `Book Author`, ..., `Highlighted at`) and Raindrop.io's (`id`, `title`,
`note`, `excerpt`, `url`, `folder`, `tags`, `created`, `cover`, `highlights`, `favorite`) were each
quarantined whole as `no_text_field` ("use --field text=Highlight"). `highlight` is no common text name
(an Elasticsearch hit holds a `highlight` object beside its `_source`), nor `excerpt` (a WordPress post's
beside its `content`): an export is known by the set of columns only its app writes together, so
neither name is read elsewhere. A bookmark's `created` is when the reader saved the link, not when the
article was published (a story of 2023 saved in 2024 was dated 2024): it is no date, and stays in
`metadata` as the export writes it, as Instapaper's `Timestamp` does (`field_mapping.READER_TIMES`).
Neither app writes the article's text: a file with their columns and a common text column (a CMS's posts with
`content` beside `excerpt`, `cover`, `folder`, `created`, `highlights`) is read by its text, as no export
(`field_mapping.detect_mapping`).

A bookmarking app's export holds no article text at all, only links: Pocket's CSV (`title`, `url`, `time_added`,
`tags`, `status`), Readwise Reader's (`Title`, `URL`, `ID`, `Document tags`, `Saved date`, `Reading progress`, ...)
and Pinboard's JSON (`href`, `description`, `extended`, `hash`, `toread`, ...: its `description` is the link's
title, which was read as an article's whole text). Such a file was quarantined `no_text_field` as if a column
were unnamed; it still is, and its detail says what it is (`links_detail`): links, not articles, and its columns.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import NamedTuple


class ExportColumns(NamedTuple):
    """One app's export: the columns that tell it (all present), its fields' columns, its reader's times."""

    app: str
    signature: frozenset[str]
    fields: Mapping[str, str]
    reader_times: frozenset[str]


# Columns compared in lower case, spaces kept (as `Book Title` is written). Readwise writes no URL
# and no publication date; a highlight's article is its book or page, titled by `Book Title`.
EXPORTS = (
    ExportColumns(
        "Readwise",
        frozenset({"highlight", "book title", "book author", "highlighted at"}),
        {"text": "highlight", "title": "book title", "authors": "book author"},
        frozenset({"highlighted at"}),
    ),
    # Raindrop.io: `excerpt` is the page's own description, its words; `note` is the reader's.
    ExportColumns(
        "Raindrop.io",
        frozenset({"excerpt", "cover", "folder", "created", "highlights"}),
        {"text": "excerpt"},
        frozenset({"created"}),
    ),
    # Pocket's API (`/v3/get`): each saved link's title and URL as Pocket resolved them; its `excerpt` is the page's
    # first words, no text (the file is `links_detail`'s unless a user maps it); `time_added` the reader's saving
    ExportColumns(
        "Pocket",
        frozenset({"item_id", "resolved_url", "time_added"}),
        {"title": "resolved_title", "url": "resolved_url"},
        frozenset({"time_added"}),
    ),
)


# Bookmarking apps' exports (and GDELT's list), by the columns only they write together (in lower case): links, no
# article text.
LINK_EXPORTS = (
    ("Pocket", frozenset({"title", "url", "time_added", "status"})),
    ("Pocket", frozenset({"item_id", "resolved_url", "time_added"})),  # its API's records, an excerpt each
    ("Readwise Reader", frozenset({"title", "url", "saved date", "reading progress"})),
    ("Pinboard", frozenset({"href", "description", "extended", "hash", "toread"})),
    # GDELT's DOC API article list (mode=artlist): the articles it saw, by link and title, never their text; its
    # `seendate` is GDELT's own column (the file was "the records": links, whose pages are to be fetched first)
    ("GDELT DOC API", frozenset({"url", "title", "seendate", "domain"})),
)


def link_export(columns: Collection[str]) -> str | None:
    """Return the app whose export of saved links a file's columns are, else None.

    >>> link_export(["title", "url", "time_added", "tags", "status"]), link_export(["title", "url", "text"])
    ('Pocket', None)
    """
    lower = {column.strip().lower() for column in columns}
    return next((app for app, signature in LINK_EXPORTS if signature <= lower), None)


def is_link_column(columns: Collection[str], column: str) -> bool:
    """Return whether a column is one of a bookmarking app's export's own (`LINK_EXPORTS`), which hold no text.

    >>> is_link_column(["href", "description", "extended", "hash", "toread"], "description")
    True
    >>> is_link_column(["title", "url", "time_added", "status", "content"], "content")
    False
    """
    lower = {name.strip().lower() for name in columns}
    return any(signature <= lower and column.strip().lower() in signature for _, signature in LINK_EXPORTS)


def links_detail(columns: list[str], mapping: Mapping[str, str]) -> str | None:
    """Return why a file whose records hold links and no article text is no articles (a bookmarking app's export,
    or any file with a URL field and no text one), naming its columns; None for any other file.

    >>> links_detail(["title", "url", "time_added", "tags", "status"], {"title": "title", "url": "url"})[:65]
    'a Pocket export: links to articles (url, title), not their text ('
    >>> links_detail(["region", "count"], {}) is None
    True
    """
    app = link_export(columns)
    if app is None and "url" not in mapping:
        return None
    link = [name for name in (mapping.get("url"), mapping.get("title")) if name]
    what = f"a {app} export" if app else "the records"
    return (
        f"{what}: links to articles ({', '.join(link) or 'no URL column read'}), not their text (columns: "
        f"{', '.join(columns[:12])}): save each page as an HTML file and read those, or map a column that holds "
        "the text with --field text=NAME"
    )


def export_fields(columns: Collection[str]) -> tuple[dict[str, str], frozenset[str]]:
    """Return a known app's export's field → column (as the file writes it) and its reader's time columns,
    or nothing for any other file.

    >>> export_fields(["Highlight", "Book Title", "Book Author", "Note", "Highlighted at"])
    ({'text': 'Highlight', 'title': 'Book Title', 'authors': 'Book Author'}, frozenset({'Highlighted at'}))
    >>> export_fields(["title", "excerpt", "content", "created"])
    ({}, frozenset())
    """
    by_lower: dict[str, str] = {}
    for column in columns:
        by_lower.setdefault(column.strip().lower(), column)
    for export in EXPORTS:
        if export.signature <= by_lower.keys():
            fields = {field: by_lower[name] for field, name in export.fields.items() if name in by_lower}
            return fields, frozenset(by_lower[name] for name in export.reader_times)
    return {}, frozenset()
