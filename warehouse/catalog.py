"""The DuckDB catalog: views over the manifest's Parquet files, and read-only queries.

Tables whose rows have versions (an article changes, a file is deleted or fixed) get two views:
`<table>_history` holds every committed row, `<table>` only the current ones (CURRENT_VIEWS):

- `sources`: the latest row of each source file (status article, quarantined or deleted);
- `articles`: article rows whose source's current state is that very version (superseded versions,
  deleted and since-quarantined files drop out);
- `paragraphs`, `paragraph_themes`: the rows of those current article versions;
- `quarantine`: the latest quarantine row of each source whose current status is quarantined.

Other tables (`themes`, `runs`) are append-only logs with one view each.

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


# Current views, in dependency order; each reads its table's `_history` view.
CURRENT_VIEWS: dict[str, str] = {
    "sources": """
        SELECT * FROM sources_history
        QUALIFY row_number() OVER (PARTITION BY source ORDER BY observed_at DESC) = 1""",
    "articles": """
        SELECT a.* FROM articles_history a
        ANTI JOIN sources s ON a.article_id = s.article_id
            AND (s.status <> 'article' OR s.content_hash <> a.content_hash)""",
    "paragraphs": """
        SELECT p.* FROM paragraphs_history p
        SEMI JOIN articles a ON p.article_id = a.article_id AND p.content_hash = a.content_hash""",
    "paragraph_themes": """
        SELECT t.* FROM paragraph_themes_history t
        SEMI JOIN paragraphs p ON t.paragraph_id = p.paragraph_id""",
    "quarantine": """
        SELECT q.* FROM quarantine_history q
        SEMI JOIN sources s ON q.source = s.source AND s.status = 'quarantined'
        QUALIFY row_number() OVER (PARTITION BY q.source ORDER BY q.quarantined_at DESC) = 1""",
}


def view_sql(root: Path, manifest: Manifest, table: str) -> str:
    """Return the CREATE VIEW statement over a table's files (identifiers are our own constants)."""
    files = _quote_list(table_files(root, manifest, table))
    name = f"{table}_history" if table in CURRENT_VIEWS else table
    return f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM read_parquet({files})"


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
        for name, body in CURRENT_VIEWS.items():
            con.execute(f"CREATE OR REPLACE VIEW {name} AS {body}")
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
    read_manifest(lake)  # a lake of another schema version: one clear LakeError, not a confusing query
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
