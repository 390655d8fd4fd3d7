"""`-o -` and `-o /dev/stdout`: a command's file written into its own standard output (report, learn); a
reader that stops early (`| head -1`) ends it as any output's does (flows/cli/reader_stops.py).

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
from flows.cli.reader_stops import reader_stopped
from warehouse.output_files import own_descriptor


def is_stdout(output: str | None) -> bool:
    """Return True for an `-o` that names this process's standard output: `-` or a name of descriptor 1.

    >>> [is_stdout(n) for n in ("-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1", "/dev//stdout")]
    [True, True, True, True, True]
    >>> [is_stdout(n) for n in (None, "/dev/stderr", "/dev/fd/10", "out.html")]
    [False, False, False, False]
    """
    return output == "-" or (output is not None and own_descriptor(output) == 1)


# The descriptors this process was given when it started (`9> log`), recorded by flows/cli/main.py
# before anything is opened: `-o /dev/fd/N` may name only those. Any other N is the program's own
# (Prefect's event loop, a socket to its API, DuckDB's files) or none: writing the page there sent it
# into an internal socket.
_INHERITED: frozenset[int] | None = None


def record_inherited_descriptors() -> None:
    """Record which descriptors are open now: call it first thing, before anything opens a file."""
    global _INHERITED
    _INHERITED = _open_descriptors()


def _open_descriptors() -> frozenset[int]:
    """Return the descriptors open in this process (the listing's own is closed by the time it is asked)."""
    try:
        names = [int(name) for name in os.listdir("/proc/self/fd")]
    except (OSError, ValueError):  # no /proc (macOS): ask the first descriptors, where a shell puts them
        names = list(range(256))
    open_now = set()
    for fd in names:
        try:
            os.fstat(fd)
        except OSError:
            continue
        open_now.add(fd)
    return frozenset(open_now)


def check_descriptor(output: str | None) -> None:
    """Stop, in one line, when `-o` names a descriptor (/dev/fd/N) this process was not given when it started."""
    fd = None if output is None or os.name == "nt" else own_descriptor(output)
    if fd is None:
        return
    if _INHERITED is None:  # the commands called in-process (tests), not through main()
        record_inherited_descriptors()
    if fd not in (_INHERITED or ()):
        fail(f"-o {output}: descriptor {fd} was not open when the command started (open it in the shell, "
             f"as `{fd}> file`, or name a file)")


def write_stdout(data: bytes, what: str) -> None:
    """Write bytes (`what`: "the report") to standard output, whole and flushed; a full disk is one
    line, a reader that stops early (`report -o - | head`) ends the command quietly, as for any output."""
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        reader_stopped()
    except OSError as error:
        # Nothing more can be written there, nor flushed at exit (what the buffer holds would fail again).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        fail(f"cannot write {what} to standard output: {error.strerror or error}")  # `> /dev/full`: no space left
