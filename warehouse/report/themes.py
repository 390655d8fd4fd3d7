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

_TAXONOMY = """
SELECT c.taxonomy_version AS version, c.applied_at,
       (SELECT any_value(taxonomy_name) FROM themes_all t WHERE t.taxonomy_version = c.taxonomy_version) AS name
FROM current_taxonomy c
"""


def read(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Return the top themes and the current taxonomy (None when no run has labelled)."""
    taxonomy = rows(con.sql(_TAXONOMY))
    return {"top": rows(con.sql(_TOP)), "taxonomy": taxonomy[0] if taxonomy else None}
