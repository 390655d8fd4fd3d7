"""Which tables a compaction would rewrite: files it did not write, more files than the rows need, files too big.

A compaction's own files are known by their names' prefixes (`COMPACTED`, and `SETTLED` for the settled rows of
`SETTLED_TABLES`, whose settling warehouse/compaction.py's docstring tells); a table is due when its files are not
yet as few, as small and as sorted as compaction makes them (`_due`), and a lake when a table gathered `LOOSE_FILES`
files of runs.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path

from warehouse import storage
from warehouse.compaction_size import DEFAULT_ROWS_PER_FILE, recorded_rows_per_file
from warehouse.lake import read_manifest, resolve_lake
from warehouse.lake_folder import LakeWarning
from warehouse.schema_version import TABLE_NAMES

# File name prefixes: compacted files, and those of settled rows (in the tables SETTLED_TABLES).
COMPACTED = "compacted-"
SETTLED = "settled-"
SETTLED_TABLES = ("articles", "sources")
# Files a compaction did not write, in one table, that make compacting worth its time (see
# `compaction_due`): each costs every query a file to open, and its rows are neither sorted nor settled.
LOOSE_FILES = 16


def written_by_compaction(relative: str) -> bool:
    """Return True for a file a compaction wrote.

    >>> written_by_compaction("data/articles/settled-0a1b.parquet"), written_by_compaction("data/runs/r-1.parquet")
    (True, False)
    """
    return Path(relative).name.startswith((COMPACTED, SETTLED))


def is_settled(relative: str) -> bool:
    """Return True for a file of settled rows (warehouse/compaction.py's docstring says what they are)."""
    return Path(relative).name.startswith(SETTLED)


def compaction_due(lake: str | os.PathLike[str], loose_files: int = LOOSE_FILES) -> bool:
    """Return True when a table of the lake holds `loose_files` or more files a compaction did not write.

    A writer that holds the lake's lock can then call `compact_lake` (the ingest flow, after its last
    commit), so that a lake fed in many batches is queried from few sorted files.
    """
    manifest = read_manifest(lake)
    return any(sum(not written_by_compaction(f) for f in manifest.files(t)) >= loose_files for t in TABLE_NAMES)


def compaction_needed(lake: str | os.PathLike[str], rows_per_file: int | None = None) -> bool:
    """Return whether `compact_lake(lake, rows_per_file)` would rewrite a table (not only keep the size given)."""
    root = resolve_lake(lake)
    manifest = read_manifest(root)
    with warnings.catch_warnings():  # a size edited by hand: the compaction itself says it is ignored
        warnings.simplefilter("ignore", LakeWarning)
        size = rows_per_file or recorded_rows_per_file(manifest.settings) or DEFAULT_ROWS_PER_FILE
    return bool(due_tables(root, {table: list(manifest.files(table)) for table in TABLE_NAMES}, size))


def due_tables(root: Path, files: dict[str, list[str]], rows_per_file: int) -> list[str]:
    """Return the tables whose files are not yet as compaction makes them (`_due`), in TABLE_NAMES' order."""
    # Rows from each file's footer, read only where they decide (`_due`): a run's first compaction
    # read 158 footers at N = 50,000 for tables it rewrote whatever their rows.
    due = [
        t for t in TABLE_NAMES
        if _due(files[t], (_rows(root / f) for f in files[t]), rows_per_file, split=t in SETTLED_TABLES)
    ]
    if any(t in due for t in SETTLED_TABLES):  # settled rows are settled against both tables
        due = [t for t in TABLE_NAMES if t in due or t in SETTLED_TABLES]
    return due


def _rows(path: Path) -> int:
    """Return the rows of a committed Parquet file, from its footer (local, or on object storage)."""
    import pyarrow.parquet as pq

    if storage.is_url(path):
        with path.open("rb") as handle:
            return int(pq.ParquetFile(handle).metadata.num_rows)
    return int(pq.ParquetFile(path).metadata.num_rows)


def _due(files: Sequence[str], rows: Iterable[int], rows_per_file: int, split: bool) -> bool:
    """Return True when a table's files (with these rows each, taken only when they decide) are not
    yet as few, as small and as sorted as compaction makes them.

    >>> _due(["data/t/run-1.parquet"], [30], 40, split=False)  # one loose file: already one file
    False
    >>> _due(["data/t/run-1.parquet"], [30], 20, split=False)  # ... but more rows than asked for a file
    True
    >>> _due(["data/t/compacted-a.parquet", "data/t/compacted-b.parquet"], [20, 10], 20, split=False)
    False
    """
    # Several files, one of them loose: rewritten, whatever their rows.
    if len(files) > 1 and not all(written_by_compaction(f) for f in files):
        return True
    counts = list(rows)
    # A file of more rows than `rows_per_file` is split whatever else holds: `compact --rows-per-file N`
    # promises files of at most N rows, and a table of one file (or already compacted) was left whole.
    if any(n > rows_per_file for n in counts):
        return True
    if len(files) <= 1:
        return False
    return len(files) > max(1, -(-sum(counts) // rows_per_file)) + (1 if split else 0)
