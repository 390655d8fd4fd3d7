"""The `themelake` process: its output arrives whole and its exit status is the command's.

main() ends the process without the interpreter's teardown (flows/cli/main.py): what was printed
must still be flushed, and an error must still exit 2.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]


def themelake(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args], cwd=cwd, capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "HOME": str(cwd)},
    )


def test_a_long_output_into_a_pipe_arrives_whole(tmp_path) -> None:
    done = themelake("themes", "--export", cwd=tmp_path)
    bundled = (REPO / "transforms" / "taxonomies" / "iptc-media-topics.toml").read_text("utf-8")
    assert done.returncode == 0
    assert done.stdout == bundled


def test_a_user_error_exits_2_with_its_line(tmp_path) -> None:
    done = themelake("query", "select count(*) from articles", "--lake", str(tmp_path / "none"), cwd=tmp_path)
    assert done.returncode == 2
    assert "no lake" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.slow
def test_a_usage_error_exits_2_and_help_exits_0(tmp_path) -> None:
    assert themelake("no-such-command", cwd=tmp_path).returncode == 2
    helped = themelake("--help", cwd=tmp_path)
    assert helped.returncode == 0 and "themes" in helped.stdout


def test_a_malformed_setting_is_one_line_even_for_help(tmp_path) -> None:
    # Settings are read as the CLI loads: "10 MB" in the README makes THEMELAKE_MAX_FILE_BYTES=20MB a natural slip.
    done = subprocess.run(
        [sys.executable, "-m", "flows.cli", "--help"], cwd=tmp_path, capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
             "THEMELAKE_MAX_FILE_BYTES": "20MB"},
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip() == (
        "error: THEMELAKE_MAX_FILE_BYTES='20MB' is not a whole number"
    )


def test_a_warning_of_ours_is_one_line(tmp_path) -> None:
    # `compact` on a lake whose manifest holds a rows_per_file edited by hand printed Python's two
    # lines: `.../warehouse/compaction.py:183: UserWarning: ...`, then that line's source.
    said = subprocess.run(
        [sys.executable, "-c", "from flows.cli.main import one_line_warnings; one_line_warnings(); "
         "from warehouse.compaction_size import recorded_rows_per_file; "
         "recorded_rows_per_file({'rows_per_file': 'big'})"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert said.returncode == 0
    assert said.stderr == (
        "warning: the lake's manifest setting rows_per_file is ignored: "
        "rows per file 'big': give a whole number from 1 to 100,000,000\n"
    )
