"""The `themelake` console script: register every command group on the app, then run it."""

from __future__ import annotations

import atexit
import logging
import os
import sys
import warnings
from importlib import import_module

from flows.cli.app import app
from flows.cli.reader_stops import READER_STOPPED
from flows.cli.stdout import record_inherited_descriptors
from flows.no_pandas import keep_pandas_out

# The command groups, in the order `themelake --help` lists their commands: importing a module
# registers its commands on the app.
COMMAND_GROUPS = ("run", "query", "themes", "enrich", "labels", "learn", "lake", "report", "ops")
for _group in COMMAND_GROUPS:
    import_module(f"flows.cli.{_group}")


def main() -> None:
    """Entry point of the `themelake` console script (and of `python -m flows.cli`)."""
    record_inherited_descriptors()  # before anything opens a file: what `-o /dev/fd/N` may name
    status = [1]  # an exception of ours: Python prints its traceback, the exit status stays 1
    atexit.register(_end_process, status)  # registered first, so it runs last
    keep_pandas_out()  # no command uses it; pyarrow would import it, 0.4 s of every run
    one_line_warnings()
    try:
        app()
    except SystemExit as stop:
        status[0] = _exit_status(stop.code)
        raise
    status[0] = 0


OUR_ROOMS = ("flows", "warehouse", "transforms")  # a warning class defined there is ours to say


def one_line_warnings() -> None:
    """Print a UserWarning of our own classes (warehouse's LakeWarning) as one line, `warning: MESSAGE`,
    as errors are one line.

    Python's own form is two lines, the file and line number of our code, then that line's source
    (`compact` on a lake whose manifest holds a rows_per_file edited by hand). Other warnings (a
    library's) keep Python's form: they are for us, and say where.
    """
    python_format = warnings.formatwarning

    def format_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                       line: str | None = None) -> str:
        if issubclass(category, UserWarning) and category.__module__.split(".")[0] in OUR_ROOMS:
            return f"warning: {message}\n"
        return python_format(message, category, filename, lineno, line)

    warnings.formatwarning = format_warning


def _exit_status(code: object) -> int:
    """Return the process exit status of a SystemExit's code (None: 0; a message: 1, as Python does).

    >>> _exit_status(None), _exit_status(2), _exit_status("bad")
    (0, 2, 1)
    """
    if code is None:
        return 0
    return code if isinstance(code, int) else 1


def _end_process(status: list[int]) -> None:
    """End the process once every other exit handler has run, skipping the interpreter's teardown.

    After a flow ran, tearing down the thousands of modules Prefect, pandas and DuckDB loaded took
    1-1.5 s on a busy 2-core machine, after everything was written and printed. By now Python has
    joined the non-daemon threads and run the other exit handlers (Prefect's log and event workers
    have sent what they held, its temporary API server was stopped); the lake's files are closed by
    then (each write is a `with` block and a rename). What is left to do is flush.
    """
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BrokenPipeError:  # the last of the output was not read (`| head -1`): as cut short earlier
            if stream is sys.stdout and status[0] == 0:
                status[0] = READER_STOPPED
        except (OSError, ValueError):  # nothing more can reach it
            pass
    os._exit(status[0])


if __name__ == "__main__":  # `python -m flows.cli.main`, as `python -m flows.cli`
    main()
