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
