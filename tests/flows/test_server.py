"""themelake as Prefect users run it: `prefect server start`, deployments, a worker, `themelake serve`."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
import yaml
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId
from prefect.deployments import run_deployment
from prefect.exceptions import ObjectNotFound, PrefectHTTPStatusError
from prefect.settings import PREFECT_API_URL, temporary_settings

from flows.serve import PREFECT_FILE, SOURCE_TREE
from warehouse.lake import CATALOG

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
STARTUP_S = 150  # a fresh server migrates its SQLite database first; slow on a busy 2-core machine


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Processes:
    """Processes this test started, each in its own process group, all stopped at the end."""

    def __init__(self, logs: Path, env: dict[str, str]) -> None:
        self.logs, self.env, self.started = logs, env, []

    def start(self, name: str, *args: str) -> subprocess.Popen:
        log = open(self.logs / f"{name}.log", "wb")  # noqa: SIM115 - closed with the process
        proc = subprocess.Popen(
            args, cwd=SOURCE_TREE, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.started.append((name, proc, log))
        return proc

    def stop(self, proc: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
        for s in (sig, signal.SIGKILL):
            try:
                os.killpg(proc.pid, s)
            except ProcessLookupError:
                return
            try:
                proc.wait(timeout=20)
                return
            except subprocess.TimeoutExpired:
                continue

    def stop_all(self) -> None:
        for _, proc, log in reversed(self.started):  # worker and serve first, the server last
            self.stop(proc, signal.SIGINT)
            log.close()

    def log(self, name: str) -> str:
        return (self.logs / f"{name}.log").read_text(errors="replace")


def prefect(procs: Processes, *args: str) -> str:
    done = subprocess.run(
        [str(BIN / "prefect"), "--no-prompt", *args],
        cwd=SOURCE_TREE,
        env=procs.env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.fixture
def server(tmp_path) -> Iterator[tuple[str, Processes]]:
    """A `prefect server start` on a free loopback port, with its own PREFECT_HOME."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/api"
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_API_URL": url,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_UI_ENABLED": "false",
        "PWD": str(SOURCE_TREE),  # what `prefect deploy` run from the repository root sees
    }
    for key in ("THEMELAKE_INBOX", "THEMELAKE_LAKE", "THEMELAKE_TAXONOMY"):
        env.pop(key, None)
    logs = tmp_path / "logs"
    logs.mkdir()
    procs = Processes(logs, env)
    try:
        procs.start(
            "server", str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)
        )
        deadline = time.monotonic() + STARTUP_S
        while True:
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            assert time.monotonic() < deadline, procs.log("server")
            time.sleep(1)
        yield url, procs
    finally:
        procs.stop_all()


def failed_row(lake: Path) -> list[tuple[str, str]]:
    """Return the lake's runs (state, run_id) once it has one, waiting up to a minute."""
    for _ in range(120):
        if (lake / CATALOG).exists():
            with duckdb.connect(str(lake / CATALOG), read_only=True) as con:
                rows = con.sql("select state, run_id from runs").fetchall()
            if rows:
                return rows
        time.sleep(0.5)
    return []


def served_deployment(client):
    """Return the daily deployment, or None while `themelake serve` has not registered it yet (after a delete)."""
    try:
        return client.read_deployment_by_name("ingest-articles/daily")
    except (ObjectNotFound, PrefectHTTPStatusError):
        return None


def test_deploy_worker_and_serve_against_a_real_server(server, tmp_path, data_dir, taxonomy_file) -> None:
    url, procs = server
    source = tmp_path / "inbox"
    source.mkdir()
    for name in ("seed_format.txt", "bbc_format.txt"):
        shutil.copy(data_dir / name, source / name)
    (source / "empty.txt").write_bytes(b"")
    lake = tmp_path / "lake"
    daily = next(d for d in yaml.safe_load(PREFECT_FILE.read_text())["deployments"] if d["name"] == "daily")
    (cron,) = daily["schedules"]

    # The README's path: a process work pool, `prefect deploy --all`, a worker.
    prefect(procs, "work-pool", "create", "themelake", "--type", "process")
    prefect(procs, "deploy", "--all", "--prefect-file", str(PREFECT_FILE.relative_to(SOURCE_TREE)))
    procs.start("worker", str(BIN / "prefect"), "worker", "start", "--pool", "themelake")

    with temporary_settings({PREFECT_API_URL: url}):
        run = run_deployment(
            "ingest-articles/daily",
            parameters={"source": str(source), "lake": str(lake), "taxonomy": taxonomy_file},
            timeout=150,
            poll_interval=2,
            as_subflow=False,
        )
        assert run.state is not None and run.state.is_completed(), (run.state, procs.log("worker"))
        # A deployment run with a bad parameter fails with its one-line reason as the state's message.
        missing = tmp_path / "no-such-inbox"
        failed = run_deployment(
            "ingest-articles/daily", parameters={"source": str(missing), "lake": str(tmp_path / "lake2")},
            timeout=150, poll_interval=2, as_subflow=False,
        )
        assert failed.state is not None and failed.state.is_failed(), (failed.state, procs.log("worker"))
        assert failed.state.message == f"source not found: {missing} (no such file or folder)"
        # Where it was to write, the failure is recorded: by the flow's on_failure hook, which Prefect
        # runs after the run's state is Failed, so after run_deployment may have returned.
        assert failed_row(tmp_path / "lake2") == [("FAILED", str(failed.id))], procs.log("worker")
        with get_client(sync_client=True) as client:
            artifacts = client.read_artifacts(
                artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run.id]))
            )
            deployment = client.read_deployment_by_name("ingest-articles/daily")

    con = duckdb.connect(str(lake / CATALOG), read_only=True)
    assert con.sql("select count(*) from articles").fetchall() == [(2,)]
    assert con.sql("select source, reason from quarantine").fetchall() == [
        (str(source / "empty.txt"), "empty")
    ]
    assert con.sql(
        "select run_id, deployment, state, files_seen, files_quarantined from runs"
    ).fetchall() == [(str(run.id), "daily", "COMPLETED", 3, 1)]
    by_key = {a.key: a for a in artifacts}
    summary = by_key["ingest-summary"].data
    assert "| files seen | 3 |" in summary and "empty.txt | empty |" in summary and str(lake) in summary
    themes = by_key["ingest-theme-counts"].data
    assert '"medtop:16000000"' in themes  # the war paragraph of seed_format.txt
    (schedule,) = deployment.schedules
    assert (schedule.schedule.cron, schedule.schedule.timezone) == (cron["cron"], cron["timezone"])
    assert "Traceback" not in procs.log("worker")  # the failed run's one line is not followed by a traceback

    # The other path, lighter: `themelake serve` registers the same deployment with the same schedule. It
    # refuses a deployment `prefect deploy` put on a work pool (a worker there would share its runs) until
    # that one is deleted, as the README's "Schedule it" says.
    procs.stop(procs.started[-1][1])  # the worker
    refused = subprocess.run(
        [str(BIN / "themelake"), "serve", "--name", "ingest-articles/daily"],
        cwd=SOURCE_TREE, env=procs.env, capture_output=True, text=True, timeout=120,
    )
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "already deployed to a work pool" in refused.stdout + refused.stderr
    prefect(procs, "deployment", "delete", "ingest-articles/daily")
    serve = procs.start("serve", str(BIN / "themelake"), "serve", "--name", "ingest-articles/daily")
    deadline = time.monotonic() + 120
    with temporary_settings({PREFECT_API_URL: url}), get_client(sync_client=True) as client:
        while (served := served_deployment(client)) is None or served.entrypoint != "flows.ingest.ingest_articles":
            assert serve.poll() is None and time.monotonic() < deadline, procs.log("serve")
            time.sleep(1)
    (schedule,) = served.schedules
    assert (schedule.schedule.cron, schedule.schedule.timezone) == (cron["cron"], cron["timezone"])
