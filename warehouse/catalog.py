"""The DuckDB catalog: one view per table over the manifest's Parquet files, and read-only queries.

The catalog is rebuilt in a temporary file and renamed over the old one at each commit, so a
writer never waits for readers and a reader that has the old file open keeps a consistent view.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import duckdb
import pyarrow as pa

from warehouse.lake import CATALOG, Manifest, read_manifest, resolve_lake, table_files
from warehouse.schemas import TABLES
from warehouse.views import ALL_VERSIONS_VIEWS, DERIVED_VIEWS


class QueryError(ValueError):
    """A query could not run; the message is DuckDB's, meant for the user."""


def _quote_list(paths: list[str]) -> str:
    return "[" + ", ".join("'" + p.replace("'", "''") + "'" for p in paths) + "]"


def view_sql(root: Path, manifest: Manifest, table: str) -> str:
    """Return the CREATE VIEW statement of a table (identifiers are our own constants)."""
    files = _quote_list(table_files(root, manifest, table))
    return f"CREATE OR REPLACE VIEW {table} AS SELECT * FROM read_parquet({files})"


def write_catalog(lake: str | os.PathLike[str], manifest: Manifest | None = None) -> Path:
    """Rebuild the catalog file of a lake from its manifest; return the catalog's path."""
    root = resolve_lake(lake)
    manifest = manifest or read_manifest(root)
    final = root / CATALOG
    tmp = root / f".{CATALOG}.{uuid.uuid4().hex[:8]}.tmp"
    con = duckdb.connect(str(tmp))
    try:
        for table in TABLES:
            con.execute(view_sql(root, manifest, table))
        for table, all_versions in ALL_VERSIONS_VIEWS.items():  # views.py says why
            con.execute(f"ALTER VIEW {table} RENAME TO {all_versions}")
        for name, body in DERIVED_VIEWS:
            con.execute(f"CREATE OR REPLACE VIEW {name} AS {body}")
    finally:
        con.close()
    os.replace(tmp, final)
    return final


def connect(lake: str | os.PathLike[str]) -> duckdb.DuckDBPyConnection:
    """Return a read-only connection to a lake's catalog."""
    path = resolve_lake(lake) / CATALOG
    if not path.exists():
        raise QueryError(f"no lake at {lake} (no {CATALOG}): run `themelake run SOURCE --lake {lake}` first")
    return duckdb.connect(str(path), read_only=True)


def query(lake: str | os.PathLike[str], sql: str) -> pa.Table:
    """Return the result of a SQL query over the lake's views (read-only)."""
    con = connect(lake)
    try:
        relation = con.sql(sql)
        return relation.to_arrow_table() if relation is not None else pa.table({})
    except duckdb.Error as err:
        raise QueryError(f"query failed: {' '.join(str(err).split())}") from None
    finally:
        con.close()
