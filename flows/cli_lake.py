"""`themelake compact`: the lake-maintenance commands, registered on the main CLI app."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from flows.cli import _SETTINGS, LakeOption, app, fail, out, ready_to_write
from warehouse.compaction import DEFAULT_ROWS_PER_FILE
from warehouse.lake import LakeError, existing_lake


@app.command()
def compact(
    lake: LakeOption = _SETTINGS.lake,
    rows_per_file: Annotated[
        int, typer.Option(min=1, help="Rows per compacted Parquet file.")
    ] = DEFAULT_ROWS_PER_FILE,
) -> None:
    """Rewrite the lake's many small Parquet files into few large ones (runs the `compact-lake` flow)."""
    try:
        existing_lake(lake)
    except LakeError as error:
        fail(str(error))
    ready_to_write(lake)
    from flows.compact import compact_lake_flow  # imports Prefect: only when a flow runs

    try:
        result = compact_lake_flow(lake=lake, rows_per_file=rows_per_file)
    except LakeError as error:
        fail(str(error))
    table = Table("table", "files before", "files after", title=f"compacted {result['lake']}")
    for name, before in result["before"].items():
        table.add_row(name, str(before), str(result["after"][name]))
    out.print(table)
