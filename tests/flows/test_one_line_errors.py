"""A user's mistake is one line (exit code 2 for the CLI, the failed state's message for a flow run)."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest
from filelock import FileLock
from prefect.settings import PREFECT_API_URL, temporary_settings
from typer.testing import CliRunner

from flows.cli.main import app
from flows.ingest import ingest_articles
from tests.flows.conftest import TEST_TAXONOMY
from warehouse import lake as lakes

runner = CliRunner()


@pytest.fixture
def inbox(tmp_path, data_dir):
    source = tmp_path / "inbox"
    source.mkdir()
    shutil.copy(data_dir / "seed_format.txt", source / "seed.txt")
    return source


def error_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("error:")]


@pytest.mark.slow
def test_a_locked_lake_is_waited_for_once_then_one_line_and_exit_2(tmp_path, inbox, monkeypatch) -> None:
    lake = tmp_path / "lake"
    lake.mkdir()
    other_run = FileLock(str(lake / lakes.LOCK))  # another open file of the lock: flock makes it another holder
    other_run.acquire()
    monkeypatch.setenv("THEMELAKE_LOCK_TIMEOUT", "1")
    try:
        result = runner.invoke(app, ["run", str(inbox), "--lake", str(lake)])
    finally:
        other_run.release()
    assert result.exit_code == 2, result.output
    assert result.output.count("waiting for the lake's writer lock (held by another run)...") == 1
    (line,) = error_lines(result.output)
    assert f"lake {lake} is being written by another themelake run" in line and "waited 1 s" in line
    assert result.output.count("being written by another themelake run") == 1  # the message once
    assert "Traceback" not in result.output
    assert not (lake / lakes.MANIFEST).exists()  # nothing was written


@pytest.mark.parametrize(
    ("exported", "way_back"),
    [(False, "`prefect config unset PREFECT_API_URL`"), (True, "`unset PREFECT_API_URL`")],
    ids=["profile", "exported variable"],
)
def test_an_unreachable_prefect_api_is_one_line_with_the_two_ways_out(
    tmp_path, inbox, monkeypatch, exported, way_back
) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/api"
    # An exported variable outlives `prefect config unset`: the message names the way that works.
    if exported:
        monkeypatch.setenv("PREFECT_API_URL", url)
    else:
        monkeypatch.delenv("PREFECT_API_URL", raising=False)
    with temporary_settings({PREFECT_API_URL: url}):
        result = runner.invoke(app, ["run", str(inbox), "--lake", str(tmp_path / "lake")])
    assert result.exit_code == 2, result.output
    (line,) = error_lines(result.output)
    assert f"the Prefect API at {url}" in line and "unreachable" in line
    assert "`prefect server start`" in line and f"or run {way_back} to use a temporary one" in line
    assert "Traceback" not in result.output
    assert not (tmp_path / "lake").exists()


def test_a_misspelt_taxonomy_key_stops_the_run_in_one_line(tmp_path, inbox) -> None:
    taxonomy = tmp_path / "mine.toml"
    taxonomy.write_text(TEST_TAXONOMY.replace('name = "society"', 'name = "society"\nwieght = 0.5'))
    result = runner.invoke(app, ["run", str(inbox), "--lake", str(tmp_path / "lake"), "--taxonomy", str(taxonomy)])
    assert result.exit_code == 2, result.output
    (line,) = error_lines(result.output)
    assert f"{taxonomy}: theme 'medtop:14000000': line 16: unknown key 'wieght' (did you mean 'weight'?)" in line
    assert not (tmp_path / "lake").exists()


@pytest.mark.slow
def test_a_missing_source_folder_is_the_failed_states_message(tmp_path, taxonomy_file) -> None:
    missing = tmp_path / "nowhere"
    state = ingest_articles(source=str(missing), lake=str(tmp_path / "lake"), taxonomy=taxonomy_file, return_state=True)
    assert state.is_failed()
    assert state.message == f"source not found: {missing} (no such file or folder)"  # the reason itself, on one line


@pytest.mark.slow
def test_a_busy_lake_fails_a_flow_run_with_its_one_line(tmp_path, inbox, taxonomy_file, monkeypatch) -> None:
    lake = tmp_path / "lake"
    lake.mkdir()
    other_run = FileLock(str(lake / lakes.LOCK))
    other_run.acquire()
    monkeypatch.setenv("THEMELAKE_LOCK_TIMEOUT", "0.5")
    try:
        state = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file, return_state=True)
    finally:
        other_run.release()
    assert state.is_failed()
    assert state.message.startswith(f"lake {lake} is being written by another themelake run")
    assert "\n" not in state.message
    assert not (lake / lakes.MANIFEST).exists()  # no FAILED runs row forced in: the lake was another run's


@pytest.mark.slow
def test_ctrl_c_ends_a_run_at_once_in_one_line(tmp_path, taxonomy_file) -> None:
    # Ctrl-C at a terminal signals the whole foreground process group: the CLI, its batch workers and
    # (before they were kept apart) the temporary API server, whose death left the run retrying a dead
    # API for minutes.
    import os
    import signal
    import subprocess
    import sys
    import time

    source = tmp_path / "many"
    source.mkdir()
    for i in range(3000):
        (source / f"{i:04}.txt").write_text(f"Item {i}\n\nTroops moved to the border as talks on trade stalled.\n")
    log = tmp_path / "log.txt"
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}
    env.pop("PREFECT_API_URL", None)  # the temporary API, as a user without a server gets it
    with open(log, "w") as out:
        run = subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "run", str(source), "--lake", str(tmp_path / "lake"),
             "--batch-size", "100", "--taxonomy", taxonomy_file],
            stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True, cwd=Path(__file__).parents[2],
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # a shell's & would ignore it
        )
        deadline = time.monotonic() + 120
        while "process-batch" not in log.read_text() and time.monotonic() < deadline and run.poll() is None:
            time.sleep(0.05)
        os.killpg(run.pid, signal.SIGINT)
        try:
            code = run.wait(timeout=30)  # it takes about 0.4 s
        except subprocess.TimeoutExpired:
            code = None  # what the run was doing when it hung is in its log
        finally:
            if run.poll() is None:
                os.killpg(run.pid, signal.SIGKILL)
    output = log.read_text()
    assert code is not None, "the run did not end within 30 s of Ctrl-C; its log ends:\n" + output[-4000:]
    assert code == 130, output[-3000:]
    assert "error: interrupted" in output and "Traceback" not in output
    # The run that wrote the committed batches is named in `runs`, as interrupted.
    import duckdb

    con = duckdb.connect(str(tmp_path / "lake" / "themelake.duckdb"), read_only=True)
    try:
        runs = con.sql("select run_id, state from runs").fetchall()
        writers = con.sql("select distinct run_id from paragraphs").fetchall()
        # ... and it counts the rows its committed batches wrote (they were null)
        counted = con.sql("select articles_written, paragraphs_written from runs").fetchall()
        written = con.sql("select (select count(*) from articles), (select count(*) from paragraphs)").fetchall()
    finally:
        con.close()
    assert [state for _, state in runs] == ["CRASHED"] and writers in ([], [(runs[0][0],)])
    assert counted == written


@pytest.mark.slow
def test_after_ctrl_c_the_batch_workers_end_at_once_and_waiting_batches_are_dropped() -> None:
    # Left alone, the process could only exit once every batch handed to the pool had run.
    import time
    from concurrent.futures import wait

    from flows.batch_pool import batch_pool, stop_batch_workers

    pool = batch_pool(2)
    batches = [pool.submit(time.sleep, 60) for _ in range(4)]
    deadline = time.monotonic() + 60
    while len(pool._processes or {}) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = list((pool._processes or {}).values())
    stop_batch_workers()
    for worker in workers:
        worker.join(timeout=10)
    # Asked of the OS, not of `is_alive()`: the pool's own thread may reap a worker first, and then
    # `is_alive()` of this process's handle says True for a process that is gone.
    assert workers and not any(_running(worker.pid) for worker in workers)
    # Every batch ends without running to its end: dropped, or broken off with its worker.
    wait(batches, timeout=10)
    assert all(batch.cancelled() or batch.exception() is not None for batch in batches)
    assert batch_pool(2) is not pool  # a later run in this process gets a new pool
    stop_batch_workers()


def _running(pid: int | None) -> bool:
    import psutil

    try:
        return pid is not None and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


@pytest.mark.slow
def test_a_deployment_runs_engine_logs_a_users_error_without_a_traceback(tmp_path) -> None:
    # A worker's or `themelake serve`'s subprocess runs the flow through prefect.flow_engine.run_flow
    # with an error logger, which logged the user's error again with its traceback after the one line.
    import logging

    from prefect.flow_engine import run_flow

    from flows.user_errors import ENGINE_TRACEBACK
    from warehouse.sources import SourceError

    logger = logging.getLogger("prefect.flow_runs")
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logger.addHandler(handler)
    try:
        with pytest.raises(SourceError):
            run_flow(ingest_articles, parameters={"source": str(tmp_path / "missing"), "lake": str(tmp_path / "lake")},
                     error_logger=logger)
    finally:
        logger.removeHandler(handler)
    assert not [r for r in records if r.msg == ENGINE_TRACEBACK]
    assert any("source not found" in r.getMessage() for r in records)  # the one line stays
    bug = RuntimeError("a bug of ours")  # our bugs keep their traceback
    assert logger.filter(logging.LogRecord("prefect.flow_runs", logging.ERROR, "", 0, ENGINE_TRACEBACK, None,
                                           (RuntimeError, bug, None)))


@pytest.mark.slow  # a flow run
def test_a_run_that_fails_after_its_last_commit_counts_its_rows_once(tmp_path, monkeypatch, taxonomy_file) -> None:
    # Its COMPLETED row counts them; the FAILED row its failure adds (compaction ran out of disk) had
    # the same counts again, and runs summed them twice.
    import duckdb

    import flows.ingest

    def out_of_disk(lake: str):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(flows.ingest, "compact_when_due", out_of_disk)
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text("Troops\n\nTroops moved to the border.\n")
    with pytest.raises(OSError):
        flows.ingest.ingest_articles(source=str(source), lake=str(tmp_path / "lake"), taxonomy=taxonomy_file)
    con = duckdb.connect(str(tmp_path / "lake" / "themelake.duckdb"), read_only=True)
    try:
        rows = sorted(con.sql("select state, articles_written from runs").fetchall())
    finally:
        con.close()
    assert rows == [("COMPLETED", 1), ("FAILED", None)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("flow_name", "parameters", "said"),
    [
        ("ingest", {"batch_size": 0}, "the parameter batch_size is 0: give a whole number of at least 1"),
        ("ingest", {"batch_size": -5}, "the parameter batch_size is -5"),
        ("ingest", {"lake": ""}, "the parameter lake is empty"),
        ("ingest", {"source": " "}, "the parameter source is empty"),
        ("ingest", {"include": [""]}, "the parameter include holds an empty glob"),
        ("relabel", {"batch_size": 0}, "the parameter batch_size is 0"),
        ("report", {"top": 0}, "the parameter top is 0: give a whole number from 1 to 50"),
        ("report", {"lake": "NOLAKE"}, "no lake at"),
        ("report", {"output": "themes.pdf"}, "output themes.pdf: the report is one HTML page, not a .pdf file"),
        ("compact", {"lake": " "}, "the parameter lake is empty"),
        ("enrich", {"lake": ""}, "the parameter lake is empty"),
    ],
)
def test_a_deployments_bad_parameter_fails_its_run_in_one_line_before_the_lock(
    tmp_path, inbox, taxonomy_file, monkeypatch, flow_name, parameters, said
) -> None:
    # A deployment's parameters reached the flow unchecked: batch_size 0 was a traceback after the lock
    # (relabel's a ZeroDivisionError), an empty lake or source the worker's default in silence, a
    # report of a lake not yet written a traceback.
    from flows.compact import compact_lake_flow
    from flows.enrich import enrich_paragraphs
    from flows.relabel import relabel_paragraphs
    from flows.report import report_lake

    monkeypatch.chdir(tmp_path)  # the defaults (./lake) land here, if anything is written at all
    lake = tmp_path / "lake"
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    before = {t: f for t, f in lakes.read_manifest(lake).tables.items() if t != "runs"}
    given = {"lake": str(lake)} | {k: (str(tmp_path / v) if v == "NOLAKE" else v) for k, v in parameters.items()}
    if flow_name == "ingest":
        state = ingest_articles(**({"source": str(inbox), "taxonomy": taxonomy_file} | given), return_state=True)
    elif flow_name == "relabel":
        state = relabel_paragraphs(**({"taxonomy": taxonomy_file} | given), return_state=True)
    elif flow_name == "compact":
        state = compact_lake_flow(**given, return_state=True)
    elif flow_name == "enrich":
        state = enrich_paragraphs(**given, return_state=True)
    else:
        state = report_lake(**given, return_state=True)
    # The message is the one line itself, not "Flow run encountered an exception: ValueError: ...".
    assert state.is_failed() and state.message.startswith(said) and "\n" not in state.message, state.message
    # Nothing committed but, for ingest-articles, its FAILED `runs` row (as for a bad taxonomy).
    assert {t: f for t, f in lakes.read_manifest(lake).tables.items() if t != "runs"} == before
    assert not (lake / "reports").exists()


def test_a_run_cancelled_from_prefect_is_recorded_cancelled() -> None:
    # A run cancelled with `prefect flow-run cancel` left its committed rows with no `runs` row; one
    # cancelled by `themelake serve` stopping (SIGTERM) is recorded while Cancelling: its row said FAILED.
    from prefect.states import Cancelled, Cancelling, Crashed, Failed

    from flows.failed_runs import ended_state, record_failed_run

    assert record_failed_run in ingest_articles.on_cancellation_hooks
    assert [ended_state(s) for s in (Cancelled(), Cancelling(), Crashed(), Failed())] == [
        "CANCELLED", "CANCELLED", "CRASHED", "FAILED"
    ]


@pytest.mark.slow
def test_an_api_gone_at_the_runs_end_leaves_its_runs_row_and_one_line(tmp_path, inbox, taxonomy_file,
                                                                     monkeypatch) -> None:
    # The API stopped mid-run: the run's last commit (its `runs` row) was never made (the deployment's
    # name was asked of the API there), its artifacts failed the run, the CLI printed four tracebacks,
    # then waited tens of minutes for Prefect's event queue to reach the API that was gone.
    import httpx

    import flows.artifacts
    import flows.cli.app
    import flows.ingest
    from warehouse.committed_reads import query

    def gone(summary: dict, *_: object) -> None:
        raise httpx.ConnectError("All connection attempts failed")

    monkeypatch.setattr(flows.ingest, "publish_run_artifacts", gone)
    lake = tmp_path / "lake"
    summary = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert summary["files_new"] == 1
    assert query(lake, "select state, files_new from runs").to_pylist() == [{"state": "COMPLETED", "files_new": 1}]

    exits: list[int] = []

    def exit_now(code: int) -> None:  # the process would end here, without Prefect's exit handlers
        exits.append(code)
        raise SystemExit(code)

    def flow_whose_api_went(**parameters: object) -> dict:
        raise httpx.ConnectError("[Errno 111] Connection refused")

    monkeypatch.setattr(flows.cli.app.os, "_exit", exit_now)
    monkeypatch.setattr(flows.ingest, "ingest_articles", flow_whose_api_went)
    monkeypatch.setattr("flows.flow_parameters.plain_parameters", lambda flow: flow)
    monkeypatch.setattr(flows.ingest.ingest_articles, "with_options", lambda **_: flow_whose_api_went, raising=False)
    result = runner.invoke(app, ["run", str(inbox), "--lake", str(tmp_path / "other")])
    assert exits == [1], result.output
    (line,) = error_lines(result.output)
    assert "stopped answering during the run (ConnectError: [Errno 111] Connection refused)" in line
    assert "what the run committed is in the lake" in line and "Traceback" not in result.output


@pytest.mark.slow  # flow runs
@pytest.mark.parametrize("deployed", [True, False], ids=["deployment run", "CLI or Python call"])
def test_a_deployment_runs_line_names_the_parameter_not_the_cli_option(tmp_path, monkeypatch, deployed) -> None:
    # "give --lake a lake's folder" in a run started from the UI or `prefect deployment run`, where
    # there is no --lake but the parameter `lake`. The CLI (no deployment) keeps its options' words.
    from types import SimpleNamespace

    import flows.user_errors
    from flows.enrich import enrich_paragraphs

    if deployed:
        run = SimpleNamespace(flow_run=SimpleNamespace(deployment_id="d1"))
        monkeypatch.setattr(flows.user_errors, "FlowRunContext", SimpleNamespace(get=lambda: run))
    not_a_lake = tmp_path / "notes.txt"
    not_a_lake.write_text("no lake")
    state = enrich_paragraphs(lake=str(not_a_lake), return_state=True)
    assert state.is_failed() and "\n" not in state.message, state.message
    assert state.message.startswith(f"no lake at {not_a_lake}: it is a file, not a folder")
    if deployed:
        assert state.message.endswith("give `lake` a lake's folder") and "--lake" not in state.message
    else:
        assert state.message.endswith("give --lake a lake's folder")
