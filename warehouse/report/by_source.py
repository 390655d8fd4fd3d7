"""Themes by source: labelled paragraphs per top theme per site (or top-level folder when no site)."""

from __future__ import annotations

from typing import Any

import duckdb

from warehouse.report.rows import rows

NAME = "by_source"
# A heatmap stays legible up to a few dozen rows; the sources with the most labels are shown.
TOP_SOURCES = 25

_COUNTS = """
WITH counted AS (
    SELECT a.source_name AS source, a.source_kind, t.name AS theme, t.rank, count(*) AS paragraphs
    FROM report_labels l
    JOIN report_themes t ON l.theme_id = t.theme_id
    JOIN report_articles a ON l.article_id = a.article_id
    GROUP BY ALL
), top_sources AS (
    SELECT source, sum(paragraphs) AS total FROM counted GROUP BY source
    ORDER BY total DESC, source LIMIT $sources
)
SELECT c.source, c.source_kind, c.theme, c.rank, c.paragraphs,
       c.paragraphs / s.total AS share  -- unrounded: 29,999 of 30,000 must not be 1 (the page says 100%)
FROM counted c JOIN top_sources s USING (source)
ORDER BY s.total DESC, c.source, c.rank
"""

# Sources with a label of a top theme: the chart shows TOP_SOURCES of them.
_SOURCES = """
SELECT count(DISTINCT a.source_name) AS sources
FROM report_labels l SEMI JOIN report_themes t ON l.theme_id = t.theme_id
JOIN report_articles a ON l.article_id = a.article_id
"""


def read(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Return the counts of the top themes in the sources with most labels, and how many sources have any."""
    return {
        "rows": rows(con.execute(_COUNTS, {"sources": TOP_SOURCES})),
        "sources": rows(con.sql(_SOURCES))[0]["sources"],
        "shown": TOP_SOURCES,
    }
