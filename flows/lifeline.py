"""Tie a child process's life to its parent's: a run's helpers end within seconds of the run's death.

A run starts processes of its own: the batch pool's workers (flows/batch_pool.py) and, without
PREFECT_API_URL, a temporary Prefect API server (flows/api_server.py). Killed by SIGKILL (the OOM
killer, a stuck-job reaper), the run's process cannot stop them, and they were reparented to PID 1
and lived on: workers wrote staged files for seconds, then idled; the server ran until found.

Each such child calls `tie_to_parent(pid)` first thing. A daemon thread then checks `os.getppid()`
every WATCH_INTERVAL_S; once the parent is gone it runs the child's `on_orphan` (a server shuts
down gracefully) and exits the process hard, writing nothing more. `orphaned()` says the same at
once, for a check just before a worker stages its files.

Why polling and not Linux's `prctl(PR_SET_PDEATHSIG)` alone: the "parent" of PDEATHSIG is the
*thread* that forked the child, not its process. The batch pool spawns its workers from whichever
Prefect task thread submits first, and Prefect starts its temporary server from whichever thread
first needs an API; such a thread may end while the run goes on, and PDEATHSIG would then kill a
healthy run's workers. `getppid()` names the parent process. The temporary API server, which the
CLI starts from its main thread, sets PDEATHSIG as well (`death_signal_on_linux`): only ever a
faster path to the same end.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Callable

# How often a child checks for its parent: the most a dead run's children outlive it, plus on_orphan.
WATCH_INTERVAL_S = 0.25
# Exit status of a child that exits because its parent died (the BSD sysexits "EX_SOFTWARE" range
# is taken by nothing of ours; any non-zero status would do, this one is easy to grep for).
ORPHAN_EXIT = 75

_parent: int | None = None


def tie_to_parent(parent: int, on_orphan: Callable[[], None] | None = None) -> None:
    """Exit this process soon after process `parent` dies (call it first thing in a child).

    `on_orphan`, when given, runs once the parent is gone (in the watch thread); the process exits
    with ORPHAN_EXIT when it returns, or after its grace time, whichever comes first.
    """
    global _parent
    if _parent is not None:  # already tied (a pool worker's initializer runs once, but be safe)
        return
    _parent = parent
    if os.getppid() != parent:  # the parent died before we got here
        _die(on_orphan)
    threading.Thread(target=_watch, args=(on_orphan,), name="themelake-lifeline", daemon=True).start()


def orphaned() -> bool:
    """True when this process was tied to a parent that is gone (always False in the run's own process)."""
    return _parent is not None and os.getppid() != _parent


def exit_if_orphaned() -> None:
    """Exit at once, writing nothing more, when this process's parent run is gone."""
    if orphaned():
        _die(None)


def _watch(on_orphan: Callable[[], None] | None) -> None:
    while not orphaned():
        time.sleep(WATCH_INTERVAL_S)
    _die(on_orphan)


def _die(on_orphan: Callable[[], None] | None) -> None:
    print(f"themelake: parent process {_parent} is gone; pid {os.getpid()} exits", file=sys.stderr, flush=True)
    if on_orphan is not None:
        try:
            on_orphan()
        except BaseException:  # noqa: B036 - nothing may keep an orphan alive
            pass
    os._exit(ORPHAN_EXIT)


def death_signal_on_linux(sig: int = signal.SIGTERM) -> None:
    """Ask Linux to send `sig` to this process when the thread that started it ends (no-op elsewhere).

    Only for a child started from its parent's main thread (see the module's docstring).
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, int(sig), 0, 0, 0)
    except (OSError, AttributeError):
        pass  # no prctl: the watch thread alone does it
