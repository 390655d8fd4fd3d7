"""The csv text of a query's rows: cells as DuckDB's `COPY ... TO` writes them, lines ended with LF
(CR LF with `query --crlf`)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence

from flows.cli.value_text import json_default, value_text

# A csv line ends with LF, as DuckDB's `COPY ... TO` and every Unix tool writes one: with CR LF (RFC 4180,
# Python's csv default), `while IFS=, read a b` in bash and `cut -d, -f2` kept a \r at the end of the last
# field ("12\r" is no number to `[ -gt ]`). Every csv reader (DuckDB, pandas, Python's csv, spreadsheets)
# reads either; `--crlf` writes RFC 4180's for a tool that insists. The same wherever the output goes, so
# a file and a pipe of one query hold the same bytes.
LF = "\n"
CRLF = "\r\n"


def csv_value(value: object) -> object:
    """Return a value for a CSV cell: lists and structs (evidence) as JSON, a timedelta or bytes as
    DuckDB's text (flows.cli.value_text), anything else as it is.

    >>> csv_value([{"term": "war", "start": 3}]), csv_value(2.5)
    ('[{"term": "war", "start": 3}]', 2.5)
    """
    if isinstance(value, (list, dict)):
        return json.dumps(value, default=json_default, ensure_ascii=False)
    return value_text(value)


def csv_lines(rows: Iterable[Sequence[object]], line_end: str = LF) -> str:
    """Return rows as CSV text, each line ended with `line_end`, a null as an empty cell and an empty
    string as `""`, as DuckDB's `COPY ... TO` writes them (Python's csv writer writes both as an empty
    cell, so a null was lost).

    >>> csv_lines([["n", "e"], [None, ""], ["a,b", 1.5]])
    'n,e\\n,""\\n"a,b",1.5\\n'
    >>> csv_lines([["a", ""]], CRLF)
    'a,""\\r\\n'
    """
    text = io.StringIO()
    writer = csv.writer(text, lineterminator=line_end)
    for row in rows:
        if "" in row:  # rare: only such a row is written cell by cell
            text.write(",".join('""' if cell == "" else csv_cell(cell) for cell in row) + line_end)
        else:
            writer.writerow(row)
    return text.getvalue()


def csv_cell(value: object) -> str:
    """Return one cell of a CSV line as the csv writer quotes it (a null: nothing).

    >>> csv_cell(None), csv_cell("a,b"), csv_cell(2)
    ('', '"a,b"', '2')
    """
    if value is None:
        return ""
    text = io.StringIO()
    csv.writer(text, lineterminator="").writerow([value])
    return text.getvalue()
