"""JSON Lines files (.jsonl, .ndjson): one article object per line; a line's number is its record number."""

from __future__ import annotations

import json

from transforms.formats.base import MALFORMED_RECORD, NOT_RECORDS, BadRecord, FormatError, ReadOptions, ReadResult
from transforms.formats.json_value import json_value
from transforms.formats.records import articles_from_records
from transforms.text import decode_article


def read_jsonl(data: bytes, options: ReadOptions) -> ReadResult:
    """Return the articles of a JSON Lines file; malformed lines are bad records, the others articles.

    >>> r = read_jsonl(b'{"title": "A", "text": "One."}\\nnot json\\n', ReadOptions())
    >>> [(a.record, a.key, a.title) for a in r.articles], [(b.record, b.reason) for b in r.bad]
    ([(1, 'record=1', 'A')], [(2, 'malformed_record')])
    """
    decoded = decode_article(data)
    result = read_json_lines(decoded.text, options)
    result.encoding = decoded.encoding
    return result


def read_json_lines(text: str, options: ReadOptions) -> ReadResult:
    """Return the articles of decoded JSON Lines (also a `.json` file written so: mongoexport, BigQuery)."""
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
    if not records and bad:
        raise FormatError(NOT_RECORDS, f"not JSON Lines: no line is JSON (line {bad[0].record}: {bad[0].detail})")
    return articles_from_records(records, options, bad)
