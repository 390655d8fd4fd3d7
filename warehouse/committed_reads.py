"""Reads on the lake's committed files: a SQL query's result, or any read on a connection to the views,
made again when a commit removed files the views named while they were made or while the read ran.

A compaction or `enrich` that commits removes the files it replaced at once, so a reader whose views
were built just before finds one gone: DuckDB's "No such file or directory". Such a read runs again on
the views of the newest manifest, a bounded number of times; a file gone with no commit since (removed
by hand) and every other error (bad SQL, a file the query itself names) are one line at once. The views
and the connections to them are warehouse/catalog.py's.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import duckdb

if TYPE_CHECKING:
    import pyarrow as pa

from warehouse.catalog import ManifestViewsError, NoLakeError, catalog_version, connect
from warehouse.catalog_questions import asks_about_tables
from warehouse.lake import DATA, read_manifest, resolve_lake
from warehouse.lake_folder import RESTORE_LAKE
from warehouse.sql_reading import QueryError, check_reading

T = TypeVar("T")


def query(lake: str | os.PathLike[str], sql: str) -> pa.Table:
    """Return the result of a SQL query over the lake's views (read-only), as an Arrow table."""
    import pyarrow as pa

    def run(con: duckdb.DuckDBPyConnection) -> pa.Table:
        check_reading(con, sql)
        relation = con.sql(sql)
        return relation.to_arrow_table() if relation is not None else pa.table({})

    return on_committed_files(lake, run)


# DuckDB's words for a file a view names that is gone: a compaction or `enrich` that committed after
# this reader built its views removes the files it replaced.
_GONE = ("No such file or directory", "No files found that match")
# Reads again, each on the views of the newest manifest, after commits removed files under it: a
# compaction at a run's end, then `enrich` or `compact` by hand, may each commit during one long
# read. Bounded, so that a lake whose files keep being replaced (or a bug) ends in one line.
RETRIES_ON_GONE_FILES = 3
# Said after DuckDB's message when a file the manifest names is gone and no commit replaced it.
_REMOVED_BY_HAND = f" (a file the lake's manifest names is gone, removed outside themelake: {RESTORE_LAKE})"


def on_committed_files(lake: str | os.PathLike[str], run: Callable[[duckdb.DuckDBPyConnection], T],
                       without_lake: bool = False, sql: str = "") -> T:
    """Run a read on a connection to the lake's views; if a commit removed files the views named
    (while they were made, or while the read ran), again on the views of the newest manifest, up to
    RETRIES_ON_GONE_FILES times. Errors are QueryErrors. With `without_lake`, a read where there is no
    lake runs on a connection with no views: only one that names a table, or whose `sql` lists the tables
    (`show tables`: warehouse.catalog_questions), fails, as "no lake at ..."."""
    for retry in range(RETRIES_ON_GONE_FILES + 1):
        try:
            con = connect(lake)
        except NoLakeError as error:
            if not without_lake:
                raise
            return on_no_views(run, error, sql)
        except ManifestViewsError as error:  # views made over the manifest's files (catalog behind, object store)
            failed: duckdb.Error = error
            built = error.version
        else:
            try:
                return run(con)
            except duckdb.Error as error:
                failed, built = error, catalog_version(con)
            finally:
                con.close()
        message = " ".join(str(failed).split())
        # Not a lake file gone (bad SQL, or a file the query itself names): DuckDB's words, at once.
        if not any(words in message for words in _GONE) or not names_lake_file(lake, message):
            raise QueryError(f"query failed: {message}") from None
        if not committed_since(lake, built):  # no commit replaced it: reading again finds it gone again
            raise QueryError(f"query failed: {message}{_REMOVED_BY_HAND}") from None
        if retry == RETRIES_ON_GONE_FILES:
            raise QueryError(
                f"query failed: commits kept replacing the lake's files while it ran "
                f"({RETRIES_ON_GONE_FILES + 1} tries); run it again: {message}"
            ) from None
    raise AssertionError("unreachable")


def committed_since(lake: str | os.PathLike[str], built: int) -> bool:
    """Return True when the lake's manifest is newer than the one views were built from (version
    `built`; -1: not known)."""
    return built < 0 or read_manifest(lake).version > built


def names_lake_file(lake: str | os.PathLike[str], message: str) -> bool:
    """Return True when DuckDB's message names a file in the lake's data folder."""
    return str(resolve_lake(lake) / DATA) in message


def on_no_views(run: Callable[[duckdb.DuckDBPyConnection], T], no_lake: NoLakeError, sql: str = "") -> T:
    """Run a read on a connection with no views, where there is no lake: `select 1`, `select now()` or a file
    the query names itself need none; one that names a table (a view of a lake), or whose `sql` lists the
    tables (an empty list, there), raises `no_lake`."""
    con = duckdb.connect()
    try:
        if sql and asks_about_tables(con, sql):
            raise no_lake
        return run(con)
    except duckdb.CatalogException as error:
        if "Table with name" in str(error):  # DuckDB's "Table with name articles does not exist!"
            raise no_lake from None
        raise QueryError(f"query failed: {' '.join(str(error).split())}") from None
    except duckdb.Error as error:
        raise QueryError(f"query failed: {' '.join(str(error).split())}") from None
    finally:
        con.close()
