"""`themelake compact` with no table to rewrite is done without Prefect (flows/nothing_to_compact.py)."""

from __future__ import annotations

from dataclasses import asdict

import pytest
from typer.testing import CliRunner

import flows.cli.lake
from flows.cli.main import app
from tests.warehouse.report_lake import make_report_lake
from warehouse.compaction import compact_lake
from warehouse.compaction_size import ROWS_PER_FILE
from warehouse.lake import read_manifest

runner = CliRunner()


@pytest.fixture
def flow_runs(monkeypatch) -> list[dict]:
    """The compact flows the CLI would start (each started Prefect's temporary API: about 7 s); none runs."""
    started: list[dict] = []

    def run_lake_flow(lake, load, errors, **parameters):
        started.append(parameters)
        return {"lake": lake, "before": {"paragraphs": 2}, "after": {"paragraphs": 1},
                "deleted": ["data/paragraphs/r-1.parquet", "data/paragraphs/r-2.parquet"], "rows_per_file": 1}

    monkeypatch.setattr(flows.cli.lake, "run_lake_flow", run_lake_flow)
    return started


def test_compact_of_a_compacted_lake_is_done_without_prefect(tmp_path, flow_runs) -> None:
    lake = make_report_lake(tmp_path / "lake")
    compact_lake(lake)
    tables = read_manifest(lake).tables
    result = runner.invoke(app, ["compact", "--lake", str(lake)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert not flow_runs, flow_runs
    assert "│ paragraphs │ 1 │ 1 │" in " ".join(result.output.split()), result.output  # the flow's table
    said = " ".join(result.output.split())
    # It was headed "compacted LAKE (up to 1,000,000 rows a file)", as though files had been rewritten.
    assert f"compacted {lake}" not in said and f"nothing to compact in {lake}" in said, said
    assert "without starting Prefect" in said, said
    assert read_manifest(lake).tables == tables  # nothing rewritten
    # A new size with nothing to rewrite: kept for later compactions, as the flow keeps it.
    result = runner.invoke(app, ["compact", "--lake", str(lake), "--rows-per-file", "5000"])
    assert result.exit_code == 0 and not flow_runs, result.output
    said = " ".join(result.output.split())
    assert f"compacted {lake}" not in said and "up to 5,000 rows a file, kept for later compactions" in said, said
    assert read_manifest(lake).settings[ROWS_PER_FILE] == 5000


def test_a_compact_flow_that_rewrote_nothing_is_not_headed_compacted(tmp_path, monkeypatch) -> None:
    # A lake on object storage always goes through the flow: with nothing to rewrite it too said "compacted".
    lake = make_report_lake(tmp_path / "lake")
    compact_lake(lake)
    monkeypatch.setattr("flows.nothing_to_compact.answered_without_flow", lambda *args, **kwargs: None)
    monkeypatch.setattr(flows.cli.lake, "run_lake_flow", lambda lake, load, errors, **parameters: {
        "lake": str(lake), **asdict(compact_lake(lake, parameters["rows_per_file"]))})
    result = runner.invoke(app, ["compact", "--lake", str(lake)], env={"COLUMNS": "200"})
    said = " ".join(result.output.split())
    assert result.exit_code == 0 and f"nothing to compact in {lake}" in said and f"compacted {lake}" not in said, said
    assert "without starting Prefect" not in said, said


def test_compact_with_files_to_rewrite_is_the_flows(tmp_path, flow_runs) -> None:
    lake = make_report_lake(tmp_path / "lake")  # each table as one run wrote it, labels in two files
    result = runner.invoke(app, ["compact", "--lake", str(lake)])
    assert result.exit_code == 0, result.output
    assert flow_runs == [{"rows_per_file": None}]
    assert "nothing to compact" not in result.output and "compacted" in result.output
