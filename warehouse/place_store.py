"""The places' tables (the gazetteer, its names' automaton: `transforms/enrichments/place_built.py`) kept made, once
per machine, in themelake's cache folder (`warehouse.cache_folder`), as py3langid's unpacked model is.

Each batch worker made them anew from the shipped tables at its warm-up (about 0.13 CPU s of a second's warm-up,
measured with the cycle collector off); read back from a pickle they cost about a third of that. A copy is named
after a hash of everything that makes them: the places' modules and data files (`transforms/enrichments/place*`,
`geonames*`, its `.tsv` and `.toml` files, the key text of `transforms/matching/search_text.py`) and the versions of
Python, numpy and pyahocorasick. Code or data that changes, or another themelake version, names another copy: none
is ever read for tables it was not made from. A copy is written whole under a temporary name, then renamed (two
workers starting at once each write theirs; the last rename wins, and both are the same tables); one that cannot
be read is made again; where the folder cannot be written, the tables are made in memory, as without a store.

Copies of other code or data that no process has read for a week are removed once this code's copy is written
(`prune`), so that the folder keeps one copy of each table (about 12 MB) per version in use, not one per themelake
version or places edit ever run: a read marks its copy used (its mtime), so two versions in use on one machine (two
checkouts, two Pythons) keep each other's copies instead of each start removing the other's. A process still reading a
removed copy reads it whole (POSIX unlink: the open file lives on until closed); one about to open it finds none
and makes its own. Temporary files are removed only after an hour (another worker may be writing one now).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import time
import uuid
from collections.abc import Callable
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import transforms.enrichments
from warehouse.cache_folder import cache_folder

# What the tables are made from, in transforms/enrichments/ (and search_text.py: how a name's key is written)
SOURCES = ("place*.py", "geonames*.py", "*.tsv", "*.toml")


@lru_cache(maxsize=2)
def tables_hash(folder: Path = Path(transforms.enrichments.__file__).parent) -> str:
    """Return the hash that names the copies of the tables made by the code and data of `folder` (themelake's
    transforms/enrichments/; made once per process: a few milliseconds)."""
    paths = sorted({path for pattern in SOURCES for path in folder.glob(pattern)})
    paths.append(folder.parent / "matching" / "search_text.py")
    digest = hashlib.blake2b(digest_size=16)
    digest.update(repr((sys.version, version("numpy"), version("pyahocorasick"))).encode())
    for path in paths:
        digest.update(f"\0{path.name}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def stored(name: str, build: Callable[[], Any]) -> Any:
    """Return the table `name`: read from this machine's copy, else made by `build` and kept (`place_built.Store`)."""
    try:
        path = cache_folder() / f"places-{name}-{tables_hash()}.pickle"
    except RuntimeError:  # no home folder to find a cache in
        return build()
    try:
        with open(path, "rb") as handle:
            table = pickle.load(handle)  # noqa: S301 - themelake's own copy, in the user's own cache folder
        used(path)
        return table
    except OSError:
        pass  # not made yet, or no folder to read it from
    except Exception:  # noqa: BLE001 - damaged (cut short by a crash): made anew
        path.unlink(missing_ok=True)
    table = build()
    try:
        write(path, table)
    except OSError:
        return table  # no cache to be had here: the table in memory will do
    prune(path.parent, tables_hash())
    return table


# A temporary copy older than this was left by a writer that died: no worker takes an hour to write 12 MB.
STALE_TMP_S = 3600.0
# Another code's copy unread this long belongs to no version in use (a read marks it: `used`).
UNUSED_COPY_S = 7 * 24 * 3600.0


def used(path: Path) -> None:
    """Mark the copy at `path` as read now (its mtime), so that another version's `prune` keeps it."""
    try:
        os.utime(path)
    except OSError:
        pass  # a read-only cache: the copy may go after a week unread, and is then made again


def prune(folder: Path, current: str) -> None:
    """Remove the places' copies in `folder` made by other code or data than `current` names and unread for a
    week, and temporary copies left by a crash; a file that cannot be removed (Windows: open elsewhere) stays for
    the next time."""
    now = time.time()
    for path in folder.glob("*places-*"):
        name = path.name
        stale_tmp = name.startswith(".") and name.endswith(".tmp")
        other = name.startswith("places-") and name.endswith(".pickle") and not name.endswith(f"-{current}.pickle")
        try:
            age = now - path.stat().st_mtime
            if (other and age > UNUSED_COPY_S) or (stale_tmp and age > STALE_TMP_S):
                path.unlink()
        except OSError:
            pass


def write(path: Path, table: object) -> None:
    """Write a table's pickle at `path` whole or not at all (several workers may race: each renames its own)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "wb") as handle:
            pickle.dump(table, handle, protocol=pickle.HIGHEST_PROTOCOL)
            handle.flush()
            os.fsync(handle.fileno())  # the whole file before it gets its name
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
