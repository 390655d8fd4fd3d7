"""The lake's writer lock and the recovery a writer makes holding it.

One writer at a time: writers hold `.lock` (an OS file lock, `filelock`) for their whole run; the
kernel releases it when the process dies, even by SIGKILL, so a killed run never blocks the next.
Holding the lock, a writer first recovers the lake: it rebuilds the catalog from the manifest when
it is behind (a killed run left it behind its last commits; readers meanwhile read the manifest's
state, see warehouse/catalog.py), then deletes staged files no manifest names (a killed
run's uncommitted batches, and its plan's spool); then it upgrades a lake of an earlier schema
version (warehouse/upgrade.py). Named files are never deleted except by compaction and an
upgrade, after a manifest that no longer names them is in place (warehouse/lake.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from warehouse import storage
from warehouse.lake import ensure_lake, read_manifest
from warehouse.lake_folder import (
    DATA,
    LOCK,
    SCHEMA_FILE,
    LakeError,
    check_lake_path,
    check_remote_lake_folder,
    check_store_writable,
    check_writable,
    make_lake_folder,
    resolve_lake,
    unwritable,
)
from warehouse.schema_version import TABLE_NAMES

if TYPE_CHECKING:
    from filelock import FileLock

# Said once when a writer finds the lake's lock held, before it waits (THEMELAKE_LOCK_TIMEOUT).
WAITING_FOR_LOCK = "waiting for the lake's writer lock (held by another run)..."


class LakeBusyError(LakeError):
    """Another run held the lake's writer lock for longer than this one would wait."""


@contextmanager
def writer_lock(
    lake: str | os.PathLike[str], timeout: float, on_wait: Callable[[], object] | None = None,
    on_recover: Callable[[Leftovers], object] | None = None,
) -> Iterator[Path]:
    """Hold the lake's writer lock (waiting up to `timeout` s), recover the lake, and yield its path.

    `on_wait` is called once, before waiting, when another run holds the lock; `on_recover` with the
    leftovers recovery removed (a killed run's files), when it removed any.
    """
    root = make_lake_folder(lake)
    from filelock import FileLock  # here, not at the top: commands that only read the lake skip it

    lock = FileLock(str(storage.lock_path(root, LOCK)), timeout=timeout)
    _acquire(lock, root, timeout, on_wait)
    try:
        ensure_lake(root)
        leftovers = recover(root)
        if leftovers.files and on_recover is not None:
            on_recover(leftovers)
        from warehouse.upgrade import upgrade_lake  # a lake of an earlier schema version: upgraded once

        upgrade_lake(root)
        yield root
    finally:
        lock.release()


def wait_for_writer_lock(
    lake: str | os.PathLike[str], timeout: float, on_wait: Callable[[], object] | None = None
) -> None:
    """Return once no run holds the lake's writer lock (raise LakeBusyError after `timeout` s).

    For a command that is about to start a run: it waits, saying so, before starting anything.
    """
    root = resolve_lake(lake)
    if storage.is_url(lake):
        check_remote_lake_folder(root, lake)
        check_store_writable(root, lake)
    else:
        check_lake_path(root, lake)
        check_writable(root, lake)
    path = storage.lock_path(root, LOCK)
    if not path.exists():  # never locked: nothing to wait for, and nothing to create yet
        return
    from filelock import FileLock

    lock = FileLock(str(path), timeout=timeout)
    _acquire(lock, root, timeout, on_wait)
    lock.release()


def _acquire(lock: FileLock, root: Path, timeout: float, on_wait: Callable[[], object] | None) -> None:
    from filelock import Timeout

    try:
        lock.acquire(timeout=0)
        return
    except Timeout:
        if on_wait is not None:
            on_wait()
    except OSError as error:  # its lock file cannot be made or opened: a read-only disk, another owner's lake
        raise LakeError(unwritable(root, f"{error.strerror or error} ({lock.lock_file})")) from None
    try:
        lock.acquire(timeout=timeout)
    except Timeout:
        raise LakeBusyError(
            f"lake {root} is being written by another themelake run (it holds {lock.lock_file}); "
            f"waited {timeout:g} s: try again when that run ends, or set THEMELAKE_LOCK_TIMEOUT"
        ) from None


class Leftovers(NamedTuple):
    """The files a writer's recovery deleted: no manifest named them (a killed or failed run's)."""

    files: int = 0
    bytes: int = 0


def recover(root: Path) -> Leftovers:
    """Rebuild the catalog from the manifest, then delete files no manifest names; return how many, how large."""
    from warehouse.catalog import catalog_is_current, write_catalog

    manifest = read_manifest(root)
    # A run rebuilds the catalog only every few seconds: a killed run leaves it behind its last
    # commits. A new lake gets its (empty) catalog before its first commit, so readers never find a
    # manifest alone.
    if not catalog_is_current(root, manifest):
        write_catalog(root, manifest)
    named = {root / f for files in manifest.tables.values() for f in files}
    # Cut-short manifest and catalog writes (and DuckDB's .wal), a killed run's plan spool.
    orphans = list(root.glob(".*.tmp*"))
    for table in TABLE_NAMES:
        for path in (root / DATA / table).iterdir():
            if path not in named and path.name != SCHEMA_FILE:
                orphans.append(path)
    removed = size = 0
    for path in orphans:
        try:
            bytes_ = path.stat().st_size
            path.unlink()
        except FileNotFoundError:  # gone meanwhile: not this recovery's to count
            continue
        removed, size = removed + 1, size + bytes_
    return Leftovers(removed, size)
