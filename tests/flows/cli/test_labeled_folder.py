"""A labeled folder that is not there is said as the labeled folder, not as a run's source."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from flows.cli.main import app

runner = CliRunner()


@pytest.mark.parametrize("command", [["eval"], ["learn", "--cv", "2"]])
def test_a_labeled_folder_that_is_not_there_is_named_so(tmp_path, command) -> None:
    label_map = tmp_path / "map.toml"
    label_map.write_text('sport = ["medtop:15000000"]\n')
    missing = tmp_path / "nosuch"
    result = runner.invoke(app, [*command, str(missing), "--map", str(label_map)], prog_name="themelake")
    assert result.exit_code == 2, result.output
    assert f"labeled folder not found: {missing}" in result.output and "source" not in result.output, result.output
