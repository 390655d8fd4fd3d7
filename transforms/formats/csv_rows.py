"""CSV files (.csv): a header row, then one article per row; a row's number counts from 1 after the header."""

from __future__ import annotations

import csv
import io

from transforms.formats.base import MALFORMED_RECORD, NOT_RECORDS, BadRecord, FormatError, ReadOptions, ReadResult
from transforms.formats.records import articles_from_records
from transforms.text import decode_article

_DELIMITERS = ",;\t|"


def read_csv(data: bytes, options: ReadOptions) -> ReadResult:
    """Return the articles of a CSV file; a row with the wrong number of columns is a bad record.

    >>> r = read_csv(b'title,text\\nA,One.\\nB,Two.,extra\\n', ReadOptions())
    >>> [(a.record, a.title) for a in r.articles], [(b.record, b.reason) for b in r.bad]
    ([(1, 'A')], [(2, 'malformed_record')])
    """
    decoded = decode_article(data)
    csv.field_size_limit(2**31 - 1)  # an article body is longer than the module's 128 KB default
    # The delimiter is the one the header uses most: csv.Sniffer, shown article prose full of
    # commas and quotes, guesses wrong.
    header_line = decoded.text.split("\n", 1)[0]
    delimiter = max(_DELIMITERS, key=header_line.count) if any(d in header_line for d in _DELIMITERS) else ","
    reader = csv.reader(io.StringIO(decoded.text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
        if not header or len(header) < 2:
            raise FormatError(NOT_RECORDS, "not CSV: the first row is not a header of two or more columns")
        records: list[tuple[int, object]] = []
        bad: list[BadRecord] = []
        for number, row in enumerate(reader, start=1):
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
    result = articles_from_records(records, options, bad)
    result.encoding = decoded.encoding
    return result
