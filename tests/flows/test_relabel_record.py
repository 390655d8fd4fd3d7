"""`themelake relabel` with nothing to relabel is recorded without Prefect (flows/relabel_record.py)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import flows.cli.labels
from flows.cli.main import app
from tests.warehouse.report_lake import TAXONOMY, TAXONOMY_TOML, make_report_lake
from warehouse.committed_reads import query

runner = CliRunner()


@pytest.fixture
def flow_runs(monkeypatch) -> list[dict]:
    """The relabel flows the CLI would start (each started Prefect's temporary API: about 12 s); none runs."""
    started: list[dict] = []

    def run_lake_flow(lake, load, errors, **parameters):
        started.append(parameters)
        return {"run_id": "by-flow", "lake": lake, "taxonomy_version": "?", "paragraphs_relabelled": 1,
                "themes_written": 1, "duration_s": 0.0}

    monkeypatch.setattr(flows.cli.labels, "run_lake_flow", run_lake_flow)
    return started


def test_relabel_with_the_lakes_own_taxonomy_is_recorded_without_prefect(tmp_path, flow_runs) -> None:
    # The lake's run labelled every paragraph with this taxonomy: a relabel started Prefect to relabel none.
    lake = make_report_lake(tmp_path / "lake")
    (tmp_path / "own.toml").write_text(TAXONOMY_TOML)
    themes = query(lake, "select count(*) as n from themes_all").to_pylist()
    result = runner.invoke(app, ["relabel", "--lake", str(lake), "--taxonomy", str(tmp_path / "own.toml")])
    assert result.exit_code == 0, result.output
    assert not flow_runs, flow_runs
    said = " ".join(result.output.replace("│", " ").split())
    assert "paragraphs relabelled 0" in said and "themes written 0" in said, said
    assert "nothing to relabel" in said and "without starting Prefect" in said, said
    last = query(lake, "select flow_name, deployment, state, themes_written, taxonomy_version from runs "
                       "order by started_at desc limit 1").to_pylist()
    assert last == [{"flow_name": "relabel-paragraphs", "deployment": "cli", "state": "COMPLETED",
                     "themes_written": 0, "taxonomy_version": TAXONOMY.version}]
    assert query(lake, "select count(*) as n from themes_all").to_pylist() == themes  # described once


def test_relabel_with_another_taxonomy_is_the_flows(tmp_path, flow_runs) -> None:
    lake = make_report_lake(tmp_path / "lake")
    (tmp_path / "edited.toml").write_text(TAXONOMY_TOML.replace('"trade", ', '"trade", "sanction", '))
    result = runner.invoke(app, ["relabel", "--lake", str(lake), "--taxonomy", str(tmp_path / "edited.toml")])
    assert result.exit_code == 0, result.output
    assert flow_runs == [{"taxonomy": str(tmp_path / "edited.toml")}]
    assert "nothing to relabel" not in result.output
    relabels = "select count(*) as n from runs where flow_name = 'relabel-paragraphs'"
    assert query(lake, relabels).to_pylist() == [{"n": 0}]
