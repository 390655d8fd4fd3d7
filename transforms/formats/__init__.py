"""The formats themelake reads: one reader module per format, composed here.

Every reader has the interface of `base.Reader`: a file's bytes (decompressed) and the run's
`ReadOptions` in, a `ReadResult` (article records with text and metadata, bad records) out. A new
format is one module and one entry of READERS and SUFFIXES.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib import import_module

from transforms.formats.base import (
    UNSUPPORTED_FORMAT,
    ArticleRecord,
    BadRecord,
    FormatError,
    Reader,
    ReadOptions,
    ReadResult,
)
from transforms.formats.site_authors import without_site
from transforms.text import SOFT_HYPHEN

# Each format's reader: its module (of this package) and function, imported on a file of its format's first read.
# A run of text files imports no HTML, XML, YAML or e-mail parser: the readers' modules and the libraries they
# import were about 0.1 CPU s of every batch worker's start.
_READER_FUNCTIONS: dict[str, tuple[str, str]] = {
    "txt": ("txt", "read_txt"),
    "md": ("markdown", "read_markdown"),
    "html": ("html", "read_html"),
    "jsonl": ("jsonl", "read_jsonl"),
    "json": ("json_array", "read_json"),
    "csv": ("csv_rows", "read_csv"),
    "tsv": ("csv_rows", "read_tsv"),
    "feed": ("feed", "read_feed"),
    "eml": ("eml", "read_eml"),
}


class _Readers(Mapping[str, Reader]):
    """The readers by format, each imported when first asked for (`_READER_FUNCTIONS`) and kept: every file
    asks for its reader, and `import_module` of a loaded module was about 1 µs of Python a file."""

    def __init__(self) -> None:
        self._loaded: dict[str, Reader] = {}

    def __getitem__(self, format: str) -> Reader:
        reader = self._loaded.get(format)
        if reader is None:
            module, function = _READER_FUNCTIONS[format]
            reader = self._loaded[format] = getattr(import_module(f"{__name__}.{module}"), function)
        return reader

    def __iter__(self) -> Iterator[str]:
        return iter(_READER_FUNCTIONS)

    def __len__(self) -> int:
        return len(_READER_FUNCTIONS)


READERS: Mapping[str, Reader] = _Readers()
# File name endings → format (compared in lower case; a further ".gz" is decompressed first).
SUFFIXES: dict[str, str] = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",  # a page saved as XHTML (some publishers' and e-book tools'): read as HTML
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",  # a tab-separated export (a spreadsheet's, a database's): read as a CSV file delimited by tabs
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    # A wire's story or item saved under its format's own name: read as an .xml file is (xml_documents.py finds
    # the NITF or NewsML reader by its document element).
    ".nitf": "feed",
    ".newsml": "feed",
    ".eml": "eml",  # an e-mail (a newsletter) saved from a mail client
    # a web page a browser saved as one MIME file (Chrome's "Webpage, Single File"): read as its page (page_archives.py)
    ".mht": "eml",
    ".mhtml": "eml",
}
# Formats holding many articles, one per record.
RECORDS_FORMATS = frozenset({"jsonl", "json", "csv", "tsv", "feed"})
# Formats whose reader finds an article's headline itself (a page's <title>, <h1> and meta tags, a feed item's
# <title>, an e-mail's Subject): an article it found none for has none, and no paragraph is guessed to be one
# from its shape (`transforms.paragraphs.paragraph_columns`), as a text file's first line is.
HEADLINE_FORMATS = frozenset({"html", "feed", "eml"})
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


def unsupported_detail(name: str) -> str:
    """Return the quarantine detail of a file of a type themelake does not read: its type, then the types read.

    The type is that of the name without a ".gz": `doc.pdf.gz` is a gzip-compressed PDF, not a "gz" file.

    >>> unsupported_detail("a/doc.pdf.gz").split(":")[0], unsupported_detail("notes.gz").split(":")[0]
    ("a 'pdf' file (gzip-compressed)", 'a file without an extension (gzip-compressed)')
    >>> unsupported_detail("scan.PDF")  # doctest: +NORMALIZE_WHITESPACE
    "a 'pdf' file: themelake reads .atom, .csv, .eml, .htm, .html, .json, .jsonl, .markdown, .md, .mht,
     .mhtml, .ndjson, .newsml, .nitf, .rss, .tsv, .txt, .xhtml, .xml (each also .gz)"
    """
    lower = name.rsplit("/", 1)[-1].lower()
    compressed = lower.endswith(COMPRESSED_SUFFIX)
    lower = lower.removesuffix(COMPRESSED_SUFFIX)
    kind = f"a {lower.rsplit('.', 1)[-1]!r} file" if "." in lower else "a file without an extension"
    readable = ", ".join(sorted(SUFFIXES))
    return f"{kind}{' (gzip-compressed)' if compressed else ''}: themelake reads {readable} (each also .gz)"


def read_articles(data: bytes, format: str, options: ReadOptions | None = None) -> ReadResult:
    """Return the articles of a file's (decompressed) bytes read as `format`.

    Raises FormatError (the whole file is not of its format) or transforms.undecodable.UndecodableText.
    """
    reader = READERS.get(format)
    if reader is None:
        raise FormatError(UNSUPPORTED_FORMAT, f"themelake does not read {format!r} files")
    result = reader(data, options or ReadOptions())
    for article in result.articles:
        article.authors = without_site(article.authors, article.site)  # "BBC News" on BBC News (`site_authors`)
        if article.title:  # without soft hyphens, as its paragraph in the text is (transforms.text.normalize_text)
            article.title = article.title.replace(SOFT_HYPHEN, "")
    return result


__all__ = [
    "ArticleRecord", "BadRecord", "FormatError", "HEADLINE_FORMATS", "ReadOptions", "ReadResult", "READERS",
    "SUFFIXES", "RECORDS_FORMATS", "format_of", "read_articles", "unsupported_detail",
]
