"""An unchanged re-run of `themelake run`, answered before Prefect starts: list, compare, record.

A scheduled folder is mostly unchanged from one run to the next, and a re-run that finds nothing to
read spent almost all its time on Prefect: importing it (1.2 to 2 s), starting a temporary API when
none is configured (4 to 12 s), creating the flow run. The comparison itself, listing and stat'ing
1,114 files against the lake's committed states, takes a tenth of a second. So `themelake run`
first compares, under the lake's writer lock, and when a run would have nothing to do it records
the run as the flow does (a `runs` row, COMPLETED, with the same counts and parameters; its `workers` the
number asked for: it used none), prints the same summary, and never starts Prefect. Otherwise it lets go
of the lock and the flow runs as ever.

"Nothing to do" is strict: no file to read (new, changed by size or mtime, or quarantined for a
cause outside its bytes, which is tried again; a records file that remembers a mapping other than
the run's `--field`), none deleted, no paragraph of the lake left to label with the taxonomy (the one the lake's
views already show, or one the lake has no paragraph for yet: a new lake, or one whose articles were all deleted),
no article that a killed or failed run wrote left unlabelled by it (warehouse.labels),
and no report asked for; a lake and a source on local disk. An empty folder into a new lake is such a run: it
started Prefect (15 to 19 s) to write a `runs` row and the taxonomy's themes, which are written here too. A
compaction that comes due with the run's `runs` file is done here too, as the flow's `compact-lake` task would
do it. The comparison stops at the end of the first chunk of the listing (10,000 files,
warehouse.ingest_plan's `until_change`) with a change in it: a run whose first change is in its last
chunk lists the folder twice (1.6 s more for 60,000 files on a local disk).

A file only touched (`touch`, a `cp` without -p, a `git checkout`: its size its state's, its mtime moved) is
no file to read when it holds its state's bytes: the comparison goes on past such files, hashes them as the
flow's batch does (warehouse.touched_sources, up to its budget of bytes), and commits their refreshed states
with the `runs` row, the rows the flow would have written for them, so that the next run skips them by size
and mtime. One with other bytes, or touched files past the budget, leave the run to the flow, as before.

Such a run has no flow run in the Prefect UI: its `run_id` is a random UUID of its own (a flow run's
id is one too), its `deployment` is `cli`. Deployment runs (a worker, `themelake serve`,
`prefect deployment run`) call the flow itself, and always go through Prefect.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from flows.counts import Counts
from flows.run_record import compact_if_due, completed_run_row, run_counts, run_source, run_summary
from flows.settings import Settings
from transforms.formats.mapping_text import run_mapping
from warehouse import lake as lakes
from warehouse import lake_lock, storage
from warehouse.ingest_plan import plan_ingest
from warehouse.labels import lake_taxonomy, nothing_to_label
from warehouse.source_state import QUARANTINED, stage_source_states
from warehouse.sources import glob_warnings, iter_sources
from warehouse.tables import theme_rows
from warehouse.taxonomy_files import read_taxonomy
from warehouse.touched_sources import TOUCHED_BYTES, refreshed_states


def answer_unchanged_run(
    parameters: dict[str, Any],
    on_wait: Callable[[], object] | None = None,
    on_work: Callable[[int, bool], object] | None = None,
    on_recover: Callable[[lake_lock.Leftovers], object] | None = None,
) -> dict[str, Any] | None:
    """Record a run of `ingest-articles` with these parameters (the flow's, as the CLI passes them:
    source, lake and taxonomy given) if it has nothing to do; return its summary (as the flow's), or
    None when the flow must run. When it found work, `on_work` is told how many files it found to
    read, and whether it compared the whole listing (else the count is of its first chunk only); `on_recover`
    of a killed run's files the lock's recovery removed."""
    source, lake, taxonomy = parameters["source"], parameters["lake"], parameters["taxonomy"]
    remote = storage.is_url(source) or storage.is_url(lake)
    if parameters.get("report") or remote:
        return None  # a report to write, or object storage: the flow runs
    if not lakes.read_manifest(lake).version and lists_a_file(parameters):
        return None  # a new lake with files to read: the flow makes it (no lake folder is made here for it)
    started = datetime.now(UTC)
    settings = Settings.from_env()
    tax = read_taxonomy(taxonomy)
    left_out: list[str] = []
    with lake_lock.writer_lock(lake, settings.lock_timeout, on_wait=on_wait, on_recover=on_recover) as root_path:
        root = str(root_path)
        current, unfinished = lake_taxonomy(root, tax.version)
        new_lake = not lakes.read_manifest(root).version  # no catalog to ask yet, no paragraph either
        # Paragraphs in a language the taxonomy does not declare are none to label: the flow's relabel leaves them.
        if unfinished or (current != tax.version and not new_lake
                          and not nothing_to_label(root, tax.version, tax.languages)):
            return None  # the run labels the lake with this taxonomy (what a killed run wrote too)
        listed = run_source(source, root, parameters.get("include"), parameters.get("exclude"))
        folder, choice = listed.folder, listed.choice
        entries = iter_sources(source, choice, left_out)
        run_id, totals = str(uuid.uuid4()), Counts()
        with plan_ingest(
            root, entries, folder, parameters["batch_size"], choice=choice, until_change=True,
            max_bytes=settings.max_file_bytes, fields=run_mapping(parameters.get("fields") or []),
            touched_budget=TOUCHED_BYTES,
        ) as plan:
            # Files only touched (same size, mtime moved) are hashed as the flow's batch hashes them; all unchanged,
            # their refreshed states are the only rows the flow would have written for them (flows/batch.py).
            touched = refreshed_states(plan.batches(), settings.max_file_bytes, started) \
                if plan.to_read and plan.to_read == plan.touched and plan.touched_bytes <= TOUCHED_BYTES else []
            if touched is None or len(touched) < plan.to_read or plan.deleted or plan.deleted_records:
                if on_work is not None:
                    on_work(plan.to_read, plan.whole_listing)
                return None
        totals.unchanged = len(touched)
        totals.still_quarantined = sum(change.state.status == QUARANTINED for change in touched)
        counts = run_counts(plan, totals)
        ended = datetime.now(UTC)
        row = completed_run_row(
            root, run_id=run_id, deployment="cli", parameters=parameters, taxonomy=tax, folder=folder,
            counts=counts, started=started, ended=ended,
        )
        # The taxonomy's themes, unless the lake describes them already: as the flow's first commit stages them.
        staged = {"themes": theme_rows(root, tax, run_id), "runs": [row]}
        if touched:  # in the same commit as the run's row: both or neither (nothing half-written)
            staged["sources"] = stage_source_states(root, touched, run_id, ended, "touched")
        version = lakes.commit(root, staged).version
        compacted = compact_if_due(root) if parameters.get("compact", True) else None
    summary = run_summary(
        run_id=run_id, root=root, version=version, taxonomy=tax, started=started, ended=ended, compacted=compacted,
        plan=plan, totals=totals, counts=counts, left_out=left_out, source_left_out=listed.left_out,
        relabelled=None if current in (None, tax.version) else {  # as the flow's: it relabelled no paragraph
            "previous_taxonomy": current, "paragraphs": 0, "labels": 0},
        glob_warnings=glob_warnings(choice, parameters.get("include"), parameters.get("exclude")),  # as the flow's
    )
    return summary | {"without_flow_run": True, "files_touched": len(touched)}  # hashed, their bytes unchanged


def lists_a_file(parameters: dict[str, Any]) -> bool:
    """Return whether the run's source lists at least one file to look at (its first one is enough)."""
    listed = run_source(parameters["source"], str(lakes.resolve_lake(parameters["lake"])),
                        parameters.get("include"), parameters.get("exclude"))
    return next(iter(iter_sources(parameters["source"], listed.choice, [])), None) is not None
