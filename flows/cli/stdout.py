"""`-o -` and `-o /dev/stdout`: a command's file written into its own standard output (report, learn).

As `query --sql-file -` reads standard input (a file named - is ./-). Both names are this process's
standard output, written into: /dev/stdout opened by name is whatever stdout was redirected to, and
a file there (`>> log.html`) would be replaced by a temporary renamed over it (or truncated).
"""

from __future__ import annotations

import os
import sys

from flows.cli.app import fail

# `-o` names that mean this process's standard output.
STDOUT = ("-", "/dev/stdout")


def write_stdout(data: bytes, what: str) -> None:
    """Write bytes (`what`: "the report") to standard output, whole and flushed; a reader that went away is one line."""
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:  # `report -o - | head`: nothing more can be written, nor flushed at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        fail(f"cannot write {what} to standard output: its reader closed it (broken pipe)")
