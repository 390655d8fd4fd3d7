"""The one interface every format reader has: bytes in, article records (text + metadata) out."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from transforms.text import is_blank

# Quarantine reason codes of the format readers (the README lists them all).
UNSUPPORTED_FORMAT = "unsupported_format"  # a file type themelake does not read (.pdf, .docx, images)
# an HTML page with no article in it (an index or error page), a text or Markdown file with no prose
NO_ARTICLE_TEXT = "no_article_text"
# an HTML page themelake's report wrote (its `generator` meta tag, or an older build's title and heading): read
# from a lake's reports/ folder, its labels and counts were ingested as an article's paragraphs
THEMELAKE_REPORT = "themelake_report"
NOT_RECORDS = "not_records"  # a records file (.jsonl .json .csv, a feed) whose content is not what its extension says
MALFORMED_RECORD = "malformed_record"  # a line that is not JSON, a row with the wrong number of columns
NO_TEXT = "no_text"  # a record without article text
# How each detail of ReadResult.unfinished ends: "line 4 is cut off (...): still being written".
STILL_WRITTEN = "still being written"


@dataclass
class ArticleRecord:
    """One article read from a file: its text (headline first, when known) and what the input says of it.

    `key` identifies a record inside a records file ("id=...", "url=...", "record=N"); one-article
    files have none. Not frozen, though nothing changes one after its reader made it: a frozen
    dataclass's construction costs four times as much (4 against 1 microsecond with these eleven
    fields), once per article of every run.
    """

    text: str
    title: str | None = None
    published_at: datetime | None = None
    url: str | None = None
    site: str | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None
    metadata: Mapping[str, object] = field(default_factory=dict)
    record: int | None = None
    key: str | None = None
    version: str | None = None  # a records file's record: a hash of the record (else the file's hash)


@dataclass(frozen=True)
class BadRecord:
    """A record of a records file that could not become an article: its number, a reason code, a detail."""

    record: int
    reason: str
    detail: str


@dataclass
class ReadResult:
    """What a reader made of a file: its articles, its bad records, and notes for the run (mapping used)."""

    articles: list[ArticleRecord] = field(default_factory=list)
    bad: list[BadRecord] = field(default_factory=list)
    encoding: str = "utf-8"
    mapping: dict[str, str] | None = None  # a records file's NAME → field mapping, as used
    # The given pairs the mapping applied (ReadOptions.fields and .kept, for the fields the file has).
    applied: dict[str, str] | None = None
    names: list[str] | None = None  # a records file's field names, of all its records (first seen first)
    # Where a records file read with ReadOptions.unfinished ends in a record cut off (no end of line), as
    # a file still being written does: its complete records are read, the cut one is no bad record.
    unfinished: str | None = None


class FormatError(ValueError):
    """The whole file cannot be read as its format; `reason` is a quarantine reason code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class ReadOptions:
    """How records files map to articles: NAME → the file's field (`--field NAME=FIELD`)."""

    fields: Mapping[str, str] = field(default_factory=dict)
    # Fields never mapped to an article field by their name (kept in metadata): a label field.
    reserved: frozenset[str] = frozenset()
    # `fields` apply to a file only for the FIELDs it has, the others left to the common names (a
    # run's mapping, given for a folder of files); else all of them (`eval`'s, given for one corpus).
    where_present: bool = False
    # With `where_present`: pairs a file applied before (the mapping it remembers), applied for the
    # fields it has where `fields` do not apply (a run's `--field text=zz` keeps text=copy in a file
    # without zz).
    kept: Mapping[str, str] = field(default_factory=dict)
    # A file that ends in a record cut off, with no end of line, may be one still being written (a run's
    # folder, where a writer may be at work): that record is left out, ReadResult.unfinished says so. Without
    # it (a labelled corpus read once, for `eval` or `learn`, which no run reads again later) that record is
    # a bad one as any other.
    unfinished: bool = True
    # The bytes are a stream cut off (a gzip file being written: ArticleFile.cut_off), not a file's end: they
    # end where the writer's last flush did, and an end of line there says nothing of whether the record
    # it ends is the last (a pretty-printed record's line, a quoted CSV field's), so it is never read as one.
    stream_cut: bool = False


Reader = Callable[[bytes, ReadOptions], ReadResult]


def with_prose(article: ArticleRecord, kind: str) -> ArticleRecord:
    """Return the article of a text or Markdown file, or raise FormatError(no_article_text) where it has no
    text once its front matter (and a Markdown file's code, images and rules) are out: an article without a
    paragraph, as an HTML page without article text is none.

    >>> with_prose(ArticleRecord("Rain at last."), "text file").text
    'Rain at last.'
    >>> with_prose(ArticleRecord(" \\n\\n", title="Rain"), "text file")
    Traceback (most recent call last):
    ...
    transforms.formats.base.FormatError: a text file with nothing but its front matter
    """
    if not is_blank(article.text):  # as `article.text.strip()`, without a copy, and zero-width characters too
        return article
    raise FormatError(NO_ARTICLE_TEXT, f"a {kind} with nothing but its front matter" if kind == "text file"
                      else f"a {kind} with no prose (nothing but front matter, code, images or rules)")
