"""Which process ran each batch: a stand-in for flows.batch.ingest_batch that a process pool can pickle.

A test puts `recorded_ingest_batch` in place of `flows.batch.ingest_batch` (monkeypatch) and names a
folder in THEMELAKE_TEST_BATCH_PIDS before the pool starts; each batch, in whatever process runs
it, leaves a file named after that process's pid, then does the real work.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from flows.batch import BatchSummary, ingest_batch

PIDS = "THEMELAKE_TEST_BATCH_PIDS"


def recorded_ingest_batch(*args: object, **kwargs: object) -> BatchSummary:
    """Record this process's pid, then run the real batch."""
    folder = os.environ.get(PIDS)
    if folder:
        Path(folder, f"{os.getpid()}-{uuid.uuid4().hex}").touch()
    return ingest_batch(*args, **kwargs)  # type: ignore[arg-type]


def batch_pids(folder: Path) -> list[int]:
    """Return the pid of the process that ran each recorded batch, and forget them."""
    pids = []
    for path in sorted(folder.iterdir()):
        pids.append(int(path.name.split("-")[0]))
        path.unlink()
    return sorted(pids)
