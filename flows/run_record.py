"""What an `ingest-articles` run records and returns: its `runs` row's counts and its summary.

Kept free of Prefect, so that the flow (flows/ingest.py) and an unchanged re-run answered without
it (flows/unchanged_run.py) record a run the same way.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from flows.counts import Counts
from transforms.taxonomy import Taxonomy
from warehouse.catalog import refresh_catalog
from warehouse.compaction import compact_lake
from warehouse.compaction_due import compaction_due
from warehouse.ingest_plan import IngestPlan
from warehouse.sources import FileChoice, resolve_source, single_file_left_out, without_lake
from warehouse.tables import run_row

FLOW_NAME = "ingest-articles"
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RunSource:
    """What a run lists: its folder (or file), the files its globs choose, and why a one-file source
    the globs leave out is not read (None when it is, or for a folder)."""

    folder: str
    choice: FileChoice
    left_out: str | None


def run_source(source: str, root: str, include: Sequence[str] | None, exclude: Sequence[str] | None) -> RunSource:
    """Return what a run of `source` into the lake at `root` lists (a lake inside the source left out)."""
    folder = str(resolve_source(source))
    choice = without_lake(FileChoice(tuple(include or ()), tuple(exclude or ())), folder, root)
    return RunSource(folder, choice, single_file_left_out(folder, choice))


def run_counts(plan: IngestPlan, totals: Counts) -> dict[str, int]:
    """Return the counts of a run's `runs` row: its plan's and its batches' (new + changed + unchanged
    + quarantined = seen)."""
    return {
        "files_seen": plan.listed,
        "files_new": totals.new,
        "files_changed": totals.changed,
        "files_unchanged": plan.unchanged + totals.unchanged,
        "files_quarantined": len(totals.quarantined),
        "files_deleted": len(plan.deleted),
        "articles_written": totals.articles,
        "paragraphs_written": totals.paragraphs,
        "themes_written": totals.labels,
    }


def completed_run_row(
    root: str, *, run_id: str, deployment: str, parameters: Mapping[str, object], taxonomy: Taxonomy,
    folder: str, counts: Mapping[str, int], started: datetime, ended: datetime,
) -> str:
    """Stage the `runs` row of a completed run; return its staged file."""
    return run_row(
        root, run_id=run_id, flow_name=FLOW_NAME, deployment=deployment, parameters=json.dumps(dict(parameters)),
        taxonomy_version=taxonomy.version, source=folder, counts=counts, started=started, ended=ended,
        state="COMPLETED",
    )


def compact_if_due(lake: str) -> dict[str, int | None] | None:
    """Compact the lake (sorted files, few of them) once enough unsorted files have gathered.

    Called under the run's writer lock, after its last commit, which left the catalog to this step:
    compaction's commit rebuilds it, and without one (not due, or failed) it is rebuilt here. Returns
    files before and after and the manifest version of its commit, or None when compaction was not due.
    A compaction that fails raises its own error, whether or not the catalog is rebuilt after it: a rebuild
    that failed too (in a `finally`) raised the rebuild's error in its place, and the compaction's was lost.
    """
    try:
        done = compact_lake(lake) if compaction_due(lake) else None
    except BaseException as failed:
        _rebuild_after(lake, failed)
        raise
    refresh_catalog(lake)
    if done is None:
        return None
    return {
        "files_before": sum(done.before.values()), "files_after": sum(done.after.values()),
        "manifest_version": done.manifest_version,  # its own commit, after the run's last
    }


def _rebuild_after(lake: str, failed: BaseException) -> None:
    """Rebuild the catalog after a failed compaction; a rebuild that fails too is logged and noted on `failed`,
    whose error is the one raised."""
    try:
        refresh_catalog(lake)
    except Exception as rebuild:  # noqa: BLE001 - the compaction's error is raised; this one is told beside it
        told = f"the catalog was not rebuilt after the failed compaction either: {type(rebuild).__name__}: {rebuild}"
        _log.warning(told)
        failed.add_note(told)


def ranked_themes(counts: Mapping[str, int], names: Mapping[str, str]) -> list[tuple[str, str, int]]:
    """Return (theme_id, name, labels) most labels first, ties by name: the order `make run`'s query and the
    report give them (in the order they were first counted, a tie could list "society" before "crime")."""
    rows = [(theme_id, names.get(theme_id, theme_id), n) for theme_id, n in counts.items()]
    return sorted(rows, key=lambda row: (-row[2], row[1], row[0]))


def run_summary(
    *, run_id: str, root: str, version: int, taxonomy: Taxonomy, started: datetime, ended: datetime,
    compacted: dict | None, plan: IngestPlan, totals: Counts, counts: Mapping[str, int],
    left_out: list[str], source_left_out: str | None = None, relabelled: dict | None = None,
    field_warnings: list[str] | None = None, glob_warnings: list[str] | None = None,
) -> dict[str, Any]:
    """Return a run's summary: what the CLI prints and the flow returns (and publishes as artifacts)."""
    names = {t.id: t.name for t in taxonomy.themes}
    return {
        "run_id": run_id,
        "lake": root,
        "manifest_version": version,
        "taxonomy_version": taxonomy.version,
        "duration_s": round((ended - started).total_seconds(), 3),
        "compacted": compacted,
        "quarantined": totals.quarantined,
        "still_quarantined": plan.still_quarantined + totals.still_quarantined,
        "relabelled": relabelled,
        "deleted": plan.deleted,
        "left_out": left_out,
        "source_left_out": source_left_out,  # a source of one file that the globs leave out: why
        "bad_records": totals.bad_records,
        "records_deleted": totals.records_deleted + plan.deleted_articles,  # articles: no bad records
        "not_labelled": totals.not_labelled,
        "mappings": totals.mappings,
        "field_warnings": field_warnings or [],  # --field pairs no records file read had the field of
        "glob_warnings": glob_warnings or [],  # --include/--exclude globs that matched no file
        "unfinished": totals.unfinished,  # records files caught while being written: read in part (source, detail)
        "gzip_trailing": totals.trailing,  # gzip files with bytes after their stream, left out (source, detail)
        "themes": ranked_themes(totals.theme_counts, names),
        **counts,
        # Not columns of `runs`: the tables themselves count them.
        "places_written": totals.places,
        "amounts_written": totals.amounts,
    }
