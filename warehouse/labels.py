"""Read the paragraphs a taxonomy has not labelled yet, for re-labelling without the source files."""

from __future__ import annotations

import os

import duckdb
import pyarrow as pa

from transforms.paragraphs import LABELLED_ROLES
from warehouse.lake import read_manifest, resolve_lake

# Paragraphs of the current version of each article (the catalog's `paragraphs` view), in a labelled
# role, not yet scored with this taxonomy version. Labels are deterministic, so a paragraph scored
# before with this version would get the same rows again (or none): skipping it keeps relabelling
# idempotent. A paragraph was scored with it when it has a label of this version, or when the run
# that wrote it used this version (a run labels what it writes, labelled or not): so a relabel
# after runs with its taxonomy reads nothing. Not "when a relabel with it ran since": an article
# whose file came back to earlier content points at older rows again, rows that relabel never saw.
# Whole articles, not paragraphs: an article a label of this version has was scored whole (with fitted
# vectors a paragraph's labels depend on its article's other paragraphs, see
# transforms.labeller.article_needs_terms), and its paragraphs without a label, read again alone, would
# read as a short article's and could gain labels a run never gives them.
# A paragraph whose run failed or left no `runs` row is scored again (such a row names no taxonomy).
# Articles in a language the taxonomy does not declare are left out, as a run leaves them out.
# A relabel that completed with this version scored every article version current when it ran (under the
# writer lock, before its `ended_at`), those it gave no label too: without this, a taxonomy under which
# some articles get no theme read them again at every relabel with it, and `relabel` never had nothing to
# do. An article version is the one its source's last row before that relabel ended names (each source
# state holds from its row to the next: a range join with the few relabel runs, not a row per run and
# source); one changed since (or back to an earlier content no relabel saw current) is scored again.
_RELABELLED = """
    SELECT s.article_id, s.content_hash FROM (
        SELECT article_id, content_hash, status, observed_at,
               lead(observed_at) OVER (PARTITION BY source ORDER BY observed_at) AS until
        FROM sources_history) s
    WHERE s.status = 'article' AND EXISTS (
        SELECT 1 FROM runs r
        WHERE r.flow_name = 'relabel-paragraphs' AND r.state = 'COMPLETED' AND r.taxonomy_version = $version
          AND r.ended_at >= s.observed_at AND (s.until IS NULL OR r.ended_at < s.until))"""
_TO_LABEL = f"""
WITH relabelled AS ({_RELABELLED})
SELECT p.paragraph_id, p.article_id, p.text,
       (SELECT any_value(a.language) FROM articles a WHERE a.article_id = p.article_id) AS language
FROM paragraphs p
WHERE list_contains($roles, p.role)
  AND hash(p.article_id) % $parts = $part
  AND (len($articles) = 0 OR list_contains($articles, p.article_id))
  AND (len($languages) = 0 OR p.article_id IN (
      SELECT article_id FROM articles WHERE language IS NULL OR list_contains($languages, language)))
  AND p.run_id NOT IN (
      SELECT run_id FROM runs WHERE flow_name = 'ingest-articles' AND taxonomy_version = $version)
  AND p.article_id NOT IN (
      SELECT c.article_id FROM paragraphs c JOIN paragraph_themes_history t USING (paragraph_id)
      WHERE t.taxonomy_version = $version)
  AND NOT EXISTS (
      SELECT 1 FROM relabelled r WHERE r.article_id = p.article_id AND r.content_hash = p.content_hash)
ORDER BY p.article_id, p.ordinal
"""


# Runs that wrote paragraphs and never completed (killed, or failed: no COMPLETED `runs` row), whose
# paragraphs may lack labels of the taxonomy version a run uses now. Such a run committed its batches
# labelled with its own `--taxonomy`; when that was another one, the next run back on the lake's
# taxonomy found those files unchanged and the lake's taxonomy unchanged too, and labelled nothing:
# the articles showed no theme (measured: 465 of 1,127 after a run killed after its fifth batch).
# A run is left out once it labelled with this version (it has labels of it), or once a run that
# labels (ingest or relabel) completed with this version after the unfinished run's last commit
# (its last `sources` row): that run labelled its paragraphs. So the query finds a run once, and a
# lake with no unfinished run pays only the scan of `runs` and of the paragraphs' run ids.
_UNFINISHED_RUNS = """
WITH unfinished AS (
    SELECT run_id, max(observed_at) AS last_commit
    FROM sources_history
    WHERE run_id IN (SELECT DISTINCT run_id FROM paragraphs_history)
      AND run_id NOT IN (SELECT run_id FROM runs WHERE state = 'COMPLETED')
    GROUP BY run_id
)
SELECT u.run_id FROM unfinished u
WHERE NOT EXISTS (
        SELECT 1 FROM runs r
        WHERE r.state = 'COMPLETED' AND r.taxonomy_version = $version
          AND r.flow_name IN ('ingest-articles', 'relabel-paragraphs') AND r.started_at > u.last_commit)
  AND NOT EXISTS (
        SELECT 1 FROM paragraph_themes_history t WHERE t.run_id = u.run_id AND t.taxonomy_version = $version)
ORDER BY u.run_id
"""

_ARTICLES_OF_RUNS = "SELECT DISTINCT article_id FROM paragraphs WHERE list_contains($runs, run_id) ORDER BY 1"


def unfinished_articles(lake: str | os.PathLike[str], version: str) -> list[str]:
    """Return the current articles whose paragraphs a run that never completed wrote, and no run has
    labelled with a taxonomy version since (see `_UNFINISHED_RUNS`); none for a lake with no commit."""
    return lake_taxonomy(lake, version)[1]


def lake_taxonomy(lake: str | os.PathLike[str], version: str) -> tuple[str | None, list[str]]:
    """Return the taxonomy version the lake's views show (`current_taxonomy_version`) and the articles
    a run with `version` must label that unfinished runs wrote (`unfinished_articles`), read on one
    connection: on object storage each connection makes the lake's views anew (seconds)."""
    root = resolve_lake(lake)
    if not read_manifest(root).version:  # no commit yet
        return None, []
    con = _catalog(root)
    try:
        rows = con.sql("SELECT taxonomy_version FROM current_taxonomy").fetchall()
        current = str(rows[0][0]) if rows else None
        runs = [row[0] for row in con.sql(_UNFINISHED_RUNS, params={"version": version}).fetchall()]
        if not runs:
            return current, []
        return current, [row[0] for row in con.sql(_ARTICLES_OF_RUNS, params={"runs": runs}).fetchall()]
    finally:
        con.close()


def _catalog(lake: str | os.PathLike[str]) -> duckdb.DuckDBPyConnection:
    # Writers call these holding the lake's lock, after recovery: the catalog is the committed state
    # (or, if a user's DuckDB client holds the file read-write, the manifest's, which is the same).
    from warehouse.catalog import connect

    return connect(lake)


def paragraphs_to_label(
    lake: str | os.PathLike[str], version: str, part: int = 0, parts: int = 1, languages: tuple[str, ...] = (),
    articles: list[str] | None = None,
) -> pa.Table:
    """Return paragraph_id, article_id, text (and its article's language) of current paragraphs without
    labels of a taxonomy version (of the `articles` only, when given).

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


def nothing_to_label(lake: str | os.PathLike[str], version: str, languages: tuple[str, ...] = ()) -> bool:
    """Return whether no current paragraph is left for a taxonomy version to label (`paragraphs_to_label` would
    return none): a relabel with it would read nothing. Their text is not read."""
    con = _catalog(lake)
    try:
        params = {"version": version, "roles": sorted(LABELLED_ROLES), "parts": 1, "part": 0,
                  "languages": list(languages), "articles": []}
        return not con.sql(f"SELECT EXISTS ({_TO_LABEL})", params=params).fetchall()[0][0]
    finally:
        con.close()


def articles_in_other_languages(lake: str | os.PathLike[str], languages: tuple[str, ...]) -> tuple[int, int]:
    """Return how many of the lake's current articles are in a language other than `languages` (stored, never
    labelled by a taxonomy that declares them), and how many articles it holds."""
    con = _catalog(lake)
    try:
        sql = ("SELECT count(*) FILTER (WHERE language IS NOT NULL AND NOT list_contains($languages, language)), "
               "count(*) FROM articles")
        other, total = con.sql(sql, params={"languages": list(languages)}).fetchall()[0]
        return int(other), int(total)
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
    # Not whether the catalog file exists: a lake on object storage has none (its views are made in
    # memory, warehouse.catalog.remote_catalog), and a run there with another taxonomy took the lake
    # for a new one: it labelled none of the older articles, and the views showed them no theme.
    if not read_manifest(root).version:  # no commit yet
        return None
    con = _catalog(root)
    try:
        rows = con.sql("SELECT taxonomy_version FROM current_taxonomy").fetchall()
        return str(rows[0][0]) if rows else None
    finally:
        con.close()
