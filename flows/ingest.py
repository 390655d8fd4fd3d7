"""The `ingest-articles` flow: list a folder, compare it with the lake, process what changed in batches.

One task per batch of files (hundreds), never per file or paragraph: only paths and small
summaries cross task boundaries, the bytes and rows stay inside the batch task. The listing streams
through the plan (warehouse/ingest_plan.py) and the batches through a few tasks in flight at a time
(flows/batch_stream.py), so the flow process's memory does not grow with the folder. The run holds
the lake's writer lock throughout and commits after each batch, so a killed run keeps its finished
batches and the next run, finding them committed, does only the rest. The `runs` row, the deletion
tombstones and the themes go in with the run's commits (themes first, runs row last).
"""

from __future__ import annotations

import inspect
from datetime import UTC, datetime
from functools import partial
from typing import Any

from prefect import flow, get_run_logger
from prefect.runtime import deployment, flow_run

from flows.api_server import api_unreachable
from flows.artifacts import publish_run_artifacts, visible
from flows.batch_pool import keep_only_pool, shutdown_pools
from flows.batch_stream import stream_batches
from flows.counted import counted
from flows.failed_runs import forget_workers, record_failed_run, remember_workers
from flows.flow_checks import check_count, check_globs, check_not_empty
from flows.flow_parameters import plain_parameters
from flows.heartbeats import skip_heartbeat_join
from flows.ingest_tasks import (
    batch_workers,
    batches_in_flight,
    commit_batch,
    commit_run,
    compact_when_due,
    plan_line,
    process_batch,
    progress_log,
)
from flows.leftovers_text import log_leftovers
from flows.parameter_types import typed_parameters
from flows.parameter_words import in_parameter_words
from flows.relabel import label_lake
from flows.run_lines import log_run_warnings
from flows.run_record import FLOW_NAME, completed_run_row, run_counts, run_source, run_summary
from flows.runners import as_is, make_task_runner
from flows.settings import Settings
from flows.user_errors import fails_in_one_line
from flows.warm_start import warm_flow_start
from transforms.formats.mapping_text import run_mapping
from warehouse import lake_lock
from warehouse.ingest_plan import plan_ingest
from warehouse.labels import lake_taxonomy
from warehouse.plan_spool import Batch
from warehouse.source_state import DELETED, SourceChange, SourceState, stage_source_states
from warehouse.sources import glob_warnings, iter_sources, resolve_source
from warehouse.tables import theme_rows
from warehouse.taxonomy_files import read_taxonomy

# A run started from Python (a served deployment, the benchmark) ends as `themelake run`'s does, without
# waiting up to a second for Prefect's heartbeat thread (flows/heartbeats.py): the benchmark's flow
# spent 0.77 s of one run's wall time (N = 10,000) in that join, its CPU idle.
skip_heartbeat_join()

# Articles to label after the batches, above which the lake's unscored paragraphs are labelled in
# parts, as `themelake relabel` does, instead of in one task (flows.relabel.label_lake): it writes the
# same rows (the query skips paragraphs scored with the taxonomy), with each task's memory bounded.
WHOLE_LAKE_AFTER = 2_000


@plain_parameters
@typed_parameters
@flow(
    name=FLOW_NAME,
    log_prints=False,
    on_failure=[record_failed_run],
    on_crashed=[record_failed_run],  # Ctrl-C: its committed batches' run is named in `runs` too
    on_cancellation=[record_failed_run],  # `prefect flow-run cancel`, the UI's Cancel: as Ctrl-C
    task_runner=make_task_runner(Settings.from_env()),  # THEMELAKE_RUNNER=dask for deployments
)
@fails_in_one_line
def ingest_articles(
    source: str | None = None,
    lake: str | None = None,
    taxonomy: str | None = None,
    batch_size: int | None = None,
    workers: int | None = None,
    compact: bool = True,
    enrich: bool = True,
    fields: list[str] | None = None,
    include: list[str] | None = None,
    exclude: list[str] | None = None,
    report: bool = False,
) -> dict:
    """Ingest a folder of article files into the lake; return the run's summary counts.

    Args:
        source: Folder of article files, or one file (default: THEMELAKE_INBOX, else examples/articles).
        lake: Lake folder (default: THEMELAKE_LAKE, else ./lake).
        taxonomy: Taxonomy TOML file (default: THEMELAKE_TAXONOMY, else the bundled IPTC taxonomy).
        batch_size: Files per batch task (default: THEMELAKE_BATCH_SIZE, else 2,000).
        workers: Processes per batch task (default: THEMELAKE_WORKERS, else one per core; one on a Dask cluster).
        compact: Compact the lake after the run when enough unsorted files have gathered
            (warehouse.compaction_due.compaction_due), so that queries stay fast.
        enrich: Find places, amounts and tone in the paragraphs (`themelake enrich` does it later).
        fields: Records files' field mappings, as NAME=FIELD (e.g. ["text=body", "published_at=date"]),
            applied to the files that have FIELD;
            over the pairs each file applied before; each records file remembers what was asked and
            what it applied, and a run without them reads it with the applied pairs; a new mapping
            reads the records files again; ["auto"]: the common names.
        include: Globs of the files to read (relative path or name); when given, only those.
        exclude: Globs of files not to read at all (not seen, not counted).
        report: Write the lake's report page at the end (the `report-lake` flow: lake/reports/), and
            link it from the run's summary.
    """
    started = datetime.now(UTC)
    settings = Settings.from_env()
    for name, value in (("source", source), ("lake", lake), ("taxonomy", taxonomy)):
        check_not_empty(name, value)  # "" from `--param lake=$UNSET`: not the worker's default in silence
    if batch_size is not None:
        check_count("batch_size", batch_size)
    if workers is not None:
        check_count("workers", workers)
    check_globs("include", include)
    check_globs("exclude", exclude)
    source, lake, taxonomy = source or settings.inbox, lake or settings.lake, taxonomy or settings.taxonomy
    # A deployment's run reads THEMELAKE_BATCH_SIZE where it runs, as `themelake run` does (its 2,000 ignored it).
    batch_size = batch_size or settings.batch_size
    resolve_source(source)  # a missing folder fails the run here, before any task runs
    logger = get_run_logger()
    run_id = str(flow_run.id or f"local-{started:%Y%m%dT%H%M%S}")
    # Asked of the API now: at the run's end it may be gone (its last commit then still made).
    deployment_name = deployment.name or "cli"
    # A deployment's run names its parameters where the CLI's words name options ("`include`", not "`--include`").
    named = frozenset(inspect.signature(ingest_articles).parameters) if deployment.id else frozenset()
    tax = read_taxonomy(taxonomy)
    given = run_mapping(fields or [])  # before the lock: a bad --field changes nothing
    left_out: list[str] = []
    waiting = partial(logger.warning, lake_lock.WAITING_FOR_LOCK)  # said once, before waiting
    removed = partial(log_leftovers, logger)  # a killed run's files, said once (the CLI's look said any it found)
    with lake_lock.writer_lock(lake, settings.lock_timeout, on_wait=waiting, on_recover=removed) as root_path:
        root = str(root_path)
        # Its workers load what a batch needs while the folder is listed and planned (flows/warm_start.py).
        warm_flow_start(
            {"source": source, "lake": root, "taxonomy": taxonomy, "enrich": enrich, "include": include,
             "exclude": exclude}, workers,
        )
        listed = run_source(source, root, include, exclude)
        folder, choice, source_left_out = listed.folder, listed.choice, listed.left_out
        if source_left_out:  # the run goes on, as over a folder whose every file is left out
            logger.warning("%s", visible(source_left_out))
        # The lake's taxonomy, and the articles a killed or failed run committed, maybe labelled with
        # another --taxonomy: labelled below.
        previous_taxonomy, unfinished = lake_taxonomy(root, tax.version)
        entries = iter_sources(source, choice, left_out)
        with plan_ingest(
            root, entries, folder, batch_size, choice=choice, max_bytes=settings.max_file_bytes, fields=given
        ) as plan:
            pool = batch_workers(workers, plan.to_read)
            remember_workers(run_id, pool)  # for its row, should the run fail or crash from here on
            keep_only_pool(pool)  # a pool `themelake run` started for another count ends (flows/warm_start.py)
            in_flight = batches_in_flight(pool)
            plan.spread(in_flight // 2)  # batches in a multiple of the workers: none idles at the end
            logger.info("%s; taxonomy %s (%s)", plan_line(plan), tax.name, tax.version)
            unmatched = glob_warnings(choice, include, exclude)  # the run goes on with the other globs
            for warning in unmatched:
                logger.warning("%s", visible(in_parameter_words(warning, named)))

            def submit(n: int, batch: Batch) -> Any:
                return process_batch.submit(
                    as_is(batch.entries), as_is(batch.states), as_is(batch.versions), as_is(tax),
                    root, run_id, n, settings.max_file_bytes, pool, given, enrich,
                )

            totals = stream_batches(
                plan.batches(),
                submit,
                lambda staged, catalog: commit_batch(root, staged, catalog),
                in_flight,
                first={"themes": theme_rows(root, tax, run_id)},
                progress=progress_log(logger, plan.batch_count),
            )
        pending = totals.uncommitted
        relabelled = None
        changed_taxonomy = bool(previous_taxonomy and previous_taxonomy != tax.version)
        if changed_taxonomy or totals.reused or unfinished:
            # The views show one taxonomy version, this one from now on: label older articles with it
            # too; or only the rows of the articles back to an earlier content, which another taxonomy
            # may have labelled, and of the articles an unfinished run wrote.
            to_label = sorted(set(totals.reused) | set(unfinished))
            whole_lake = changed_taxonomy or len(to_label) > WHOLE_LAKE_AFTER
            labelled = label_lake(root, tax, run_id, articles=None if whole_lake else to_label)
            pending.setdefault("paragraph_themes", []).extend(labelled.files)
            totals.labels += labelled.labels  # the run wrote them: they count in themes_written
            totals.theme_counts.update(labelled.theme_counts)
            if changed_taxonomy:
                relabelled = labelled
            elif labelled.paragraphs:
                reused, cut_short = counted(len(totals.reused), "article"), counted(len(unfinished), "article")
                whose = [f"{reused} back to an earlier content"] if totals.reused else []
                whose += [f"{cut_short} a run that did not complete wrote"] if unfinished else []
                logger.info(
                    "labelled %s with this taxonomy, of %s",
                    counted(labelled.paragraphs, "paragraph"), " and ".join(whose),
                )
        counts = run_counts(plan, totals)
        ended = datetime.now(UTC)
        # A records file's tombstone keeps its mapping: if it comes back, it is read with it again.
        tombstones = [
            SourceChange(s, SourceState(DELETED, fields=plan.deleted_fields.get(s)))
            for s in plan.deleted + plan.deleted_records
        ]
        pending.setdefault("sources", []).extend(
            stage_source_states(root, tombstones, run_id, ended, f"{run_id[:8]}-deleted")
        )
        parameters = {
            "source": source, "lake": lake, "taxonomy": taxonomy, "batch_size": batch_size, "compact": compact,
            "enrich": enrich, "fields": fields, "include": include, "exclude": exclude, "report": report,
            # the processes its batches used: asked for, THEMELAKE_WORKERS's, or the flow's choice; a run with no
            # file to read used none and records the number asked for, as an unchanged run answered without
            # Prefect does (flows/unchanged_run.py)
            "workers": pool if plan.to_read else workers,
        }
        pending.setdefault("runs", []).append(
            completed_run_row(
                root, run_id=run_id, deployment=deployment_name, parameters=parameters, taxonomy=tax,
                folder=folder, counts=counts, started=started, ended=ended,
            )
        )
        # With compaction to follow, the catalog is rebuilt once, after it (compact_if_due): built here
        # too, it was built twice at the run's end, the first one for a manifest version readers
        # saw for the time compaction took (they read the manifest's state meanwhile).
        version = commit_run(root, pending, catalog=not compact)
        # The batch processes are done: they give their memory back before compaction needs some.
        # They end within milliseconds (flows/batch_pool.py, `_end_without_teardown`), and the run
        # waits for that: when it did not, their 200 to 300 MB each sat beside compaction's first
        # half second, the run's peak (991 MB of process tree at N = 50,000, against 928 MB while batches ran).
        shutdown_pools()
        compacted = compact_when_due(root) if compact else None
    field_warnings = log_run_warnings(logger, plan, totals, given, named, left_out)
    summary = run_summary(
        run_id=run_id, root=root, version=version, taxonomy=tax, started=started, ended=ended, compacted=compacted,
        plan=plan, totals=totals, counts=counts, left_out=left_out, source_left_out=source_left_out,
        field_warnings=field_warnings, glob_warnings=unmatched,
        relabelled=None if relabelled is None else {
            "previous_taxonomy": previous_taxonomy, "paragraphs": relabelled.paragraphs, "labels": relabelled.labels
        },
    )
    if report:
        summary["report"] = report_after_run(root)
    try:
        publish_run_artifacts(summary, named)
    except Exception as error:  # noqa: BLE001 - the UI's copy of the summary: the run's rows are committed
        if not api_unreachable(error):
            raise
        logger.warning("the run's summary was not published to Prefect (its API stopped answering: %s); "
                       "its rows are committed, its `runs` row says what it did", error)
    forget_workers(run_id)
    return summary


def report_after_run(lake: str) -> str | None:
    """Write the lake's report page (a subflow); return its path, or None when it failed.

    The run's data is committed by then: a report that fails is logged, and does not fail the run.
    """
    from flows.report import report_lake

    try:
        return report_lake(lake=lake)
    except Exception:
        get_run_logger().exception("the report could not be written; the run's data is committed")
        return None
