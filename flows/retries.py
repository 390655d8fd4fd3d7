"""When a task that reads sources or writes the lake is tried again: transient OS errors only."""

from __future__ import annotations

from typing import Any

# Errors that say something about the user's input or setup: trying again cannot fix them.
# (Unreadable article files never raise at all: they go to quarantine.)
PERMANENT_OS_ERRORS = (
    FileNotFoundError,
    PermissionError,
    NotADirectoryError,
    IsADirectoryError,
    FileExistsError,
)

# Delays between attempts, in seconds: a flaky network share or a busy disk gets a few chances.
IO_RETRY_DELAYS = [1, 5, 15]


def is_transient(error: BaseException) -> bool:
    """Return True for an OS error that another attempt might not meet (I/O, timeout, dropped link).

    >>> is_transient(OSError(5, "Input/output error")), is_transient(TimeoutError())
    (True, True)
    >>> is_transient(FileNotFoundError(2, "gone")), is_transient(ValueError("bad taxonomy"))
    (False, False)
    """
    return isinstance(error, OSError) and not isinstance(error, PERMANENT_OS_ERRORS)


def retry_on_transient_os_error(task: Any, task_run: Any, state: Any) -> bool:
    """Prefect `retry_condition_fn`: retry a failed task only when it failed on a transient OS error."""
    try:
        state.result()
    except Exception as error:  # the task's own exception, re-raised by the failed state
        return is_transient(error)
    return False
