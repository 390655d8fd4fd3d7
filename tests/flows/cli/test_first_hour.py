"""What a new user tries in their first hour with themelake, and should get a plain answer to."""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, version

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
