"""`-o -` and `-o /dev/stdout`: a command's file written into its own standard output (report, learn).

As `query --sql-file -` reads standard input (a file named - is ./-). `-` and every name of
descriptor 1 (/dev/stdout, /dev/fd/1, /proc/self/fd/1, /dev//stdout) are this process's standard
output, written into: /dev/stdout opened by name is whatever stdout was redirected to, and a file
there (`>> log.html`) would be replaced by a temporary renamed over it (or truncated); and with the
file on stdout, what the command says goes to stderr.
"""

from __future__ import annotations

import os
import sys

from flows.cli.app import fail
from warehouse.output_files import own_descriptor


def is_stdout(output: str | None) -> bool:
    """Return True for an `-o` that names this process's standard output: `-` or a name of descriptor 1.

    >>> [is_stdout(n) for n in ("-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1", "/dev//stdout")]
    [True, True, True, True, True]
    >>> [is_stdout(n) for n in (None, "/dev/stderr", "/dev/fd/10", "out.html")]
    [False, False, False, False]
    """
    return output == "-" or (output is not None and own_descriptor(output) == 1)


def write_stdout(data: bytes, what: str) -> None:
    """Write bytes (`what`: "the report") to standard output, whole and flushed; a reader that went away is one line."""
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:  # `report -o - | head`: nothing more can be written, nor flushed at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        fail(f"cannot write {what} to standard output: its reader closed it (broken pipe)")
