"""The report's aggregates: one module per section, each DuckDB SQL over the lake's current views.

Every section reads the report's scope (scope.py: the window's articles, their labels, the top
themes) and returns plain rows; transforms/report turns them into charts and the page. Sections
run in the order of SECTIONS, on one read-only connection.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import duckdb

from warehouse.committed_reads import on_committed_files
from warehouse.report import (
    amounts,
    by_source,
    cooccurrence,
    evidence,
    examples,
    over_time,
    overview,
    places,
    themes,
    tone,
)
from warehouse.report.scope import Window, create_scope

SECTIONS = (overview, themes, tone, over_time, by_source, cooccurrence, evidence, examples, places, amounts)

__all__ = ["SECTIONS", "LakeReport", "Window", "read_report"]


@dataclass
class LakeReport:
    """Everything the page shows: each section's rows, the window, the lake and when it was read."""

    lake: str  # as the user named it: the page shows it, and its reports/ folder is under it
    window: Window
    made_at: datetime
    sections: dict[str, Any] = field(default_factory=dict)


def read_report(lake: str | os.PathLike[str], window: Window) -> LakeReport:
    """Return the report's sections, aggregated in DuckDB over the lake's current views."""
    def read(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
        create_scope(con, window)
        return {section.NAME: section.read(con) for section in SECTIONS}

    # A compaction or `enrich` that commits while the sections are read deletes files they name: read
    # again on its commit, as `themelake query` does (readers take no lock), and a DuckDB error is a
    # QueryError of one line, not a traceback.
    sections = on_committed_files(lake, read)
    return LakeReport(str(lake), window, datetime.now(UTC), sections)
