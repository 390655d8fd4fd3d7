"""A query's result as Python values (`query_rows`): what a command that prints a result needs.

The rows come through DuckDB's own conversion, without pyarrow; INTERVAL and BLOB columns as DuckDB's
text of them (`TEXT_TYPES`), timestamps with a time zone in UTC.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb

from warehouse.committed_reads import on_committed_files
from warehouse.sql_reading import check_one_reading_statement, without_final_semicolon


@dataclass(frozen=True)
class QueryRows:
    """A query's result as Python values: its column names and its rows (tuples); `total`, when
    `rows` holds only the first rows of the result, the number of rows of the whole result."""

    column_names: list[str]
    rows: list[tuple]
    total: int | None = None

    def to_pylist(self) -> list[dict]:
        """Return the rows as dicts of column name to value (Arrow's `Table.to_pylist` shape)."""
        return [dict(zip(self.column_names, row, strict=True)) for row in self.rows]


# Types whose Python values lose what DuckDB's text of them says: an INTERVAL becomes a timedelta, its
# months and years read as 30 and 360 days ('2 years' was printed "720 days, 0:00:00"), a BLOB bytes
# (b'a'). A result's columns of these types come as DuckDB's own text of them ('2 years', '\\x80a'), as
# the duckdb shell and its CSV writer give them. Inside a list or a struct they stay Python values.
TEXT_TYPES = frozenset({"INTERVAL", "BLOB"})


def text_columns(names: Sequence[str], types: Sequence[object]) -> str | None:
    """Return the select list that keeps a result's columns and casts its INTERVAL and BLOB columns to
    text, or None when it has none (or repeats a name, which a select list could not tell apart).

    >>> text_columns(["span", "n"], ["INTERVAL", "BIGINT"])
    'CAST("span" AS VARCHAR) AS "span", "n"'
    >>> text_columns(["n"], ["BIGINT"]) is None, text_columns(["a", "a"], ["BLOB", "BLOB"]) is None
    (True, True)
    """
    kinds = [str(t) for t in types]
    if not TEXT_TYPES.intersection(kinds) or len(set(names)) < len(names):
        return None
    quoted = ['"' + name.replace('"', '""') + '"' for name in names]
    return ", ".join(
        f"CAST({q} AS VARCHAR) AS {q}" if kind in TEXT_TYPES else q for q, kind in zip(quoted, kinds, strict=True)
    )


def query_rows(lake: str | os.PathLike[str], sql: str, max_rows: int | None = None) -> QueryRows:
    """Return the result of a SQL query over the lake's views (read-only) as Python values, through
    DuckDB's own conversion: what a command that prints a result needs, without importing pyarrow.
    With `max_rows`, only that many rows reach Python, whatever the size of the result, and `total`
    says how many the result holds when it holds more.

    Timestamps with a time zone come back in UTC, as the lake stores them (DuckDB would otherwise
    give them in the machine's zone)."""
    def run(con: duckdb.DuckDBPyConnection) -> QueryRows:
        check_one_reading_statement(con, sql)
        if max_rows is None:
            relation = con.sql(sql)
            if relation is None:
                return QueryRows([], [])
            as_text = text_columns(relation.columns, relation.types)
            rows = (relation if as_text is None else relation.project(as_text)).fetchall()
            return QueryRows(list(relation.columns), rows)
        relation = con.sql(without_final_semicolon(sql))  # the query becomes a subquery (LIMIT, count)
        if relation is None:
            return QueryRows([], [])
        as_text = text_columns(relation.columns, relation.types)
        if as_text is not None:
            relation = relation.project(as_text)
        # A LIMIT, not the first rows fetched of the whole result: DuckDB stops early, and sorts only
        # the rows it keeps for an ORDER BY.
        rows = relation.limit(max_rows + 1).fetchall()
        if len(rows) <= max_rows:
            return QueryRows(list(relation.columns), rows)
        # Counted inside DuckDB, the query run a second time with no row converted to Python: 0.02 s for
        # `select * from range(10000000)`, where fetching its rows into Python takes 5 s.
        return QueryRows(list(relation.columns), rows[:max_rows], len(relation))

    return on_committed_files(lake, run, without_lake=True, sql=sql)  # `themelake query "select 1"` needs no lake
