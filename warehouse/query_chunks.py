"""A query's result a chunk of rows at a time, for output that writes every row (`query --format csv`
or json): Python holds one chunk, not the whole result, however many rows it has.

Errors of binding and planning (bad SQL, a missing column) come when the query is started, and most
errors of running it with the first chunk: both before anything is handed on, so the output gets
nothing and a file the views named that a commit removed meanwhile is read again on the new views,
as query_rows does. An error in a later chunk (a cast that fails on a later row) comes after earlier
chunks were handed on and written: that query is not run again, which would write those rows twice.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

import duckdb

from warehouse.committed_reads import on_committed_files
from warehouse.query_rows import text_columns
from warehouse.sql_reading import QueryError, check_one_reading_statement, without_final_semicolon

T = TypeVar("T")


@dataclass(frozen=True)
class QueryChunks:
    """A query's result: its column names, and its rows (tuples) in chunks of at most a chunk's rows,
    each fetched as the one before it is done with; an error fetching one is a QueryError."""

    column_names: list[str]
    chunks: Iterator[list[tuple]]


def query_chunks(lake: str | os.PathLike[str], sql: str, write: Callable[[QueryChunks], T], rows_a_chunk: int) -> T:
    """Run one SQL statement over the lake's views (read-only), hand its result to `write` in chunks of
    `rows_a_chunk` rows and return what `write` returns; the connection is closed when `write` returns
    or raises. The first chunk is fetched before `write` is called; `write` writes each chunk before it
    asks for the next. Rows are the Python values query_rows gives (timestamps with a zone in UTC)."""
    def run(con: duckdb.DuckDBPyConnection) -> T:
        check_one_reading_statement(con, sql)
        con.execute(sql)
        if con.description is None:  # a statement with no result: no columns, no rows
            return write(QueryChunks([], iter(())))
        names = [column[0] for column in con.description]
        as_text = text_columns(names, [column[1] for column in con.description])
        if as_text is not None:  # INTERVAL or BLOB columns: as DuckDB's text (warehouse.query_rows.TEXT_TYPES)
            con.abort()  # the result streams: nothing of it was made beyond its first rows
            con.execute(f"SELECT {as_text} FROM ({without_final_semicolon(sql)}) AS q")
        first = con.fetchmany(rows_a_chunk)
        return write(QueryChunks(names, later_chunks(con, first, rows_a_chunk)))

    return on_committed_files(lake, run, without_lake=True, sql=sql)  # `themelake query "select 1"` needs no lake


def later_chunks(con: duckdb.DuckDBPyConnection, first: list[tuple], rows_a_chunk: int) -> Iterator[list[tuple]]:
    """Yield `first`, then each next chunk of the connection's result until none is left; DuckDB's
    error fetching one is a QueryError that says how many rows came before it."""
    chunk, fetched = first, 0
    while chunk:
        yield chunk
        fetched += len(chunk)
        try:
            chunk = con.fetchmany(rows_a_chunk)
        except duckdb.Error as error:
            message = " ".join(str(error).split())
            raise QueryError(f"query failed after its first {fetched:,} rows, which were written: {message}") from None
