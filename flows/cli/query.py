"""`themelake query`: SQL over the lake's views, printed as a table, CSV or JSON."""

from __future__ import annotations

import json
import math
import sys
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from flows.cli.app import SETTINGS, LakeOption, OutConsole, app, err, fail, out, refuse_empty, whole_number
from flows.cli.counted_none import counted_none
from flows.cli.csv_text import CRLF, LF, csv_lines, csv_value
from flows.cli.query_errors import error_line
from flows.cli.reader_stops import reader_may_stop
from flows.cli.sql_argument import CommentLedSql
from flows.cli.unnamed_theme import say_unnamed_theme
from flows.cli.value_text import json_default, value_text

if TYPE_CHECKING:
    from warehouse.query_chunks import QueryChunks

# Rows of csv or json fetched, encoded and written at a time: about 10 MB of Python values for rows of
# paragraphs (1 KB a row), and a few MB of text, whatever the result's size. Fetching a million paragraphs
# 10,000 at a time took less CPU than all at once (3.0 s against 4.1 s).
ROWS_A_CHUNK = 10_000
# The rows a table shows unless --max-rows says otherwise, as the DuckDB CLI shows 40: a table is for
# reading, and all of 10 million rows took 10 GB and most of an hour to lay out. csv and json write every row.
TABLE_ROWS = 40


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command("query", cls=CommentLedSql)
def query_command(
    sql: Annotated[
        str | None,
        typer.Argument(metavar="SQL", help="SQL over the views: articles, paragraphs, paragraph_themes, ...",
                       callback=refuse_empty('give the SQL to run: themelake query "select ..."')),
    ] = None,
    lake: LakeOption = SETTINGS.lake,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    sql_file: Annotated[
        str | None,
        typer.Option("--sql-file", help="Read the SQL from a file (- for standard input).",
                     callback=refuse_empty("give the file holding the SQL (- for standard input)")),
    ] = None,
    max_rows: Annotated[
        int | None,
        typer.Option("--max-rows", show_default=False, callback=whole_number(0),
                     help=f"Table form: show at most this many rows ({TABLE_ROWS} unless given; 0: all); "
                          "csv and json write every row."),
    ] = None,
    crlf: Annotated[
        bool,
        typer.Option("--crlf", help="csv: end each line with CR LF, as RFC 4180 writes it (for a tool that needs it); "
                                    "a line ends with LF unless given."),
    ] = False,
) -> None:
    """Run SQL on the lake (read-only) and print the result."""
    if sql is not None and sql_file is not None:
        fail("give the SQL either as an argument or with --sql-file, not both")
    if sql is None and sql_file is None:
        fail('give the SQL to run: themelake query "select ..." (or --sql-file FILE, - for standard input)')
    if sql_file is not None:
        try:
            data = sys.stdin.buffer.read() if sql_file == "-" else Path(sql_file).read_bytes()
        except OSError as error:
            fail(f"cannot read {sql_file}: {error.strerror or error}")
        sql = sql_text(data, "standard input" if sql_file == "-" else sql_file)
    assert sql is not None
    if any("\ud800" <= ch <= "\udfff" for ch in sql):  # bytes of an argument that are not UTF-8
        fail("the SQL is not UTF-8 text")
    if max_rows is not None and format is not Format.table:
        fail(f"--max-rows is for the table form; --format {format} writes every row (a LIMIT in the SQL keeps fewer)")
    if crlf and format is not Format.csv:
        fail(f"--crlf is for --format csv (its line ends); --format {format} has none to choose")
    from warehouse.catalog import QueryError
    from warehouse.lake import LakeError

    try:
        with reader_may_stop():
            first: list[tuple[object, ...]] = []  # the result's first row, to tell a count of none
            if format is Format.table:
                rows = write_table(lake, sql, TABLE_ROWS if max_rows is None else max_rows, first)
            else:
                from warehouse.query_chunks import query_chunks

                line_end = CRLF if crlf else LF
                rows = query_chunks(lake, sql, lambda result: write_rows(result, format, line_end, first),
                                    ROWS_A_CHUNK)
                if not rows:  # the header or [] alone on standard output, which stays data: said beside it
                    err.print(NO_ROWS, highlight=False)
        say_unnamed_theme(lake, sql, found=bool(rows) and not counted_none(sql, rows, first))
    except (QueryError, LakeError) as error:
        # An error in a later chunk of csv or json: the rows before it were written, and go out before the line.
        with reader_may_stop():
            sys.stdout.flush()
        from warehouse.catalog import views_with_column

        fail(error_line(str(error), sql, lambda column: views_with_column(lake, column)))


NULL = "NULL"
# Under a result of no rows: a table of its header alone, csv's header line or json's [] read as output that
# was cut short, or as a query that failed to run.
NO_ROWS = "0 rows"


def write_table(lake: str, sql: str, max_rows: int, first: list[tuple[object, ...]] | None = None) -> int:
    """Print the first `max_rows` rows of a query's result (0: all) as a table, and how many it left out; return
    how many rows the result has, its first put in `first`."""
    from rich.table import Table
    from rich.text import Text

    from flows.artifacts import control_escaped
    from warehouse.query_rows import query_rows  # DuckDB, not pyarrow: Python values straight

    result = query_rows(lake, sql, max_rows or None)  # every row to lay out: the table needs them all for widths
    if first is not None and result.rows:
        first.append(tuple(result.rows[0]))
    # A control character in a value (an ESC in a file name) would recolour the terminal: \xNN.
    names = [control_escaped(name) for name in result.column_names]
    # A null is NULL, as DuckDB's own shell writes it (dimmed on a terminal), not a blank that reads as "".
    cells = [[NULL if v is None else control_escaped(str(value_text(v))) for v in row] for row in result.rows]
    # Values as Text, not strings: rich would read "[/caption]" as markup and ":x:" as an emoji.
    table = Table()
    for name in names:
        table.add_column(Text(name))
    for row, values in zip(result.rows, cells, strict=True):
        table.add_row(*(Text(value, style="dim" if v is None else "") for v, value in zip(row, values, strict=True)))
    # To a terminal, rich fits the table to its width; to a file or a pipe, nothing is cut or wrapped.
    console = out if out.is_terminal else OutConsole(width=table_width(names, cells))
    console.print(table)
    if result.total is not None:
        console.print(left_out(len(result.rows), result.total), highlight=False, markup=False, soft_wrap=True)
    elif not result.rows:
        console.print(NO_ROWS, highlight=False)
    return len(result.rows) if result.total is None else result.total


def write_rows(result: QueryChunks, format: Format, line_end: str = "\n",
               first: list[tuple[object, ...]] | None = None) -> int:
    """Write a query's every row to standard output as csv (lines ending with `line_end`) or json, each
    chunk before the next is fetched, and return how many, the first put in `first`: the text is the same as the
    whole list's would be, and Python holds one chunk at a time."""
    rows = 0
    if format is Format.json:
        twice = repeated_name(result.column_names)
        if twice is not None:  # one JSON object per row: its keys must differ, or a column's values are lost
            fail(f"column {twice!r} appears twice in the result: a JSON row holds one value a name, so one would be "
                 "lost; name them apart with AS, or use --format csv")
        # Row by row, as json.dumps of the whole list writes it: a list of dicts and the text of it at
        # once held five times the rows' own memory (5 GB for 10 million rows of two columns).
        names = result.column_names
        encode = json.JSONEncoder(default=json_default, ensure_ascii=False, allow_nan=False).encode
        sys.stdout.write("[")
        separator = ""
        for chunk in result.chunks:  # never empty: a result with no rows has no chunk
            text = ", ".join(encode({n: json_value(v) for n, v in zip(names, row, strict=True)}) for row in chunk)
            sys.stdout.write(separator + text)
            separator = ", "
            if first is not None and not first and chunk:
                first.append(tuple(chunk[0]))
            rows += len(chunk)
        sys.stdout.write("]\n")
    else:
        sys.stdout.write(csv_lines([result.column_names], line_end))
        for chunk in result.chunks:
            sys.stdout.write(csv_lines(([csv_value(value) for value in row] for row in chunk), line_end))
            if first is not None and not first and chunk:
                first.append(tuple(chunk[0]))
            rows += len(chunk)
    return rows


def left_out(shown: int, total: int) -> str:
    """Return the line under a table that shows the first `shown` rows of `total`.

    >>> left_out(40, 10_000_000)
    '40 of 10,000,000 rows shown: --max-rows 0 shows them all, --format csv or json writes them all as data'
    """
    return (f"{shown:,} of {total:,} rows shown: --max-rows 0 shows them all, "
            "--format csv or json writes them all as data")


def json_value(value: object) -> object:
    """Return a value standard JSON can hold: NaN and infinities (1/0 in SQL) become null, inside
    lists and structs too; a DECIMAL (`sum(1.0)`, `count(*) * 1.5`) a number, not a string, unless a
    float would not hold its digits (then its exact text, as before).

    >>> json_value([float("nan"), {"x": float("inf"), "y": 1.5}, Decimal("0.3"), Decimal("10.0"), Decimal("10")])
    [None, {'x': None, 'y': 1.5}, 0.3, 10.0, 10]
    >>> json_value(Decimal("12345678901234567.89"))
    '12345678901234567.89'
    """
    if isinstance(value, Decimal):
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and exponent >= 0:
            return int(value)
        number = float(value)
        return number if Decimal(repr(number)) == value else str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, list):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: json_value(v) for k, v in value.items()}
    return value


def repeated_name(names: list[str]) -> str | None:
    """Return the first column name that appears twice (a join's `select *`), or None.

    >>> repeated_name(["article_id", "title", "article_id"]), repeated_name(["a", "b"])
    ('article_id', None)
    """
    seen: set[str] = set()
    for name in names:
        if name in seen:
            return name
        seen.add(name)
    return None


def table_width(names: list[str], cells: list[list[str]]) -> int:
    """Return the columns a rich table of these cells needs so that no cell is cut or wrapped: a
    character's own width, not one each (a CJK character or an emoji takes two; counted as one, "日本語"
    was cut to "日本 …" in a file).

    >>> table_width(["t"], [["日本語"]]), table_width(["t"], [["abc"]])
    (10, 7)
    """
    from rich.cells import cell_len

    widest = [cell_len(n) for n in names]
    for values in cells:
        for i, value in enumerate(values):
            widest[i] = max(widest[i], max((cell_len(line) for line in value.splitlines()), default=0))
    return sum(widest) + 3 * len(names) + 1  # a space either side of each cell, and the borders


def sql_text(data: bytes, where: str) -> str:
    """Return the text of an SQL file: UTF-8 (with or without its byte-order mark), or UTF-16 with
    one (what Windows editors save as "Unicode"); anything else is one line and exit code 2."""
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    fail(f"cannot read {where}: the SQL is not UTF-8 text (save it as UTF-8)")
    return ""  # not reached: fail exits
