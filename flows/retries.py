"""When a task that reads sources or writes the lake is tried again: transient OS errors only."""

from __future__ import annotations

from typing import Any

from warehouse.os_errors import is_transient

# Delays between attempts, in seconds: a flaky network share or a busy disk gets a few chances.
IO_RETRY_DELAYS = [1, 5, 15]


def retry_on_transient_os_error(task: Any, task_run: Any, state: Any) -> bool:
    """Prefect `retry_condition_fn`: retry a failed task only when it failed on a transient OS error."""
    try:
        state.result()
    except Exception as error:  # the task's own exception, re-raised by the failed state
        return is_transient(error)
    return False
