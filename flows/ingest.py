"""The `ingest-articles` flow: list a folder, compare it with the lake, process what changed in batches.

One task per batch of files (hundreds), never per file or paragraph: only paths and small
summaries cross task boundaries, the bytes and rows stay inside the batch task. The run holds the
lake's writer lock throughout and commits after each batch, so a killed run keeps its finished
batches and the next run, finding them committed, does only the rest. The `runs` row, the
deletion tombstones and the themes go in with the run's commits (themes first, runs row last).
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from typing import Any, TypeVar

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.runtime import deployment, flow_run
from prefect.utilities.annotations import quote

from flows.artifacts import publish_run_artifacts
from flows.batch import (
    BatchSummary,
    batch_states,
    batch_versions,
    default_workers,
    split_batches,
    submit_batch,
)
from flows.failed_runs import record_failed_run
from flows.progress import report_batches
from flows.relabel import label_lake
from flows.retries import IO_RETRY_DELAYS, retry_on_transient_os_error
from flows.runners import make_task_runner
from flows.settings import Settings
from transforms.taxonomy import Taxonomy
from warehouse import lake as lakes
from warehouse.labels import current_taxonomy_version
from warehouse.source_state import (
    DELETED,
    SourceChange,
    SourceState,
    plan_ingest,
    read_article_versions,
    read_source_states,
    stage_source_states,
)
from warehouse.sources import SourceEntry, list_sources, resolve_source
from warehouse.tables import run_row, theme_rows
from warehouse.taxonomy_files import read_taxonomy

T = TypeVar("T")

# Tasks that read sources or write the lake try again on transient OS errors, never on bad input.
IO_RETRIES: dict[str, Any] = dict(
    retries=len(IO_RETRY_DELAYS),
    retry_delay_seconds=IO_RETRY_DELAYS,
    retry_condition_fn=retry_on_transient_os_error,
)


@task(name="list-sources", cache_policy=NO_CACHE, **IO_RETRIES)
def list_sources_task(source: str) -> list[SourceEntry]:
    return list_sources(source)


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
) -> BatchSummary:
    """Read, compare, parse, label and stage one batch of files (in the batch pool); return what it staged."""
    tag = f"{run_id[:8]}-{batch_no:05d}"
    summary = submit_batch(
        workers, entries, states, versions, taxonomy, lake, run_id, tag, max_file_bytes
    ).result()
    get_run_logger().info(
        "batch %d: %d files, %d new, %d changed, %d unchanged, %d quarantined, %d paragraphs, %d labels",
        batch_no, summary.seen, summary.new, summary.changed, summary.unchanged,
        len(summary.quarantined), summary.paragraphs, summary.labels,
    )
    return summary


@task(name="commit", cache_policy=NO_CACHE, **IO_RETRIES)
def commit_run(lake: str, staged: dict[str, list[str]]) -> int:
    """Make staged files visible at once; return the new manifest version."""
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


@flow(
    name="ingest-articles",
    log_prints=False,
    on_failure=[record_failed_run],
    task_runner=make_task_runner(Settings.from_env()),  # THEMELAKE_RUNNER=dask for deployments
)
def ingest_articles(
    source: str | None = None,
    lake: str | None = None,
    taxonomy: str | None = None,
    batch_size: int = 500,
    workers: int | None = None,
) -> dict:
    """Ingest a folder of article files into the lake; return the run's summary counts.

    Args:
        source: Folder of .txt/.md article files (default: THEMELAKE_INBOX, else examples/articles).
        lake: Lake folder (default: THEMELAKE_LAKE, else ./lake).
        taxonomy: Taxonomy TOML file (default: THEMELAKE_TAXONOMY, else the bundled IPTC taxonomy).
        batch_size: Files per batch task.
        workers: Processes per batch task (default: one per core; one on a Dask cluster).
    """
    started = datetime.now(UTC)
    settings = Settings.from_env()
    source, lake, taxonomy = source or settings.inbox, lake or settings.lake, taxonomy or settings.taxonomy
    resolve_source(source)  # a missing folder fails the run here, before any task runs
    logger = get_run_logger()
    run_id = str(flow_run.id or f"local-{started:%Y%m%dT%H%M%S}")
    tax = read_taxonomy(taxonomy)
    with lakes.writer_lock(lake, settings.lock_timeout) as root_path:
        root = str(root_path)
        entries = list_sources_task(source)
        folder = str(resolve_source(source))
        states = read_source_states(root)
        previous_taxonomy = current_taxonomy_version(root)
        plan = plan_ingest(entries, states, folder)
        versions = read_article_versions(root) if plan.to_read else {}
        batches = split_batches(plan.to_read, batch_size)
        logger.info(
            "%d files: %d unchanged (size, mtime), %d to read in %d batches, %d deleted; taxonomy %s (%s)",
            len(entries), len(plan.unchanged), len(plan.to_read), len(batches), len(plan.deleted),
            tax.name, tax.version,
        )
        pool = batch_workers(workers)
        futures = [
            process_batch.submit(
                as_is(batch),
                as_is(batch_states(batch, states)),
                as_is(batch_versions(batch, versions)),
                as_is(tax),
                root,
                run_id,
                n,
                settings.max_file_bytes,
                pool,
            )
            for n, batch in enumerate(batches)
        ]
        pending: dict[str, list[str]] = {"themes": theme_rows(root, tax, run_id)}
        summaries: list[BatchSummary] = []
        for done, future in enumerate(futures, start=1):  # commit each batch as it is done:
            summaries.append(future.result())  # a killed run keeps what it finished
            report_batches(done, len(futures))
            for table, files in summaries[-1].staged.items():
                pending.setdefault(table, []).extend(files)
            commit_run(root, pending)
            pending = {}
        if previous_taxonomy and previous_taxonomy != tax.version:
            # The views show one taxonomy version, this one from now on: label older articles with it too.
            pending.setdefault("paragraph_themes", []).extend(label_lake(root, tax, run_id)[0])
        counts = {
            "files_seen": len(entries),
            "files_new": sum(s.new for s in summaries),
            "files_changed": sum(s.changed for s in summaries),
            "files_unchanged": len(plan.unchanged) + sum(s.unchanged for s in summaries),
            "files_quarantined": sum(len(s.quarantined) for s in summaries),
            "files_deleted": len(plan.deleted),
            "articles_written": sum(s.articles for s in summaries),
            "paragraphs_written": sum(s.paragraphs for s in summaries),
            "themes_written": sum(s.labels for s in summaries),
        }
        ended = datetime.now(UTC)
        tombstones = [SourceChange(s, SourceState(DELETED)) for s in plan.deleted]
        pending.setdefault("sources", []).extend(
            stage_source_states(root, tombstones, run_id, ended, f"{run_id[:8]}-deleted")
        )
        parameters = {"source": source, "lake": lake, "taxonomy": taxonomy, "batch_size": batch_size}
        pending.setdefault("runs", []).append(
            run_row(
                root,
                run_id=run_id,
                flow_name="ingest-articles",
                deployment=deployment.name or "cli",
                parameters=json.dumps(parameters),
                taxonomy_version=tax.version,
                source=folder,
                counts=counts,
                started=started,
                ended=ended,
                state="COMPLETED",
            )
        )
        version = commit_run(root, pending)
    quarantined = [q for s in summaries for q in s.quarantined]
    for src, reason, detail in quarantined:
        logger.warning("quarantined %s: %s (%s)", src, reason, detail)
    for src in plan.deleted:
        logger.warning("deleted since the last run: %s", src)
    per_theme = sum((Counter(s.theme_counts) for s in summaries), Counter())
    names = {t.id: t.name for t in tax.themes}
    summary = {
        "run_id": run_id,
        "lake": root,
        "manifest_version": version,
        "taxonomy_version": tax.version,
        "duration_s": round((ended - started).total_seconds(), 3),
        "quarantined": quarantined,
        "deleted": plan.deleted,
        "themes": [(theme_id, names.get(theme_id, theme_id), n) for theme_id, n in per_theme.most_common()],
        **counts,
    }
    publish_run_artifacts(summary)
    return summary
