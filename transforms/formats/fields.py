"""Article fields from named values (front matter, a JSON object, a CSV row): mapping and recognised names."""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from transforms.formats.base import ArticleRecord
from transforms.formats.dates import UnparsedDate
from transforms.formats.field_paths import NotText, text_of_value, text_or_none, value_at, without_paths, written
from transforms.formats.markup import plain_title, text_of_field
from transforms.formats.numeric_dates import date_in_order
from transforms.formats.record_authors import authors_of, is_user_id
from transforms.formats.time_fields import date_with_time
from transforms.text import normalize_text

# The article fields a mapping may name (`--field NAME=FIELD`), and the names recognised without one,
# in order of preference (compared without case, "_" and "-"). WordPress exports write "date" in the
# site's time zone without saying which, and "date_gmt" in UTC. A spreadsheet's "Body Text", schema.org's
# `articleBody`, the NYT APIs' `published_date` and `web_url`, the Guardian's `webTitle`, `webUrl` and
# `webPublicationDate`, Drupal's JSON:API `created` and Wagtail's `first_published_at` are newsroom exports'
# own (each file naming them was no_text_field, or dateless).
FIELDS = ("id", "title", "text", "published_at", "url", "authors", "site", "language")
COMMON_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "guid", "uuid", "_id", "doc_id"),
    "title": ("title", "headline", "heading", "name", "web_title"),
    "text": (
        "text", "body", "content", "article", "article_text", "body_text", "article_body", "full_text", "maintext",
        "story", "description",
    ),
    "published_at": (
        "published_at", "published", "date_published", "publication_date", "published_date", "pub_date", "pubdate",
        "web_publication_date", "first_published_at", "first_publication_date", "date_gmt", "date", "datetime",
        "timestamp", "created_at", "created", "date_created", "publish_date", "time",
    ),
    "url": ("url", "link", "canonical_url", "permalink", "source_url", "web_url", "href"),
    "authors": ("authors", "author", "byline", "creator", "creators", "writer"),
    "site": ("site", "sitename", "site_name", "source", "source_name", "publisher", "outlet", "domain"),
    "language": ("language", "lang", "language_code", "locale"),
}


# What a yes/no field holds (Jekyll's `published: true`, a CSV's `published` column of "yes"): a flag,
# never a date, though its name is the first common name of one.
_FLAGS = frozenset({"true", "false", "yes", "no"})


def is_flag(value: object) -> bool:
    """Return whether a value is a yes/no flag (a boolean, or "true", "false", "yes", "no" in any case).

    >>> is_flag(True), is_flag(" Yes "), is_flag("2024-03-05"), is_flag(1)
    (True, True, False, False)
    """
    return isinstance(value, bool) or (isinstance(value, str) and value.strip().lower() in _FLAGS)


def flag_fields(records: Iterable[Mapping[str, object]]) -> frozenset[str]:
    """Return the fields named as a date is (`COMMON_NAMES["published_at"]`) whose every value, null
    and "" aside, is a flag (`is_flag`): "published": true says whether, not when, and the date is
    in the next name ("date", "created_at").

    >>> sorted(flag_fields([{"published": True, "date": "2024-03-05"}, {"published": "no", "date": None}]))
    ['published']
    >>> sorted(flag_fields([{"published": True}, {"published": "2024-03-05"}]))
    []
    """
    dates = {squashed(common) for common in COMMON_NAMES["published_at"]}
    flags: dict[str, bool] = {}  # a date-named field: whether every value so far is a flag
    for values in records:
        for name, value in values.items():
            if value is None or value == "" or not flags.get(name, True) or squashed(name) not in dates:
                continue
            flags[name] = is_flag(value)
    return frozenset(name for name, flag in flags.items() if flag)


class MappingError(ValueError):
    """A `--field` option that cannot be used; the message says which and why."""


def parse_field_options(options: Sequence[str]) -> dict[str, str]:
    """Return NAME → FIELD from `--field NAME=FIELD` options, or raise MappingError.

    >>> parse_field_options(["text=story", "published_at=when"])
    {'text': 'story', 'published_at': 'when'}
    """
    mapping: dict[str, str] = {}
    for option in options:
        name, sep, field = option.partition("=")
        name, field = name.strip(), field.strip()
        if not sep or not name or not field:
            raise MappingError(f"--field {option!r}: write it as NAME=FIELD, e.g. text=body")
        if name not in FIELDS:
            raise MappingError(f"--field {option!r}: {name!r} is not one of {', '.join(FIELDS)}")
        mapping[name] = field
    return mapping


def fields_present(given: Mapping[str, str], names: Collection[str]) -> dict[str, str]:
    """Return the given mappings whose field a file has (a dotted path: its first member), so that a
    run's `--field` options apply to the files that have those fields and leave the others to the
    common names.

    >>> fields_present({"text": "copy", "title": "meta.kicker", "id": "guid"}, {"meta", "body", "guid"})
    {'title': 'meta.kicker', 'id': 'guid'}
    """
    return {name: field for name, field in given.items() if field in names or field.split(".", 1)[0] in names}


@lru_cache(maxsize=8192)
def squashed(name: str) -> str:
    """Return a field name as common names are compared: without case, spaces, "_" and "-".

    >>> squashed("Published_At"), squashed("pub-date")
    ('publishedat', 'pubdate')
    """
    return re.sub(r"[\s_\-]", "", name.lower())


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
    """
    by_squashed: dict[str, str] = {}
    for name in names:
        if name not in reserved:
            by_squashed.setdefault(squashed(name), name)
    mapping: dict[str, str] = {}
    taken = set(given.values())
    for article_field in FIELDS:
        if article_field in given:
            mapping[article_field] = given[article_field]
            continue
        for common in COMMON_NAMES[article_field]:
            found = by_squashed.get(squashed(common))
            if article_field == "published_at" and found in flags:
                continue
            if found is not None and found not in taken:
                mapping[article_field] = found
                taken.add(found)
                break
    return mapping


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
    "", is read as the file says (null is no value: a `"content": null` does not make the teaser in
    `description` the text), and `id` never falls back (a record keeps its identity). A given field
    holds for every record. A record read as the file is gets `mapping` itself (its version is the
    one it had). The test for the common case, every mapped field present, is a dict lookup per field.

    >>> record_mapping({"id": 1, "body": "B."}, {"id": "id", "text": "text"})
    {'id': 'id', 'text': 'body'}
    >>> record_mapping({"body": "B."}, {"text": "text"}, given={"text"})
    {'text': 'text'}
    >>> record_mapping({"text": None, "body": "B."}, {"text": "text"})
    {'text': 'text'}
    """
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


def article_from_fields(
    values: Mapping[str, object], mapping: Mapping[str, str], text: str | None = None, day_first: bool | None = None,
    serials: bool = False,
) -> ArticleRecord:
    """Return an article from named values: mapped fields become columns, the others `metadata`.

    A mapping names a field or a dotted path into an object (`content.rendered`). `text` (a body read
    elsewhere, as after front matter) wins over a mapped text field. A text field of HTML markup is
    read as HTML (a CMS export's `<p>...</p>`), and a title's "&amp;" unescaped. Raises NotText when
    the mapped text field holds an object that is not text (the message names the paths to map).

    An unreadable date is a null date and a `date_unparsed` note in metadata, never an error. A
    numeric date whose day and month could be swapped (12/03/2024) is read in `day_first` order (the
    order the file's other dates show), else month first with a `date_ambiguous` note. A number of days
    (19723) is an epoch day, or Excel's serial where the file's other dates show Excel's count
    (`serials`: transforms.formats.day_numbers).
    """
    metadata: dict[str, object] = {k: _jsonable(v) for k, v in without_paths(values, mapping.values()).items()}

    def value(name: str) -> object:
        return value_at(values, mapping[name]) if name in mapping else None

    def text_of(name: str, separator: str = " ") -> str | None:
        try:
            return text_of_value(value(name), mapping.get(name, name), separator)
        except NotText:
            if name == "text":
                raise
            metadata[mapping[name]] = _jsonable(value(name))  # kept, as an unmapped field is
            return None

    published = None
    # A day in the date field and its time of day in a `time` field: one moment (transforms.formats.time_fields).
    raw_date = date_with_time(value("published_at"), values, mapping.values())
    try:
        published, ambiguous = date_in_order(raw_date, day_first, serials)
    except UnparsedDate:
        metadata["date_unparsed"] = written(raw_date)  # `true`, `{"a": 1}`: as the file writes it
    else:
        if ambiguous is not None:
            metadata["date_ambiguous"] = ambiguous  # read month first: nothing in the file says otherwise
    raw_authors = value("authors")
    if is_user_id(raw_authors) or (isinstance(raw_authors, list) and any(map(is_user_id, raw_authors))):
        metadata[mapping["authors"]] = _jsonable(raw_authors)  # a user id (WordPress's "author": 5): kept
    title = text_of("title")
    raw_text = value("text") if text is None else None
    if isinstance(raw_text, bool | int | float):  # `"text": 42` or `true`: a field of another kind, not an article
        raise NotText(f"field {mapping['text']!r} holds {json.dumps(raw_text)}, not text")
    body = text if text is not None else text_of("text", "\n\n")
    return ArticleRecord(
        # A record's text as a text file's is read (line ends "\r\n" as "\n", so that "\r\n\r\n" parts
        # paragraphs; no trailing spaces); a NUL is gone already (text_of_value).
        text=normalize_text(text_of_field(body)) if body and text is None else body or "",
        title=plain_title(title) if title else None,
        published_at=published,
        url=text_of("url"),
        site=_site(value("site")),
        authors=authors_of(raw_authors),
        language=language_code(value("language")),
        metadata=metadata,
    )


def with_title(article: ArticleRecord) -> ArticleRecord:
    """Return the article with its title as the first paragraph of its text (as in a text file), unless
    the text opens with it: a first line that is the title, not a sentence that begins with its words
    ("Election results from all 650 seats...", which left the headline in no paragraph).

    >>> with_title(ArticleRecord("Rates held\\n\\nThe bank...", title="Rates held")).text
    'Rates held\\n\\nThe bank...'
    >>> with_title(ArticleRecord("Rates held steady.", title="Rates held")).text
    'Rates held\\n\\nRates held steady.'
    """
    text = article.text.lstrip()
    if not article.title or text.startswith(article.title) and text[len(article.title):][:1] in ("", "\n"):
        return article
    return replace(article, text=f"{article.title}\n\n{article.text}")


def language_code(value: object) -> str | None:
    """Return the ISO 639-1 code of a language value ("en-GB", "EN", "en_US" → "en").

    >>> language_code("en-GB"), language_code("FR"), language_code(None)
    ('en', 'fr', None)
    """
    text = text_or_none(value)
    if not text:
        return None
    code = re.split(r"[-_]", text.strip().lower())[0]
    return code if re.fullmatch(r"[a-z]{2}", code) else None


def _site(value: object) -> str | None:
    if isinstance(value, Mapping):
        value = value.get("name")
    return text_or_none(value)


def _jsonable(value: object) -> object:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return str(value)
    return value
