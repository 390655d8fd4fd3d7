"""A --lake with no lake there is said as the user typed it: a spaced name one shell word, a quoted `~` path
not placed in the current folder; a plain name keeps the warehouse's line."""

from __future__ import annotations

import shlex

import pytest
from typer.testing import CliRunner

from flows.cli.main import app

runner = CliRunner()


def said(args: list[str]) -> str:
    """Return the one line a command said on refusing its lake with exit 2."""
    done = runner.invoke(app, args)
    assert done.exit_code == 2, done.output
    return " ".join(done.output.split())


@pytest.mark.parametrize("command", [["report"], ["query", "select count(*) from articles"], ["themes"]])
@pytest.mark.parametrize("lake", ["my lake", "~/x y"])
def test_a_spaced_lake_in_the_command_to_run_is_one_shell_word(tmp_path, monkeypatch, command, lake) -> None:
    # `--lake "my lake"` was told to run `themelake run SOURCE --lake my lake`: two words in a shell.
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    line = said([*command, "--lake", lake])
    suggested = line.split("`")[1]
    assert shlex.split(suggested)[-2:] == ["--lake", lake], line  # `~/'x y'`: one word, `~` left to expand
    assert "'~" not in suggested, line  # a quoted `~` is not the home folder to a shell


@pytest.mark.parametrize("command", [["report"], ["compact"], ["query", "select count(*) from articles"]])
def test_a_quoted_home_path_is_not_said_to_be_in_the_current_folder(tmp_path, monkeypatch, command) -> None:
    # `--lake "~/news"` (the shell left `~`; themelake reads it as the home folder) was told "no such folder in"
    # the current folder, where the user would look for a folder named `~`.
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    line = said([*command, "--lake", "~/news"])
    assert line.startswith("error: no lake at ~/news (no such folder)"), line
    assert str(tmp_path / "work") not in line, line


def test_a_plain_name_keeps_the_warehouse_line(tmp_path, monkeypatch) -> None:
    # Should not change: a name that is one word, in the current folder, is said there.
    monkeypatch.chdir(tmp_path)
    line = said(["report", "--lake", "news"])
    wanted = f"error: no lake at news (no such folder in {tmp_path}): run `themelake run SOURCE --lake news` first"
    assert line == wanted, line
