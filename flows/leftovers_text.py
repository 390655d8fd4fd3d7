"""The line saying what a writer's recovery removed: the files a killed or failed run left in the lake."""

from __future__ import annotations

from logging import Logger, LoggerAdapter
from typing import Any

from flows.counted import counted
from warehouse.lake_lock import Leftovers


def leftovers_line(leftovers: Leftovers) -> str:
    """Return the line saying how many leftover files were removed, and how large they were.

    >>> leftovers_line(Leftovers(3, 2_400_000))
    'removed 3 leftover files (2.4 MB) of a run that was killed or failed: no commit named them'
    >>> leftovers_line(Leftovers(1, 8534))
    'removed 1 leftover file (8,534 bytes) of a run that was killed or failed: no commit named it'
    """
    size = f"{leftovers.bytes / 1e6:.1f} MB" if leftovers.bytes >= 100_000 else f"{leftovers.bytes:,} bytes"
    it = "it" if leftovers.files == 1 else "them"
    return (f"removed {counted(leftovers.files, 'leftover file')} ({size}) of a run that was killed or failed: "
            f"no commit named {it}")


def log_leftovers(logger: Logger | LoggerAdapter[Any], leftovers: Leftovers) -> None:
    """Log the line saying what a flow's recovery removed: `compact`'s words, and `run`'s, `enrich`'s, `relabel`'s."""
    logger.info("%s", leftovers_line(leftovers))
