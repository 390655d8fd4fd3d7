"""Which Prefect task runner runs the batch tasks: threads on this machine, or a Dask cluster."""

from __future__ import annotations

from typing import Any

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from flows.settings import Settings, unknown_runner


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
