"""The report's top themes, most labelled paragraphs first, and the taxonomy they come from."""

from __future__ import annotations

from typing import Any

import duckdb

from warehouse.report.rows import rows

NAME = "themes"

# Each top theme's first and latest publication days (of its articles that have one; none: null), written in SQL
# as text, so that a date Python cannot hold (year 0) still reads: the page said which themes lead, not since when.
_TOP = """
SELECT t.rank, t.theme_id, t.name, t.paragraphs, t.articles, d.first_published, d.latest_published
FROM report_themes t LEFT JOIN (
    SELECT l.theme_id, strftime(min(a.published_at), '%Y-%m-%d') AS first_published,
           strftime(max(a.published_at), '%Y-%m-%d') AS latest_published
    FROM report_labels l JOIN report_articles a ON l.article_id = a.article_id
    WHERE a.published_at IS NOT NULL AND l.theme_id IN (SELECT theme_id FROM report_themes)
    GROUP BY l.theme_id
) d ON t.theme_id = d.theme_id
ORDER BY t.rank
"""

# A file that holds most (over half) of a top theme's paragraphs, from two or more of its articles, while the
# window's articles come from other files too: a records file of 5,000 articles among 20 small files decided the
# themes' ranks and their tone, and the page counted paragraphs as if they came from many sources. A file of one
# article is left out (the table's articles column already says a theme is one article's), and so is a lake of
# one file (every theme would be "its"), and so is a theme of fewer than 5 articles (ONE_FILE_LEAST_ARTICLES): its
# articles column already says how few it rests on, and "2 of its 2 articles" only said it again. The least is of
# articles, not paragraphs: a file's many paragraphs from two articles are still the two the column shows.
# A file is named by its path below the folder a run was given; where the window's articles come from two or more
# such folders, two runs' "feeds/wire.jsonl" read alike (and were grouped into one note), so the path says its
# folder: by the folder's last part ("(in wire/)"), or its whole path where two folders end alike (/a/wire, /b/wire).
_ONE_FILE = """
WITH roots AS (
    SELECT root, regexp_extract(root, '[^/]*$') AS last FROM (SELECT DISTINCT root FROM report_articles)
), folders AS (
    SELECT root, CASE WHEN count(*) OVER (PARTITION BY last) > 1 THEN root ELSE last END AS shown,
           count(*) OVER () AS roots
    FROM roots
), per_file AS (
    SELECT l.theme_id, a.root, a.relative_path IS NOT NULL AS relative, coalesce(a.relative_path, a.source) AS file,
           count(*) AS paragraphs, count(DISTINCT l.article_id) AS articles
    FROM report_labels l JOIN report_articles a ON l.article_id = a.article_id
    WHERE l.theme_id IN (SELECT theme_id FROM report_themes)
    GROUP BY l.theme_id, a.root, relative, file
    QUALIFY row_number() OVER (PARTITION BY l.theme_id ORDER BY count(*) DESC, file, a.root) = 1
)
SELECT t.rank, t.name,
       CASE WHEN f.relative AND r.roots > 1 THEN f.file || ' (in ' || r.shown || '/)' ELSE f.file END AS file,
       f.paragraphs, t.paragraphs AS theme_paragraphs, f.articles, t.articles AS theme_articles
FROM per_file f JOIN report_themes t ON f.theme_id = t.theme_id JOIN folders r ON f.root IS NOT DISTINCT FROM r.root
WHERE 2 * f.paragraphs > t.paragraphs AND f.articles >= 2 AND t.articles >= $least
  AND (SELECT count(DISTINCT (root, coalesce(relative_path, source))) FROM report_articles) > 1
ORDER BY file, t.rank
"""

ONE_FILE_LEAST_ARTICLES = 5

_TAXONOMY = """
SELECT c.taxonomy_version AS version, c.applied_at,
       (SELECT any_value(taxonomy_name) FROM themes_all t WHERE t.taxonomy_version = c.taxonomy_version) AS name
FROM current_taxonomy c
"""


def read(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Return the top themes, those of them most of whose paragraphs one file holds (`one_file`, by file), and the
    current taxonomy (None when no run has labelled)."""
    taxonomy = rows(con.sql(_TAXONOMY))
    return {"top": rows(con.sql(_TOP)), "one_file": rows(con.execute(_ONE_FILE, {"least": ONE_FILE_LEAST_ARTICLES})),
            "taxonomy": taxonomy[0] if taxonomy else None}
