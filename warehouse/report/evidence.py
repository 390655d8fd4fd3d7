"""What carries each theme: its most frequent evidence terms, matched terms and semantic evidence apart."""

from __future__ import annotations

from typing import Any

import duckdb

from warehouse.report.rows import rows

NAME = "evidence"
TERMS_PER_KIND = 10

# Evidence written before kinds existed has none: it was a matched taxonomy term.
_TERMS = """
WITH evidence AS (
    SELECT t.name AS theme, t.rank, lower(e.term) AS term, coalesce(e.kind, 'term') AS kind, e.weight
    FROM report_evidence l JOIN report_themes t ON l.theme_id = t.theme_id, unnest(l.evidence) AS u(e)
)
SELECT theme, rank, kind, term, count(*) AS mentions, round(sum(weight), 3) AS weight
FROM evidence GROUP BY theme, rank, kind, term
QUALIFY row_number() OVER (PARTITION BY rank, kind ORDER BY count(*) DESC, term) <= $limit
ORDER BY rank, kind, mentions DESC, term
"""


def read(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Return the top evidence terms of each top theme, per kind of evidence, with their mention counts."""
    return rows(con.execute(_TERMS, {"limit": TERMS_PER_KIND}))
