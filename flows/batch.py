"""The work of one batch of files as a plain function, and the process pool that runs it.

The flow's `process-batch` task and the benchmark's bare path call the same `process_files`, so
what the benchmark calls orchestration overhead is Prefect and nothing else. No Prefect import
here: pool workers are spawned processes that import only transforms and warehouse.
"""

from __future__ import annotations

import atexit
import gc
import multiprocessing
import os
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

from transforms.pipeline import ArticleFile, build_batch, content_hash
from transforms.taxonomy import Taxonomy
from warehouse.sources import SourceEntry, read_sources
from warehouse.tables import stage_quarantine, stage_rows


@dataclass
class BatchSummary:
    """What a batch did: the files it staged and its counts."""

    staged: dict[str, list[str]] = field(default_factory=dict)
    seen: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    quarantined: list[tuple[str, str, str]] = field(default_factory=list)  # source, reason, detail
    paragraphs: int = 0
    labels: int = 0


def process_files(
    entries: Sequence[SourceEntry],
    known: dict[str, str],
    taxonomy: Taxonomy,
    lake: str,
    run_id: str,
    batch_no: int,
    max_file_bytes: int,
) -> BatchSummary:
    """Read, parse, label and stage one batch of files; return what it staged."""
    with _cycle_collector_paused():
        return _process_files(entries, known, taxonomy, lake, run_id, batch_no, max_file_bytes)


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    # A batch allocates a million short-lived tuples and strings, none in reference cycles: the
    # cycle collector would run thousands of times per batch for nothing (measured: 15-35% of it).
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _process_files(
    entries: Sequence[SourceEntry],
    known: dict[str, str],
    taxonomy: Taxonomy,
    lake: str,
    run_id: str,
    batch_no: int,
    max_file_bytes: int,
) -> BatchSummary:
    files, quarantined = read_sources(entries, max_bytes=max_file_bytes)
    summary = BatchSummary(seen=len(entries))
    fresh: list[ArticleFile] = []
    for file in files:
        if known.get(file.source) == content_hash(file.data):
            summary.unchanged += 1
            continue
        fresh.append(file)
    now = datetime.now(UTC)
    rows = build_batch(fresh, taxonomy, run_id, now)
    quarantined += rows.quarantined
    bad = {q.source for q in rows.quarantined}
    for file in fresh:
        if file.source not in bad:
            if file.source in known:
                summary.changed += 1
            else:
                summary.new += 1
    tag = f"{run_id[:8]}-{batch_no:05d}"
    summary.staged = stage_rows(lake, rows, tag)
    summary.staged.setdefault("quarantine", []).extend(stage_quarantine(lake, quarantined, run_id, now, tag))
    summary.quarantined = [(q.source, q.reason, q.detail) for q in quarantined]
    summary.paragraphs = len(rows.paragraphs["paragraph_id"])
    summary.labels = len(rows.paragraph_themes["paragraph_id"])
    return summary


def default_workers() -> int:
    """Return how many processes batches use by default: THEMELAKE_WORKERS, else one per core."""
    return max(1, int(os.environ.get("THEMELAKE_WORKERS") or os.cpu_count() or 1))


_pools: dict[int, ProcessPoolExecutor] = {}
_pools_lock = threading.Lock()


def batch_pool(workers: int) -> ProcessPoolExecutor:
    """Return this process's pool of `workers` batch processes, started on first use and kept."""
    with _pools_lock:
        pool = _pools.get(workers)
        if pool is None:
            # spawn, not fork: the flow process runs Prefect's threads, and a forked child can
            # inherit a lock held by one of them and hang.
            pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
            _pools[workers] = pool
        return pool


def submit_files(workers: int, *args: object) -> Future[BatchSummary]:
    """Run `process_files(*args)` in the batch pool (or inline for one worker); return its future."""
    if workers <= 1:
        future: Future[BatchSummary] = Future()
        try:
            future.set_result(process_files(*args))  # type: ignore[arg-type]
        except BaseException as error:  # noqa: B036 - the caller gets it from the future, as from a pool
            future.set_exception(error)
        return future
    return batch_pool(workers).submit(process_files, *args)  # type: ignore[arg-type]


@atexit.register
def _stop_pools_at_exit() -> None:
    for pool in _pools.values():
        pool.shutdown(wait=False, cancel_futures=True)


def merge_staged(summaries: Sequence[BatchSummary]) -> dict[str, list[str]]:
    """Return the staged files of all batches, per table."""
    staged: dict[str, list[str]] = {}
    for s in summaries:
        for table, files in s.staged.items():
            staged.setdefault(table, []).extend(files)
    return staged



def shutdown_pools() -> None:
    """Stop this process's batch pools (the next batch starts a new one)."""
    with _pools_lock:
        for pool in _pools.values():
            pool.shutdown(wait=True)
        _pools.clear()
