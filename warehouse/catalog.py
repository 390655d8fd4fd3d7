"""The DuckDB catalog: views over the manifest's Parquet files, and read-only connections to them.

Tables whose rows have versions (an article changes, a file is deleted or fixed) get two views:
`<table>_history` holds every committed row, `<table>` only the current ones (CURRENT_VIEWS):

- `sources`: the latest row of each source file (status article, quarantined or deleted);
- `articles`: article rows whose source's current state is that very version (superseded versions,
  deleted and since-quarantined files drop out);
- `paragraphs`, `paragraph_themes`: the rows of those current article versions;
- `quarantine`: the latest quarantine row of each source whose current status is quarantined.

Other tables (`themes`, `runs`) are append-only logs with one view each.

Most articles never change, so the current views first find the few that may have (the views named
with a leading underscore) and drop superseded rows of those only, instead of joining every
paragraph and label with every article and source state. They are the catalog's own, kept in the
`internal` schema, so that `show tables` (themelake query's, or any DuckDB client's) lists the views the
README documents, not these first:

- `_changed_articles`: articles with an article row and a source state that disagree (another
  version, or a status other than article). Compaction writes the rows of the other articles to
  settled files (warehouse/compaction.py), whose rows cannot disagree among themselves, so only
  pairs with a row of `_unsettled_articles` or `_unsettled_sources` (the other files) are compared;
- `_superseded_versions`: the article versions of those articles that are not current;
- `_superseded_paragraphs`: their paragraphs, which `paragraphs` and `paragraph_themes` leave out.

These give the same rows as semi-joining every paragraph with the current articles because of how
themelake writes a lake: an article's id is a hash of its source, every paragraph's version has its
article row (written in the same commit) and every label has its paragraph.

The catalog is rebuilt in a temporary file and renamed over the old one at each commit, so a
writer never waits for readers and a reader that has the old file open keeps a consistent view.
It records the manifest version it was built from (the `_catalog` view). A run rebuilds it only
every few seconds, and a run stopped by Ctrl+C or killed leaves it behind its last commits until
the next writer: `connect` then reads the manifest's state instead, from views built in memory
over the manifest's files, as for a lake on object storage. Queries on these connections, read
again when a commit removed files under them, are warehouse/committed_reads.py's.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import duckdb

from warehouse import storage
from warehouse.compaction_due import SETTLED_TABLES, is_settled
from warehouse.lake import CATALOG, DATA, SCHEMA_FILE, Manifest, no_lake, read_manifest, resolve_lake
from warehouse.schema_version import TABLE_NAMES
from warehouse.sql_reading import QueryError
from warehouse.views import ALL_VERSIONS_VIEWS, CURRENT_TAXONOMY, derived_views

# The schema of the views only the catalog reads (the changed articles, the manifest version): out of
# `show tables`, which lists the main schema, where the tables and views a user queries are.
INTERNAL = "internal"
# The one-row view that says which manifest version a catalog shows.
CATALOG_VIEW = f"{INTERNAL}._catalog"


def _quote_list(paths: list[str]) -> str:
    return "[" + ", ".join("'" + p.replace("'", "''") + "'" for p in paths) + "]"


# Current views, in dependency order; each reads its table's `_history` view.
CURRENT_VIEWS: dict[str, str] = {
    "sources": """
        SELECT * FROM sources_history
        QUALIFY row_number() OVER (PARTITION BY source ORDER BY observed_at DESC) = 1""",
    "internal._changed_articles": """
        SELECT a.article_id FROM articles_history a JOIN internal._unsettled_sources s ON a.article_id = s.article_id
        WHERE s.status <> 'article' OR s.content_hash IS DISTINCT FROM a.content_hash
        UNION
        SELECT a.article_id FROM internal._unsettled_articles a JOIN sources_history s ON a.article_id = s.article_id
        WHERE s.status <> 'article' OR s.content_hash IS DISTINCT FROM a.content_hash""",
    # All rows of a source share its article id, so this is `sources` for the changed articles.
    "internal._changed_sources": """
        SELECT s.* FROM sources_history s SEMI JOIN internal._changed_articles c ON s.article_id = c.article_id
        QUALIFY row_number() OVER (PARTITION BY s.source ORDER BY s.observed_at DESC) = 1""",
    "articles": """
        SELECT a.* FROM articles_history a
        ANTI JOIN internal._changed_sources s ON a.article_id = s.article_id
            AND (s.status <> 'article' OR s.content_hash <> a.content_hash)""",
    "internal._superseded_versions": """
        SELECT DISTINCT a.article_id, a.content_hash FROM articles_history a
        SEMI JOIN internal._changed_sources s ON a.article_id = s.article_id
            AND (s.status <> 'article' OR s.content_hash <> a.content_hash)""",
    "internal._superseded_paragraphs": """
        SELECT p.paragraph_id FROM paragraphs_history p
        SEMI JOIN internal._superseded_versions v ON p.article_id = v.article_id AND p.content_hash = v.content_hash""",
    "paragraphs": """
        SELECT p.* FROM paragraphs_history p
        ANTI JOIN internal._superseded_paragraphs s ON p.paragraph_id = s.paragraph_id""",
    "paragraph_themes": """
        SELECT t.* FROM paragraph_themes_history t
        ANTI JOIN internal._superseded_paragraphs s ON t.paragraph_id = s.paragraph_id""",
    "paragraph_places": """
        SELECT t.* FROM paragraph_places_history t
        ANTI JOIN internal._superseded_paragraphs s ON t.paragraph_id = s.paragraph_id""",
    "paragraph_amounts": """
        SELECT t.* FROM paragraph_amounts_history t
        ANTI JOIN internal._superseded_paragraphs s ON t.paragraph_id = s.paragraph_id""",
    "quarantine": """
        SELECT q.* FROM quarantine_history q
        SEMI JOIN sources s ON q.source = s.source AND s.status = 'quarantined'
        QUALIFY row_number() OVER (PARTITION BY q.source ORDER BY q.quarantined_at DESC) = 1""",
}


def table_views(root: Path, manifest: Manifest, table: str) -> list[str]:
    """Return the CREATE VIEW statements over a table's files (identifiers are our own constants)."""
    files = manifest.files(table)
    name = f"{table}_history" if table in CURRENT_VIEWS else table
    views = {name: files}
    if table in SETTLED_TABLES:
        views[f"{INTERNAL}._unsettled_{table}"] = [f for f in files if not is_settled(f)]
    # The schema file (no rows) last: DuckDB estimates the rows of a list of files from the first
    # one, and a list that starts with an empty file makes a table look empty to the join planner.
    schema_file = str(root / DATA / table / SCHEMA_FILE)
    return [
        f"CREATE OR REPLACE VIEW {view} AS SELECT * FROM read_parquet("
        f"{_quote_list([*(str(root / f) for f in subset), schema_file])})"
        for view, subset in views.items()
    ]


def write_catalog(lake: str | os.PathLike[str], manifest: Manifest | None = None) -> Path:
    """Rebuild the catalog file of a lake from its manifest; return the catalog's path."""
    root = resolve_lake(lake)
    manifest = manifest or read_manifest(root)
    if storage.is_url(root):
        return root / CATALOG  # DuckDB cannot write a database on object storage: see connect()
    final = root / CATALOG
    tmp = root / f".{CATALOG}.{uuid.uuid4().hex[:8]}.tmp"
    con = duckdb.connect(str(tmp))
    try:
        con.execute("BEGIN")  # one commit for all the views, not one each
        create_views(con, root, manifest)
        con.execute("COMMIT")
    finally:
        con.close()
    os.replace(tmp, final)
    # A DuckDB client that opened the old catalog read-write may have left its write-ahead log beside
    # it: replayed against this new file it fails ("WAL does not match database file"), and every
    # command after it would too. The catalog is rebuilt from the manifest: nothing in that log is ours.
    final.with_name(final.name + ".wal").unlink(missing_ok=True)
    return final


def create_views(con: duckdb.DuckDBPyConnection, root: Path, manifest: Manifest) -> None:
    """Create every view of the catalog on a connection: table views, current views, derived views."""
    # The folder the views' file paths are under: a lake moved or copied (mv, cp -r, rsync) is found out
    # by it, and its views are made again instead of reading the old place's files (or none).
    where = str(root).replace("'", "''")
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {INTERNAL}")
    con.execute(
        f"CREATE OR REPLACE VIEW {CATALOG_VIEW} AS SELECT {int(manifest.version)} AS manifest_version, "
        f"'{where}' AS lake_root"
    )
    for table in TABLE_NAMES:
        for statement in table_views(root, manifest, table):
            con.execute(statement)
    for name, body in CURRENT_VIEWS.items():
        con.execute(f"CREATE OR REPLACE VIEW {name} AS {body}")
    for table, all_versions in ALL_VERSIONS_VIEWS.items():  # views.py says why
        con.execute(f"ALTER VIEW {table} RENAME TO {all_versions}")
    name, body = CURRENT_TAXONOMY
    con.execute(f"CREATE OR REPLACE VIEW {name} AS {body}")
    current = con.sql(f"SELECT taxonomy_version FROM {name}").fetchall()
    for name, body in derived_views(current[0][0] if current else None):
        con.execute(f"CREATE OR REPLACE VIEW {name} AS {body}")


def catalog_version(con: duckdb.DuckDBPyConnection, root: Path | None = None) -> int:
    """Return the manifest version a catalog was built from (-1 for a catalog that does not say, or,
    given the lake's folder, one built for another folder: the lake was moved or copied)."""
    try:
        rows = con.sql(f"SELECT manifest_version, lake_root FROM {CATALOG_VIEW}").fetchall()
    except duckdb.Error:  # none, or one of a build that did not record its folder
        return -1
    if not rows or (root is not None and rows[0][1] != str(root)):
        return -1
    return int(rows[0][0])


def catalog_is_current(root: Path, manifest: Manifest) -> bool:
    """True when a lake's catalog file exists and shows at least the manifest's commits."""
    con = open_catalog_file(root / CATALOG)
    if con is None:  # missing or unreadable: rebuild it
        return False
    try:
        return catalog_version(con, root) >= manifest.version
    finally:
        con.close()


def refresh_catalog(lake: str | os.PathLike[str]) -> bool:
    """Rebuild a local lake's catalog when it shows fewer commits than its manifest; return whether it did."""
    root = resolve_lake(lake)
    if storage.is_url(root):  # no catalog file: readers build theirs from the manifest
        return False
    manifest = read_manifest(root)
    if catalog_is_current(root, manifest):
        return False
    write_catalog(root, manifest)
    return True


def open_catalog_file(path: Path) -> duckdb.DuckDBPyConnection | None:
    """Return a read-only connection to a catalog file, or None when it cannot be opened: missing,
    held read-write by another process (a DuckDB client the user opened without read_only), or left
    with that client's write-ahead log. The manifest's state is then read instead (manifest_catalog)."""
    if not path.exists():
        return None
    try:
        return duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        return None


def connect(lake: str | os.PathLike[str]) -> duckdb.DuckDBPyConnection:
    """Return a read-only connection to a lake's views: its catalog, or the manifest's state when newer."""
    root = resolve_lake(lake)
    if storage.is_url(root):
        return remote_catalog(root)
    # Read first: a lake of another schema version, a damaged manifest or a folder that may not be
    # searched is one clear LakeError, not a confusing query (nor a PermissionError from exists()).
    manifest = read_manifest(lake)
    path = root / CATALOG
    # The catalog is derived from the manifest: a lake whose catalog file was deleted (or not yet
    # written) is read from the manifest's state, as a lagging one is.
    if manifest.version == 0 and not path.exists():  # no manifest (every commit counts from 1), no catalog
        raise NoLakeError(no_lake(root, lake, CATALOG))
    con = open_catalog_file(path)
    if con is not None and catalog_version(con, root) >= manifest.version:
        return con
    if con is not None:
        con.close()
    # Behind the manifest (a run in progress, stopped or killed), moved, or held read-write by another
    # process: the manifest's state, in memory.
    return manifest_catalog(root, manifest)


class NoLakeError(QueryError):
    """No lake at a local path (no manifest, no catalog): the message says so and what to do."""


def remote_catalog(root: Path) -> duckdb.DuckDBPyConnection:
    """Return an in-memory catalog of a lake on object storage, reading its files through fsspec."""
    manifest = read_manifest(root)
    if manifest.version == 0:
        raise QueryError(f"no lake at {root} (no manifest): run `themelake run SOURCE --lake {root}` first")
    return manifest_catalog(root, manifest)


class ManifestViewsError(duckdb.Error):
    """Views over a manifest's files could not be made (DuckDB's message): `version` is that manifest's."""

    def __init__(self, error: duckdb.Error, version: int) -> None:
        super().__init__(str(error).split("\nLINE ")[0].strip())  # not the CREATE VIEW DuckDB points into: ours
        self.version = version


def manifest_catalog(root: Path, manifest: Manifest) -> duckdb.DuckDBPyConnection:
    """Return an in-memory catalog with the views of a manifest's state (local or fsspec files).

    Making a view opens its files: one a commit removed since the manifest was read (or one removed
    by hand) is a ManifestViewsError, which says which manifest the views were of."""
    con = duckdb.connect()
    try:
        storage.register_lake_files(con, root, [root / DATA / table for table in TABLE_NAMES])
        create_views(con, root, manifest)
    except duckdb.Error as error:
        con.close()
        raise ManifestViewsError(error, manifest.version) from None
    return con


def views_with_column(lake: str | os.PathLike[str], column: str) -> list[str]:
    """Return the lake's views that have a column of this name, the ones an analyst reads (no `_history`,
    `_all` or underscored view unless only such a view has it); none when the lake cannot be read."""
    try:
        con = connect(lake)
    except (QueryError, duckdb.Error, OSError, ValueError):
        return []
    try:
        names = [row[0] for row in con.execute(
            # Not DuckDB's own views (sqlite_master, pragma_database_list: `name`), named as the lake's were.
            "SELECT table_name FROM duckdb_columns() WHERE column_name = ? AND schema_name = 'main' AND NOT internal "
            "ORDER BY table_oid",
            [column],
        ).fetchall()]
    finally:
        con.close()
    everyday = [n for n in names if not n.startswith("_") and not n.endswith(("_history", "_all"))]
    return everyday or [n for n in names if not n.startswith("_")]
