"""`themelake learn` and `eval` check the paths they are given first, and say what a wrong --map file is."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli.main import app

runner = CliRunner()
DATA = Path(__file__).resolve().parents[2] / "data"
DEPLOYMENTS = Path(__file__).resolve().parents[3] / "deployments" / "prefect.yaml"


def said(args: list[str]) -> str:
    """Return what a refused command line said, on one line."""
    result = runner.invoke(app, args, prog_name="themelake")
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    return " ".join(result.output.split())


def test_a_missing_labeled_folder_is_said_before_asking_for_o(tmp_path) -> None:
    # `learn /tmp/nope --map m.toml` asked for -o first; given -o, the next run said the folder was not there.
    missing = tmp_path / "nope"
    line = said(["learn", str(missing), "--map", str(DATA / "labeled-map.toml")])
    assert f"labeled folder not found: {missing}" in line and "say where to write" not in line, line


def test_a_missing_map_is_said_before_asking_for_o(tmp_path) -> None:
    line = said(["learn", str(DATA / "labeled"), "--map", str(tmp_path / "map.toml")])
    assert f"{tmp_path / 'map.toml'}: label map not found" in line, line


@pytest.mark.parametrize("command", [["learn", "-o", "t.toml"], ["eval"]])
def test_a_deployments_file_given_as_map_is_named_a_yaml_file(command) -> None:
    # It said "not valid TOML: Expected '=' after a key", at a line of the YAML that is no fault of it.
    line = said([command[0], str(DATA / "labeled"), "--map", str(DEPLOYMENTS), *command[1:]])
    assert f"--map {DEPLOYMENTS}: a YAML file (Prefect's deployments file), not a label map" in line, line
    assert "not valid TOML" not in line, line


def test_a_yaml_file_given_as_map_is_named_one(tmp_path) -> None:
    other = tmp_path / "labels.yml"
    other.write_text("deployments_note: a list of runs\nruns:\n  - name: nightly\n    cron: 0 2 * * *\n")
    line = said(["eval", str(DATA / "labeled"), "--map", str(other)])
    assert f"--map {other}: a YAML file, not a label map" in line and "deployments" not in line, line


def test_a_label_map_written_in_yaml_is_called_a_label_map_and_shown_its_toml(tmp_path) -> None:
    # It said "a YAML file, not a label map" of a file that is one, in YAML: the mend is its own line as TOML.
    other = tmp_path / "labels.yml"
    other.write_text("sport: [medtop:15000000]\nbusiness: medtop:04000000\n")
    line = said(["eval", str(DATA / "labeled"), "--map", str(other)])
    assert "a label map written in YAML; --map reads TOML" in line and "not a label map" not in line, line
    assert '`sport = ["medtop:15000000"]`' in line, line


def test_a_label_map_in_yaml_named_toml_is_said_to_be_yaml(tmp_path) -> None:
    # It got only the TOML parser's "Expected '=' after a key in a key/value pair (at line 1, column 9)".
    named = tmp_path / "map.toml"
    named.write_text("# bbc\nbusiness: \"medtop:04000000\"\nsport: medtop:15000000\n")
    line = said(["learn", str(DATA / "labeled"), "--map", str(named), "-o", str(tmp_path / "t.toml")])
    assert f"{named}: written in YAML (`key: value` lines); --map reads TOML" in line, line
    assert '`business = "medtop:04000000"`' in line and "not valid TOML" not in line, line


def test_a_toml_map_with_one_yaml_line_keeps_the_toml_fault(tmp_path) -> None:
    # Should not fire: one slip among TOML lines is a TOML fault, and the parser's line points at it.
    slipped = tmp_path / "map.toml"
    slipped.write_text('business = "medtop:04000000"\nsport: "medtop:15000000"\n')
    line = said(["eval", str(DATA / "labeled"), "--map", str(slipped)])
    assert "not valid TOML" in line and "at line 2" in line and "YAML" not in line, line


def test_a_toml_map_with_a_fault_still_says_its_toml_fault(tmp_path) -> None:
    # Should not fire: a .toml map that is broken is a TOML file, and its parser's line is the one to read.
    broken = tmp_path / "map.toml"
    broken.write_text("sport = [\n")
    line = said(["eval", str(DATA / "labeled"), "--map", str(broken)])
    assert "not valid TOML" in line and "YAML" not in line, line


def test_cv_1_says_0_is_no_cross_validation() -> None:
    line = said(["learn", str(DATA / "labeled"), "--map", str(DATA / "labeled-map.toml"), "--cv", "1"])
    assert "--cv needs at least 2 folds" in line and "leave --cv out" in line, line
