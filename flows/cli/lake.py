"""`themelake compact`: the lake-maintenance commands, registered on the main CLI app."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

import typer

from flows.cli.app import SETTINGS, LakeOption, app, fail, run_lake_flow
from flows.cli.tables import print_table

# warehouse.compaction's DEFAULT_ROWS_PER_FILE, written out so that `--help` need not import DuckDB
# and pyarrow; tests/flows/cli/test_lake.py checks the two agree.
ROWS_PER_FILE_HELP = "1,000,000"
MAX_ROWS_PER_FILE = 100_000_000  # warehouse/compaction.py's, here without importing DuckDB for --help


@app.command()
def compact(
    lake: LakeOption = SETTINGS.lake,
    rows_per_file: Annotated[
        int | None,
        typer.Option(
            min=1, max=MAX_ROWS_PER_FILE,
            help="Rows per compacted Parquet file, kept by the lake for its later compactions (a run's "
            f"own too); default: the lake's, else {ROWS_PER_FILE_HELP}.",
        ),
    ] = None,
) -> None:
    """Rewrite the lake's many small Parquet files into few large ones (runs the `compact-lake` flow)."""
    from rich.table import Table

    from warehouse.lake import LakeError, existing_lake

    try:
        existing_lake(lake)
    except LakeError as error:
        fail(str(error))

    def load() -> Callable[..., dict]:
        from flows.compact import compact_lake_flow  # imports Prefect: only when a flow runs

        return compact_lake_flow

    result = run_lake_flow(lake, load, (LakeError,), rows_per_file=rows_per_file)
    heading = f"compacted {result['lake']} (up to {result['rows_per_file']:,} rows a file)"
    table = Table("table", "files before", "files after")
    for name, before in result["before"].items():
        table.add_row(name, str(before), str(result["after"][name]))
    print_table(table, heading)
