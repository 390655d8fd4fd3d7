"""`themelake run`'s batch workers, started while the command imports Prefect.

A run that has something to do spends about a second importing Prefect and creating its flow run
before its first batch starts, on one core; a batch's processes then spend about as long importing
the pipeline and loading what it needs (the labeller's word vectors, the gazetteer, the places
automaton), or the flow's own process does, for a run of fewer than INLINE_BELOW_FILES files. So
`themelake run` starts the batch pool first, each worker loading on a core of its own, and the flow
finds it ready (flows/batch.py keeps pools by size: the flow's `batch_workers` asks for the same
one). Only for the local runner and a source on local disk, and only when the number of workers the
flow will want is known: from the unchanged-run check's comparison, or, for a new lake, from the
listing's first INLINE_BELOW_FILES files. A pool the flow does not use is stopped at its end.
"""

from __future__ import annotations

from itertools import islice
from typing import Any

from flows.batch import INLINE_BELOW_FILES, default_workers, warm_batch_pool
from flows.run_record import run_source
from flows.settings import Settings
from warehouse import lake as lakes
from warehouse import storage
from warehouse.sources import iter_sources


def warm_start(parameters: dict[str, Any], to_read: int | None) -> int:
    """Start the batch workers a run of `ingest-articles` with these parameters will use (the CLI's
    parameters; `to_read` as the unchanged-run check counted it, None if it did not compare); return
    how many were started (0: none, when the flow's need is not known)."""
    try:
        return _warm_start(parameters, to_read)
    except Exception:  # noqa: BLE001 - a head start, never a reason for a run to fail: the flow starts its own
        return 0


def _warm_start(parameters: dict[str, Any], to_read: int | None) -> int:
    source, lake = parameters["source"], parameters["lake"]
    if storage.is_url(source) or storage.is_url(lake):
        return 0
    if to_read is None:
        if lakes.read_manifest(lake).version:
            return 0  # compared nothing (a new taxonomy, a report): whether files are read is not known
        listed = run_source(source, str(lakes.resolve_lake(lake)), parameters.get("include"), parameters.get("exclude"))
        to_read = sum(1 for _ in islice(iter_sources(source, listed.choice, []), INLINE_BELOW_FILES))
    if not to_read:
        return 0
    workers = 1 if to_read < INLINE_BELOW_FILES and Settings.from_env().workers is None else default_workers()
    warm_batch_pool(workers, parameters["taxonomy"], parameters.get("enrich", True))
    return workers
