"""`themelake compact`: the lake-maintenance commands, registered on the main CLI app."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

import typer

from flows.cli.app import (
    INTERRUPTED_ONE_COMMIT,
    SETTINGS,
    LakeOption,
    app,
    fail,
    out,
    run_lake_flow,
    say_waiting,
    whole_number,
)
from flows.cli.tables import print_table

# warehouse.compaction_size's DEFAULT_ROWS_PER_FILE, written out so that `--help` need not import DuckDB
# and pyarrow; tests/flows/cli/test_lake.py checks the two agree.
ROWS_PER_FILE_HELP = "1,000,000"
MAX_ROWS_PER_FILE = 100_000_000  # warehouse/compaction_size.py's, here without importing DuckDB for --help


@app.command()
def compact(
    lake: LakeOption = SETTINGS.lake,
    rows_per_file: Annotated[
        int | None,
        typer.Option(
            callback=whole_number(1, MAX_ROWS_PER_FILE),
            help=f"Rows per compacted Parquet file (1 to {MAX_ROWS_PER_FILE:,}), kept by the lake for its later "
            f"compactions (a run's own too); default: the lake's, else {ROWS_PER_FILE_HELP}.",
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
    from flows.nothing_to_compact import answer_nothing_to_compact
    from warehouse.lake_lock import Leftovers

    leftovers: list[Leftovers] = []  # removed by the lock's recovery here: the flow then finds none
    try:  # no table to rewrite: compacted without Prefect (flows/nothing_to_compact.py)
        answered = answer_nothing_to_compact(lake, rows_per_file, on_wait=say_waiting, on_recover=leftovers.append)
    except LakeError as error:
        fail(str(error))
    except KeyboardInterrupt:  # its one commit (a new size kept) is whole or not made; the lock is let go
        fail(INTERRUPTED_ONE_COMMIT, 130)

    def load() -> Callable[..., dict]:
        from flows.compact import compact_lake_flow  # imports Prefect: only when a flow runs

        return compact_lake_flow

    result = answered or run_lake_flow(lake, load, (LakeError,), rows_per_file=rows_per_file)
    heading = compaction_heading(result, kept=rows_per_file is not None)
    kinds = settled_kinds(result["lake"])
    rewritten = rewritten_tables(result.get("deleted", []))
    table = Table("table", "files before", "files after")
    cells = {name: files_after(result["after"][name], kinds.get(name) if name in rewritten else None)
             for name in result["before"]}
    for name, before in result["before"].items():
        table.add_row(name, str(before), cells[name])
    print_table(table, heading)
    # Said under a row that counts settled and changed files, and only then: a compaction that left
    # `articles` and `sources` as they were printed it under their bare counts.
    if any(cell != str(result["after"][name]) for name, cell in cells.items()):
        out.print(SETTLED_NOTE, highlight=False, markup=False, soft_wrap=True)
    # What this command's look under the lock removed, said here; what the flow's own recovery removed (a lake
    # on object storage, or a run killed between the look and the flow) the flow's log said: the line was
    # printed twice, once by the flow and once here.
    if leftovers and leftovers[0].files:
        from flows.leftovers_text import leftovers_line

        out.print(leftovers_line(leftovers[0]), highlight=False, markup=False, soft_wrap=True)
    if answered:
        out.print("done without starting Prefect", highlight=False, soft_wrap=True)


def compaction_heading(result: dict, kept: bool = False) -> str:
    """Return the line above a compaction's table: what it rewrote, or that it had nothing to rewrite (no file
    deleted); `kept`: a size the user gave, which the lake keeps for later compactions.

    >>> compaction_heading({"lake": "lake", "rows_per_file": 5000, "deleted": ["data/runs/r.parquet"]})
    'compacted lake (up to 5,000 rows a file)'
    >>> compaction_heading({"lake": "lake", "rows_per_file": 5000, "deleted": []}, kept=True)[:60]
    "nothing to compact in lake: every table's files are as compa"
    """
    size = f"up to {result['rows_per_file']:,} rows a file" + (", kept for later compactions" if kept else "")
    # A compaction that rewrote a table deleted its old files; one that deleted none rewrote nothing.
    if result.get("deleted"):
        return f"compacted {result['lake']} ({size})"
    return f"nothing to compact in {result['lake']}: every table's files are as compaction writes them ({size})"


# `articles` and `sources` came out of compaction as "2 files" where every other table was one, and
# nothing said why: compaction writes their settled rows apart from the rest (warehouse/compaction.py).
SETTLED_NOTE = ("settled: the rows of articles whose every version and source agree; changed: the rest (an "
                "article edited, moved or deleted since it was read), kept in files of their own so that the "
                "current views look for changes among those rows only")


def settled_kinds(lake: str) -> dict[str, tuple[int, int]]:
    """Return, for `articles` and `sources`, the lake's files of settled rows and of the rest, now."""
    from warehouse.compaction_due import SETTLED, SETTLED_TABLES
    from warehouse.lake import read_manifest

    manifest = read_manifest(lake)
    kinds = {}
    for table in SETTLED_TABLES:
        names = [name.rsplit("/", 1)[-1] for name in manifest.files(table)]
        settled = sum(name.startswith(SETTLED) for name in names)
        kinds[table] = (settled, len(names) - settled)
    return kinds


def rewritten_tables(deleted: list[str]) -> set[str]:
    """Return the tables a compaction rewrote, by the files it deleted (data/TABLE/FILE).

    >>> sorted(rewritten_tables(["data/articles/settled-1.parquet", "data/articles/r-2.parquet", "data/runs/r.pq"]))
    ['articles', 'runs']
    """
    return {path.split("/")[1] for path in deleted if path.count("/") >= 2}


def files_after(count: int, kinds: tuple[int, int] | None) -> str:
    """Return the cell of a table's files after compaction: with what they hold, where they are of two kinds.

    >>> files_after(2, (1, 1)), files_after(1, (1, 0)), files_after(1, None)
    ('2 (1 settled, 1 changed)', '1', '1')
    """
    if kinds is None or not all(kinds) or sum(kinds) != count:  # one kind, or another writer came since
        return str(count)
    return f"{count} ({kinds[0]} settled, {kinds[1]} changed)"
