"""The records a JSON text holds: of one value, an array of article objects, an object holding one (an
API response), or one article object; of several values one after the other, each value a record."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from transforms.formats.apple_news import apple_news_record, is_apple_news
from transforms.formats.base import NOT_RECORDS, BadRecord, FormatError, ReadOptions, ReadResult
from transforms.formats.field_mapping import detect_mapping
from transforms.formats.field_options import fields_present
from transforms.formats.ghost_exports import ghost_posts
from transforms.formats.json_feed import is_json_feed, read_json_feed
from transforms.formats.json_value import array_so_far
from transforms.formats.records import NO_TEXT_FIELD, articles_from_records


def articles_of_json(values: Sequence[tuple[int, object]], options: ReadOptions) -> ReadResult:
    """Return the articles of a JSON text's values (`json_value.json_values`): of one value, the records
    it holds, numbered from 1 by their place in it; of several (objects written one after another,
    pretty-printed or not), each value a record numbered by the line it starts on, as JSON Lines are, or
    by its place where two start on one line (`{"text": "A"}{"text": "B"}`, a writer's end of line lost).
    One value that is a JSON Feed is read as one (`json_feed`): an article per item.

    >>> r = articles_of_json([(1, {"articles": [{"headline": "A", "body": "One."}]})], ReadOptions())
    >>> [(a.record, a.title, a.text) for a in r.articles]
    [(1, 'A', 'A\\n\\nOne.')]
    >>> [a.record for a in articles_of_json([(1, {"text": "One."}), (5, {"text": "Two."})], ReadOptions()).articles]
    [1, 5]
    >>> [a.record for a in articles_of_json([(1, {"text": "A"}), (1, {"text": "B"}), (2, {"text": "C"})],
    ...                                     ReadOptions()).articles]
    [1, 2, 3]
    """
    if len(values) != 1:
        values = apple_news_unwrapped(values)
        pages = articles_of_pages(values, [], options)
        if pages is not None:
            return pages
        if len({line for line, _ in values}) < len(values):
            # Numbered by their lines, the second value of a line had the first's number, and so its
            # source (`<file>#record=1`): a duplicate_key, its state and the first's one row of `sources`.
            values = [(place, value) for place, (_, value) in enumerate(values, start=1)]
        return articles_from_records(values, options)
    if is_json_feed(values[0][1]):  # read by the specification's names, as RSS and Atom are
        return read_json_feed(values[0][1], options)
    items = records_of_json(values[0][1], options)
    if items is None:
        raise FormatError(NOT_RECORDS, "JSON, but neither an array of articles nor an object holding one")
    return articles_from_records(enumerate(items, start=1), options)


def apple_news_unwrapped(values: Sequence[tuple[int, object]]) -> Sequence[tuple[int, object]]:
    """Return numbered JSON values with each Apple News Format article among them read as a record (`apple_news`):
    a JSON Lines file of such articles, one a line, as a CMS's Apple News queue exports them, was no_text_field.

    >>> [v["text"] for _, v in apple_news_unwrapped([(1, {"version": "1.16", "identifier": "a", "title": "T",
    ...     "components": [{"role": "body", "text": "One."}]})])]
    ['One.']
    """
    if not any(is_apple_news(value) for _, value in values):
        return values  # the common case: records as they are
    return [(n, apple_news_record(value) if isinstance(value, Mapping) and is_apple_news(value) else value)
            for n, value in values]


def records_so_far(text: str, cut: str, options: ReadOptions) -> ReadResult:
    """Return the articles of a JSON text cut off while it is written (`cut` says where): those of the whole
    records of an array (`json_value.array_so_far`), none of another value, and `unfinished` set."""
    values = array_so_far(text)
    result = articles_from_records(enumerate(values, start=1), options) if values else ReadResult()
    result.unfinished = cut
    return result


# Names under which an API response or an export holds its list of articles (compared in lower case).
_LIST_KEYS = frozenset({"articles", "results", "items", "docs", "data", "entries", "posts", "stories",
                        "records", "hits", "news", "documents"})


def records_of_json(value: object, options: ReadOptions, depth: int = 0) -> list[object] | None:
    """Return the records a JSON value holds: an array; of an object, an array under a name such
    as "articles" or "results" whose objects hold text, else the object itself when it is one
    article, else another array whose objects hold text, else a named array (empty: no articles),
    else the first array of objects; an object nested in it (`{"response": {"results": [...]}}`)
    is searched the same way, two deep."""
    if isinstance(value, list):
        return value
    if not isinstance(value, Mapping):
        return None
    if is_apple_news(value):  # one article whose components are its paragraphs, not its records (`apple_news`)
        return [apple_news_record(value)]
    if depth == 0 and "db" in value and (posts := ghost_posts(value)) is not None:  # with its authors (`ghost_exports`)
        return posts
    if (keyed := keyed_records(value)) is not None or (keyed := _dated_articles(value, options)) is not None:
        return keyed
    lists = [(str(k), v) for k, v in value.items() if isinstance(v, list) and all(isinstance(x, Mapping) for x in v)]
    # an object's records keyed by their ids under a name (Pocket's API: {"status": 1, "list": {"390...": {...}}})
    lists += [(str(k), keyed) for k, v in value.items() if (keyed := keyed_records(v)) is not None]
    named = [(name, inner) for name, inner in lists if name.lower() in _LIST_KEYS]
    for _, inner in named:  # {"categories": [...], "articles": [...]}: the articles, though both hold text
        if inner and _holds_text(inner[0], options):
            return inner
    if _holds_text(value, options):
        return [value]  # one article object, whatever lists it holds (comments, related links)
    for _, inner in lists:  # {"tags": [...], "stories_list": [...]}: the list whose objects hold text
        if inner and _holds_text(inner[0], options):
            return inner
    if named:
        return named[0][1]
    for _, inner in lists:
        # An array of one object that holds the articles, as Ghost's export, {"db": [{"data": {"posts": [...]}}]}
        found = records_of_json(inner[0], options, depth + 1) if len(inner) == 1 and depth < 2 else None
        if found and found[0] is not inner[0] and isinstance(found[0], Mapping) and _holds_text(found[0], options):
            return found
    for _, inner in lists:
        if inner:
            return inner
    return _nested(records_of_json, value, options, depth)


def keyed_records(value: object) -> list[object] | None:
    """Return the records of an object that keys each by its id, in the order written, else None.

    As Pocket's API (`{"list": {"3901234567": {"item_id": "3901234567", ...}}}`) and a Firebase export write them:
    such an object was "neither an array of articles nor an object holding one". Its keys are ids, not fields'
    names: each written in its own record too, or each an id's token (six characters or more, a digit among them, as
    a database's key or Firebase's "-NxA1b2C3d4" is), so an article's objects ({"author": {...}, "source": {...}})
    and a table's rows by year or day ({"2023": {...}}, {"2024-03-05": {...}}) are no records.

    >>> keyed_records({"a1": {"id": "a1", "text": "One."}, "b2": {"id": "b2", "text": "Two."}})
    [{'id': 'a1', 'text': 'One.'}, {'id': 'b2', 'text': 'Two.'}]
    >>> keyed_records({"author": {"name": "Jane Doe"}, "source": {"name": "BBC"}}), keyed_records({"2023": {"n": 5}})
    (None, None)
    >>> keyed_records({"2024-03-05": {"n": 5}}), keyed_records({"20240305": {"n": 5}})
    (None, None)
    >>> keyed_records({"2024-W10": {"n": 5}}), keyed_records({"2024-Q1": {"n": 5}})
    (None, None)
    """
    if not isinstance(value, Mapping) or not value or not all(isinstance(v, Mapping) and v for v in value.values()):
        return None
    if all(_ID_KEY.fullmatch(str(key)) and not _DAY_KEY.fullmatch(str(key)) for key in value):
        return list(value.values())
    if all(str(key) in {str(field) for field in record.values()} for key, record in value.items()):
        return list(value.values())
    return None


# A key that is an id: six characters or more of a token, a digit among them ("3901234567", "-NxA1b2C3d4")
_ID_KEY = re.compile(r"(?=[^\d]*\d)[-\w]{6,}")
# A key that is a day or a month ("2024-03-05", "20240305", "2024-03"): a table's rows by date, as by year, whose
# statistics were read as records keyed by ids and wanted a text field mapped. A calendar's digits, not a shape, so
# an id of eight digits that is no day stays one. An ISO week ("2024-W10", "2024W10-2") or a quarter or a half
# ("2024-Q1", "2024-H2") is a calendar's period as a month is: a weekly table's rows were read as records by ids
_DAY_KEY = re.compile(r"(?:19|20)\d\d(?:(?P<mark>[-_./]?)(?:0[1-9]|1[0-2])(?:(?P=mark)(?:0[1-9]|[12]\d|3[01]))?"
                      r"(?:T[\d:.Z+-]*)?|[-_]?(?:W(?:0[1-9]|[1-4]\d|5[0-3])(?:-?[1-7])?|Q[1-4]|H[12]))")


_YEAR_KEY = re.compile(r"(?:19|20)\d\d")
# A key that is one day ("2024-03-05", "20240305"), not a month's or a week's: the day its articles were published
_ONE_DAY_KEY = re.compile(r"(?:19|20)\d\d(-?)(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])")


def _dated_articles(value: Mapping, options: ReadOptions) -> list[object] | None:
    """Return the articles of an object keyed by days, weeks, months or years whose every value is an article (holds
    a text) or a list of them, as an archive by day is written ({"2024-03-05": {"title": ..., "text": ...}, ...}),
    else None. An article without a date of its own is dated by its key where the key is a day."""
    # A table's rows by date hold no text and stay no records (`keyed_records`); an archive's each hold one article,
    # and only the first was read, the others lost without a word
    if len(value) < 2 or not all(_DAY_KEY.fullmatch(str(key)) or _YEAR_KEY.fullmatch(str(key)) for key in value):
        return None
    # a day's list of articles ({"2024-03-05": [{...}, {...}]}): each is the day's (only the first list was read)
    keyed = [(str(key), record) for key, values in value.items()
             for record in (values if isinstance(values, list) and values else [values])]
    articles = [(key, record) for key, record in keyed if isinstance(record, Mapping) and _holds_text(record, options)]
    return [_on_its_day(record, key) for key, record in articles] if len(articles) == len(keyed) else None


def _on_its_day(record: Mapping, key: str) -> Mapping:
    """Return an archive's article with its key's day as its date where the key is a day and it names no date."""
    # the archive files it under its day: the only date it has (a month or week key is no day)
    names = [str(name) for name in record]
    if not _ONE_DAY_KEY.fullmatch(key) or "date" in names or "published_at" in detect_mapping(names, {}):
        return record
    return {**record, "date": key}


def _holds_text(record: Mapping, options: ReadOptions) -> bool:
    """Return whether an object has the field its text would be read from (mapped, or a common name)."""
    names = [str(k) for k in record]
    given = fields_present(options.fields, names) if options.where_present else options.fields
    field = detect_mapping(names, given).get("text")
    return field is not None and (field in record or field.split(".", 1)[0] in record)


def articles_of_pages(
    values: Sequence[tuple[int, object]], bad: Sequence[BadRecord], options: ReadOptions
) -> ReadResult | None:
    """Return the articles of values that are each a page of records, an array or an API response holding
    one under a name such as "articles" (`curl "...&page=$p" >> news.jsonl`, `jq -c .articles`), numbered
    by their place in the file, a `bad` line (numbered by its line) taking one place and naming its line;
    None where a value is no page (an article, or an object whose lists are no list of articles).
    Read as records, such a file was no_text_field (a page's fields are status, totalResults, articles)."""
    pages: list[tuple[int, list[object]]] = []
    for line, value in values:
        records = _page_records(value, options)
        if records is None:
            return None
        pages.append((line, records))
    if not pages:
        return None
    merged: list[tuple[int, list[object] | BadRecord]] = [*pages, *((b.record, b) for b in bad)]
    merged.sort(key=lambda entry: entry[0])
    numbered: list[tuple[int, object]] = []
    bad_records: list[BadRecord] = []
    for line, entry in merged:
        if isinstance(entry, BadRecord):
            place = len(numbered) + len(bad_records) + 1
            bad_records.append(BadRecord(place, entry.reason, f"line {line}: {entry.detail}"))
            continue
        for record in entry:
            numbered.append((len(numbered) + len(bad_records) + 1, record))
    try:
        return articles_from_records(numbered, options, bad_records)
    except FormatError as error:
        if error.reason != NO_TEXT_FIELD:
            raise
        # No page's records hold text: those were no pages but records holding a list (a match's "results"),
        # read as the file's records, as before, and the detail names their fields, not the list's.
        return None


def _page_records(value: object, options: ReadOptions, depth: int = 0) -> list[object] | None:
    """Return the records of one page (`articles_of_pages`): an array itself, or an object's array under a
    name of `_LIST_KEYS` (nested two deep, `{"response": {"results": [...]}}`); None for an article or an
    object without such an array (a record's list of tags, though its objects hold text, is no page)."""
    if isinstance(value, list):
        return value if depth == 0 else None
    if not isinstance(value, Mapping) or _holds_text(value, options):
        return None
    for name, inner in value.items():
        if str(name).lower() in _LIST_KEYS and isinstance(inner, list) and all(isinstance(x, Mapping) for x in inner):
            return inner
    return _nested(_page_records, value, options, depth)


def _nested(
    find: Callable[[object, ReadOptions, int], list[object] | None], value: Mapping, options: ReadOptions, depth: int
) -> list[object] | None:
    """Return what `find` finds first in an object's objects, two levels deep at most
    (`{"response": {"results": [...]}}`), or None."""
    if depth < 2:
        for inner in value.values():
            found = find(inner, options, depth + 1) if isinstance(inner, Mapping) else None
            if found is not None:
                return found
    return None
