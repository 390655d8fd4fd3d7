"""Read the paragraphs a taxonomy has not labelled yet, for re-labelling without the source files."""

from __future__ import annotations

import os

import duckdb
import pyarrow as pa

from transforms.pipeline import LABELLED_ROLES
from warehouse.lake import CATALOG, resolve_lake

# Paragraphs of the current version of each article (the catalog's `paragraphs` view), in a labelled
# role, not yet scored with this taxonomy version. Labels are deterministic, so a paragraph scored
# before with this version would get the same rows again (or none): skipping it keeps relabelling
# idempotent. A paragraph was scored with it when it has a label of this version, or when the run
# that wrote it used this version (a run labels what it writes, labelled or not): so a relabel
# after runs with its taxonomy reads nothing. Not "when a relabel with it ran since": an article
# whose file came back to earlier content points at older rows again, rows that relabel never saw.
# A paragraph whose run failed or left no `runs` row is scored again (such a row names no taxonomy).
# Articles in a language the taxonomy does not declare are left out, as a run leaves them out.
_TO_LABEL = """
SELECT p.paragraph_id, p.article_id, p.text
FROM paragraphs p
WHERE list_contains($roles, p.role)
  AND hash(p.article_id) % $parts = $part
  AND (len($articles) = 0 OR list_contains($articles, p.article_id))
  AND (len($languages) = 0 OR p.article_id IN (
      SELECT article_id FROM articles WHERE language IS NULL OR list_contains($languages, language)))
  AND p.run_id NOT IN (
      SELECT run_id FROM runs WHERE flow_name = 'ingest-articles' AND taxonomy_version = $version)
  AND p.paragraph_id NOT IN (
      SELECT paragraph_id FROM paragraph_themes_history WHERE taxonomy_version = $version)
ORDER BY p.article_id, p.ordinal
"""


def _catalog(lake: str | os.PathLike[str]) -> duckdb.DuckDBPyConnection:
    # Writers call these holding the lake's lock, after recovery: the catalog is the committed state
    # (or, if a user's DuckDB client holds the file read-write, the manifest's, which is the same).
    from warehouse.catalog import connect

    return connect(lake)


def paragraphs_to_label(
    lake: str | os.PathLike[str], version: str, part: int = 0, parts: int = 1, languages: tuple[str, ...] = (),
    articles: list[str] | None = None,
) -> pa.Table:
    """Return paragraph_id, article_id, text of current paragraphs without labels of a taxonomy version
    (of the `articles` only, when given).

    Articles are split into `parts` by a hash of their id, so batch tasks can each read one part.
    """
    con = _catalog(lake)
    try:
        params = {
            "version": version, "roles": sorted(LABELLED_ROLES), "parts": parts, "part": part,
            "languages": list(languages), "articles": list(articles or []),
        }
        return con.sql(_TO_LABEL, params=params).to_arrow_table()
    finally:
        con.close()


def count_paragraphs(lake: str | os.PathLike[str]) -> int:
    """Return how many current paragraphs the lake holds (to size relabel batches)."""
    con = _catalog(lake)
    try:
        return int(con.sql("SELECT count(*) FROM paragraphs").fetchall()[0][0])
    finally:
        con.close()


def current_taxonomy_version(lake: str | os.PathLike[str]) -> str | None:
    """Return the taxonomy version the lake's views show (see warehouse.views), None before any run."""
    root = resolve_lake(lake)
    if not (root / CATALOG).exists():
        return None
    con = _catalog(root)
    try:
        rows = con.sql("SELECT taxonomy_version FROM current_taxonomy").fetchall()
        return str(rows[0][0]) if rows else None
    finally:
        con.close()
