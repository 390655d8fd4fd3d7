"""Places per theme: the places most often named in each top theme's paragraphs (when enriched)."""

from __future__ import annotations

from typing import Any

import duckdb

from warehouse.report.rows import rows

NAME = "places"
PER_THEME = 5

_PLACES = """
WITH named AS (
    SELECT DISTINCT pl.paragraph_id, pl.name, pl.kind, pl.country_code FROM paragraph_places pl
)
SELECT t.name AS theme, t.rank, n.name AS place, n.kind, n.country_code, count(*) AS paragraphs
FROM named n
JOIN report_labels l ON n.paragraph_id = l.paragraph_id
JOIN report_themes t ON l.theme_id = t.theme_id
GROUP BY t.name, t.rank, n.name, n.kind, n.country_code
QUALIFY row_number() OVER (PARTITION BY t.rank ORDER BY count(*) DESC, n.name) <= $per_theme
ORDER BY t.rank, paragraphs DESC, place
"""

_RECORDED = "SELECT count(*) AS n FROM paragraph_places"


def read(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Return the top places of each top theme, and how many place mentions the lake records at all."""
    return {"recorded": rows(con.sql(_RECORDED))[0]["n"], "rows": rows(con.execute(_PLACES, {"per_theme": PER_THEME}))}
