from __future__ import annotations

import os

import pytest
from prefect.task_runners import ThreadPoolTaskRunner
from typer.testing import CliRunner

from flows.cli.main import app
from flows.runners import RunnerError, task_runner
from flows.settings import Settings
from tests.conftest import import_extra


def test_runner_setting_is_read_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("THEMELAKE_RUNNER", "dask")
    monkeypatch.setenv("THEMELAKE_DASK_ADDRESS", "tcp://127.0.0.1:8786")
    settings = Settings.from_env()
    assert (settings.runner, settings.dask_address) == ("dask", "tcp://127.0.0.1:8786")


def test_local_runner_is_a_thread_pool_and_dask_runner_keeps_its_address() -> None:
    assert isinstance(task_runner("local"), ThreadPoolTaskRunner)
    import_extra("prefect_dask", "dask")
    assert task_runner("dask", "tcp://127.0.0.1:8786").address == "tcp://127.0.0.1:8786"


def test_unknown_runner_is_one_clear_error(tmp_path, data_dir) -> None:
    with pytest.raises(RunnerError, match="unknown runner 'spark'"):
        task_runner("spark")
    result = CliRunner().invoke(app, ["run", str(data_dir), "--lake", str(tmp_path / "lake"), "--runner", "spark"])
    assert result.exit_code == 2
    assert "unknown runner 'spark'" in result.output and "Traceback" not in result.output


def test_only_a_cluster_the_run_starts_gets_its_workers_tied_to_the_run() -> None:
    pytest.importorskip("prefect_dask")
    users = task_runner("dask", "tcp://127.0.0.1:8786")
    assert users.cluster_kwargs == {}  # the user's cluster: no preload, no environment of ours
    own = task_runner("dask")
    assert own.address is None
    assert "flows.dask_local" in own.cluster_kwargs["preload"]  # flows/dask_local.py ties each worker
    assert own.cluster_kwargs["env"]["THEMELAKE_RUN_PID"] == str(os.getpid())
