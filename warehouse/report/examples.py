"""Why: each top theme's strongest paragraphs, with their evidence and their article."""

from __future__ import annotations

from typing import Any

import duckdb

from warehouse.report.rows import rows

NAME = "examples"
PER_THEME = 3

# One paragraph per article (its strongest), so a theme's examples come from different articles.
_EXAMPLES = """
WITH best AS (
    SELECT l.theme_id, l.paragraph_id, l.article_id, l.score
    FROM report_labels l SEMI JOIN report_themes t ON l.theme_id = t.theme_id
    QUALIFY row_number() OVER (PARTITION BY l.theme_id, l.article_id ORDER BY l.score DESC, l.paragraph_id) = 1
), strongest AS (
    SELECT * FROM best
    QUALIFY row_number() OVER (PARTITION BY theme_id ORDER BY score DESC, paragraph_id) <= $per_theme
)
SELECT t.rank, t.name AS theme, s.score, e.evidence, p.text, a.title, a.dated_at, a.dated_by,
       a.url, a.source, a.relative_path, a.source_name, a.language
FROM strongest s
JOIN report_themes t ON s.theme_id = t.theme_id
JOIN report_evidence e ON s.paragraph_id = e.paragraph_id AND s.theme_id = e.theme_id
JOIN paragraphs p ON s.paragraph_id = p.paragraph_id
JOIN report_articles a ON s.article_id = a.article_id
ORDER BY t.rank, s.score DESC, s.paragraph_id
"""


def read(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Return up to PER_THEME example paragraphs per top theme, strongest first."""
    return rows(con.execute(_EXAMPLES, {"per_theme": PER_THEME}))
