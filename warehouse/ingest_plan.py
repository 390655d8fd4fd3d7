"""A run's plan: its listing compared with the lake, chunk by chunk, and the files to read spooled in batches.

The listing arrives in order of path (`warehouse.sources.iter_sources`). Each chunk of it is
compared with the committed states of the same range of paths, read from the lake for that range
alone: a file whose size and mtime match its state is unchanged and never read; a known file of
the range that the chunk lacks is deleted. The files to read go, with their committed state and
the versions the lake has rows for, to a temporary Arrow file, one record batch per batch of the
run, which the run then reads back one batch at a time. So a run holds a chunk of its listing and
a batch, never the whole listing nor every state the lake knows, and still knows its counts, and
how many batches it has, before the first batch starts.

The spool lies in the lake folder (`.plan-*.tmp`), where a killed run's is removed by the next
writer's recovery (warehouse.lake_lock.recover); for a lake on object storage it lies in the local
temporary folder, where the next such run removes it (`remove_dead_spools`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import pyarrow as pa

from transforms.articles import KEYED_FORMATS, record_file
from transforms.formats import format_of
from warehouse import storage
from warehouse.plan_spool import Batch, SpoolWriter, spool_batch, spool_path
from warehouse.source_state import DELETED, QUARANTINED, CommittedSources, SourceState, is_record_state, remapped
from warehouse.sources import RETRIED_REASONS, TOO_LARGE, FileChoice, SourceEntry
from warehouse.sources.substack import holds_post_index, index_of_page, is_index_path

# Listed files compared at once: one range query per table and chunk, a few MB of entries and states.
PLAN_CHUNK = 10_000

class ListingOrderError(ValueError):
    """The listing given to plan_ingest is not in order of path (a bug of the caller)."""


@dataclass
class IngestPlan:
    """A listing compared with the committed state: its counts, the deleted sources, the batches to read."""

    listed: int = 0
    unchanged: int = 0  # by size and mtime: not read
    still_quarantined: int = 0  # of those, files that stay quarantined (for a reason in their bytes)
    to_read: int = 0
    # Of those, files touched: their size is their state's, only their mtime moved (a `touch`, a `cp` without -p),
    # and their state has a content hash to compare theirs with (warehouse.touched_sources).
    touched: int = 0
    touched_bytes: int = 0
    whole_listing: bool = False  # every chunk compared (not stopped by `until_change`)
    batch_count: int = 0
    deleted: list[str] = field(default_factory=list)  # known sources under the folder, no longer listed
    deleted_records: list[str] = field(default_factory=list)  # the records of deleted records files
    deleted_articles: int = 0  # of those, the records that were articles (not bad records)
    # The mapping each deleted records file remembers (those that remember one): its tombstone keeps
    # it, and the file is read with it again if it comes back.
    deleted_fields: dict[str, str] = field(default_factory=dict)
    spool: Path | None = None

    sizes: list[int] | None = None  # set by `spread`: files per batch, else the spool's batches as written

    def spread(self, workers: int) -> None:
        """Re-cut the batches into a multiple of `workers`, as equal as can be (none larger than before).

        With 5,000 files in batches of 2,000 on two workers, one worker would read the last 1,000
        alone; four batches of 1,250 keep both busy to the end.
        """
        if not self.batch_count or workers <= 1:
            return
        count = min(-(-self.batch_count // workers) * workers, self.to_read)
        sizes = [self.to_read // count + (i < self.to_read % count) for i in range(count)]
        if count != self.batch_count or sizes[0] != sizes[-1]:  # else: as written, already equal
            self.sizes, self.batch_count = sizes, count

    def batches(self) -> Iterator[Batch]:
        """Yield the batches to read, in order, one at a time from the spool."""
        if self.spool is None or not self.batch_count:
            return
        with pa.OSFile(str(self.spool)) as handle:
            reader = pa.ipc.open_file(handle)
            written = (reader.get_batch(n) for n in range(reader.num_record_batches))
            if self.sizes is None:
                yield from map(spool_batch, written)
                return
            pending = pa.Table.from_batches([], schema=reader.schema)
            for size in self.sizes:
                while pending.num_rows < size:  # batches as written are as large or larger, but for the last
                    pending = pa.concat_tables([pending, pa.Table.from_batches([next(written)])])
                yield spool_batch(pending.slice(0, size))
                pending = pending.slice(size)

    def close(self) -> None:
        """Delete the spool."""
        if self.spool is not None:
            self.spool.unlink(missing_ok=True)

    def __enter__(self) -> IngestPlan:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def plan_ingest(
    lake: str | os.PathLike[str],
    entries: Iterable[SourceEntry],
    root: str,
    batch_size: int,
    chunk_size: int = PLAN_CHUNK,
    choice: FileChoice | None = None,
    until_change: bool = False,
    max_bytes: int | None = None,
    fields: str | None = None,
    touched_budget: int | None = None,
) -> IngestPlan:
    """Compare a listing of `root`, in order of path, with the lake's committed states; spool what to read.

    `choice`: the run's --include/--exclude globs, which listed the files. A known file they leave
    out is not seen by the run, so not deleted either (a run of `--include 'sport/*'` leaves the
    lake's other articles as they are). Call it holding the writer lock, and close the plan (or
    use it as a context manager) when done.

    `until_change`: stop after the first chunk with a file to read or a file deleted, whose counts
    are then partial: whether a run has anything to do, without listing all of a folder that changed.
    `max_bytes`: the run's file size limit; a file quarantined as too large that it now admits is read
    again (the limit was raised), though its size and mtime did not move.
    `fields`: the run's `--field` mapping (transforms.formats.mapping_text.run_mapping), None when it
    gave none; a records file that remembers another is read again, though its bytes did not move.
    `touched_budget`: with `until_change`, files to read that are all touched (`IngestPlan.touched`), up to this
    many bytes in all, do not stop the comparison: the caller may hash them rather than start a run for them.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    # A single file as the source: the states of its folder are read, but only its own are in scope
    # (the other files of the folder are not deleted by a run that did not list them).
    single = storage.is_file(root)  # a local file, or an object of a store (s3://bucket/news/001.txt)
    sep = "/" if storage.is_url(root) else os.sep
    prefix = (os.path.dirname(root) if single else root).rstrip(sep) + sep

    def in_scope(states: dict[str, SourceState]) -> dict[str, SourceState]:
        # A record's state is not a listed file's: records are compared by the batch that reads their file.
        return {
            k: v for k, v in states.items()
            if not is_record_state(k, v) and (not single or k == root)
            and (choice is None or choice.chooses(k[len(prefix):]))
        }

    plan = IngestPlan(spool=spool_path(lake))
    listing = iter(entries)
    # A Substack export's pages take their title and day from the `posts.csv` beside their folder: an index that
    # changed, appeared or went re-reads the pages it would list, though their bytes did not move
    # (`warehouse.sources.substack`). The set is kept for the whole listing, so it does not matter where chunks end;
    # an index is listed (or, gone, its state compared) before its pages, as "posts.csv" sorts before "posts/"
    # and "posts\\" alike ('.' before either separator), whatever names sort between them.
    moved: set[str] = set()
    after = prefix  # every source under the folder sorts after its prefix
    try:
        with CommittedSources(lake) as committed, SpoolWriter(plan, batch_size) as spool:
            while chunk := list(islice(listing, chunk_size)):
                _check_order(after, chunk)
                through = chunk[-1].path
                states = in_scope(committed.states(prefix, after, through))
                if states:
                    unlisted = _deleted(states, {e.path for e in chunk}, plan.deleted_fields)
                    moved |= _moved_indexes(chunk, states, unlisted, max_bytes, fields)
                    skipped = {e.path for e in chunk if _skipped(e, states.get(e.path), max_bytes, fields)}
                    if moved:  # a page of an index that moved is read again, its own bytes unmoved
                        skipped = {path for path in skipped if index_of_page(path) not in moved}
                    to_read = [e for e in chunk if e.path not in skipped]
                    touched = [e for e in to_read if _touched(e, states.get(e.path), max_bytes, fields)]
                    plan.touched += len(touched)
                    plan.touched_bytes += sum(e.size_bytes or 0 for e in touched)
                    known = any(e.path in states for e in to_read)  # only a known source can have older versions
                    versions = committed.versions(after, through) if known else {}
                    records = {e.path: committed.record_states(e.path) for e in to_read if _records_known(e, states)}
                    plan.still_quarantined += sum(
                        1
                        for e in chunk
                        if (s := states.get(e.path)) is not None and s.status == QUARANTINED and e.path in skipped
                    )
                    plan.deleted += unlisted
                else:  # no file of the range known (a new lake or folder): each is read, none deleted
                    to_read, versions, records = chunk, {}, {}
                    moved |= {e.path for e in chunk if holds_post_index(e.path)}  # new: its known pages may follow
                spool.write(to_read, states, versions, records)
                plan.listed += len(chunk)
                plan.unchanged += len(chunk) - len(to_read)
                plan.to_read += len(to_read)
                after = through
                if until_change and (plan.deleted or plan.to_read and not _within(plan, touched_budget)):
                    return plan
            plan.whole_listing = True
            plan.deleted += _deleted(in_scope(committed.states(prefix, after, None)), set(), plan.deleted_fields)
            gone = [
                (source, state)
                for path in plan.deleted
                if format_of(path) in KEYED_FORMATS  # an alert's stories, an export's documents too
                for source, state in committed.record_states(path).items()
                if state.status != DELETED and record_file(source) == path and is_record_state(source, state)
            ]
            plan.deleted_records = [source for source, _ in gone]
            plan.deleted_articles = sum(state.status != QUARANTINED for _, state in gone)
    except BaseException:
        plan.close()
        raise
    return plan


def _check_order(after: str, chunk: list[SourceEntry]) -> None:
    paths = [e.path for e in chunk]
    # Strictly increasing: sorted (timsort checks a sorted list in one pass of C) and no path twice.
    if paths[0] > after and paths == sorted(paths) and len(set(paths)) == len(paths):
        return
    previous = after
    for entry in chunk:
        if entry.path <= previous:
            raise ListingOrderError(f"listing out of order: {entry.path!r} after {previous!r}")
        previous = entry.path


def _records_known(entry: SourceEntry, states: dict[str, SourceState]) -> bool:
    # a keyed file's (an alert mail's, a text export's): its read drops the stories it no longer lists
    return entry.path in states and format_of(entry.relative_path or entry.path) in KEYED_FORMATS


def _skipped(entry: SourceEntry, state: SourceState | None, max_bytes: int | None, fields: str | None) -> bool:
    """Return whether a listed file is not read: its size and mtime are its state's, and no new mapping
    is given for it."""
    return (
        state is not None
        and _same_metadata(entry, state, max_bytes)
        and not (fields is not None and remapped(state, entry.relative_path or entry.path, fields))
    )


def _within(plan: IngestPlan, touched_budget: int | None) -> bool:
    """Return whether every file the plan reads is touched, all of them within the budget's bytes."""
    return touched_budget is not None and plan.to_read == plan.touched and plan.touched_bytes <= touched_budget


def _touched(entry: SourceEntry, state: SourceState | None, max_bytes: int | None, fields: str | None) -> bool:
    """Return whether a file to read is only touched: its size is its state's, its mtime is not, and its state
    holds the content hash that its bytes, hashed, can show unchanged (as the flow's batch finds them)."""
    # The size must be equal: a file whose size moved has other bytes, hashing it would be wasted. A state
    # without a hash (too large, unreadable, a records file caught while being written) has nothing to compare.
    return (
        state is not None
        and state.content_hash is not None
        and entry.size_bytes is not None
        and entry.size_bytes == state.size_bytes
        and entry.mtime_ns != state.mtime_ns
        and _same_metadata(entry, state._replace(mtime_ns=entry.mtime_ns), max_bytes)
        and not (fields is not None and remapped(state, entry.relative_path or entry.path, fields))
    )


def _same_metadata(entry: SourceEntry, state: SourceState | None, max_bytes: int | None = None) -> bool:
    return (
        state is not None
        and state.status != DELETED
        and state.reason not in RETRIED_REASONS
        and entry.size_bytes is not None
        and (entry.size_bytes, entry.mtime_ns) == (state.size_bytes, state.mtime_ns)
        and not _now_admitted(entry, state, max_bytes)
    )


def _now_admitted(entry: SourceEntry, state: SourceState, max_bytes: int | None) -> bool:
    """Return whether a file quarantined as too large is within the run's limit now (it was raised).
    Not a gzip file: its size on disk says nothing of what it decompresses to."""
    return (
        state.reason == TOO_LARGE
        and max_bytes is not None
        and entry.size_bytes is not None
        and entry.size_bytes <= max_bytes
        and not entry.path.lower().endswith(".gz")
    )


def _moved_indexes(
    chunk: list[SourceEntry], states: dict[str, SourceState], gone: list[str], max_bytes: int | None,
    fields: str | None,
) -> set[str]:
    """Return the Substack indexes of a chunk that changed, appeared or went: their pages are read again.

    A listed one's first line is read (one file of an export, and only when it moved) to tell an index from another
    CSV named so; a gone one's cannot be, and a CSV named so that went reads the pages beside it once.
    """
    listed = {
        e.path for e in chunk
        if is_index_path(e.path) and not _skipped(e, states.get(e.path), max_bytes, fields) and holds_post_index(e.path)
    }
    return listed | {path for path in gone if is_index_path(path)}


def _deleted(states: dict[str, SourceState], listed: set[str], fields: dict[str, str]) -> list[str]:
    """Return the known sources not listed (not yet deleted); note in `fields` the mappings they remember."""
    gone = sorted(source for source, state in states.items() if state.status != DELETED and source not in listed)
    fields.update((source, mapped) for source in gone if (mapped := states[source].fields) is not None)
    return gone
