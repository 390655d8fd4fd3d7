"""The formats themelake reads: one reader module per format, composed here.

Every reader has the interface of `base.Reader`: a file's bytes (decompressed) and the run's
`ReadOptions` in, a `ReadResult` (article records with text and metadata, bad records) out. A new
format is one module and one entry of READERS and SUFFIXES.
"""

from __future__ import annotations

from transforms.formats.base import (
    UNSUPPORTED_FORMAT,
    ArticleRecord,
    BadRecord,
    FormatError,
    Reader,
    ReadOptions,
    ReadResult,
)
from transforms.formats.csv_rows import read_csv
from transforms.formats.html import read_html
from transforms.formats.json_array import read_json
from transforms.formats.jsonl import read_jsonl
from transforms.formats.markdown import read_markdown
from transforms.formats.txt import read_txt

READERS: dict[str, Reader] = {
    "txt": read_txt,
    "md": read_markdown,
    "html": read_html,
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
}
# File name endings → format (compared in lower case; a further ".gz" is decompressed first).
SUFFIXES: dict[str, str] = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
}
# Formats holding many articles, one per record.
RECORDS_FORMATS = frozenset({"jsonl", "json", "csv"})
COMPRESSED_SUFFIX = ".gz"


def format_of(name: str) -> str | None:
    """Return the format of a file name (gzip-compressed or not), or None for a type themelake does not read.

    >>> format_of("a/feed.JSONL.gz"), format_of("notes.markdown"), format_of("scan.pdf")
    ('jsonl', 'md', None)
    """
    lower = name.lower()
    if lower.endswith(COMPRESSED_SUFFIX):
        lower = lower[: -len(COMPRESSED_SUFFIX)]
    dot = lower.rfind(".")
    return SUFFIXES.get(lower[dot:]) if dot >= 0 else None


def read_articles(data: bytes, format: str, options: ReadOptions | None = None) -> ReadResult:
    """Return the articles of a file's (decompressed) bytes read as `format`.

    Raises FormatError (the whole file is not of its format) or transforms.text.UndecodableText.
    """
    reader = READERS.get(format)
    if reader is None:
        raise FormatError(UNSUPPORTED_FORMAT, f"themelake does not read {format!r} files")
    return reader(data, options or ReadOptions())


__all__ = [
    "ArticleRecord", "BadRecord", "FormatError", "ReadOptions", "ReadResult", "READERS", "SUFFIXES",
    "RECORDS_FORMATS", "format_of", "read_articles",
]
