"""Places per theme: the places most often named in each top theme's paragraphs (when enriched), and how many
paragraphs naming a place the table cannot count because they are in another language than English and have no
theme label (a taxonomy of English terms labels none of them: the table left them out unsaid)."""

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

# The window's paragraphs that name a place, in articles in another language than English, without a label.
_OTHER_LANGUAGES = """
SELECT count(DISTINCT pl.paragraph_id) AS paragraphs, count(DISTINCT pl.article_id) AS articles,
       coalesce(list(DISTINCT a.language ORDER BY a.language), []) AS languages
FROM paragraph_places pl
JOIN report_articles a ON pl.article_id = a.article_id
WHERE a.language IS NOT NULL AND a.language <> 'en'
  AND NOT EXISTS (SELECT 1 FROM report_labels l WHERE l.paragraph_id = pl.paragraph_id)
"""


def read(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Return the top places of each top theme, how many place mentions the lake records at all, and the
    paragraphs naming a place in other languages that the table leaves out (`other_languages`: paragraphs,
    articles and their languages)."""
    return {
        "recorded": rows(con.sql(_RECORDED))[0]["n"],
        "rows": rows(con.execute(_PLACES, {"per_theme": PER_THEME})),
        "other_languages": rows(con.sql(_OTHER_LANGUAGES))[0],
    }
