"""The `ingest-articles` flow: list a folder, process it in batches, commit once.

One task per batch of files (hundreds), never per file or paragraph: only paths and small
summaries cross task boundaries, the bytes and rows stay inside the batch task.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any, TypeVar

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.runtime import deployment, flow_run
from prefect.utilities.annotations import quote

from flows.batch import BatchSummary, default_workers, submit_files
from flows.runners import make_task_runner
from flows.settings import DEFAULT_SOURCE, Settings
from transforms.taxonomy import Taxonomy
from warehouse import lake as lakes
from warehouse.sources import SourceEntry, list_sources
from warehouse.tables import committed_versions, run_row, theme_rows
from warehouse.taxonomy_files import read_taxonomy

T = TypeVar("T")


@task(name="list-sources", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=2)
def list_sources_task(source: str) -> list[SourceEntry]:
    return list_sources(source)


@task(name="read-committed-versions", cache_policy=NO_CACHE)
def committed_versions_task(lake: str) -> dict[str, str]:
    return committed_versions(lake)


@task(name="process-batch", cache_policy=NO_CACHE)
def process_batch(
    entries: list[SourceEntry],
    known: dict[str, str],
    taxonomy: Taxonomy,
    lake: str,
    run_id: str,
    batch_no: int,
    max_file_bytes: int,
    workers: int = 1,
) -> BatchSummary:
    """Read, parse, label and stage one batch of files (in the batch pool); return what it staged."""
    summary = submit_files(workers, entries, known, taxonomy, lake, run_id, batch_no, max_file_bytes).result()
    quarantined = summary.quarantined
    get_run_logger().info(
        "batch %d: %d files, %d new, %d changed, %d unchanged, %d quarantined, %d paragraphs, %d labels",
        batch_no, summary.seen, summary.new, summary.changed, summary.unchanged,
        len(quarantined), summary.paragraphs, summary.labels,
    )
    return summary


@task(name="commit-run", cache_policy=NO_CACHE)
def commit_run(lake: str, staged: dict[str, list[str]]) -> int:
    """Make the run's staged files visible at once; return the new manifest version."""
    return lakes.commit(lake, staged).version


def on_dask() -> bool:
    """Return True when this flow run's tasks run on a Dask cluster."""
    context = FlowRunContext.get()
    return context is not None and type(context.task_runner).__name__ == "DaskTaskRunner"


def batch_workers(requested: int | None) -> int:
    """Return the processes each batch task may use: one per core locally, one on a Dask worker."""
    if requested:
        return requested
    # On Dask the cluster's workers are the parallelism; a pool inside each would oversubscribe.
    return 1 if on_dask() else default_workers()


def as_is(value: T) -> Any:
    """Return a task argument that Prefect should not walk through (big lists of entries)."""
    # Dask rebuilds Prefect's `quote` (a namedtuple) wrongly, and walks arguments itself anyway.
    return value if on_dask() else quote(value)


@flow(name="ingest-articles", log_prints=False, task_runner=make_task_runner(Settings.from_env()))
def ingest_articles(
    source: str = DEFAULT_SOURCE,
    lake: str = "lake",
    taxonomy: str | None = None,
    batch_size: int = 500,
    workers: int | None = None,
) -> dict:
    """Ingest a folder of article files into the lake; return the run's summary counts."""
    started = datetime.now(UTC)
    settings = Settings.from_env()
    logger = get_run_logger()
    run_id = str(flow_run.id or f"local-{started:%Y%m%dT%H%M%S}")
    tax = read_taxonomy(taxonomy)
    root = str(lakes.ensure_lake(lake))
    entries = list_sources_task(source)
    known = committed_versions_task(root)
    batches = [entries[i : i + batch_size] for i in range(0, len(entries), batch_size)] or [[]]
    pool = batch_workers(workers)
    logger.info(
        "%d files in %d batches, %d process(es) per batch task; taxonomy %s (%s)",
        len(entries), len(batches), pool, tax.name, tax.version,
    )
    futures = [
        process_batch.submit(
            as_is(batch),
            as_is({e.path: known[e.path] for e in batch if e.path in known}),
            as_is(tax),
            root,
            run_id,
            n,
            settings.max_file_bytes,
            pool,
        )
        for n, batch in enumerate(batches)
    ]
    summaries: list[BatchSummary] = [f.result() for f in futures]
    staged: dict[str, list[str]] = {}
    for s in summaries:
        for table, files in s.staged.items():
            staged.setdefault(table, []).extend(files)
    staged.setdefault("themes", []).extend(theme_rows(root, tax, run_id))
    counts = {
        "files_seen": len(entries),
        "files_new": sum(s.new for s in summaries),
        "files_changed": sum(s.changed for s in summaries),
        "files_unchanged": sum(s.unchanged for s in summaries),
        "files_quarantined": sum(len(s.quarantined) for s in summaries),
        "articles_written": sum(s.new + s.changed for s in summaries),
        "paragraphs_written": sum(s.paragraphs for s in summaries),
        "themes_written": sum(s.labels for s in summaries),
    }
    ended = datetime.now(UTC)
    parameters = {"source": source, "lake": lake, "taxonomy": taxonomy, "batch_size": batch_size}
    staged.setdefault("runs", []).append(
        run_row(
            root,
            run_id=run_id,
            flow_name="ingest-articles",
            deployment=deployment.name or "cli",
            parameters=json.dumps(parameters),
            taxonomy_version=tax.version,
            source=str(entries[0].root) if entries else source,
            counts=counts,
            started=started,
            ended=ended,
            state="COMPLETED",
        )
    )
    version = commit_run(root, staged)
    quarantined = [q for s in summaries for q in s.quarantined]
    for src, reason, detail in quarantined:
        logger.warning("quarantined %s: %s (%s)", src, reason, detail)
    return {
        "run_id": run_id,
        "lake": root,
        "manifest_version": version,
        "taxonomy_version": tax.version,
        "duration_s": round((ended - started).total_seconds(), 3),
        "quarantined": quarantined,
        **counts,
    }
