"""`themelake enrich` with no paragraph to enrich writes nothing, as a relabel that would change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import flows.cli.enrich
from flows.cli.main import app
from flows.enrich_record import answer_nothing_to_enrich
from tests.warehouse.report_lake import make_report_lake
from warehouse import lake as lakes
from warehouse.committed_reads import query

runner = CliRunner()


@pytest.fixture
def flow_runs(monkeypatch) -> list[str]:
    """The enrich flows the CLI would start (each started Prefect's temporary API); none runs."""
    started: list[str] = []

    def run_lake_flow(lake, load, errors, **parameters):
        started.append(lake)
        return {"run_id": "by-flow", "lake": lake, "recorded": True, "paragraphs_enriched": 2,
                "articles_enriched": 1, "places_written": 1, "amounts_written": 0, "duration_s": 0.0,
                "left_in_other_languages": {"paragraphs": 0, "articles": 0}}

    monkeypatch.setattr(flows.cli.enrich, "run_lake_flow", run_lake_flow)
    return started


def staged_files(lake: Path) -> list[Path]:
    """Parquet files under the lake's data that no manifest names: a commit's files left behind."""
    named = {f for files in lakes.read_manifest(lake).tables.values() for f in files}
    return [p for p in (lake / lakes.DATA).rglob("*.parquet")
            if str(p.relative_to(lake)) not in named and p.name != lakes.SCHEMA_FILE]


def test_enrich_with_nothing_to_enrich_writes_nothing_and_says_so(tmp_path: Path, flow_runs) -> None:
    # It added a `runs` row of 0 paragraphs each time (a file for `compact` to rewrite), where a relabel that
    # changes nothing writes none.
    lake = make_report_lake(tmp_path / "lake")
    runs = query(lake, "select count(*) as n from runs").to_pylist()
    version = lakes.read_manifest(lake).version
    for _ in range(2):
        result = runner.invoke(app, ["enrich", "--lake", str(lake)])
        assert result.exit_code == 0, result.output
        said = " ".join(result.output.split())
        assert said.startswith(f"nothing to enrich in {lake.resolve()}: ") and said.endswith("nothing was written")
    assert not flow_runs, flow_runs
    assert query(lake, "select count(*) as n from runs").to_pylist() == runs
    assert lakes.read_manifest(lake).version == version and not staged_files(lake)


def test_enrich_answers_without_a_run_only_a_lake_with_nothing_to_enrich(tmp_path: Path, flow_runs) -> None:
    plain = make_report_lake(tmp_path / "plain", enriched=False)
    assert answer_nothing_to_enrich(str(plain)) is None  # its paragraphs have no tone: the flow's
    result = runner.invoke(app, ["enrich", "--lake", str(plain)])
    assert result.exit_code == 0, result.output
    assert flow_runs == [str(plain)] and "paragraphs enriched" in result.output
    summary = answer_nothing_to_enrich(str(make_report_lake(tmp_path / "enriched")))
    assert summary is not None and summary["recorded"] is False and summary["paragraphs_enriched"] == 0
