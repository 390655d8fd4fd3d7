"""JSON Lines files (.jsonl, .ndjson): one article object per line; a line's number is its record number.

A file that is not JSON Lines but JSON (an export pretty-printed into a .jsonl: one object over
several lines, an array of records, or objects written one after another) is read as the JSON
reader reads it (`json_records.articles_of_json`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from transforms.formats.base import MALFORMED_RECORD, NOT_RECORDS, BadRecord, FormatError, ReadOptions, ReadResult
from transforms.formats.json_records import articles_of_json
from transforms.formats.json_value import json_value, json_values
from transforms.formats.records import articles_from_records
from transforms.text import decode_article


def read_jsonl(data: bytes, options: ReadOptions) -> ReadResult:
    """Return the articles of a JSON Lines file; malformed lines are bad records, the others articles.

    >>> r = read_jsonl(b'{"title": "A", "text": "One."}\\nnot json\\n', ReadOptions())
    >>> [(a.record, a.key, a.title) for a in r.articles], [(b.record, b.reason) for b in r.bad]
    ([(1, 'record=1', 'A')], [(2, 'malformed_record')])
    >>> [(a.record, a.title) for a in read_jsonl(b'{\\n  "title": "A",\\n  "text": "One."\\n}', ReadOptions()).articles]
    [(1, 'A')]
    """
    decoded = decode_article(data)
    result = read_json_lines(decoded.text, options)
    result.encoding = decoded.encoding
    return result


def read_json_lines(text: str, options: ReadOptions) -> ReadResult:
    """Return the articles of decoded JSON Lines (also a `.json` file written so: mongoexport, BigQuery);
    of JSON that is not JSON Lines (pretty-printed), its records as the JSON reader reads them."""
    records: list[tuple[int, object]] = []
    bad: list[BadRecord] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            records.append((number, json_value(line)))
        except json.JSONDecodeError as error:
            # Some of json's messages end in "at" ("Unterminated string starting at"): one "at" only.
            message = error.msg.removesuffix(" at")
            bad.append(BadRecord(number, MALFORMED_RECORD, f"not JSON: {message} at column {error.colno}"))
    whole: json.JSONDecodeError | None = None
    if bad or (records and not any(isinstance(value, Mapping) for _, value in records)):
        # Not JSON Lines (a line that is not JSON, or no line an object): JSON all the same? A
        # pretty-printed export, or an array on one line, is read as the JSON reader reads it.
        try:
            return articles_of_json(json_values(text), options)
        except json.JSONDecodeError as error:
            whole = error
    if not records and bad:
        raise FormatError(NOT_RECORDS, f"not JSON Lines: no line is JSON (line {bad[0].record}: {bad[0].detail})"
                          + _not_json(text, whole))
    return articles_from_records(records, options, bad)


def _not_json(text: str, error: json.JSONDecodeError | None) -> str:
    """Return where a text that looks like JSON (it opens with `{` or `[`) is not JSON, for a detail; else ""."""
    if error is None or not text.lstrip().startswith(("{", "[")):
        return ""
    return f", nor is the file JSON ({error.msg.removesuffix(' at')} at line {error.lineno})"
