"""The Dask LocalCluster a run starts for itself: its workers end with the run, and start no API server.

`themelake run --runner dask` without `--dask-address` has prefect-dask start a LocalCluster: a
scheduler and nannies in the run's process, and worker processes spawned by them, so each worker's
parent is the run's process. Killed by SIGKILL, the run left behind what its workers had started:
a worker's Prefect settings come from the run (serialized with each task), and with PREFECT_API_URL
unset they name no API, so every worker started a temporary Prefect API server of its own (untied,
a child of the worker), and those servers outlived the run.

So, for a cluster of the run's own (never one at a user's `--dask-address`):
- tasks are sent with PREFECT_API_URL set to the run's temporary API server when one is running in
  the run's process (flows/api_server.py: tied to the run), so workers start no server at all;
- each worker process is tied to the run's process (flows/lifeline.py) by this module, loaded in
  it as a Dask worker preload, so it exits within a second of the run's death. distributed's nanny
  already makes its workers exit when the nanny's process dies (a pipe the child watches); the
  lifeline makes that our promise, checked by tests/flows/test_dask_orphans.py, not an accident
  of distributed's internals. Batch pools a worker starts are tied to that worker in turn.
"""

from __future__ import annotations

import os
from typing import Any

from prefect_dask import DaskTaskRunner

# The run's process id, set by the nanny in each worker's environment.
RUN_PID_ENV = "THEMELAKE_RUN_PID"


class LocalDaskTaskRunner(DaskTaskRunner):  # type: ignore[misc]
    """prefect-dask's runner on a new LocalCluster of worker processes tied to the run."""

    def __init__(self, **kwargs: Any) -> None:
        cluster_kwargs = dict(kwargs.pop("cluster_kwargs", None) or {})
        cluster_kwargs.setdefault("processes", True)
        preload = list(cluster_kwargs.get("preload", []))
        cluster_kwargs["preload"] = preload if __name__ in preload else [*preload, __name__]  # duplicate() too
        cluster_kwargs["env"] = {**cluster_kwargs.get("env", {}), RUN_PID_ENV: str(os.getpid())}
        kwargs.pop("address", None)  # a cluster of the run's own, never one at an address
        super().__init__(cluster_kwargs=cluster_kwargs, **kwargs)

    def submit(self, task: Any, parameters: dict[str, Any], wait_for: Any = None, dependencies: Any = None) -> Any:
        from prefect.settings import PREFECT_API_URL, temporary_settings

        from flows.api_server import temporary_api_url

        url = temporary_api_url()
        if url is None:
            return super().submit(task, parameters, wait_for=wait_for, dependencies=dependencies)
        # The task's serialized settings (what a worker's Prefect client reads) name the run's API.
        with temporary_settings(updates={PREFECT_API_URL: url}):
            return super().submit(task, parameters, wait_for=wait_for, dependencies=dependencies)


def dask_setup(worker: Any) -> None:
    """Dask worker preload: tie this worker process to the run's process (flows/lifeline.py)."""
    from flows.lifeline import tie_to_parent

    run_pid = os.environ.get(RUN_PID_ENV)
    tie_to_parent(int(run_pid) if run_pid else os.getppid())
