"""Which OS errors another attempt might not meet: a writer's task is tried again on those only
(flows/retries.py), and the lake's reads let them through as they are (warehouse/lake.py)."""

from __future__ import annotations

# Errors that say something about the user's input or setup: trying again cannot fix them.
# (Unreadable article files never raise at all: they go to quarantine.)
PERMANENT_OS_ERRORS = (
    FileNotFoundError,
    PermissionError,
    NotADirectoryError,
    IsADirectoryError,
    FileExistsError,
)


def is_transient(error: BaseException) -> bool:
    """Return True for an OS error that another attempt might not meet (I/O, timeout, dropped link).

    >>> is_transient(OSError(5, "Input/output error")), is_transient(TimeoutError())
    (True, True)
    >>> is_transient(FileNotFoundError(2, "gone")), is_transient(ValueError("bad taxonomy"))
    (False, False)
    """
    return isinstance(error, OSError) and not isinstance(error, PERMANENT_OS_ERRORS)
