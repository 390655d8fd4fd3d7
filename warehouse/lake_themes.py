"""The taxonomy a lake's labels use: its current version's themes, as the `themes` table recorded them."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

import duckdb

from warehouse.committed_reads import on_committed_files

# The version the lake's views show (`current_taxonomy`: its latest completed run that labelled); a
# lake whose labelling runs all crashed or failed shows every version, of which the latest run's is
# taken here (a first run stopped after committing batches has labels of one version only). A run
# killed outright left no `runs` row: the run named is then the one its `themes` rows name.
_VERSION = """
SELECT taxonomy_version, applied_at, run_id FROM current_taxonomy
UNION ALL
SELECT * FROM (
    SELECT t.taxonomy_version, max(r.ended_at), coalesce(arg_max(t.run_id, r.started_at), min(t.run_id))
    FROM themes_all t LEFT JOIN runs r USING (run_id)
    WHERE NOT EXISTS (SELECT 1 FROM current_taxonomy)
    GROUP BY 1 ORDER BY max(r.started_at) DESC NULLS LAST LIMIT 1
)
"""
# In the order they were written, the taxonomy file's (DuckDB keeps a scan's order).
_THEMES = "SELECT theme_id, name, n_terms, taxonomy_name, min_score FROM themes_all WHERE taxonomy_version = $version"
_OTHER_VERSIONS = "SELECT count(DISTINCT taxonomy_version) FROM themes_all WHERE taxonomy_version <> $version"


@dataclass(frozen=True)
class LakeTheme:
    """One theme of the lake's taxonomy, as its `themes` table recorded it."""

    id: str
    name: str | None
    n_terms: int | None


@dataclass(frozen=True)
class LakeTaxonomy:
    """The taxonomy version a lake's labels use: its themes, the run that applied it, other versions held."""

    version: str
    name: str | None
    min_score: float | None
    themes: tuple[LakeTheme, ...]
    run_id: str | None
    applied_at: datetime | None
    other_versions: int


def read_lake_taxonomy(lake: str | os.PathLike[str]) -> LakeTaxonomy | None:
    """Return the taxonomy version a lake's labels use (None for a lake no run has labelled)."""

    def run(con: duckdb.DuckDBPyConnection) -> LakeTaxonomy | None:
        con.execute("SET TimeZone = 'UTC'")
        found = con.sql(_VERSION).fetchall()
        if not found:
            return None
        version, applied_at, run_id = found[0]
        first: dict[str, tuple] = {}  # each theme once, should two runs have described the version
        for row in con.execute(_THEMES, {"version": version}).fetchall():
            first.setdefault(row[0], row)
        rows = list(first.values())
        others = con.execute(_OTHER_VERSIONS, {"version": version}).fetchone()
        return LakeTaxonomy(
            version=version,
            name=rows[0][3] if rows else None,
            min_score=rows[0][4] if rows else None,
            themes=tuple(LakeTheme(theme_id, name, n_terms) for theme_id, name, n_terms, _, _ in rows),
            run_id=run_id,
            applied_at=applied_at,
            other_versions=int(others[0]) if others else 0,
        )

    return on_committed_files(lake, run)
