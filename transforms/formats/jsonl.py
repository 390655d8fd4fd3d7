"""JSON Lines files (.jsonl, .ndjson): one article object per line; a line's number is its record number.

A file that is not JSON Lines but JSON (an export pretty-printed into a .jsonl: one object over
several lines, an array of records, or objects written one after another) is read as the JSON
reader reads it (`json_records.articles_of_json`); one whose every line is a page of an API's results (a
response holding its articles, or an array of them) is read as their articles (`json_records.articles_of_pages`).
A file that ends, without an end of line, in a
record cut off is one still being written: its complete records are read, the cut one left out
(ReadResult.unfinished), and a run neither quarantines it nor deletes the records the file lacks.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from transforms.formats.base import (
    MALFORMED_RECORD,
    NOT_RECORDS,
    STILL_WRITTEN,
    BadRecord,
    FormatError,
    ReadOptions,
    ReadResult,
)
from transforms.formats.json_errors import not_json, where_not_json
from transforms.formats.json_records import (
    apple_news_unwrapped,
    articles_of_json,
    articles_of_pages,
    records_so_far,
)
from transforms.formats.json_value import (
    NESTED_TOO_DEEP,
    file_cut_off,
    is_cut_off,
    json_value,
    json_values,
    without_cut_character,
)
from transforms.formats.record_details import bad_ones_counted
from transforms.formats.records import NO_TEXT_FIELD, articles_from_records
from transforms.text import decode_article
from transforms.undecodable import EMPTY


def read_jsonl(data: bytes, options: ReadOptions) -> ReadResult:
    """Return the articles of a JSON Lines file; malformed lines are bad records, the others articles.

    >>> r = read_jsonl(b'{"title": "A", "text": "One."}\\nnot json\\n', ReadOptions())
    >>> [(a.record, a.key, a.title) for a in r.articles], [(b.record, b.reason) for b in r.bad]
    ([(1, 'record=1', 'A')], [(2, 'malformed_record')])
    >>> [(a.record, a.title) for a in read_jsonl(b'{\\n  "title": "A",\\n  "text": "One."\\n}', ReadOptions()).articles]
    [(1, 'A')]
    """
    decoded = decode_article(without_cut_character(data))
    try:
        result = read_json_lines(decoded.text, options, decoded.ends_with_end_of_line and not options.stream_cut)
    except RecursionError:
        raise FormatError(NOT_RECORDS, f"not records: {NESTED_TOO_DEEP}") from None
    result.encoding = decoded.encoding
    return result


def read_json_lines(text: str, options: ReadOptions, ended: bool = True) -> ReadResult:
    """Return the articles of decoded JSON Lines (also a `.json` file written so: mongoexport, BigQuery);
    of JSON that is not JSON Lines (pretty-printed), its records as the JSON reader reads them. `ended`:
    whether the file's bytes end with an end of line as written (`DecodedText.ends_with_end_of_line`)."""
    records: list[tuple[int, object]] = []
    bad: list[BadRecord] = []
    lines = text.split("\n")
    last: json.JSONDecodeError | None = None  # the last line's error, when it is not JSON
    batches = 0  # lines that are an empty array
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        # A byte-order mark opening a line: files exported with one (Windows tools, Excel) and joined with
        # `cat`; json reads none, and every file's first record after the first was a malformed_record.
        line = line.removeprefix("\ufeff")
        try:
            value = json_value(line)
        except RecursionError:  # one record nested deeper than json reads: that record, not the file
            bad.append(BadRecord(number, MALFORMED_RECORD, NESTED_TOO_DEEP))
            continue
        except json.JSONDecodeError as error:
            found = not_json(error)
            bad.append(BadRecord(number, MALFORMED_RECORD, f"not JSON: {found.what} at column {found.column}"))
            last = error if number == len(lines) else None
            continue
        if value == []:
            # a batch of no records, as an exporter writes a line a batch (`jq -c .articles` of a page of no
            # result): no record, as a blank line holds none (it was a malformed_record, "not an object but list")
            batches += 1
            continue
        records.append((number, value))
    if batches and not records and not bad:  # every line `[]`: an export of nothing, as a .json file's `[]`
        held = "its one line is an empty array" if batches == 1 else f"its {batches:,} lines are empty arrays"
        raise FormatError(EMPTY, f"{held} ([]): no article to read")
    whole: json.JSONDecodeError | None = None
    if bad or (records and not any(isinstance(value, Mapping) for _, value in records)):
        # Not JSON Lines (a line that is not JSON, or no line an object): JSON all the same? A
        # pretty-printed export, or an array on one line, is read as the JSON reader reads it.
        try:
            return articles_of_json(json_values(text), options)
        except json.JSONDecodeError as error:
            whole = error
        except RecursionError:  # a line nested too deep is no JSON as a whole either: its lines stand
            pass
        cut = None if ended else _cut_off(text, bad[-1] if last is not None else None, last, whole)
        if cut is not None and options.unfinished:
            if last is None or not any(isinstance(value, Mapping) for _, value in records):
                return records_so_far(text, cut, options)  # a pretty-printed value cut off
            result = _articles_of_lines(records, bad[:-1], options)  # JSON Lines: the lines before the cut
            result.unfinished = cut
            return result
    if not records and bad:
        raise FormatError(NOT_RECORDS, f"not JSON Lines: no line is JSON (line {bad[0].record}: {bad[0].detail})"
                          + _not_json(text, whole))
    return _articles_of_lines(records, bad, options)


def _articles_of_lines(records: list[tuple[int, object]], bad: list[BadRecord], options: ReadOptions) -> ReadResult:
    """Return the articles of JSON Lines' values: each an article, or each a page of them (an API response
    saved a line a page: `json_records.articles_of_pages`)."""
    records = list(apple_news_unwrapped(records))  # an Apple News Format article a line (`apple_news`)
    pages = articles_of_pages(records, bad, options)
    if pages is not None:
        return pages
    try:
        return articles_from_records(records, options, bad)
    except FormatError as error:
        if error.reason != NO_TEXT_FIELD or not bad:
            raise
        # Quarantined whole, the file named its fields alone: its bad lines were news only once a text was mapped.
        others = [(b.record, b.detail) for b in bad] + [
            (number, f"not an object but {type(value).__name__}")
            for number, value in records if not isinstance(value, Mapping)]
        raise FormatError(NO_TEXT_FIELD, bad_ones_counted(error.detail, others, "line", "no JSON object")) from None


def _cut_off(
    text: str, last: BadRecord | None, error: json.JSONDecodeError | None, whole: json.JSONDecodeError | None
) -> str | None:
    """Return where a text that is neither JSON Lines nor JSON is cut off, as a file still being written,
    else None: it ends without an end of line, in a record (`last`, the last line, with its `error`) or
    a pretty-printed value (the `whole` text's error) that json found cut off. A writer ends each record
    with its end of line; a last line that is a record cut off is a file caught while it is written."""
    if last is not None and error is not None and is_cut_off(text[text.rfind("\n") + 1:], error):
        return f"line {last.record} is cut off (no end of line, {last.detail}): {STILL_WRITTEN}"
    return file_cut_off(text, whole, False) if whole is not None else None


def _not_json(text: str, error: json.JSONDecodeError | None) -> str:
    """Return where a text that looks like JSON (it opens with `{` or `[`) is not JSON, for a detail; else ""."""
    if error is None or not text.lstrip().startswith(("{", "[")):
        return ""
    return f", nor is the file JSON ({where_not_json(error)})"
