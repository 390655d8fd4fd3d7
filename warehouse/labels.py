"""Read the paragraphs a taxonomy has not labelled yet, for re-labelling without the source files."""

from __future__ import annotations

import os

import duckdb
import pyarrow as pa

from transforms.pipeline import LABELLED_ROLES
from warehouse.lake import MANIFEST, LakeError, read_manifest, resolve_lake, table_files
from warehouse.views import CURRENT_TAXONOMY

# Paragraphs of the latest version of each article, in a labelled role, that have no row yet for
# this taxonomy version. Labels are deterministic, so a paragraph labelled before with this version
# would get the same rows again (or none): skipping it keeps relabelling idempotent.
_TO_LABEL = """
WITH latest AS (
    SELECT article_id, arg_max(content_hash, ingested_at) AS content_hash
    FROM read_parquet($articles) GROUP BY article_id
), done AS (
    SELECT DISTINCT paragraph_id FROM read_parquet($themes) WHERE taxonomy_version = $version
)
SELECT p.paragraph_id, p.article_id, p.text
FROM read_parquet($paragraphs) p JOIN latest USING (article_id, content_hash)
WHERE list_contains($roles, p.role)
  AND p.paragraph_id NOT IN (SELECT paragraph_id FROM done)
  AND hash(p.article_id) % $parts = $part
ORDER BY p.article_id, p.ordinal
"""


def existing_lake(lake: str | os.PathLike[str]) -> str:
    """Return the absolute path of a lake that has been written to, or raise LakeError."""
    root = resolve_lake(lake)
    if not (root / MANIFEST).exists():
        raise LakeError(f"no lake at {lake} (no {MANIFEST}): run `themelake run SOURCE --lake {lake}` first")
    return str(root)


def paragraphs_to_label(
    lake: str | os.PathLike[str], version: str, part: int = 0, parts: int = 1
) -> pa.Table:
    """Return paragraph_id, article_id, text of paragraphs without labels of a taxonomy version.

    Articles are split into `parts` by a hash of their id, so batch tasks can each read one part.
    """
    root = resolve_lake(lake)
    manifest = read_manifest(root)
    con = duckdb.connect()
    try:
        return con.sql(
            _TO_LABEL,
            params={
                "articles": table_files(root, manifest, "articles"),
                "paragraphs": table_files(root, manifest, "paragraphs"),
                "themes": table_files(root, manifest, "paragraph_themes"),
                "version": version,
                "roles": sorted(LABELLED_ROLES),
                "parts": parts,
                "part": part,
            },
        ).to_arrow_table()
    finally:
        con.close()


def count_paragraphs(lake: str | os.PathLike[str]) -> int:
    """Return how many paragraph rows the lake holds (to size relabel batches)."""
    root = resolve_lake(lake)
    manifest = read_manifest(root)
    con = duckdb.connect()
    try:
        row = con.execute(
            "SELECT count(*) FROM read_parquet($files)", {"files": table_files(root, manifest, "paragraphs")}
        ).fetchone()
        return int(row[0]) if row else 0
    finally:
        con.close()


def current_taxonomy_version(lake: str | os.PathLike[str]) -> str | None:
    """Return the taxonomy version the lake's views show (see warehouse.views), None for a new lake."""
    root = resolve_lake(lake)
    if not (root / MANIFEST).exists():
        return None
    con = duckdb.connect()
    try:
        files = table_files(root, read_manifest(root), "runs")
        con.execute(f"CREATE VIEW runs AS SELECT * FROM read_parquet({_quoted(files)})")
        rows = con.sql(CURRENT_TAXONOMY).fetchall()
        return str(rows[0][0]) if rows else None
    finally:
        con.close()


def _quoted(paths: list[str]) -> str:
    # A view body cannot take parameters: the file list is quoted inline (paths are our own).
    return "[" + ", ".join("'" + p.replace("'", "''") + "'" for p in paths) + "]"
