"""The `compact-lake` flow: rewrite the lake's many small Parquet files into few large ones."""

from __future__ import annotations

from dataclasses import asdict
from functools import partial

from prefect import flow, get_run_logger

from flows.counted import counted
from flows.flow_checks import check_not_empty
from flows.flow_parameters import plain_parameters
from flows.leftovers_text import leftovers_line
from flows.parameter_types import typed_parameters
from flows.settings import Settings
from flows.user_errors import fails_in_one_line
from warehouse import lake_lock
from warehouse.compaction import compact_lake


@plain_parameters
@typed_parameters
@flow(name="compact-lake", log_prints=False)
@fails_in_one_line
def compact_lake_flow(lake: str = "lake", rows_per_file: int | None = None) -> dict:
    """Compact every table of a lake under its writer lock; return files per table before and after.

    `rows_per_file`: rows per file, which the lake keeps for later compactions; None: the size the lake
    keeps, else DEFAULT_ROWS_PER_FILE (warehouse.compaction.compact_lake). `leftovers`: the files a killed
    run left, which no commit names, removed before compacting (warehouse.lake_lock.recover)."""
    check_not_empty("lake", lake)
    settings = Settings.from_env()
    waiting = partial(get_run_logger().warning, lake_lock.WAITING_FOR_LOCK)  # said once, before waiting
    leftovers: list[lake_lock.Leftovers] = []  # a killed run's files, which the lock's recovery removes
    with lake_lock.writer_lock(lake, settings.lock_timeout, on_wait=waiting, on_recover=leftovers.append) as root:
        result = compact_lake(root, rows_per_file)
    removed = leftovers[0] if leftovers else lake_lock.Leftovers()
    if removed.files:
        get_run_logger().info("%s", leftovers_line(removed))
    if result.deleted:
        get_run_logger().info(
            "compacted %s into %d", counted(sum(result.before.values()), "file"), sum(result.after.values())
        )
    else:  # no table rewritten (a size given is kept): not "compacted 9 files into 9"
        get_run_logger().info("nothing to compact: every table's files are as compaction writes them")
    return {"lake": str(root), **asdict(result), "leftovers": removed._asdict()}
