"""`--field NAME=FIELD` with a NAME that is not one of ours: the one line names the option meant."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from flows.cli.main import app

runner = CliRunner()


@pytest.mark.parametrize("command", [["run", "examples/articles", "--lake"], ["learn", "examples/articles", "-o"]])
@pytest.mark.parametrize("option, meant", [
    ("titl=headline", "title=headline"),  # a slip: only the list of names was said
    ("Title=headline", "title=headline"),
    ("headline=title", "title=headline"),  # the file's name first
    ("body=story", "text=story"),  # a file's usual name for the text
])
def test_a_field_name_that_is_not_ours_says_which_option_was_meant(tmp_path, command, option, meant) -> None:
    # learn's --map left out: the --field line comes first
    result = runner.invoke(app, [*command, str(tmp_path / "lake"), "--field", option])
    assert result.exit_code == 2
    assert f"did you mean --field {meant}?" in result.output
    assert not (tmp_path / "lake").exists()


def test_a_field_name_with_no_likely_meaning_gets_the_list_only(tmp_path) -> None:
    result = runner.invoke(app, ["run", "examples/articles", "--field", "kicker=x", "--lake", str(tmp_path / "lake")])
    assert result.exit_code == 2
    assert "'kicker' is not one of id, title, text" in result.output and "did you mean" not in result.output
