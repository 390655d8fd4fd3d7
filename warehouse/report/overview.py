"""The lake at a glance: articles, paragraphs, labelled share, sources (sites and folders apart), the last run,
quarantine."""

from __future__ import annotations

from typing import Any

import duckdb

from warehouse.report.rows import rows

NAME = "overview"
# The quarantine table lists every bad file; the page names the first few, the lake has the rest.
QUARANTINE_LISTED = 20

_COUNTS = """
SELECT
    (SELECT count(*) FROM report_articles) AS articles,
    (SELECT count(*) FROM report_articles WHERE dated_by = 'published') AS articles_published,
    (SELECT count(*) FROM paragraphs p SEMI JOIN report_articles a ON p.article_id = a.article_id
        WHERE p.role <> 'boilerplate') AS paragraphs,
    (SELECT count(DISTINCT paragraph_id) FROM report_labels) AS labelled_paragraphs,
    -- How many themes label these articles, not only the top ones: a page of one theme says co-occurrence has
    -- none to pair, where one cut by --top says that a bigger --top would draw the square.
    (SELECT count(DISTINCT theme_id) FROM report_labels) AS labelled_themes,
    (SELECT count(DISTINCT source_name) FROM report_articles) AS sources,
    (SELECT count(DISTINCT source_name) FROM report_articles WHERE source_kind = 'site') AS sites,
    (SELECT count(DISTINCT source_name) FROM report_articles WHERE source_kind = 'folder') AS folders,
    (SELECT count(*) FROM report_articles WHERE source_kind = 'site') AS articles_with_site,
    (SELECT min(dated_at) FROM report_articles) AS first_dated,
    (SELECT max(dated_at) FROM report_articles) AS last_dated,
    (SELECT min(published_at) FROM report_articles) AS first_published,
    (SELECT max(published_at) FROM report_articles) AS last_published,
    (SELECT min(ingested_at) FROM report_articles WHERE published_at IS NULL) AS first_ingested_undated,
    (SELECT max(ingested_at) FROM report_articles WHERE published_at IS NULL) AS last_ingested_undated,
    (SELECT count(*) FROM articles) AS lake_articles,
    -- Articles whose file a later run found gone: a lake emptied so held articles once (its notice says so).
    (SELECT count(DISTINCT a.article_id) FROM articles_history a
        SEMI JOIN sources s ON s.article_id = a.article_id AND s.status = 'deleted') AS deleted_articles
"""

# The window's articles per language (unknown left out): a lake whose articles are in languages the taxonomy does
# not declare has no labels, and the page says which languages instead of sending the reader to relabel.
_LANGUAGES = """
SELECT language, count(*) AS articles FROM report_articles WHERE language IS NOT NULL
GROUP BY language ORDER BY articles DESC, language
"""

# The window's paragraphs without a theme in articles in another language than English: a lake of several languages
# said "40% of paragraphs with a theme", unsaid that the rest were all in languages the taxonomy does not label.
_UNLABELLED_OTHER_LANGUAGES = """
SELECT count(*) AS paragraphs, count(DISTINCT p.article_id) AS articles,
       coalesce(list(DISTINCT a.language ORDER BY a.language), []) AS languages
FROM paragraphs p
JOIN report_articles a ON p.article_id = a.article_id
WHERE p.role <> 'boilerplate' AND a.language IS NOT NULL AND a.language <> 'en'
  AND NOT EXISTS (SELECT 1 FROM report_labels l WHERE l.paragraph_id = p.paragraph_id)
"""

_LAST_RUN = """
SELECT run_id, flow_name, deployment, state, started_at, ended_at, files_seen, articles_written
FROM runs ORDER BY ended_at DESC NULLS LAST, run_id DESC LIMIT 1
"""

# Whole files and single records of records files apart: the run's summary counts them apart too.
_QUARANTINE_REASONS = """
SELECT reason, count(*) FILTER (WHERE record IS NULL) AS files, count(*) FILTER (WHERE record IS NOT NULL) AS records
FROM quarantine GROUP BY reason ORDER BY files + records DESC, reason
"""

_QUARANTINE_FILES = """
SELECT source, reason, detail, record FROM quarantine ORDER BY quarantined_at DESC, source LIMIT $limit
"""


def read(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Return the overview's counts, the articles per language, the paragraphs without a theme in other languages
    than English, the lake's last run (or None) and its quarantined files by reason."""
    (counts,) = rows(con.sql(_COUNTS))
    last = rows(con.sql(_LAST_RUN))
    labelled, paragraphs = counts["labelled_paragraphs"], counts["paragraphs"]
    return {
        **counts,
        "labelled_share": labelled / paragraphs if paragraphs else None,
        "last_run": last[0] if last else None,
        "languages": rows(con.sql(_LANGUAGES)),
        "unlabelled_other_languages": rows(con.sql(_UNLABELLED_OTHER_LANGUAGES))[0],
        "quarantine_reasons": rows(con.sql(_QUARANTINE_REASONS)),
        "quarantine_files": rows(con.execute(_QUARANTINE_FILES, {"limit": QUARANTINE_LISTED})),
    }
