"""`themelake run`'s batch workers, started while the command imports Prefect.

A run that has something to do spends about a second importing Prefect and creating its flow run
before its first batch starts, on one core; a batch's processes then spend about as long importing
the pipeline and loading what it needs (the labeller's word vectors, the gazetteer, the places
automaton), or the flow's own process does, for a run of fewer than INLINE_BELOW_FILES files. So
`themelake run` starts the batch pool first, each worker loading on a core of its own, and the flow
finds it ready: flows/batch_pool.py keeps pools by size, and the flow's `batch_workers` asks for the same
size by the same rule, `flows.batch_workers.local_workers` (a pool of another size is stopped, `keep_only_pool`).

Only for the local runner and a source and lake on local disk, and only when the size is known: from
the unchanged-run check's count when it compared the whole listing (or found INLINE_BELOW_FILES
files to read in its first chunk), or, for a new lake, from the listing's first INLINE_BELOW_FILES
files. One process is started for a small run only on a machine of more than one core, and none
when THEMELAKE_WORKERS is 1: the batches then run in the command's own process, as before. A run
that finds no pool started for it (a deployment's, one from Python) starts its own while it lists
and plans, by the same rule, for more than one process only (`warm_flow_start`).
"""

from __future__ import annotations

import os
from itertools import islice
from typing import Any

from flows.batch_pool import any_pool, stop_batch_workers, warm_batch_pool
from flows.batch_workers import INLINE_BELOW_FILES, local_workers
from flows.run_record import run_source
from flows.settings import Settings
from warehouse import lake as lakes
from warehouse import storage
from warehouse.sources import iter_sources


def warm_start(parameters: dict[str, Any], to_read: int | None, whole: bool) -> int:
    """Start the batch workers a run of `ingest-articles` with these parameters (the CLI's) will use;
    return how many were started (0: none). `to_read` is the unchanged-run check's count of files to
    read (None if it compared nothing), `whole` whether it compared the whole listing."""
    try:
        workers = _workers_needed(parameters, to_read, whole)
        if workers:
            warm_batch_pool(workers, parameters["taxonomy"], parameters.get("enrich", True))
        return workers
    except Exception:  # noqa: BLE001 - a head start, never a reason for a run to fail: the flow starts its own
        stop_batch_workers()  # what was half-started (processes a machine would not let it spawn)
        return 0


def warm_flow_start(parameters: dict[str, Any], workers: int | None) -> int:
    """Start the batch workers of an `ingest-articles` run that found none started for it (a deployment's
    run, one from Python) while it lists the folder and compares it with the lake; return how many
    were started (0: none). `workers`: the flow's parameter, which the flow's pool then has.

    Without it such a run's workers started with its first batch, after the plan, and imported the
    pipeline and loaded its models then (about a second of CPU each), while the listing and plan
    (about 0.9 s at N = 50,000) had kept one core busy and the other idle. Only where `warm_start`
    knows the need (a new lake on local disk) and for more than one process: a small run is read in
    the flow's own process, and its plan is too short to hide a worker's start behind.
    """
    from flows.runners import on_dask  # imports Prefect: the flow's, never the CLI's

    if any_pool() or on_dask():  # `themelake run` started them, or a Dask cluster's workers run batches
        return 0
    try:
        needed = _workers_needed(parameters, None, False)
        count = (workers or needed) if needed else 0
        if count > 1:
            warm_batch_pool(count, parameters["taxonomy"], parameters.get("enrich", True))
            return count
    except Exception:  # noqa: BLE001 - a head start, never a reason for a run to fail: the batches start their own
        stop_batch_workers()
    return 0


def _workers_needed(parameters: dict[str, Any], to_read: int | None, whole: bool) -> int:
    """Return the processes the flow's `batch_workers` will ask for, if a pool is worth starting (else 0)."""
    source, lake = parameters["source"], parameters["lake"]
    if storage.is_url(source) or storage.is_url(lake):
        return 0
    if to_read is None:
        if lakes.read_manifest(lake).version:
            return 0  # compared nothing (a new taxonomy, a report): whether files are read is not known
        listed = run_source(source, str(lakes.resolve_lake(lake)), parameters.get("include"), parameters.get("exclude"))
        to_read = sum(1 for _ in islice(iter_sources(source, listed.choice, []), INLINE_BELOW_FILES))
        whole = True  # a new lake reads every file listed: fewer than the cap is the whole listing
    if not to_read or (not whole and to_read < INLINE_BELOW_FILES):
        return 0  # nothing to read, or a count that more files may follow
    asked = parameters.get("workers")  # `run --workers`, else THEMELAKE_WORKERS: the flow's pool has as many
    workers = asked or local_workers(to_read)  # the flow's own rule
    if workers > 1:
        return workers
    # One: a small run, which the flow would read in its own process; one process instead, on a core
    # of its own. Not for --workers 1 or THEMELAKE_WORKERS=1 (the command's own process), nor on a one-core machine.
    small = to_read < INLINE_BELOW_FILES and asked is None and Settings.from_env().workers is None
    return 1 if small and (os.cpu_count() or 1) > 1 else 0
