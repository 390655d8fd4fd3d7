"""Files touched, their bytes the same: hashed as a run's batch hashes them, their states refreshed.

A `touch`, a `cp` without -p, a `git checkout` or an rsync without -t moves a file's mtime and leaves its
bytes. The plan (warehouse.ingest_plan) cannot skip such a file by size and mtime, so a run reads it, finds
its content hash unchanged, and only records its new size and mtime (flows.batch). That much is done here,
with the same reading and the same hash (`read_sources`, `ArticleFile.version`: a gzip file's inflated
bytes, a Substack page with its index's row), so that an unchanged re-run (flows/unchanged_run.py) need not
start Prefect (12 to 18 s of a 45 s run, on a shared 2-core machine) to learn that nothing changed.

The hashing is bounded (TOUCHED_BYTES): a folder that was copied whole is hashed here, but one whose last
file turns out changed is then read again by the run, so the budget is the most this can waste.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from warehouse.plan_spool import Batch
from warehouse.source_state import DELETED, SourceChange
from warehouse.sources import read_sources

# At most this many bytes of touched files are hashed before a run. Measured on a shared 2-core machine, files
# in the page cache: bbc-dev's 1,114 files (2.5 MB) 0.03 s, 30 microseconds a file; one 64 MB file 0.17 to
# 0.23 s. So the budget costs at most a fifth of a second in large files, about 2 s in 65,000 files of 1 KB
# (no count of files is kept apart: the bytes bound both), against the 12 to 18 s a temporary Prefect API takes
# to start before the flow reads them all anyway. Past it the flow runs as before: a large touched folder is
# read by the batches once, in parallel, not hashed here first for nothing when one of its files changed.
TOUCHED_BYTES = 64 * 2**20


def refreshed_states(batches: Iterable[Batch], max_bytes: int, now: datetime) -> list[SourceChange] | None:
    """Return each file's committed state with its size and mtime as listed, when every file of the batches
    holds the bytes its state hashed; None at the first that does not (changed, grown over `max_bytes`,
    unreadable, gone): the run then reads them all.

    The batches are a plan's whose files are all touched (`IngestPlan.touched`): known, not deleted, and
    not read again for another `--field` mapping, so the hash is the whole of what the batch would compare.
    """
    changes: list[SourceChange] = []
    for batch in batches:
        for entry in batch.entries:
            # One file at a time: the first with other bytes ends the hashing (its run reads the rest anyway).
            files, failed = read_sources([entry], max_bytes=max_bytes, now=now)
            state = batch.states.get(entry.path)
            if failed or state is None or state.status == DELETED or state.content_hash != files[0].version:
                return None
            listed = state._replace(size_bytes=entry.size_bytes, mtime_ns=entry.mtime_ns)
            changes.append(SourceChange(entry.path, listed))
    return changes
