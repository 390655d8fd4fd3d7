"""JSON files (.json): an array of article objects, an object holding one, or a single article object;
or one object per line (JSON Lines named .json, as mongoexport and BigQuery write them)."""

from __future__ import annotations

import json
from collections.abc import Mapping

from transforms.formats.base import NOT_RECORDS, FormatError, ReadOptions, ReadResult
from transforms.formats.fields import detect_mapping, fields_present
from transforms.formats.json_value import json_value
from transforms.formats.jsonl import read_json_lines
from transforms.formats.records import articles_from_records
from transforms.text import decode_article


def read_json(data: bytes, options: ReadOptions) -> ReadResult:
    """Return the articles of a JSON file; a record's number is its position in the array, from 1.

    >>> r = read_json(b'{"articles": [{"headline": "A", "body": "One."}]}', ReadOptions())
    >>> [(a.record, a.title, a.text) for a in r.articles]
    [(1, 'A', 'A\\n\\nOne.')]
    """
    decoded = decode_article(data)
    try:
        value = json_value(decoded.text)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data" and _first_line_is_an_object(decoded.text):
            # One JSON object per line, named .json (mongoexport's default, BigQuery's NDJSON): JSON Lines.
            result = read_json_lines(decoded.text, options)
            result.encoding = decoded.encoding
            return result
        message = error.msg.removesuffix(" at")  # "Unterminated string starting at": one "at" only
        raise FormatError(NOT_RECORDS, f"not JSON: {message} at line {error.lineno}") from None
    items = _records(value, options)
    if items is None:
        raise FormatError(NOT_RECORDS, "JSON, but neither an array of articles nor an object holding one")
    result = articles_from_records(enumerate(items, start=1), options)
    result.encoding = decoded.encoding
    return result


def _first_line_is_an_object(text: str) -> bool:
    """Return whether a text's first line that is not blank is a JSON object by itself (JSON Lines)."""
    line = next((line for line in text.split("\n") if line.strip()), "")
    try:
        return isinstance(json.loads(line), Mapping)
    except json.JSONDecodeError:
        return False


# Names under which an API response or an export holds its list of articles (compared in lower case).
_LIST_KEYS = frozenset({"articles", "results", "items", "docs", "data", "entries", "posts", "stories",
                        "records", "hits", "news", "documents"})


def _records(value: object, options: ReadOptions, depth: int = 0) -> list[object] | None:
    """Return the records a JSON value holds: an array; of an object, an array under a name such
    as "articles" or "results" whose objects hold text, else the object itself when it is one
    article, else another array whose objects hold text, else a named array (empty: no articles),
    else the first array of objects; an object nested in it (`{"response": {"results": [...]}}`)
    is searched the same way, two deep."""
    if isinstance(value, list):
        return value
    if not isinstance(value, Mapping):
        return None
    lists = [(str(k), v) for k, v in value.items() if isinstance(v, list) and all(isinstance(x, Mapping) for x in v)]
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
        if inner:
            return inner
    if depth < 2:
        for inner in value.values():
            found = _records(inner, options, depth + 1) if isinstance(inner, Mapping) else None
            if found is not None:
                return found
    return None


def _holds_text(record: Mapping, options: ReadOptions) -> bool:
    """Return whether an object has the field its text would be read from (mapped, or a common name)."""
    names = [str(k) for k in record]
    given = fields_present(options.fields, names) if options.where_present else options.fields
    field = detect_mapping(names, given).get("text")
    return field is not None and (field in record or field.split(".", 1)[0] in record)
