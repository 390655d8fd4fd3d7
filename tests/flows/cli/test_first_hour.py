"""What a new user tries in their first hour with themelake, and should get a plain answer to."""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, version

import typer
from typer.testing import CliRunner

from flows.cli.main import app

runner = CliRunner()


def test_version_says_which_themelake_this_is() -> None:
    # The first thing a bug report asks for; `--version` was "No such option" (exit 2).
    done = runner.invoke(app, ["--version"])
    assert done.exit_code == 0, done.output
    try:
        installed = version("themelake")
    except PackageNotFoundError:  # a source tree that is not installed
        installed = "unknown"
    assert re.match(rf"themelake {re.escape(installed)}\b", done.output), done.output


def test_run_help_names_every_file_type_run_reads() -> None:
    # `run --help` named 10 of the 16 types: a user with .nitf wire stories or .htm pages read that
    # themelake does not take them, while the quarantine's detail for a .pdf listed them all.
    from transforms.formats import SUFFIXES

    command = typer.main.get_command(app)
    source = next(p for p in command.commands["run"].params if p.name == "source")  # type: ignore[attr-defined]
    named = set(re.findall(r"(?<![\w/])\.[a-z]+", source.help))
    assert named - {".gz"} == set(SUFFIXES)
