"""The `ingest-articles` flow's tasks and the small rules it runs by: one task per batch of files, the
run's last commit, its compaction, a batch's commit (a plain call), the progress line, and how many
processes and batches in flight a run uses. The flow itself is flows/ingest.py.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext

from flows.batch_stream import RunTotals
from flows.batch_workers import local_workers, submit_batch
from flows.counted import counted
from flows.counts import BatchSummary
from flows.progress import report_batches
from flows.retries import IO_RETRY_DELAYS, retry_on_transient_os_error
from flows.run_record import compact_if_due
from flows.runners import on_dask
from transforms.taxonomy import Taxonomy
from warehouse import lake as lakes
from warehouse.ingest_plan import IngestPlan
from warehouse.source_state import SourceState
from warehouse.sources import SourceEntry

# Seconds between two progress lines of a run (and its last batch's): a line per batch cost the
# API as much as a third of the batch's task run.
PROGRESS_LOG_S = 10.0
# Tasks that read sources or write the lake try again on transient OS errors, never on bad input.
IO_RETRIES: dict[str, Any] = dict(
    retries=len(IO_RETRY_DELAYS),
    retry_delay_seconds=IO_RETRY_DELAYS,
    retry_condition_fn=retry_on_transient_os_error,
)


@task(name="process-batch", cache_policy=NO_CACHE, **IO_RETRIES)
def process_batch(
    entries: list[SourceEntry],
    states: dict[str, SourceState],
    versions: set[tuple[str, str]],
    taxonomy: Taxonomy,
    lake: str,
    run_id: str,
    batch_no: int,
    max_file_bytes: int,
    workers: int = 1,
    fields: str | None = None,
    enrichments: bool = True,
) -> BatchSummary:
    """Read, compare, parse, label and stage one batch of files (in the batch pool); return what it staged."""
    tag = f"{run_id[:8]}-{batch_no:05d}"
    # No log line per batch (see PROGRESS_LOG_S): the flow logs the run's progress.
    return submit_batch(
        workers, entries, states, versions, taxonomy, lake, run_id, tag, max_file_bytes, fields, enrichments
    ).result()


@task(name="commit", cache_policy=NO_CACHE, **IO_RETRIES)
def commit_run(lake: str, staged: dict[str, list[str]], catalog: bool = True) -> int:
    """Make the run's last staged files visible and (with `catalog`) rebuild the catalog; return the new
    manifest version."""
    return lakes.commit(lake, staged, catalog=catalog).version


@task(name="compact-lake", cache_policy=NO_CACHE)
def compact_when_due(lake: str) -> dict[str, int | None] | None:
    """Compact the lake once enough unsorted files have gathered (flows.run_record.compact_if_due)."""
    return compact_if_due(lake)


def commit_batch(lake: str, staged: dict[str, list[str]], catalog: bool) -> None:
    """Make a batch's staged files visible (and, every few seconds, rebuild the catalog).

    A plain call, not a task: a Prefect task per commit cost the API more CPU than the commit
    itself. A commit that fails fails the run; the next run does the uncommitted batches.
    """
    lakes.commit(lake, staged, catalog=catalog)


def plan_line(plan: IngestPlan) -> str:
    """Return the run's log line on its plan: the files listed, unchanged, to read (in how many batches), deleted.

    >>> plan_line(IngestPlan(listed=1, to_read=1, batch_count=1))
    '1 file: 0 unchanged (size, mtime), 1 to read in 1 batch, 0 deleted'
    """
    return (f"{counted(plan.listed, 'file')}: {plan.unchanged} unchanged (size, mtime), {plan.to_read} to read in "
            f"{counted(plan.batch_count, 'batch')}, {len(plan.deleted)} deleted")


def progress_log(logger: Any, batches: int) -> Callable[[RunTotals], None]:
    """Return the batch stream's progress callback: the CLI's progress bar, a log line every PROGRESS_LOG_S."""
    logged = time.monotonic()

    def progress(totals: RunTotals) -> None:
        nonlocal logged
        report_batches(totals.batches, batches)
        if totals.batches < batches and time.monotonic() - logged < PROGRESS_LOG_S:
            return
        logged = time.monotonic()
        logger.info(
            "%d of %s committed: %d new, %d changed, %d unchanged, %d quarantined, %s, %s",
            totals.batches, counted(batches, "batch"), totals.new, totals.changed, totals.unchanged,
            len(totals.quarantined), counted(totals.paragraphs, "paragraph"), counted(totals.labels, "label"),
        )

    return progress


def batch_workers(requested: int | None, to_read: int | None = None) -> int:
    """Return the processes each batch task may use: one per core locally, one on a Dask worker,
    none of its own (the flow's process) for a small run."""
    if requested:
        return requested
    # On Dask the cluster's workers are the parallelism; a pool inside each would oversubscribe.
    if on_dask():
        return 1
    return local_workers(to_read)


def batches_in_flight(pool: int) -> int:
    """Return how many batch tasks the flow keeps submitted: enough to keep every worker busy."""
    context = FlowRunContext.get()
    if context is not None and on_dask():
        threads = sum(context.task_runner.client.nthreads().values())  # type: ignore[attr-defined]
        return 2 * max(1, threads)
    # Two per worker process: one running, one queued, so a worker never waits for the flow's commit.
    return 2 * pool
