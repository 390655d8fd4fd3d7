"""JSON files (.json): an array of article objects, an object holding one, or a single article object."""

from __future__ import annotations

import json
from collections.abc import Mapping

from transforms.formats.base import NOT_RECORDS, FormatError, ReadOptions, ReadResult
from transforms.formats.fields import detect_mapping
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
        value = json.loads(decoded.text)
    except json.JSONDecodeError as error:
        message = error.msg.removesuffix(" at")  # "Unterminated string starting at": one "at" only
        raise FormatError(NOT_RECORDS, f"not JSON: {message} at line {error.lineno}") from None
    items = _records(value, options)
    if items is None:
        raise FormatError(NOT_RECORDS, "JSON, but neither an array of articles nor an object holding one")
    result = articles_from_records(enumerate(items, start=1), options)
    result.encoding = decoded.encoding
    return result


def _records(value: object, options: ReadOptions) -> list[object] | None:
    if isinstance(value, list):
        return value
    if not isinstance(value, Mapping):
        return None
    # An API response: {"status": "ok", "articles": [...]}; the first list of objects holds them.
    for inner in value.values():
        if isinstance(inner, list) and inner and all(isinstance(v, Mapping) for v in inner):
            return inner
    if "text" in detect_mapping(list(value), options.fields):
        return [value]  # one article object
    return None
