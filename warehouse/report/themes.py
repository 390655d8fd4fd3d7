"""The report's top themes, most labelled paragraphs first, and the taxonomy they come from."""

from __future__ import annotations

from typing import Any

import duckdb

from warehouse.report.rows import rows

NAME = "themes"

_TOP = "SELECT rank, theme_id, name, paragraphs, articles FROM report_themes ORDER BY rank"

_TAXONOMY = """
SELECT c.taxonomy_version AS version, c.applied_at,
       (SELECT any_value(taxonomy_name) FROM themes_all t WHERE t.taxonomy_version = c.taxonomy_version) AS name
FROM current_taxonomy c
"""


def read(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Return the top themes and the current taxonomy (None when no run has labelled)."""
    taxonomy = rows(con.sql(_TAXONOMY))
    return {"top": rows(con.sql(_TOP)), "taxonomy": taxonomy[0] if taxonomy else None}
