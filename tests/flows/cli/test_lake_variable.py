"""THEMELAKE_LAKE naming a folder of other files is said as the variable by every command that reads it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]


def said(args: list[str], value: str, cwd: Path) -> str:
    """Return what a command said with THEMELAKE_LAKE=value, run in a process of its own (the variable is read
    as the CLI loads), on one line; it must have been refused with exit 2."""
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "HOME": str(cwd), "THEMELAKE_LAKE": value}
    done = subprocess.run([sys.executable, "-m", "flows.cli", *args], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    return " ".join(done.stderr.split())


@pytest.mark.parametrize("command", [["query", "select 1"], ["report"], ["compact"], ["enrich"], ["run", "inbox"]])
def test_a_folder_of_other_files_in_the_variable_is_said_as_the_variable(tmp_path, command) -> None:
    # THEMELAKE_LAKE=docs was told "no lake at docs: ...; give --lake a lake's folder": a flag never typed, and
    # nothing to find the variable by; `query "select 1"` ran with exit 0 on the folder.
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "notes.txt").write_text("notes")
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "a.txt").write_text("Headline\n\nA paragraph of news.")
    line = said(command, "docs", tmp_path)
    assert line.startswith("error: THEMELAKE_LAKE=docs: ") and "--lake" not in line, line
    assert "a folder of other files (1, such as 'notes.txt')" in line and "give THEMELAKE_LAKE " in line, line


@pytest.mark.parametrize("folder", ["hidden", "new"])
@pytest.mark.parametrize("command", [["query", "select count(*) from articles"], ["report"], ["compact"]])
def test_no_lake_in_the_variables_folder_is_said_as_the_variable(tmp_path, command, folder) -> None:
    # THEMELAKE_LAKE=hidden was told "run `themelake run SOURCE --lake hidden` first": a flag never typed.
    (tmp_path / "hidden").mkdir()
    (tmp_path / "hidden" / ".keep").write_text("")
    line = said(command, folder, tmp_path)
    assert line.startswith(f"error: THEMELAKE_LAKE={folder}: no lake there (no "), line
    assert line.endswith("run `themelake run SOURCE` first") and "--lake" not in line, line
