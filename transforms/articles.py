"""What an article is: its file's bytes, or one record of a records file, with its identity and version.

A one-article file is identified by its location (`source`) and versioned by its bytes. A record
of a records file (JSON Lines, JSON, CSV) is identified by its file plus its key (its `id` field,
else its URL, else its record number): its source is `<file>#<key>` (`record_source`), and its
version is a hash of the record. An alert mail's stories and a text export's documents are keyed so too
(KEYED_FORMATS).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cached_property, lru_cache
from urllib.parse import quote

from transforms.formats import (
    RECORDS_FORMATS,
    SUFFIXES,
    ArticleRecord,
    FormatError,
    ReadOptions,
    format_of,
    read_articles,
)
from transforms.formats.base import STILL_WRITTEN
from transforms.formats.future_dates import without_future_date
from transforms.formats.substack_exports import ListedPost, with_listed_post
from transforms.language import detect_languages
from transforms.path_dates import with_path_date
from transforms.undecodable import UndecodableText

# The metadata key noting a gzip file's trailing data, ignored (ArticleFile.trailing_data).
GZIP_TRAILING_DATA = "gzip_trailing_data"


@dataclass(frozen=True)
class ArticleFile:
    """The bytes of one article file and where they came from."""

    source: str  # absolute path or URL: the article's identity
    data: bytes
    source_root: str = ""
    relative_path: str = ""
    modified_at: datetime | None = None
    # A records file whose gzip stream is cut off, as one still being written: `data` is what it inflated
    # to so far, and this says so; the file is read as one whose last record is cut off (ReadResult.unfinished).
    cut_off: str | None = None
    # A gzip file with bytes after its stream that are not gzip (trailing garbage), ignored as `gzip -d`
    # ignores them: this says how many, and each of its articles' metadata says so (GZIP_TRAILING_DATA).
    trailing_data: str | None = None
    # A Substack export's post's page: its row of the export's index beside it (`warehouse.sources.substack`), whose
    # title and day the page lacks; and the index itself, which holds no article (`substack_exports`)
    listed: ListedPost | None = None
    post_index: bool = False

    @cached_property
    def version(self) -> str:
        """The sha256 of the bytes (with a Substack post's index row), computed once however many stages ask."""
        if self.listed is None:
            return content_hash(self.data)
        # its title and day are its index's: a fixed title in posts.csv is a new version of the same bytes
        return content_hash(self.data + b"\0" + "\x1f".join(map(str, self.listed)).encode())


@dataclass(frozen=True)
class QuarantineRecord:
    """A file (or a record of one) that could not become an article, and why (reason is a short code)."""

    source: str
    reason: str
    detail: str
    content_hash: str | None = None
    record: int | None = None  # the bad record's line or row, None for a whole file


@lru_cache(maxsize=4096)  # a batch asks for each of its files' ids three times (read, skip check, state)
def article_id(source: str) -> str:
    """Return the stable id of the article at a source location.

    >>> article_id("/data/inbox/a.txt")
    '018b654eb86ce104'
    """
    return hashlib.sha256(source.encode()).hexdigest()[:16]


def content_hash(data: bytes) -> str:
    """Return the sha256 hex digest of a file's bytes: the article version."""
    return hashlib.sha256(data).hexdigest()


def record_source(file: str, key: str) -> str:
    """Return the source of a record of a records file: the file, "#", and its key (quoted: no "/" or "#").

    >>> record_source("/in/feed.jsonl", "url=https://news.example/a#top")
    '/in/feed.jsonl#url=https%3A%2F%2Fnews.example%2Fa%23top'
    """
    name, _, value = key.partition("=")
    return f"{file}#{name}={quote(value, safe='')}"


# Formats whose files may hold keyed articles, each its own source `<file>#<key>`: the records formats, an
# alert mail's stories (eml: `alert_mails`) and a Factiva or LexisNexis text export's documents (txt: keyed per
# document, as the same exports' JSON and CSV records are, so a document dropped from the next export is deleted
# and one kept is the same article). The one notion the record-source pattern, the plan's deleted records and
# the record states a file is read with all use: the records formats alone there once left an alert's or an
# export's articles current after their file, or a story of it, was deleted.
KEYED_FORMATS = RECORDS_FORMATS | frozenset({"txt", "eml"})

# A record's source: a keyed file's name, then "#id=", "#url=" or "#record=" and a quoted value. Its
# suffixes are the keyed formats' (a list of its own here once left a new format's records unknown).
_RECORDS_SUFFIXES = "|".join(sorted(re.escape(s) for s, f in SUFFIXES.items() if f in KEYED_FORMATS))
_RECORD_SOURCE = re.compile(rf"(?:{_RECORDS_SUFFIXES})(?:\.gz)?#(?:id|url|record)=[^/#]*\Z", re.IGNORECASE)


def is_record_source(source: str) -> bool:
    """Return True for the source of a keyed article of a file (a record of a records file, a story of an
    alert mail, a document of a text export), not a file of its own.

    >>> is_record_source("/in/feed.jsonl#id=7"), is_record_source("/in/notes#1.txt")
    (True, False)
    >>> is_record_source("/in/news.rss.gz#id=g1"), is_record_source("/in/page.html#id=g1")
    (True, False)
    >>> is_record_source("/in/alert.eml#url=https%3A%2F%2Fa.example%2F1"), is_record_source("/in/x.txt#id=D1")
    (True, True)
    """
    return bool(_RECORD_SOURCE.search(source))


def record_file(source: str) -> str:
    """Return the file a record's source belongs to.

    >>> record_file("/in/feed.jsonl#id=7")
    '/in/feed.jsonl'
    """
    return source.rsplit("#", 1)[0]


@dataclass
class ArticleInput:
    """One article to write: the file it came from, what its reader found, its identity and version.

    Not frozen, as ArticleRecord (cheaper to make, once per article): `read_batch_articles` sets its
    language once the batch's languages are detected, and nothing changes it after that.
    """

    file: ArticleFile
    article: ArticleRecord
    format: str
    encoding: str
    source: str  # the file, or `record_source(file, key)` for a record
    article_id: str
    version: str
    language: str | None

    @property
    def text(self) -> str:
        return self.article.text


@dataclass
class FileArticles:
    """What one file gave: its articles, its bad records and, of a records file, the field mapping used
    and what a run remembers of it."""

    articles: list[ArticleInput]
    bad: list[QuarantineRecord]
    mapping: dict[str, str] | None = None
    applied: dict[str, str] | None = None  # the given pairs the mapping applied (ReadResult.applied)
    names: list[str] | None = None  # a records file's field names (ReadResult.names)
    unfinished: str | None = None  # how a records file is cut off, as one still being written (ReadResult.unfinished)


def file_format(file: ArticleFile) -> str:
    """Return the format a file is read as, from its name; text when the name says nothing.

    (Which files are worth reading is the listing's choice: warehouse.sources quarantines the
    types themelake does not read before reading them.)
    """
    return format_of(file.relative_path or file.source) or "txt"


def read_file_articles(
    file: ArticleFile, options: ReadOptions | None = None, now: datetime | None = None
) -> FileArticles:
    """Return the articles of a file; raise FormatError or UndecodableText when the whole file is unusable.

    A one-article file whose content gives no date is dated by its path's day (`transforms.path_dates`),
    one after `now` (the ingestion moment; None: the clock's) none; a content date more than a day after `now` is
    none either, in every format (`transforms.formats.future_dates`).
    """
    fmt = file_format(file)
    if file.cut_off is not None and not file.data.strip():
        # A gzip stream cut before its first record's bytes: nothing of it yet, no file that is not records.
        return FileArticles([], [], unfinished=f"{file.cut_off}: {STILL_WRITTEN}")
    if file.post_index:
        return FileArticles([], [])  # its posts' titles and days are their pages' (ArticleFile.listed)
    if file.cut_off is None:
        try:
            result = read_articles(file.data, fmt, options)
        except FormatError as error:
            if fmt != "feed":
                raise
            from transforms.formats.xml_documents import named_detail  # XML's readers, for a broken feed file only

            # a broken wire's file its first element does not name: its name's extension does (".nitf", ".newsml")
            raise FormatError(error.reason, named_detail(error.detail, file.data, file.relative_path or file.source)) \
                from None
    else:
        try:
            result = read_articles(file.data, fmt, replace(options or ReadOptions(), stream_cut=True))
        except (FormatError, UndecodableText) as error:
            # What a stream cut anywhere inflated to (a header half inflated, a value no reader takes for
            # records yet) is no file that is not records: its records are read once there is more of it,
            # and, its writer gone for an hour, it is corrupt_gzip (warehouse.sources).
            return FileArticles([], [], unfinished=f"{file.cut_off}, and {error.detail}: {STILL_WRITTEN}")
        # Its records are read as far as the gzip stream goes; whether or not that ends in a record cut
        # off, the file still lacks those its writer has yet to write.
        cut = result.unfinished.removesuffix(f": {STILL_WRITTEN}") if result.unfinished else None
        result.unfinished = f"{file.cut_off}{f', and {cut}' if cut else ''}: {STILL_WRITTEN}"
    records = fmt in RECORDS_FORMATS
    articles = []
    now = now or datetime.now(UTC)
    for article in result.articles:
        if file.listed is not None:  # a Substack post's page: its index's title and day (`substack_exports`)
            article = with_listed_post(article, file.listed)
        # a date after `now` is none, in every format: the next source of a date is used (`future_dates`)
        without_future_date(article, now)
        if not records:  # a records file's name dates the file, not each of its records
            with_path_date(article, file.relative_path, now, file.source_root)
        if file.trailing_data is not None:
            article.metadata = {**article.metadata, GZIP_TRAILING_DATA: file.trailing_data}
        # a keyed article of another format is one of a file's several too (an alert mail's stories, `alert_mails`)
        source = record_source(file.source, article.key) if article.key else file.source
        # a keyed article's own version where its reader gives one (a record's, a text export's document's):
        # a document kept in the next export is the same article, not rewritten for its file's new bytes
        version = article.version if article.key and article.version else file.version
        articles.append(
            ArticleInput(file, article, fmt, result.encoding, source, article_id(source), version, article.language)
        )
    bad = [
        QuarantineRecord(
            record_source(file.source, f"record={b.record}"), b.reason, f"record {b.record}: {b.detail}",
            file.version, b.record,
        )
        for b in result.bad
    ]
    return FileArticles(articles, bad, result.mapping, result.applied, result.names, result.unfinished)


def read_batch_articles(
    files: list[ArticleFile], options: ReadOptions | None, quarantined: list[QuarantineRecord],
    file_options: Mapping[str, ReadOptions] | None = None, now: datetime | None = None,
) -> dict[str, FileArticles]:
    """Return what each file of a batch gave (source → its articles, its mapping, ...), each article with
    its language (detected, for the batch at once, where the input does not say); unusable files and bad
    records go to `quarantined`. `file_options`: source → the options of a file read otherwise (the
    mapping a records file remembers). `now`: the ingestion moment (`read_file_articles`)."""
    read: dict[str, FileArticles] = {}
    for file in files:
        try:
            found = read_file_articles(file, file_options.get(file.source, options) if file_options else options, now)
        except (UndecodableText, FormatError) as err:
            quarantined.append(QuarantineRecord(file.source, err.reason, err.detail, file.version))
            continue
        quarantined += found.bad
        read[file.source] = found
    unknown = [item for found in read.values() for item in found.articles if item.language is None]
    for item, language in zip(unknown, detect_languages([item.text for item in unknown]), strict=True):
        item.language = language
    return read
