"""The `ingest-articles` flow: list a folder, process it in batches, commit once.

One task per batch of files (hundreds), never per file or paragraph: only paths and small
summaries cross task boundaries, the bytes and rows stay inside the batch task.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import deployment, flow_run
from prefect.utilities.annotations import quote

from flows.relabel import label_lake
from flows.settings import DEFAULT_SOURCE, Settings
from transforms.pipeline import ArticleFile, build_batch, content_hash
from transforms.taxonomy import Taxonomy
from warehouse import lake as lakes
from warehouse.labels import current_taxonomy_version
from warehouse.sources import SourceEntry, list_sources, read_sources
from warehouse.tables import committed_versions, run_row, stage_quarantine, stage_rows, theme_rows
from warehouse.taxonomy_files import read_taxonomy


@dataclass
class BatchSummary:
    """What a batch task did: the files it staged and its counts."""

    staged: dict[str, list[str]] = field(default_factory=dict)
    seen: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    quarantined: list[tuple[str, str, str]] = field(default_factory=list)  # source, reason, detail
    paragraphs: int = 0
    labels: int = 0


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
) -> BatchSummary:
    """Read, parse, label and stage one batch of files; return what it staged."""
    files, quarantined = read_sources(entries, max_bytes=max_file_bytes)
    summary = BatchSummary(seen=len(entries))
    fresh: list[ArticleFile] = []
    for file in files:
        previous = known.get(file.source)
        if previous == content_hash(file.data):
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


@flow(name="ingest-articles", log_prints=False)
def ingest_articles(
    source: str = DEFAULT_SOURCE,
    lake: str = "lake",
    taxonomy: str | None = None,
    batch_size: int = 500,
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
    previous_taxonomy = current_taxonomy_version(root)
    batches = [entries[i : i + batch_size] for i in range(0, len(entries), batch_size)] or [[]]
    logger.info("%d files in %d batches; taxonomy %s (%s)", len(entries), len(batches), tax.name, tax.version)
    futures = [
        process_batch.submit(
            quote(batch),
            quote({e.path: known[e.path] for e in batch if e.path in known}),
            quote(tax),
            root,
            run_id,
            n,
            settings.max_file_bytes,
        )
        for n, batch in enumerate(batches)
    ]
    summaries: list[BatchSummary] = [f.result() for f in futures]
    staged: dict[str, list[str]] = {}
    for s in summaries:
        for table, files in s.staged.items():
            staged.setdefault(table, []).extend(files)
    staged.setdefault("themes", []).extend(theme_rows(root, tax, run_id))
    if previous_taxonomy and previous_taxonomy != tax.version:
        # The views show one taxonomy version, this one from now on: label the older articles with it too.
        staged.setdefault("paragraph_themes", []).extend(label_lake(root, tax, run_id)[0])
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
