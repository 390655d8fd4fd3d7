"""A small run reads its files in the flow's own process; a bigger one, or one that asks, uses the pool.

Starting the batch pool costs seconds (its processes import the pipeline): more than reading a few
files. The pool stays for runs of INLINE_BELOW_FILES files or more, and whenever workers are asked
for (the flow's `workers`, THEMELAKE_WORKERS).
"""

from __future__ import annotations

import os
import shutil

import pytest

import flows.batch_pool
import flows.batch_workers
import flows.ingest
import flows.ingest_tasks
import flows.runners
from flows.ingest import ingest_articles
from tests.flows.batch_probe import PIDS, batch_pids, recorded_ingest_batch

NAMES = ["seed_format.txt", "bbc_format.txt", "crlf_bom.txt", "latin1.txt"]


def ended(processes: list) -> bool:
    """Return whether every process has ended (its sentinel is ready, whichever thread reaps it)."""
    from multiprocessing.connection import wait

    return len(wait([p.sentinel for p in processes], timeout=1)) == len(processes)


@pytest.fixture
def inbox(tmp_path, data_dir, monkeypatch):
    source = tmp_path / "inbox"
    source.mkdir()
    for n, name in enumerate(NAMES * 2):  # 8 files: 4 batches of 2
        shutil.copy(data_dir / name, source / f"{n}-{name}")
    pids = tmp_path / "pids"
    pids.mkdir()
    monkeypatch.setenv(PIDS, str(pids))  # before any pool starts: its processes inherit it
    monkeypatch.setattr(flows.batch_workers, "ingest_batch", recorded_ingest_batch)
    monkeypatch.delenv("THEMELAKE_WORKERS", raising=False)  # the flow's own default, as a user has it
    return source, pids


@pytest.mark.slow
def test_a_small_run_reads_its_files_in_the_flow_process(inbox, tmp_path, taxonomy_file) -> None:
    source, pids = inbox
    summary = ingest_articles(source=str(source), lake=str(tmp_path / "lake"), taxonomy=taxonomy_file, batch_size=2)
    assert summary["files_new"] == 8
    assert batch_pids(pids) == [os.getpid()] * 4
    assert flows.batch_pool._pools == {}  # no pool was started
    assert recorded_workers(tmp_path / "lake") == 1  # the run says what it used


def recorded_workers(lake) -> object:
    """Return the `workers` the lake's last run recorded in its parameters."""
    import json

    from warehouse.committed_reads import query

    rows = query(lake, "select parameters from runs order by started_at").to_pylist()
    return json.loads(rows[-1]["parameters"])["workers"]


@pytest.mark.slow  # starts a pool of processes
def test_a_run_of_more_files_than_the_threshold_uses_the_pool(inbox, tmp_path, taxonomy_file, monkeypatch) -> None:
    source, pids = inbox
    monkeypatch.setattr(flows.batch_workers, "INLINE_BELOW_FILES", 8)  # these 8 files are "many"
    summary = ingest_articles(source=str(source), lake=str(tmp_path / "lake"), taxonomy=taxonomy_file, batch_size=2)
    in_pool = batch_pids(pids)
    assert summary["files_new"] == 8
    assert len(in_pool) == 4 and os.getpid() not in in_pool, f"batches ran in {in_pool}, the flow is {os.getpid()}"


def test_on_a_dask_runner_or_a_subclass_of_it_a_batch_uses_no_pool_of_its_own(monkeypatch) -> None:
    # themelake's own LocalCluster runner subclasses prefect-dask's DaskTaskRunner: a Dask worker's
    # process is daemonic and may not start a pool, so its batches run in it, however many files.
    from types import SimpleNamespace

    class DaskTaskRunner:  # prefect-dask's name (an extra: matched by name)
        pass

    class LocalDaskTaskRunner(DaskTaskRunner):
        pass

    def run_on(runner: object) -> None:
        context = SimpleNamespace(task_runner=runner)
        for module in (flows.ingest_tasks, flows.runners):  # on_dask lives in flows.runners
            monkeypatch.setattr(module, "FlowRunContext", SimpleNamespace(get=lambda: context))

    monkeypatch.delenv("THEMELAKE_WORKERS", raising=False)
    for runner in (DaskTaskRunner(), LocalDaskTaskRunner()):
        run_on(runner)
        assert flows.ingest_tasks.on_dask()
        assert flows.ingest_tasks.batch_workers(None, 10_000) == 1
    run_on(object())
    assert not flows.ingest_tasks.on_dask()


@pytest.mark.slow  # starts a process
def test_a_small_run_uses_the_worker_started_while_prefect_imported(inbox, tmp_path, taxonomy_file) -> None:
    # `themelake run` starts one worker for a small run before it imports Prefect (flows/warm_start.py):
    # the run's batches go to it, not to the flow's process, and the pool ends with the run.
    source, pids = inbox
    flows.batch_pool.warm_batch_pool(1, taxonomy_file, True)
    summary = ingest_articles(source=str(source), lake=str(tmp_path / "lake"), taxonomy=taxonomy_file, batch_size=2)
    in_pool = batch_pids(pids)
    assert summary["files_new"] == 8 and summary["themes_written"] > 0
    assert len(in_pool) == 4 and len(set(in_pool)) == 1 and os.getpid() not in in_pool
    assert flows.batch_pool._pools == {}


@pytest.mark.slow  # starts processes
def test_a_run_that_wants_another_count_stops_the_started_pool(inbox, tmp_path, taxonomy_file, monkeypatch) -> None:
    source, pids = inbox
    monkeypatch.setattr(flows.batch_workers, "INLINE_BELOW_FILES", 8)  # these 8 files are "many": a pool per core
    monkeypatch.setenv("THEMELAKE_WORKERS", "2")
    flows.batch_pool.warm_batch_pool(1, taxonomy_file, True)
    warm_processes = list(flows.batch_pool._pools[1]._processes.values())
    warm = {p.pid for p in warm_processes}
    summary = ingest_articles(source=str(source), lake=str(tmp_path / "lake"), taxonomy=taxonomy_file, batch_size=2)
    in_pool = batch_pids(pids)
    assert summary["files_new"] == 8
    assert len(in_pool) == 4 and not warm & set(in_pool) and os.getpid() not in in_pool
    assert recorded_workers(tmp_path / "lake") == 2  # THEMELAKE_WORKERS's
    assert flows.batch_pool._pools == {}
    flows.batch_pool.shutdown_pools()  # waits for the pools stopped without waiting
    assert flows.batch_pool._ending == [] and ended(warm_processes)


@pytest.mark.slow  # starts a process
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: the run reads in its own process")
def test_themelake_run_starts_that_worker_itself(inbox, tmp_path, taxonomy_file) -> None:
    from typer.testing import CliRunner

    from flows.cli.main import app

    source, pids = inbox
    result = CliRunner().invoke(
        app, ["run", str(source), "--lake", str(tmp_path / "lake"), "--taxonomy", taxonomy_file, "--batch-size", "2"]
    )
    assert result.exit_code == 0, result.output
    in_pool = batch_pids(pids)
    assert len(in_pool) == 4 and len(set(in_pool)) == 1 and os.getpid() not in in_pool
    assert flows.batch_pool._pools == {}


@pytest.mark.slow  # starts processes
def test_pools_stopped_without_waiting_are_waited_for_by_the_next_shutdown() -> None:
    # The benchmarks count the workers' CPU once they are reaped: `shutdown_pools()` after a flow
    # (which stopped its pool without waiting) must return only when its processes have ended.
    pool = flows.batch_pool.batch_pool(2)
    assert pool.submit(os.getpid).result() != os.getpid()
    processes = list(pool._processes.values())
    flows.batch_pool.shutdown_pools(wait=False)
    assert flows.batch_pool._ending and flows.batch_pool._pools == {}
    flows.batch_pool.shutdown_pools()
    assert flows.batch_pool._ending == [] and ended(processes)


@pytest.mark.slow  # starts processes
def test_pools_stopped_without_waiting_are_forgotten_once_ended() -> None:
    # A process that runs many flows in turn, each stopping its pool without waiting, keeps none of them.
    import time

    for _ in range(3):
        pool = flows.batch_pool.batch_pool(2)
        assert pool.submit(os.getpid).result() != os.getpid()
        flows.batch_pool.shutdown_pools(wait=False)
        ending = flows.batch_pool._ending[-1]
        deadline = time.monotonic() + 30
        while flows.batch_pool._still_ending(ending) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert ended(ending[1])
        assert len(flows.batch_pool._ending) == 1  # the ones before it, ended, were dropped
    flows.batch_pool.shutdown_pools(wait=False)
    assert flows.batch_pool._ending == []


@pytest.mark.slow  # starts a process
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: no worker is started before the flow")
def test_ctrl_c_before_the_flow_ends_the_started_worker_at_once(inbox, tmp_path, taxonomy_file, monkeypatch) -> None:
    from multiprocessing.connection import wait

    from typer.testing import CliRunner

    import flows.cli.run
    from flows.cli.main import app

    source, _ = inbox
    started: list = []

    def interrupted(lake: str) -> None:  # Ctrl-C while the API is checked and Prefect imported
        started.extend(flows.batch_pool._pools[1]._processes.values())
        raise KeyboardInterrupt

    monkeypatch.setattr(flows.cli.run, "ready_to_write", interrupted)
    args = ["run", str(source), "--lake", str(tmp_path / "lake"), "--taxonomy", taxonomy_file]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 130, result.output
    assert "interrupted before the run started: nothing was written" in result.output
    assert started and flows.batch_pool._pools == {}
    # Each process's sentinel is ready once it has ended (whichever thread reaps it).
    assert len(wait([p.sentinel for p in started], timeout=10)) == len(started)


@pytest.mark.slow  # starts a pool of processes
def test_the_pool_has_ended_before_the_run_compacts(inbox, tmp_path, taxonomy_file, monkeypatch) -> None:
    # Compaction is the flow process's own peak of memory: the batch processes' memory must be gone
    # by then, not sit beside it while they end.
    source, _ = inbox
    monkeypatch.setattr(flows.batch_workers, "INLINE_BELOW_FILES", 8)
    monkeypatch.setenv("THEMELAKE_WORKERS", "2")
    seen: dict[str, object] = {}
    started = flows.batch_pool.batch_pool

    def recorded_pool(workers: int):
        pool = started(workers)
        seen["processes"] = pool._processes  # the executor's live dict: every process it started
        return pool

    def recorded_compaction(lake: str):
        processes = list(seen["processes"].values())
        seen["alive_at_compaction"] = [p.is_alive() for p in processes]
        seen["exit_codes"] = {p.exitcode for p in processes}
        return None

    monkeypatch.setattr(flows.batch_workers, "batch_pool", recorded_pool)
    monkeypatch.setattr(flows.ingest_tasks, "compact_if_due", recorded_compaction)
    summary = ingest_articles(source=str(source), lake=str(tmp_path / "lake"), taxonomy=taxonomy_file, batch_size=2)
    assert summary["files_new"] == 8
    assert seen["alive_at_compaction"] and not any(seen["alive_at_compaction"])
    assert seen["exit_codes"] == {0}  # ended as a clean end does, not killed


@pytest.mark.slow  # starts a process
def test_a_worker_that_ends_without_teardown_keeps_what_it_printed(tmp_path) -> None:
    # A worker skips Python's teardown at its end (flows/batch_pool.py); what it writes to its
    # standard streams, even from its own exit hooks, still reaches them.
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent("""
        import atexit
        import sys
        import flows.batch_pool as bp

        def say():
            sys.stdout.write("while running ")
            atexit.register(sys.stdout.write, "and at its exit")

        if __name__ == "__main__":
            bp.batch_pool(1).submit(say).result()
            bp.shutdown_pools()
    """)
    path = tmp_path / "worker_output.py"
    path.write_text(script)
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    done = subprocess.run(
        [sys.executable, str(path)], capture_output=True, text=True, timeout=120, cwd=root,
        # Block-buffered, as a worker's stdout is when it goes to a pipe or a file.
        env={**{k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}, "PYTHONPATH": root},
    )
    assert done.returncode == 0, done.stderr
    assert "while running and at its exit" in done.stdout


@pytest.mark.slow  # a fresh process: this one's tables may be made already
def test_a_batch_in_the_flows_own_process_reads_the_places_tables_from_the_machines_copy(tmp_path) -> None:
    import subprocess
    import sys

    probe = (
        "import flows.batch, transforms.enrichments.place_built as built, warehouse.place_store as store\n"
        "assert built._store is store.stored, built._store\n"
    )
    env = {**os.environ, "THEMELAKE_CACHE": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
