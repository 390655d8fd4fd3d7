"""The failure hook's `runs` row goes to the lake the run named, never to a default it did not name."""

from __future__ import annotations

import uuid

import pytest
from prefect.client.schemas.objects import FlowRun
from prefect.settings import PREFECT_LOGGING_TO_API_ENABLED, temporary_settings
from prefect.states import Failed

from flows.failed_runs import record_failed_run
from flows.flow_checks import ParameterError
from flows.ingest import ingest_articles
from warehouse.catalog import connect


@pytest.fixture(autouse=True)
def no_api_logs():
    """The hook's log lines stay local: no Prefect API to start for them in the fast tier."""
    with temporary_settings({PREFECT_LOGGING_TO_API_ENABLED: False}):
        yield


def failed_run(parameters: dict) -> FlowRun:
    return FlowRun(flow_id=uuid.uuid4(), name="test-run", parameters=parameters)


@pytest.mark.parametrize("lake", ["", "  "])
def test_a_run_failed_for_an_empty_lake_writes_no_row_into_the_default_lake(tmp_path, monkeypatch, lake) -> None:
    # `prefect deployment run ... --param lake=$UNSET` fails in one line (flows/flow_checks.py); its FAILED
    # row went to the worker's default lake, ./lake, which it created where there was none (a blank
    # name's to a lake folder named by the blanks).
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("THEMELAKE_LAKE", raising=False)
    state = Failed(message="the parameter lake is empty", data=ParameterError("the parameter lake is empty"))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    record_failed_run(ingest_articles, failed_run({"source": str(inbox), "lake": lake}), state)
    assert [p.name for p in tmp_path.iterdir()] == ["inbox"]  # no ./lake, nor a lake named "  "


@pytest.mark.slow  # about a second: it reads the bundled taxonomy and commits a row
def test_a_run_that_names_no_lake_records_its_row_in_the_default_lake(tmp_path, monkeypatch) -> None:
    # Left out (or null), the lake is the worker's default: that is the lake the run used.
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("THEMELAKE_LAKE", raising=False)
    state = Failed(message="source not found", data=FileNotFoundError("source not found"))
    record_failed_run(ingest_articles, failed_run({"source": str(tmp_path / "missing")}), state)
    assert (tmp_path / "lake" / "_manifest.json").exists()


@pytest.mark.slow  # about a second: it reads the bundled taxonomy and commits a row
def test_a_failed_runs_row_names_its_source_folder_as_a_completed_runs_does(tmp_path, monkeypatch) -> None:
    # A deployment's run with the default source (THEMELAKE_INBOX unset) recorded `examples/articles`,
    # relative to the worker's folder, where a completed run's row names the absolute folder.
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("THEMELAKE_INBOX", raising=False)
    lake = tmp_path / "lake"
    state = Failed(message="source not found", data=FileNotFoundError("source not found"))
    record_failed_run(ingest_articles, failed_run({"lake": str(lake)}), state)
    record_failed_run(ingest_articles, failed_run({"source": "inbox", "lake": str(lake)}), state)
    with connect(lake) as con:
        sources = sorted(row[0] for row in con.sql("select source from runs").fetchall())
    here = tmp_path.resolve()
    assert sources == sorted([str(here / "examples" / "articles"), str(here / "inbox")])


def test_a_crashed_runs_row_records_the_batch_processes_and_batch_size_it_ran_with(tmp_path, monkeypatch) -> None:
    # A run killed mid-ingest recorded `workers: null` and `batch_size: 2000` whatever it ran with: the
    # processes it chose were not known to the hook, and THEMELAKE_BATCH_SIZE was not read by the flow.
    import json

    from prefect.states import Crashed

    from flows.failed_runs import remember_workers

    monkeypatch.setenv("THEMELAKE_BATCH_SIZE", "7")
    monkeypatch.setenv("THEMELAKE_WORKERS", "3")
    lake = tmp_path / "lake"
    (tmp_path / "inbox").mkdir()
    state = Crashed(message="Execution was interrupted by an unexpected exception: KeyboardInterrupt")
    chose = failed_run({"source": str(tmp_path / "inbox"), "lake": str(lake)})
    remember_workers(str(chose.id), 2)  # as the flow does once it has chosen its pool
    record_failed_run(ingest_articles, chose, state)
    asked = failed_run({"source": str(tmp_path / "inbox"), "lake": str(lake)})  # crashed before choosing
    record_failed_run(ingest_articles, asked, state)
    given = failed_run({"source": str(tmp_path / "inbox"), "lake": str(lake), "batch_size": 50, "workers": 4})
    record_failed_run(ingest_articles, given, state)
    with connect(lake) as con:
        rows = dict(con.sql("select run_id, parameters from runs").fetchall())
    recorded = {run: (json.loads(p)["workers"], json.loads(p)["batch_size"]) for run, p in rows.items()}
    assert recorded == {str(chose.id): (2, 7), str(asked.id): (3, 7), str(given.id): (4, 50)}
