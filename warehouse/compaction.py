"""Compaction: rewrite a table's many small committed Parquet files into few large ones, atomically.

Each run commits a file per batch and table, so a lake fed daily gathers thousands of small files
that slow every query. Compaction writes the rows of each table's files, in manifest order and
unchanged, into new files of up to `rows_per_file` rows, then commits one manifest that names the
new files instead of the old ones; only after that swap (and the catalog's) are the old files
deleted. Killed before the swap, the new files are orphans the next writer removes; killed after,
the old ones are. Callers hold the writer lock (warehouse.lake.writer_lock).
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from warehouse.lake import DATA, commit, read_manifest, resolve_lake
from warehouse.schemas import TABLES

# Large enough that a table of a few million paragraphs is a handful of files, small enough that
# one file's row groups stay well under a gigabyte of memory when written.
DEFAULT_ROWS_PER_FILE = 1_000_000


@dataclass
class Compaction:
    """What a compaction did: files before and after, per table, and the files it deleted."""

    before: dict[str, int] = field(default_factory=dict)
    after: dict[str, int] = field(default_factory=dict)
    deleted: list[str] = field(default_factory=list)
    manifest_version: int | None = None


def compact_lake(lake: str | os.PathLike[str], rows_per_file: int = DEFAULT_ROWS_PER_FILE) -> Compaction:
    """Rewrite every table that has more files than its rows need into files of up to `rows_per_file` rows."""
    root = resolve_lake(lake)
    manifest = read_manifest(root)
    result = Compaction()
    staged: dict[str, list[str]] = {}
    replaced: dict[str, list[str]] = {}
    for table in TABLES:
        files = list(manifest.files(table))
        result.before[table] = result.after[table] = len(files)
        rows = sum(pq.ParquetFile(root / f).metadata.num_rows for f in files)
        if len(files) <= max(1, -(-rows // rows_per_file)):  # already as few files as it can be
            continue
        staged[table] = _rewrite(root, table, files, rows_per_file)
        replaced[table] = files
        result.after[table] = len(staged[table])
    if not replaced:
        return result
    result.manifest_version = commit(root, staged, replaced).version
    for files in replaced.values():  # no manifest names them any more
        for relative in files:
            (root / relative).unlink(missing_ok=True)
            result.deleted.append(relative)
    return result


def _rewrite(root: Path, table: str, files: list[str], rows_per_file: int) -> list[str]:
    """Copy the rows of `files`, in order, into new files of up to `rows_per_file` rows each."""
    schema = TABLES[table]
    written: list[str] = []
    writer: pq.ParquetWriter | None = None
    rows_in_file = 0
    tmp: Path | None = None
    for relative in files:
        for batch in pq.ParquetFile(root / relative).iter_batches():
            if writer is None or rows_in_file >= rows_per_file:
                if writer is not None:
                    written.append(_close(writer, tmp, root, table))
                tmp = root / DATA / table / f".compacted-{uuid.uuid4().hex[:12]}.parquet.tmp"
                writer = pq.ParquetWriter(tmp, schema, compression="zstd")
                rows_in_file = 0
            writer.write_batch(batch.cast(schema))
            rows_in_file += batch.num_rows
    if writer is not None:
        written.append(_close(writer, tmp, root, table))
    return written


def _close(writer: pq.ParquetWriter, tmp: Path | None, root: Path, table: str) -> str:
    """Finish a file and give it its final name (still invisible: no manifest names it yet)."""
    assert tmp is not None
    writer.close()
    relative = f"{DATA}/{table}/compacted-{uuid.uuid4().hex[:12]}.parquet"
    os.replace(tmp, root / relative)
    return relative
