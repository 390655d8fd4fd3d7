"""Which Prefect task runner runs the batch tasks: threads on this machine, or a Dask cluster."""

from __future__ import annotations

from typing import Any, TypeVar

from prefect.context import FlowRunContext
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from flows.settings import Settings, unknown_runner

T = TypeVar("T")


def on_dask() -> bool:
    """Return True when this flow run's tasks run on a Dask cluster."""
    context = FlowRunContext.get()
    # By class name, not isinstance: prefect-dask is an extra. A subclass counts (flows/dask_local.py).
    return context is not None and any(c.__name__ == "DaskTaskRunner" for c in type(context.task_runner).__mro__)


def as_is(value: T) -> Any:
    """Return a task argument that Prefect should not walk through (big lists of entries, a taxonomy)."""
    # Dask rebuilds Prefect's `quote` (a namedtuple) wrongly, and walks arguments itself anyway.
    return value if on_dask() else quote(value)


class RunnerError(ValueError):
    """The task runner asked for cannot be used; the message says what to install or set."""


def make_task_runner(settings: Settings) -> TaskRunner[Any]:
    """Return the task runner the settings ask for (THEMELAKE_RUNNER, THEMELAKE_DASK_ADDRESS)."""
    return task_runner(settings.runner, settings.dask_address)


def task_runner(runner: str = "local", dask_address: str | None = None) -> TaskRunner[Any]:
    """Return a thread pool runner ("local"), or a DaskTaskRunner on a cluster or a new LocalCluster."""
    if runner == "local":
        # Batch tasks wait on the process pool (flows/batch_pool.py): threads are enough to keep it fed.
        return ThreadPoolTaskRunner()
    if runner != "dask":
        raise RunnerError(unknown_runner(runner))
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError:
        raise RunnerError("the dask runner needs prefect-dask: pip install 'themelake[dask]'") from None
    if dask_address:  # the user's cluster: left as it is
        return DaskTaskRunner(address=dask_address)
    from flows.dask_local import LocalDaskTaskRunner  # workers tied to the run (flows/dask_local.py)

    return LocalDaskTaskRunner(cluster_kwargs={"processes": True})
