"""A run's taxonomy handed to the batch pool's workers once per worker, not pickled with every batch.

A batch handed to the pool had its taxonomy pickled with it (about 200 KB for the bundled one: a few ms to
pickle in the flow's process, to unpickle in a worker, then to hash and compare as a new object in each of the
worker's caches, the labeller's among them, which find their tables by the taxonomy). The flow's process
pickles a taxonomy once, into a file of a private temporary folder named after the pickle's hash, and a batch
carries only that name (`ShippedTaxonomy`); a worker reads the file for a name it has not loaded last and keeps
that taxonomy for the batches that follow. A taxonomy of other content has another hash: the next batch's
worker loads it at once. The pool's workers run on the flow's machine (a Dask worker runs its batches itself,
given the taxonomy by Dask), so they read the same temporary folder, removed when the flow's process exits.

A flow's process that ends without its exit handlers (SIGTERM: `timeout`, `docker stop`, a cancelled served
run; kill -9; the OOM killer) leaves its folder behind. Each folder's process holds a lock on a file in it for as
long as it lives (an flock, which the kernel drops with the process); the next process to ship a taxonomy removes
the folders whose lock it can take, so that /tmp does not gather a folder per killed run.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import pickle
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # light to import, as flows.batch_workers is: the flow's process needs no labeller
    from transforms.taxonomy import Taxonomy


class ShippedTaxonomy(NamedTuple):
    """A taxonomy pickled once into a file: `key` is the pickle's hash, `path` the file."""

    key: str
    path: str


_lock = threading.Lock()
_folder: Path | None = None
# The flow's side: the last taxonomy shipped (the same object: not pickled again) and its file.
_sent: tuple[Taxonomy, ShippedTaxonomy] | None = None
# A worker's side: the key of the taxonomy it loaded last, and that taxonomy.
_loaded: tuple[str, Taxonomy] | None = None

PREFIX = "themelake-taxonomy-"
LOCK = ".alive"
# A folder with no lock file is another process's, made a moment ago, or one of themelake code without the lock,
# whose run may still be going on (no lock says whether): removed only once it is a week old.
UNLOCKED_STALE_S = 7 * 86400.0
_held: list[IO[bytes]] = []  # this process's lock file: open, so locked, until the process exits


def own_folder() -> Path:
    """Make this process's private folder (0700), locked for as long as the process lives; first remove the
    folders of processes that died without removing theirs."""
    remove_abandoned(Path(tempfile.gettempdir()))
    folder = Path(tempfile.mkdtemp(prefix=PREFIX))
    handle = open(folder / f"{LOCK}.tmp", "wb")  # noqa: SIM115 - kept open (and locked) until the process ends
    locked(handle)  # free, as the file is new
    os.rename(folder / f"{LOCK}.tmp", folder / LOCK)  # named once locked: another process never takes it first
    _held.append(handle)
    atexit.register(shutil.rmtree, folder, True)
    return folder


def locked(handle: IO[bytes]) -> bool:
    """Take an exclusive lock on an open file without waiting; return whether it was taken (never where
    the system has no flock: there a folder left behind stays)."""
    try:
        import fcntl
    except ImportError:
        return False
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # held by a live process
        return False
    return True


def remove_abandoned(temp: Path) -> None:
    """Remove the folders under `temp` of flow processes that are gone: their lock can be taken."""
    now = time.time()
    for folder in temp.glob(f"{PREFIX}*"):
        try:
            with open(folder / LOCK, "rb") as handle:
                if not locked(handle):
                    continue
        except FileNotFoundError:  # being made now, or left by code without the lock
            try:
                if now - folder.stat().st_mtime < UNLOCKED_STALE_S:
                    continue
            except OSError:
                continue
        except OSError:  # another user's (0700), or not a folder
            continue
        shutil.rmtree(folder, ignore_errors=True)


def shipped(taxonomy: Taxonomy) -> ShippedTaxonomy:
    """Return the name of `taxonomy`'s pickle for the pool's workers, written on its first batch."""
    global _sent, _folder
    with _lock:
        if _sent is not None and _sent[0] is taxonomy:
            return _sent[1]
        body = pickle.dumps(taxonomy, protocol=pickle.HIGHEST_PROTOCOL)
        key = hashlib.blake2b(body, digest_size=16).hexdigest()
        if _folder is None:
            _folder = own_folder()  # this user's only (0700)
        path = _folder / f"{key}.pickle"
        if not path.exists():  # the same content shipped before (another object of it): written already
            tmp = path.with_name(f".{path.name}.tmp")
            tmp.write_bytes(body)
            os.replace(tmp, path)  # whole or absent: a worker never reads it half written
        _sent = (taxonomy, ShippedTaxonomy(key, str(path)))
        return _sent[1]


def received(taxonomy: Taxonomy | ShippedTaxonomy) -> Taxonomy:
    """Return the taxonomy a batch was handed: itself, or the shipped one (the one loaded last, when its key)."""
    global _loaded
    if not isinstance(taxonomy, ShippedTaxonomy):
        return taxonomy
    loaded = _loaded
    if loaded is not None and loaded[0] == taxonomy.key:
        return loaded[1]
    body = Path(taxonomy.path).read_bytes()
    if hashlib.blake2b(body, digest_size=16).hexdigest() != taxonomy.key:  # a file named so holds only that
        raise RuntimeError(f"the run's taxonomy file {taxonomy.path} was changed while the run read it")
    value = pickle.loads(body)  # noqa: S301 - written by this run's own flow process, in its private folder
    _loaded = (taxonomy.key, value)
    return value
