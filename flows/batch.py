"""One batch of an ingest run, as a plain function: read, compare, parse, label, stage.

Kept free of Prefect so a task, a process pool or a test can call it alike; only paths and
counts leave it, the bytes and rows stay inside. The flow's `process-batch` task and the
benchmark's bare path both run it in the batch pool (flows/batch_pool.py), so what the benchmark calls
orchestration overhead is Prefect and nothing else. Pool workers are spawned processes that
import only transforms and warehouse.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from flows.batch_memory import batch_memory, release_arrow_memory
from flows.batch_records import (
    applied_pairs,
    holds_keyed_articles,
    record_changes,
    records_reading,
    unfinished_state,
    unread_fields,
)
from flows.counts import BatchSummary
from flows.lifeline import exit_if_orphaned
from flows.shipped_taxonomy import ShippedTaxonomy, received
from transforms import language
from transforms.articles import file_format, record_file
from transforms.enrichments.place_built import use_store
from transforms.formats import RECORDS_FORMATS, ReadOptions, format_of
from transforms.formats.mapping_text import AUTOMATIC, remembered_text
from transforms.pipeline import ArticleFile, QuarantineRecord, article_id, build_batch
from transforms.taxonomy import Taxonomy
from warehouse.language_model import model_arrays
from warehouse.place_store import stored
from warehouse.settled import may_be_written
from warehouse.source_state import (
    ARTICLE,
    DELETED,
    QUARANTINED,
    RECORDS,
    SourceChange,
    SourceState,
    remapped,
    stage_source_states,
)
from warehouse.sources import SourceEntry, read_sources
from warehouse.staging import BatchFiles
from warehouse.tables import stage_quarantine, stage_rows

# Every process that runs batches (the flow's, the pool's workers) reads py3langid's model from the
# machine's unpacked copy, memory-mapped: not unpacked again by each worker of each run; and the places'
# tables from the machine's copy (warehouse/place_store.py: 0.06 CPU s to read against 0.22 to make),
# made by the first process of this code that needed them.
language.use_model(model_arrays)
use_store(stored)


# A batch with semantic evidence or enrichments is read, labelled and staged in parts of at most
# PART_FILES files, one after the other, and reported (and so committed) as one. A worker holds one
# part's rows at a time, so a run's peak memory (two workers and the flow's process) follows the
# part, while Prefect still sees one task per batch (a task costs the flow's process: batches of
# 1,000 files took it about 5 CPU s more than batches of 2,000 at N = 50,000). Measured there with
# the defaults, batches of 2,000, alternating: whole batches 1,054 MB (bare path) and 1,136 to
# 1,151 MB (the flow); parts of 1,000 925 and 1,025 MB; parts of 500 854 to 862 and 935 to 937 MB
# (the flow at N = 200,000: 935 MB), for about 3 % more worker CPU (docs/performance.md).
# With today's libraries (pyarrow 26 maps about 50 MB of its own code into each process) a worker
# held 370 to 390 MB in parts of 500 and the flow's tree peaked at 1,083 MB, twice; in parts of 250,
# 330 to 345 MB and 981 to 983 MB, for no CPU one can measure (2,000 bench articles built in parts
# of 500 and of 250 in one process, four alternating rounds: best 0.75 against 0.70 CPU s).
# The parts write one file per table for the batch (warehouse.staging.BatchFiles), a row group per HELD_BYTES.
# A batch labelled with terms alone and not enriched has rows that are a fraction of the memory (the
# run's peak 740 to 800 MB with whole batches): such a batch is done whole.
PART_FILES = 250


def ingest_batch(
    entries: list[SourceEntry],
    states: dict[str, SourceState],
    versions: set[tuple[str, str]],  # only those of the batch's articles
    taxonomy: Taxonomy | ShippedTaxonomy,
    lake: str,
    run_id: str,
    tag: str,
    max_file_bytes: int,
    fields: str | None = None,
    enrichments: bool = True,
) -> BatchSummary:
    """Stage the rows of every file of a batch whose state changed; return what was staged.

    With `enrichments`, the paragraphs' places, amounts and tone are staged too. `fields`: the run's
    `--field` mapping (transforms.formats.mapping_text.run_mapping), None when it gave none: each
    records file is then read with the pairs it remembers applying.

    `states` holds the committed state of the batch's known sources; `versions` the
    (article_id, content_hash) pairs the lake already has rows for, so a file that goes back to an
    earlier content points at those rows again instead of writing them twice. With enrichments or
    semantic evidence the batch is done in parts of PART_FILES files (a records file is one file of
    one part). `taxonomy` may be the name of one shipped once to the pool's workers (flows/shipped_taxonomy.py).
    """
    taxonomy = received(taxonomy)
    summary = BatchSummary()
    size = PART_FILES if enrichments or taxonomy.semantic is not None else max(len(entries), 1)
    # The C heap's free pages are given back once the batch is done, not after each part: the next
    # part reuses them, where pages given back were faulted in again (about 40 ms a part of 500
    # files). Arrow's pool gives back its own after each part (a worker's peak 10 MB lower, for little).
    with batch_memory(), BatchFiles(lake) as staging:  # one file per table for the batch, whatever its parts
        for start in range(0, max(len(entries), 1), size):
            part = entries[start:start + size]
            summary.add_part(_ingest_part(
                part, states, versions, taxonomy, lake, run_id, tag, max_file_bytes, fields, enrichments, staging
            ))
            if start + size < len(entries):
                release_arrow_memory()
        exit_if_orphaned()  # a pool worker whose run was killed puts nothing in place (flows/lifeline.py)
        summary.staged = staging.close()
    return summary


def _ingest_part(
    entries: list[SourceEntry],
    states: dict[str, SourceState],
    versions: set[tuple[str, str]],
    taxonomy: Taxonomy,
    lake: str,
    run_id: str,
    tag: str,
    max_file_bytes: int,
    fields: str | None,
    enrichments: bool,
    staging: BatchFiles,
) -> BatchSummary:
    by_path = {e.path: e for e in entries}
    now = datetime.now(UTC)
    # A records file whose gzip stream is cut off, written to within the hour, is read as far as it inflates.
    files, failed = read_sources(entries, max_bytes=max_file_bytes, now=now)
    summary = BatchSummary(seen=len(entries))
    changes: list[SourceChange] = []
    fresh: list[ArticleFile] = []
    outcome: dict[str, SourceState] = {}

    def meta(source: str) -> dict:
        entry = by_path[source]
        return {"size_bytes": entry.size_bytes, "mtime_ns": entry.mtime_ns}

    for record in failed:
        entry = by_path[record.source]
        records = format_of(entry.relative_path or entry.path) in RECORDS_FORMATS
        mapped = unread_fields(states.get(record.source), fields) if records else None
        outcome[record.source] = SourceState(QUARANTINED, None, record.reason, **meta(record.source), fields=mapped)
    for file in files:
        version = file.version
        previous = states.get(file.source)
        if (
            previous is not None and previous.content_hash == version and previous.status != DELETED
            and not (fields is not None and remapped(previous, file.relative_path or file.source, fields))
        ):
            outcome[file.source] = previous._replace(**meta(file.source))
        elif (article_id(file.source), version) in versions:
            outcome[file.source] = SourceState(ARTICLE, version, None, **meta(file.source))
            summary.reused.add(article_id(file.source))
        else:
            fresh.append(file)
    readings = {
        f.source: records_reading(states.get(f.source), fields) for f in fresh if file_format(f) in RECORDS_FORMATS
    }
    # Each pair applies to a file for the field it has (transforms.formats.records): a run's new
    # `--field` over the pairs the file applied before, which it keeps where it lacks the run's field.
    # Still being written: by its modification time when listed or, later, when read (warehouse.settled).
    modified = {f.source: f.modified_at for f in fresh}
    options = {
        s: ReadOptions(r.fields, where_present=True, kept=r.kept,
                       unfinished=may_be_written(by_path[s].mtime_ns, now, modified[s]))
        for s, r in readings.items()
    }
    rows = build_batch(fresh, taxonomy, run_id, now, known=versions, enrichments=enrichments, file_options=options)
    unfinished = rows.unfinished()
    # A records file that could not be read (too large, unreadable, vanished) is quarantined whole as
    # much as one read and found bad: its records leave the current views too, as a one-article file's
    # article does (they stayed current articles under a quarantined file).
    record_states = record_changes(fresh, states, rows, summary, unread={r.source for r in failed})
    # A records file read again for a new mapping that reads its records as before (or that is
    # quarantined as before): unchanged, though it remembers the new mapping.
    records_changed = {record_file(c.source) for c in record_states}
    bad = {q.source: q for q in rows.quarantined if q.record is None}
    for file in fresh:
        source = file.source
        if file.trailing_data is not None and source not in bad:
            summary.trailing.append((source, file.trailing_data))
        if source in unfinished:
            mapped = remembered_text(readings[source].asked, applied_pairs(rows, source))
            outcome[source] = unfinished_state(
                states.get(source), by_path[source].size_bytes, mapped, source in records_changed
            )
            summary.unfinished.append((source, unfinished[source]))
        elif source in bad:
            q = bad[source]
            mapped = unread_fields(states.get(source), fields) if source in readings else None
            outcome[source] = SourceState(QUARANTINED, q.content_hash, q.reason, **meta(source), fields=mapped)
        elif source in readings:
            # It remembers what was asked, and what its reading applied: what the next run reads it with.
            mapped = remembered_text(readings[source].asked, applied_pairs(rows, source))
            outcome[source] = SourceState(RECORDS, file.version, None, **meta(source), fields=mapped)
        elif holds_keyed_articles(rows.files.get(source)):  # an alert mail, a text export: its stories have rows
            outcome[source] = SourceState(RECORDS, file.version, None, **meta(source))
        else:
            outcome[source] = SourceState(ARTICLE, file.version, None, **meta(source))
    for item in rows.read:  # records back to a content the lake has rows of: pointed at again, as files are
        if item.source != item.file.source and (item.article_id, item.version) in versions:
            previous = states.get(item.source)
            if previous is None or previous.status == DELETED or previous.content_hash != item.version:
                summary.reused.add(item.article_id)
    changes += record_states

    def same(previous: SourceState, state: SourceState, source: str) -> bool:
        return previous.same_outcome(state) or (
            state.status in (RECORDS, QUARANTINED) and source not in records_changed
            and previous._replace(fields=state.fields).same_outcome(state)
        )

    quarantined: list[QuarantineRecord] = []
    details = {q.source: q for q in failed + rows.quarantined}
    for source, state in outcome.items():
        previous = states.get(source)
        if previous is not None and previous.status != DELETED and same(previous, state, source):
            summary.unchanged += 1
            summary.still_quarantined += state.status == QUARANTINED
            if previous != state:  # touched, same bytes: refresh size and mtime so the next run skips it
                changes.append(SourceChange(source, state))
            continue
        changes.append(SourceChange(source, state))
        if state.status == QUARANTINED:
            quarantined.append(details[source])
        elif previous is None or previous.status == DELETED:
            summary.new += 1
        else:
            summary.changed += 1
    newly_bad = {c.source for c in record_states if c.state.status == QUARANTINED}
    quarantined += [q for q in rows.quarantined if q.record is not None and q.source in newly_bad]
    summary.bad_records = [(q.source, q.reason, q.detail) for q in quarantined if q.record is not None]
    exit_if_orphaned()  # a pool worker whose run was killed writes nothing more (flows/lifeline.py)
    stage_rows(lake, rows, tag, staging)
    stage_quarantine(lake, quarantined, run_id, now, tag, staging)
    stage_source_states(lake, changes, run_id, now, tag, staging)
    summary.quarantined = [(q.source, q.reason, q.detail) for q in quarantined if q.record is None]
    summary.not_labelled = rows.not_labelled
    summary.mappings = {source: found.mapping for source, found in rows.files.items() if found.mapping is not None}
    for source, reading in readings.items():
        # A file read with the run's own pairs (asked of it for the first time, or applied before):
        # whether it has their fields. A file read with the pairs it applied instead was checked before.
        names = rows.files[source].names if source in rows.files else None
        if fields not in (None, AUTOMATIC) and reading.asked and reading.fields == reading.asked and names:
            summary.fields_checked += 1
            summary.field_names.update(names)
    summary.articles = len(rows.articles["article_id"])
    summary.paragraphs = len(rows.paragraphs["paragraph_id"])
    summary.labels = len(rows.paragraph_themes["paragraph_id"])
    summary.theme_counts = Counter(rows.paragraph_themes["theme_id"])
    summary.places = len(rows.paragraph_places.get("paragraph_id", ()))
    summary.amounts = len(rows.paragraph_amounts.get("paragraph_id", ()))
    return summary
