"""JSON files (.json): an array of article objects, an object holding one, or a single article object;
or one object per line (JSON Lines named .json, as mongoexport and BigQuery write them), or objects
written one after another, pretty-printed."""

from __future__ import annotations

import json
from collections.abc import Mapping

from transforms.formats.base import NOT_RECORDS, FormatError, ReadOptions, ReadResult
from transforms.formats.json_errors import where_not_json
from transforms.formats.json_records import articles_of_json, records_so_far
from transforms.formats.json_value import (
    NESTED_TOO_DEEP,
    decode_json,
    file_cut_off,
    is_cut_off,
    json_value,
    json_values,
    without_cut_character,
)
from transforms.formats.jsonl import read_json_lines
from transforms.text import decode_article
from transforms.undecodable import EMPTY


def read_json(data: bytes, options: ReadOptions) -> ReadResult:
    """Return the articles of a JSON file; a record's number is its position in the array, from 1.

    >>> r = read_json(b'{"articles": [{"headline": "A", "body": "One."}]}', ReadOptions())
    >>> [(a.record, a.title, a.text) for a in r.articles]
    [(1, 'A', 'A\\n\\nOne.')]
    """
    decoded = decode_article(without_cut_character(data))
    try:
        result = _read_text(decoded.text, options, decoded.ends_with_end_of_line and not options.stream_cut)
    except RecursionError:
        raise FormatError(NOT_RECORDS, f"not records: {NESTED_TOO_DEEP}") from None
    result.encoding = decoded.encoding
    return result


def _read_text(text: str, options: ReadOptions, ended: bool) -> ReadResult:
    """Return the articles of a JSON file's text (`ended`: as `_read_values`)."""
    try:
        value = json_value(text)
    except json.JSONDecodeError as error:
        return _read_values(text, error, options, ended)
    if value in ([], {}):
        # An export of nothing was a new file of no article and nothing said (`{}` "neither an array of articles
        # nor an object holding one"); an API's response of no result, `{"articles": []}`, is still no articles.
        raise FormatError(EMPTY, f"an empty JSON {'array' if value == [] else 'object'}: no article to read")
    if isinstance(value, list) and all(isinstance(batch, list) for batch in value):
        # an array of batches, as `jq -s` gathers an export written a batch a line ([[{...}, {...}], [{...}]]): its
        # records, in order (each batch read as "not an object but list", and no article). Batches all empty
        # ([[]]) are an export of nothing, as `[]` is (it was quarantined not_records)
        value = [record for batch in value for record in batch]
        if not value:
            raise FormatError(EMPTY, "a JSON array of empty arrays: no article to read")
    return articles_of_json([(1, value)], options)


def _read_values(text: str, error: json.JSONDecodeError, options: ReadOptions, ended: bool) -> ReadResult:
    """Return the articles of a JSON text that is not one value: JSON Lines, or several values one after another
    (`ended`: whether the file's bytes end with an end of line, as `DecodedText.ends_with_end_of_line`)."""
    last = error  # where json stopped at last
    if error.msg == "Extra data":
        if _first_line_is_an_object(text):
            # One JSON object per line, named .json (mongoexport's default, BigQuery's NDJSON): JSON Lines.
            return read_json_lines(text, options, ended)
        try:
            values = json_values(text)  # objects written one after another, pretty-printed
        except json.JSONDecodeError as later:
            last = later
        else:
            return articles_of_json(values, options)
    if options.unfinished and (cut := file_cut_off(text, last, ended)) is not None:
        # An export caught while it is written: its value runs to the end of what there is. Of an array, the
        # records before the one being written are whole (numbered as they will be once it is whole).
        return records_so_far(text, cut, options)
    detail = f"not JSON: {where_not_json(error)}"
    if is_cut_off(text, last):  # a settled file whose value runs to its end: it will not be finished
        detail += f"; {ENDS_UNFINISHED}"
    raise FormatError(NOT_RECORDS, detail) from None


# A JSON file that ends inside its value, read once its writer is done: one cut short, not one being written.
ENDS_UNFINISHED = "the file ends before its JSON is complete: a download or copy cut short?"


def _first_line_is_an_object(text: str) -> bool:
    """Return whether a text's first line that is not blank is a JSON object by itself (JSON Lines)."""
    line = next((line for line in text.split("\n") if line.strip()), "")
    try:
        return isinstance(decode_json(line), Mapping)
    except json.JSONDecodeError:
        return False

