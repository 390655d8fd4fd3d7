"""A number option out of its range is one line in the CLI's own words, as every other error of the user's."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from flows.cli.main import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (["run", "SOURCE", "--batch-size", "0"], "--batch-size is 0: give a whole number of at least 1"),
        (["run", "SOURCE", "--batch-size", "-1"], "--batch-size is -1: give a whole number of at least 1"),
        (["run", "SOURCE", "--workers", "0"], "--workers is 0: give a whole number of at least 1"),
        (["report", "--top", "0"], "--top is 0: give a whole number from 1 to 50"),
        (["report", "--top", "51"], "--top is 51: give a whole number from 1 to 50"),
        (["query", "select 1", "--max-rows", "-1"], "--max-rows is -1: give a whole number of at least 0"),
        (["compact", "--rows-per-file", "0"], "--rows-per-file is 0: give a whole number from 1 to 100,000,000"),
        (["eval", "SOURCE", "--map", "m.toml", "--explain", "-2"],
         "--explain is -2: give a whole number of at least 0"),
        (["learn", "SOURCE", "--map", "m.toml", "--cv", "-1"], "--cv is -1: give a whole number of at least 0"),
        (["serve", "--limit", "0"], "--limit is 0: give a whole number of at least 1"),
    ],
    ids=lambda v: v[0] if isinstance(v, list) else None,
)
def test_a_number_out_of_range_is_one_line_naming_the_option_and_its_range(tmp_path, command, said) -> None:
    # Click's own words, in a box: "Invalid value for '--batch-size': -1 is not in the range x>=1."
    lake = tmp_path / "lake"
    args = [str(tmp_path) if a == "SOURCE" else a for a in command]
    if command[0] in ("run", "report", "query", "compact"):
        args += ["--lake", str(lake)]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert [line for line in result.output.splitlines() if line.strip()] == [f"error: {said}"]
    assert not lake.exists()  # refused before anything was made


@pytest.mark.parametrize(
    "command",
    [["report", "--top", "50"], ["query", "select 1", "--max-rows", "0"], ["compact", "--rows-per-file", "1"]],
    ids=lambda c: c[0],
)
def test_a_number_at_the_edge_of_its_range_is_taken(tmp_path, command) -> None:
    result = runner.invoke(app, [*command, "--lake", str(tmp_path / "lake")])
    assert "give a whole number" not in result.output  # refused for another reason (no lake), if at all


def test_run_workers_is_the_flows_parameter_and_its_runs_row_records_it(tmp_path, monkeypatch, data_dir) -> None:
    # THEMELAKE_WORKERS had no option: `run --workers 2` was "No such option"; then the option set the variable
    # for the process, and the run's `runs` row (its parameters) did not say how many the run used.
    import flows.unchanged_run
    from flows.settings import Settings
    from warehouse.sources import SourceError

    monkeypatch.delenv("THEMELAKE_WORKERS", raising=False)
    seen: list[dict] = []

    def compared(parameters, **_):  # where the run would compare folder and lake
        seen.append(parameters)
        raise SourceError("compared")

    monkeypatch.setattr(flows.unchanged_run, "answer_unchanged_run", compared)
    result = runner.invoke(app, ["run", str(data_dir), "--lake", str(tmp_path / "lake"), "--workers", "3"])
    assert result.exit_code == 2 and "error: compared" in result.output, result.output
    assert [parameters["workers"] for parameters in seen] == [3]  # what an unchanged run's row records
    assert Settings.from_env().workers is None  # the process's setting is not changed behind the user's back
