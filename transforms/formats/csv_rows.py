"""CSV files (.csv): a header row, then one article per row; a row's number counts from 1 after the header.

A file that does not end with an end of line may be one still being written (ReadOptions.unfinished): its
last row is left out (ReadResult.unfinished), as a JSON Lines file's cut last line is. Unlike JSON, a CSV
row does not say whether it is whole (`A,The minister sa` has its two columns), so the missing end of
line alone says it: every writer (Python's csv, pandas, Excel, spreadsheets) ends each row with one.
"""

from __future__ import annotations

import csv
import io
import re

from transforms.formats.base import (
    MALFORMED_RECORD,
    NOT_RECORDS,
    STILL_WRITTEN,
    BadRecord,
    FormatError,
    ReadOptions,
    ReadResult,
)
from transforms.formats.fields import detect_mapping, fields_present
from transforms.formats.json_value import without_cut_character
from transforms.formats.records import articles_from_records
from transforms.text import decode_article

_DELIMITERS = ",;\t|"
_EXCEL_SEP = re.compile(r"sep=([,;\t|])[ \t]*\r?\n")
_NO_END_OF_LINE = "no end of line"


def read_csv(data: bytes, options: ReadOptions) -> ReadResult:
    """Return the articles of a CSV file; a row with the wrong number of columns is a bad record.

    >>> r = read_csv(b'title,text\\nA,One.\\nB,Two.,extra\\n', ReadOptions())
    >>> [(a.record, a.title) for a in r.articles], [(b.record, b.reason) for b in r.bad]
    ([(1, 'A')], [(2, 'malformed_record')])
    """
    # A file being written may end inside a character of several bytes: undecodable, it was quarantined.
    decoded = decode_article(without_cut_character(data) if options.unfinished else data)
    csv.field_size_limit(2**31 - 1)  # an article body is longer than the module's 128 KB default
    text = decoded.text
    # Excel writes the delimiter on a first line of its own ("sep=;"): it says the delimiter, and is
    # not the header.
    sep = _EXCEL_SEP.match(text)
    if sep:
        text = text[sep.end():]
    if options.unfinished and "\n" not in text and "\r" not in text:
        # No row but the header, itself without an end of line: the header may be cut ("title,te"), and
        # read as one it would quarantine the file (or delete its records) while its writer is at work.
        # (After Excel's line: "sep=;\ntitle;te" is as cut.)
        header_cut = f"the file ends before its header does ({_NO_END_OF_LINE}): {STILL_WRITTEN}"
        return ReadResult(encoding=decoded.encoding, unfinished=header_cut)
    # Else the delimiter is the one the header uses most: csv.Sniffer, shown article prose full of
    # commas and quotes, guesses wrong.
    header_line = text.split("\n", 1)[0]
    if sep:
        delimiter = sep.group(1)
    else:
        delimiter = max(_DELIMITERS, key=header_line.count) if any(d in header_line for d in _DELIMITERS) else ","
    # A space after the delimiter (`title, text`) is no part of the field: else a header names " text",
    # and a quoted field after the space is read with its quotes and split at its commas.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True)
    try:
        header = next(reader, None)
        columns = list(dict.fromkeys(header or []))
        given = fields_present(options.fields, columns) if options.where_present else options.fields
        text_field = detect_mapping(columns, given).get("text", "").split(".")[0]
        # One column is a header too when it names the text ("text", "body"): a file of texts alone.
        if not header or (len(header) < 2 and not text_field):
            raise FormatError(NOT_RECORDS, "not CSV: the first row is not a header of two or more columns")
        # Which of two text columns is the text, nothing says (the second won, unsaid). Another
        # doubled column is read as before, its second one winning.
        if text_field and header.count(text_field) > 1:
            raise FormatError(NOT_RECORDS, f"the header names the text column {text_field!r} twice: rename one")
        records: list[tuple[int, object]] = []
        bad: list[BadRecord] = []
        consumed = last_start = reader.line_num  # lines read before the last row, for `_open_quote`
        for number, row in enumerate(reader, start=1):
            last_start, consumed = consumed, reader.line_num
            if not row:
                continue
            if len(row) != len(header):
                bad.append(
                    BadRecord(number, MALFORMED_RECORD, f"{len(row)} columns where the header has {len(header)}")
                )
                continue
            records.append((number, dict(zip(header, row, strict=True))))
    except csv.Error as error:
        raise FormatError(NOT_RECORDS, f"not CSV: {error}") from None
    ended = decoded.ends_with_end_of_line
    # A gzip stream cut after an end of line may be cut in a quoted field that goes on past it: its row is
    # left for the next run all the same; and so is a file whose last row's quoted field is open at its end.
    how = "the stream is cut after its end of line" if ended else _NO_END_OF_LINE
    if ended and options.unfinished and not options.stream_cut and _open_quote(text, last_start, delimiter):
        ended, how = False, "in a quoted field, after an end of line in it"
    cut = _cut_row(ended and not options.stream_cut, how, records, bad) if options.unfinished else None
    result = articles_from_records(records, options, bad)
    result.unfinished = cut
    result.encoding = decoded.encoding
    return result


def _open_quote(text: str, last_start: int, delimiter: str) -> bool:
    """Return whether a CSV text ends inside a quoted field of its last row, which starts after `last_start`
    lines: a file cut just after an end of line in a quoted field, which csv reads as a whole row (its field
    closed at the end of the text), as it does a field that is really whole.

    >>> _open_quote('title,text\\nA,One\\nB,"Two\\n', 2, ","), _open_quote('title,text\\nB,"Two\\n2"\\n', 1, ",")
    (True, False)
    """
    tail = text.split("\n", last_start)[-1] if last_start else text
    try:
        for _ in csv.reader(io.StringIO(tail, newline=""), delimiter=delimiter, skipinitialspace=True, strict=True):
            pass
    except csv.Error as error:
        return "unexpected end of data" in str(error)
    return False


def _cut_row(ended: bool, how: str, records: list[tuple[int, object]], bad: list[BadRecord]) -> str | None:
    """Take the last row out of `records` or `bad` when the file does not end with an end of line as written
    (`ended`: `DecodedText.ends_with_end_of_line`; a file caught while it is written, if only in the spaces
    of a quoted field's next line); return the detail that says so (`how` it ends), else None."""
    if ended or not (records or bad):
        return None
    last_record = records[-1][0] if records else 0
    last_bad = bad[-1].record if bad else 0
    if last_record > last_bad:
        records.pop()
        return f"row {last_record} is cut off ({how}): {STILL_WRITTEN}"
    detail = bad.pop().detail
    return f"row {last_bad} is cut off ({how}, {detail}): {STILL_WRITTEN}"
