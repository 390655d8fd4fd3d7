"""Which processes run a run's batches: how many (one per core, or the flow's own for a small run),
what each loads before its first batch, and handing a batch to them (flows/batch_pool.py keeps the pool).

Light to import: the pipeline (`flows.batch`: the formats, the labeller, the enrichments, numpy) is
imported in the process that runs a batch, when it runs one. The flow's process, whose batches run in
the pool's workers, never needs it: importing it there cost `themelake run` about 0.1 CPU s (what the
flow's own imports do not share with it; 200 modules), before the warm-up worker was even started
(flows/warm_start.py).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from concurrent.futures import Future
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from flows.batch_pool import batch_pool, has_pool
from flows.counts import BatchSummary
from flows.shipped_taxonomy import shipped

if TYPE_CHECKING:
    from transforms.taxonomy import Taxonomy

# A run with fewer files than this to read reads them in the flow's own process, unless a number of
# workers is asked for (`workers`, THEMELAKE_WORKERS): starting the batch pool (processes that import
# the pipeline and load its model, 2-5 s on a busy 2-core machine) costs more than such a run's work.
# `themelake run` starts one worker for such a run while Prefect imports (flows/warm_start.py).
INLINE_BELOW_FILES = 200


def default_workers() -> int:
    """Return how many processes batches use by default: THEMELAKE_WORKERS, else one per core."""
    from flows.settings import Settings

    return Settings.from_env().workers or os.cpu_count() or 1


def local_workers(to_read: int | None) -> int:
    """Return the processes a run's batches use on this machine (no number asked for, no Dask): one
    for a run of fewer than INLINE_BELOW_FILES files to read (the flow's own process, or the one
    `themelake run` started for it), else `default_workers()`."""
    from flows.settings import Settings

    if to_read is not None and to_read < INLINE_BELOW_FILES and Settings.from_env().workers is None:
        return 1
    return default_workers()


def warm_worker(taxonomy: str | None, enrichments: bool) -> None:
    """Load, in this process, what a batch of `taxonomy` needs: one tiny article goes through the
    pipeline (read, split, language, labels, enrichments) and its rows are dropped.

    What it loads (modules, the gazetteer's 34,000 places, the labeller's tables: 180,000 objects the
    collector tracks) lives as long as the worker, in no reference cycle to collect: it is loaded with the
    cycle collector off, as a batch runs (`batch_memory`; on, its passes over the growing heap were a
    seventh of the warm-up's CPU), then frozen out of the collector's sight (`gc.freeze`), so that no
    later pass between batches walks it again."""
    from flows.batch_memory import batch_memory

    with batch_memory():
        # As a batch's process does: it reads the language model, and the places' tables from this
        # machine's copy (made by the first process of this code), as batches do.
        import flows.batch  # noqa: F401
        from transforms.pipeline import ArticleFile, build_batch
        from warehouse.taxonomy_files import read_taxonomy

        article = ArticleFile("/themelake/warm-up.txt", _WARM_UP_TEXT.encode())
        build_batch([article], read_taxonomy(taxonomy), "warm-up", datetime.now(UTC), enrichments=enrichments)
    gc.freeze()


_WARM_UP_TEXT = """Markets rise as talks resume

Shares in London rose 2% on Monday, about $3 billion, as ministers met to end the strike.
"""


def ingest_batch(*args: Any, **kwargs: Any) -> BatchSummary:
    """Run `flows.batch.ingest_batch`, imported in the process that runs the batch (a pool's worker
    unpickles this function by its name, and imports the pipeline only then)."""
    from flows.batch import ingest_batch as ingest

    return ingest(*args, **kwargs)


def submit_batch(
    workers: int, entries: object, states: object, versions: object, taxonomy: Taxonomy, *args: object
) -> Future[BatchSummary]:
    """Run `ingest_batch(entries, states, versions, taxonomy, *args)` in the batch pool (inline for one
    worker, unless a pool of one was started for it: `warm_batch_pool`); return its future. A pool's
    workers are handed the taxonomy once each, not with every batch (flows/shipped_taxonomy.py)."""
    # A daemonic process (a Dask worker's, for one) may not start processes: it runs the batch itself.
    if (workers <= 1 and not has_pool(workers)) or multiprocessing.current_process().daemon:
        future: Future[BatchSummary] = Future()
        try:
            future.set_result(ingest_batch(entries, states, versions, taxonomy, *args))
        except BaseException as error:  # noqa: B036 - the caller gets it from the future, as from a pool
            future.set_exception(error)
        return future
    return batch_pool(workers).submit(ingest_batch, entries, states, versions, shipped(taxonomy), *args)
