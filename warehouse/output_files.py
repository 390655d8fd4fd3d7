"""Write the files a user names (`report -o`, `learn -o`): whole or not at all, and where the name leads.

A regular file (new or existing) is written to a temporary beside it and renamed over it, so no
reader sees half a file; an existing file keeps its permissions. A symbolic link is written through:
its target is replaced, the link stays. A name that is not a regular file (`/dev/null`, `/dev/stdout`,
a named pipe) is written into as it is, never renamed over (as root, that would delete a device).
A name of one of this process's own descriptors (`/dev/stdout`, `/dev/stderr`, `/dev/fd/3`,
`/proc/self/fd/3`) is written into that descriptor, whatever it leads to: neither renamed over (`2>> log`
would lose what log held) nor opened again by name (which would truncate it).
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Sequence
from pathlib import Path


class OutputError(ValueError):
    """A file cannot be written where asked: `path` as the user gave it and `reason`."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


FOLDER = "is a folder"
_STANDARD = {"/dev/stdin": 0, "/dev/stdout": 1, "/dev/stderr": 2}


def own_descriptor(name: str | os.PathLike[str]) -> int | None:
    """Return the descriptor of this process a name opens again (`/dev/stderr`, `/dev/fd/3`), or None.

    >>> [own_descriptor(n) for n in ("/dev/stderr", "/dev/fd/3", "/proc/self/fd/1", "/dev/null", "out.toml")]
    [2, 3, 1, None, None]
    """
    text = os.path.normpath(str(name))
    if text in _STANDARD:
        return _STANDARD[text]
    found = re.fullmatch(r"/(?:dev|proc/self)/fd/(\d+)", text)
    return int(found.group(1)) if found else None


def _write_descriptor(fd: int, data: bytes) -> None:
    """Write bytes into an open descriptor, whole, after what Python's own streams on it hold."""
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None and stream.fileno() == fd:
                stream.flush()
        except (OSError, ValueError):  # a stream with no descriptor (captured), or closed
            pass
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def write_files_whole(files: Sequence[tuple[str | os.PathLike[str], bytes]]) -> list[Path]:
    """Write (path, bytes) files, in order; return where each went (links followed).

    Every regular file goes to a temporary beside its target first, and only when all are written
    are they renamed over their targets, one after another: a file that cannot be written (a full
    disk, a missing folder) leaves every target as it was and no temporary behind. Only a rename
    failing between two renames could leave the first file new and the second old. Devices and
    pipes are written directly, in their turn.
    """
    plan: list[tuple[str, bytes, Path, bool]] = []  # shown, data, target, regular
    for name, data in files:
        shown = str(name)
        if os.name != "nt" and own_descriptor(shown) is not None:
            plan.append((shown, data, Path(shown), False))
            continue
        try:
            mode = os.stat(os.path.expanduser(shown)).st_mode  # follows links
        except FileNotFoundError:
            mode = None
        except OSError as error:
            raise OutputError(shown, error.strerror or str(error)) from None
        if mode is not None and stat.S_ISDIR(mode):
            raise OutputError(shown, FOLDER)
        regular = mode is None or stat.S_ISREG(mode)
        target = Path(os.path.realpath(os.path.expanduser(shown))) if regular else Path(os.path.expanduser(shown))
        plan.append((shown, data, target, regular))
    temporaries: list[Path] = []
    try:
        for shown, data, target, regular in plan:
            if not regular:
                continue
            tmp = target.with_name(f".{target.name}.tmp")
            temporaries.append(tmp)
            try:
                with open(tmp, "wb") as handle:
                    handle.write(data)
                if target.exists():
                    os.chmod(tmp, stat.S_IMODE(os.stat(target).st_mode))
            except OSError as error:
                raise OutputError(shown, error.strerror or str(error)) from None
        renames = iter(temporaries)
        for shown, data, target, regular in plan:
            try:
                if regular:
                    os.replace(next(renames), target)
                elif (fd := own_descriptor(shown)) is not None and os.name != "nt":
                    _write_descriptor(fd, data)
                else:
                    with open(target, "wb") as handle:
                        handle.write(data)
            except OSError as error:
                raise OutputError(shown, error.strerror or str(error)) from None
    finally:
        for tmp in temporaries:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:  # a read-only disk says so even of a file it never made: it made none
                pass
    return [target for _, _, target, _ in plan]
