"""A run's spool: the files it will read, with their committed states, in a temporary Arrow file.

`warehouse.ingest_plan` writes it one record batch per batch of the run (`SpoolWriter`) and reads it
back a batch at a time (`spool_batch`). A local lake's spool lies in the lake folder, where the next
writer's recovery removes a killed run's; a lake on object storage has its spool in the local
temporary folder, named by its run's process (`spool_path`, `remove_dead_spools`).
"""

from __future__ import annotations

import os
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from transforms.articles import record_file
from warehouse import storage
from warehouse.lake import resolve_lake
from warehouse.source_state import SourceState
from warehouse.sources import SourceEntry

if TYPE_CHECKING:
    from warehouse.ingest_plan import IngestPlan

# The spool's rows: a file to read, its committed state (status NULL: none) and the lake's versions of it.
SPOOL_SCHEMA = pa.schema(
    [
        ("path", pa.string()),
        ("root", pa.string()),
        ("relative_path", pa.string()),
        ("size_bytes", pa.int64()),
        ("mtime_ns", pa.int64()),
        ("status", pa.string()),
        ("content_hash", pa.string()),
        ("reason", pa.string()),
        ("state_size_bytes", pa.int64()),
        ("state_mtime_ns", pa.int64()),
        ("fields", pa.string()),  # the mapping a records file remembers
        ("versions", pa.list_(pa.string())),  # "<article_id> <content_hash>"
        # A records file's records: their committed states (warehouse.source_state.RECORDS).
        (
            "records",
            pa.list_(
                pa.struct(
                    [("source", pa.string()), ("status", pa.string()), ("content_hash", pa.string()),
                     ("reason", pa.string())]
                )
            ),
        ),
    ]
)



@dataclass
class Batch:
    """Files to read together, with what the lake holds for them: `flows.batch.ingest_batch`'s inputs."""

    entries: list[SourceEntry]
    states: dict[str, SourceState]  # the committed state of each known source of the batch, and of their records
    versions: set[tuple[str, str]]  # (article_id, content_hash) the lake has rows for, of these articles


def spool_path(lake: str | os.PathLike[str]) -> Path:
    root = resolve_lake(lake)
    if not storage.is_url(root):
        return Path(root) / f".plan-{uuid.uuid4().hex[:12]}.arrow.tmp"
    # A lake on object storage: the spool lies in the local temporary folder, named by its run's
    # process, and a run removes the spools of processes that have ended (killed runs': no lake
    # recovery reaches them there; each was left behind, as large as its listing).
    local = Path(tempfile.gettempdir())
    remove_dead_spools(local)
    return local / f".themelake-plan-{os.getpid()}-{uuid.uuid4().hex[:12]}.arrow.tmp"


def remove_dead_spools(folder: Path) -> list[Path]:
    """Remove the spools in `folder` of runs whose process has ended on this machine; return them."""
    removed = []
    for path in folder.glob(".themelake-plan-*-*.arrow.tmp"):
        pid = path.name.split("-")[2]
        if pid.isdigit() and not _running(int(pid)):
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass  # removed by another run at once, or not ours to remove
    return removed


def _running(pid: int) -> bool:
    """Return whether a process of this machine has the id (one of another user's is running too)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def spool_batch(rows: pa.RecordBatch | pa.Table) -> Batch:
    """Return a batch of the spool's rows as a run reads it: entries, committed states, versions."""
    # Only the columns that hold something are converted: a new lake's files have no state, versions
    # or records (a column of nulls or empty lists converts to nothing).
    columns = {
        name: rows.column(name).to_pylist() if _holds(rows.column(name)) else [None] * rows.num_rows
        for name in rows.schema.names
    }
    entries = [
        SourceEntry(*row)
        for row in zip(*(columns[c] for c in ("path", "root", "relative_path", "size_bytes", "mtime_ns")), strict=True)
    ]
    known = ("path", "status", "content_hash", "reason", "state_size_bytes", "state_mtime_ns", "fields")
    states = {
        path: SourceState(status, content_hash, reason, size, mtime, fields)
        for path, status, content_hash, reason, size, mtime, fields in zip(*(columns[c] for c in known), strict=True)
        if status is not None
    }
    versions = {tuple(pair.split(" ", 1)) for pairs in columns["versions"] for pair in pairs or ()}
    for records in columns["records"]:
        for r in records or ():
            states[r["source"]] = SourceState(r["status"], r["content_hash"], r["reason"])
    return Batch(entries, states, versions)  # type: ignore[arg-type]


def _holds(column: pa.Array | pa.ChunkedArray) -> bool:
    """Return whether a spool column holds a value: not only nulls, nor only empty lists."""
    if column.null_count == len(column):
        return False
    if pa.types.is_list(column.type):
        import pyarrow.compute as pc

        return bool(pc.sum(pc.list_value_length(column)).as_py())
    return True


class SpoolWriter:
    """Write a plan's files to read to its spool, `batch_size` rows per record batch."""

    def __init__(self, plan: IngestPlan, batch_size: int) -> None:
        self._plan = plan
        self._batch_size = batch_size
        self._rows: dict[str, list] = {name: [] for name in SPOOL_SCHEMA.names}
        self._writer: pa.ipc.RecordBatchFileWriter | None = None

    def write(
        self,
        entries: list[SourceEntry],
        states: dict[str, SourceState],
        versions: dict[str, set[tuple[str, str]]],
        records: dict[str, dict[str, SourceState]],
    ) -> None:
        n = len(entries)
        known = [states.get(e.path) for e in entries] if states else [None] * n
        columns: dict[str, list] = {
            "path": [e.path for e in entries],
            "root": [e.root for e in entries],
            "relative_path": [e.relative_path for e in entries],
            "size_bytes": [e.size_bytes for e in entries],
            "mtime_ns": [e.mtime_ns for e in entries],
            "status": [s.status if s else None for s in known],
            "content_hash": [s.content_hash if s else None for s in known],
            "reason": [s.reason if s else None for s in known],
            "state_size_bytes": [s.size_bytes if s else None for s in known],
            "state_mtime_ns": [s.mtime_ns if s else None for s in known],
            "fields": [s.fields if s else None for s in known],
            # A new lake's files have no versions nor records: one shared empty list each, not one a file.
            "versions": [
                sorted(f"{aid} {v}" for aid, v in versions.get(e.path, ())) for e in entries
            ] if versions else [[]] * n,
            "records": [
                [
                    {"source": src, "status": st.status, "content_hash": st.content_hash, "reason": st.reason}
                    for src, st in records.get(e.path, {}).items()
                    if record_file(src) == e.path
                ]
                for e in entries
            ] if records else [[]] * n,
        }
        for name, values in columns.items():
            self._rows[name].extend(values)
        while len(self._rows["path"]) >= self._batch_size:
            self._flush(self._batch_size)

    def _flush(self, rows: int) -> None:
        if not rows:
            return
        if self._writer is None:
            assert self._plan.spool is not None
            options = pa.ipc.IpcWriteOptions(compression="zstd")
            self._writer = pa.ipc.new_file(str(self._plan.spool), SPOOL_SCHEMA, options=options)
        batch = {name: values[:rows] for name, values in self._rows.items()}
        self._writer.write_batch(pa.RecordBatch.from_pydict(batch, schema=SPOOL_SCHEMA))
        self._plan.batch_count += 1
        for values in self._rows.values():
            del values[:rows]

    def __enter__(self) -> SpoolWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self._flush(len(self._rows["path"]))
        if self._writer is not None:
            self._writer.close()
