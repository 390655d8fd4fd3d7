"""Query results as the report's rows: a list of dicts, column name to Python value."""

from __future__ import annotations

from typing import Any

import duckdb


def rows(relation: duckdb.DuckDBPyRelation | duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Return every row of a relation (or of a connection's last result) as a dict."""
    names = [d[0] for d in relation.description or []]
    return [dict(zip(names, row, strict=True)) for row in relation.fetchall()]
