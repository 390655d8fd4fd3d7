"""A reader of standard output that stops early (`themelake query ... | head -1`): the command ends quietly.

Its own module, importing no other of the CLI's, so that the app's console (flows/cli/app.py) and the
commands' output (flows/cli/stdout.py) both end this way without importing each other.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

import typer

# A reader that stops reading (`themelake query ... | head -1`) ends the command quietly, with the status
# a shell gives `cat big` there: 128 + SIGPIPE (13). Quietly: `head -1` is the user's choice, not a fault,
# and a traceback or an error line would bury the line asked for. Not 0: the output was cut short,
# which a script with `set -o pipefail` sees as it does for cat.
READER_STOPPED = 141


@contextmanager
def reader_may_stop() -> Iterator[None]:
    """Run the writes of a command's output to standard output, flushed at the end; a reader that
    stops early ends the command quietly (READER_STOPPED)."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        reader_stopped()


def reader_stopped() -> NoReturn:
    """End the command quietly, with status READER_STOPPED: its standard output lost its reader."""
    try:
        # What is still buffered, flushed at exit, would fail again: Python's `Exception ignored ...
        # BrokenPipeError` on stderr. Into /dev/null instead.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):  # no descriptor (a test's captured output: io.UnsupportedOperation)
        pass
    raise typer.Exit(READER_STOPPED)
