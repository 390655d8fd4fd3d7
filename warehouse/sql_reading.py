"""Which SQL `themelake query` runs: one statement that only reads the lake, and its errors.

DuckDB's read-only connection stops writes to the catalog, not every statement that changes something
or writes a file (COPY ... TO, EXPORT, PRAGMA import_database): `check_reading` refuses those in one
line, before anything runs.
"""

from __future__ import annotations

import re

import duckdb


class QueryError(ValueError):
    """A query could not run; the message is DuckDB's, meant for the user."""


# Statements that only read: a query, DESCRIBE, SHOW, SUMMARIZE and PIVOT among them (SELECT and
# MULTI), EXPLAIN, and PRAGMA and CALL of DuckDB's table functions (`pragma_table_info`). The others
# change a database or write files: COPY ... TO and EXPORT write wherever they are told, the lake's own
# Parquet files included, and a read-only connection does not stop them.
_READING = frozenset(("SELECT", "MULTI", "EXPLAIN", "PRAGMA", "CALL"))
# The statements that write a result to a file: what their user wants is --format into a file.
_WRITING_OUT = frozenset(("COPY", "EXPORT"))
# ... but EXPLAIN ANALYZE runs what it explains, and of PRAGMA and CALL only the functions that
# describe the database read: `import_database` runs a folder's SQL, `enable_logging` writes files.
_ANALYZE = re.compile(r"(?is)\s*explain\s*(?:analy[sz]e\b|\([^)]*\banaly[sz]e\b)")
_FUNCTION = re.compile(r"(?is)\s*(?:pragma|call)\s+([a-z_][a-z0-9_]*)")
# The word a statement starts with, after comments: DuckDB gives several statements one type, and a
# message naming that type named what the user did not write (INSTALL is a LOAD, USE and RESET a SET,
# ANALYZE a VACUUM, CHECKPOINT a CALL, BEGIN a TRANSACTION).
_FIRST_WORD = re.compile(r"(?is)(?:\s|\(|/\*.*?\*/|--[^\n]*)*(force\s+checkpoint|[a-z]+)")
_LUMPED = frozenset(("LOAD", "SET", "VACUUM", "TRANSACTION", "CALL", "PRAGMA"))
_DESCRIBING = frozenset((
    "table_info", "show", "show_tables", "show_tables_expanded", "storage_info", "database_list", "database_size",
    "version", "platform", "functions", "collations", "user_agent", "metadata_info",
))


def check_reading(con: duckdb.DuckDBPyConnection, sql: str) -> list:
    """Return the statements of `sql`, or raise QueryError for one that could write (see _READING).
    DuckDB is told not to install extensions either (a download into the user's home)."""
    con.execute("SET autoinstall_known_extensions = false")
    statements = con.extract_statements(sql)
    for statement in statements:
        kind = statement.type.name
        text = str(statement.query)
        if kind == "EXPLAIN" and _ANALYZE.match(text):
            raise QueryError("refused: EXPLAIN ANALYZE runs the statement it explains; use EXPLAIN")
        if kind in _LUMPED:
            found = _FIRST_WORD.match(text)
            kind = " ".join(found.group(1).upper().split()) if found else kind
        if kind in ("PRAGMA", "CALL"):
            found = _FUNCTION.match(text)
            name = found.group(1).lower() if found else ""
            if not (name in _DESCRIBING or name.startswith(("pragma_", "duckdb_"))):
                raise QueryError(
                    f"refused: {kind} {name or '...'} is not one that describes the lake; themelake query "
                    "runs PRAGMA and CALL of table_info, show_tables, database_size, duckdb_* and pragma_* only"
                )
        elif kind not in _READING:
            # Only a statement that writes a result somewhere gets the way to keep one; a SET has no result.
            keep = ": to keep a result, print it with --format csv or json into a file" if kind in _WRITING_OUT else ""
            article = "an" if kind[:1] in "AEIOU" and not kind.startswith("US") else "a"  # an UPDATE, a USE
            raise QueryError(
                f"refused: {article} {kind} statement is not a query; themelake query only reads (SELECT, PIVOT, "
                f"DESCRIBE, SHOW, SUMMARIZE, EXPLAIN, and the PRAGMA and CALL that describe the lake){keep}"
            )
    return statements


def check_one_reading_statement(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """Raise QueryError unless `sql` is one statement that reads (check_reading); set the connection
    to give timestamps with a time zone in UTC, as the lake stores them."""
    con.execute("SET TimeZone = 'UTC'")
    statements = check_reading(con, sql)
    if not statements:
        raise QueryError("no SQL statement given")
    if len(statements) > 1:  # DuckDB would run them all and show the last one's rows only
        raise QueryError(f"give one SQL statement at a time (this has {len(statements)})")


def without_final_semicolon(sql: str) -> str:
    """Return one statement's SQL without the semicolons (and comments) that end it, so that it reads
    as a subquery: DuckDB's relation kept `select 1; -- note` as written, a syntax error once wrapped.

    >>> without_final_semicolon("select ';' as s; -- the end\\n;"), without_final_semicolon("select 1 -- one")
    ("select ';' as s", 'select 1 -- one')
    >>> without_final_semicolon("select 'Cúcuta' as place; /* where */")  # the tokenizer's offsets count bytes
    "select 'Cúcuta' as place"
    """
    raw = sql.encode("utf-8", "surrogatepass")  # duckdb.tokenize gives offsets into the UTF-8 bytes
    end = len(raw)  # where the statement ends: before the semicolons and comments found so far
    after = len(raw)  # where the token read next ends
    for offset, kind in reversed(duckdb.tokenize(sql)):
        token, after = raw[offset:after].strip(), offset
        if kind == duckdb.token_type.comment:
            continue
        if kind != duckdb.token_type.operator or token != b";":
            break
        end = offset
    return raw[:end].decode("utf-8", "surrogatepass").rstrip() if end < len(raw) else sql
