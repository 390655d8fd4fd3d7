"""Theme co-occurrence: paragraphs that two top themes share."""

from __future__ import annotations

from typing import Any

import duckdb

from warehouse.report.rows import rows

NAME = "cooccurrence"

# Both orders of each pair, so the heatmap is symmetric; a theme with itself is left out.
_PAIRS = """
WITH top_labels AS (
    SELECT l.paragraph_id, t.name, t.rank FROM report_labels l JOIN report_themes t ON l.theme_id = t.theme_id
)
SELECT a.name AS theme_a, a.rank AS rank_a, b.name AS theme_b, b.rank AS rank_b, count(*) AS paragraphs
FROM top_labels a JOIN top_labels b ON a.paragraph_id = b.paragraph_id AND a.rank <> b.rank
GROUP BY ALL ORDER BY rank_a, rank_b
"""


def read(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Return, for each ordered pair of top themes that share a paragraph, how many paragraphs they share."""
    return rows(con.sql(_PAIRS))
