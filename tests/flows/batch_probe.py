"""Which process ran each batch: a stand-in for flows.batch.ingest_batch that a process pool can pickle.

A test puts `recorded_ingest_batch` in place of `flows.batch_workers.ingest_batch` (monkeypatch) and names a
folder in THEMELAKE_TEST_BATCH_PIDS before the pool starts; each batch, in whatever process runs
it, does the real work, then leaves a file named after that process's pid (and whether pandas was
loaded there).
"""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

from flows.batch import ingest_batch
from flows.counts import BatchSummary

PIDS = "THEMELAKE_TEST_BATCH_PIDS"


def recorded_ingest_batch(*args: object, **kwargs: object) -> BatchSummary:
    """Run the real batch, then record this process's pid and whether pandas is loaded in it."""
    summary = ingest_batch(*args, **kwargs)  # type: ignore[arg-type]
    folder = os.environ.get(PIDS)
    if folder:
        Path(folder, f"{os.getpid()}-{int('pandas' in sys.modules)}-{uuid.uuid4().hex}").touch()
    return summary


def batches_with_pandas(folder: Path) -> int:
    """Return how many of the recorded batches ran in a process that had pandas loaded after it."""
    return sum(path.name.split("-")[1] == "1" for path in folder.iterdir())


def batch_pids(folder: Path) -> list[int]:
    """Return the pid of the process that ran each recorded batch, and forget them."""
    pids = []
    for path in sorted(folder.iterdir()):
        pids.append(int(path.name.split("-")[0]))
        path.unlink()
    return sorted(pids)
