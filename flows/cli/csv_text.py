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
    cell, so a null was lost). A cell with a line break, CR or LF, is quoted under either line end.

    >>> csv_lines([["n", "e"], [None, ""], ["a,b", 1.5]])
    'n,e\\n,""\\n"a,b",1.5\\n'
    >>> csv_lines([["a", ""]], CRLF), csv_lines([["a\\rb", 1]])
    ('a,""\\r\\n', '"a\\rb",1\\n')
    """
    rows = rows if isinstance(rows, list) else list(rows)
    text = io.StringIO()
    writer = csv.writer(text, lineterminator=line_end)
    for row in rows:
        if "" in row:  # rare: only such a row is written cell by cell
            text.write(cells_line(row) + line_end)
        else:
            writer.writerow(row)
    lines = text.getvalue()
    # Python's writer quotes the characters of its own line end only: under LF, a cell's lone CR went out
    # bare, and a reader split the row there. Rare: one scan finds it, and then the rows go cell by cell.
    if line_end != CRLF and "\r" in lines:
        return "".join(cells_line(row) + line_end for row in rows)
    return lines


def cells_line(row: Sequence[object]) -> str:
    """Return one row's cells joined, each quoted as the csv writer quotes it, an empty string as `""`."""
    return ",".join('""' if cell == "" else csv_cell(cell) for cell in row)


def csv_cell(value: object) -> str:
    """Return one cell of a CSV line as the csv writer quotes it (a null: nothing; a line break, CR or
    LF, quoted).

    >>> csv_cell(None), csv_cell("a,b"), csv_cell(2), csv_cell("a\\nb"), csv_cell("a\\rb")
    ('', '"a,b"', '2', '"a\\nb"', '"a\\rb"')
    """
    if value is None:
        return ""
    text = io.StringIO()
    csv.writer(text, lineterminator=CRLF).writerow([value])  # CR LF: the writer quotes a cell with either
    return text.getvalue()[: -len(CRLF)]
