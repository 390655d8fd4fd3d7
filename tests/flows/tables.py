"""Compare two lakes' tables, leaving out what differs from run to run (ids, clocks, the lake's path)."""

from __future__ import annotations

from warehouse.lake import read_table

# Columns that name the run, the moment or the lake written, not the data: left out on purpose.
# `parameters` holds the lake's path (and the options of the call); `lake` is that path.
RUN_COLUMNS = {
    "run_id", "ingested_at", "quarantined_at", "observed_at", "started_at", "ended_at", "duration_s", "lake",
    "parameters",
}
DATA_TABLES = ("articles", "paragraphs", "paragraph_themes", "themes", "quarantine", "sources", "runs")


def table_rows(lake: str, table: str) -> list[tuple]:
    """Return a committed table's rows without run columns, sorted, as comparable tuples."""
    data = read_table(lake, table)
    columns = [c for c in data.column_names if c not in RUN_COLUMNS]
    rows = data.select(columns).to_pylist()
    return sorted(tuple(repr(row[c]) for c in columns) for row in rows)


def assert_same_tables(lake_a: str, lake_b: str) -> None:
    """Assert two lakes hold the same rows in every data table (and that each table has rows)."""
    for table in DATA_TABLES:
        a, b = table_rows(lake_a, table), table_rows(lake_b, table)
        assert a == b, f"{table}: {len(a)} rows vs {len(b)} rows, or different values"
