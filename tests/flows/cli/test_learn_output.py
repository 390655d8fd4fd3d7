"""Where `themelake learn -o` writes: standard output written into, never renamed over; a sidecar needs a file."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.flows.test_labels import LABELED_TAXONOMY

REPO = Path(__file__).resolve().parents[3]


def learn_to(name: str, stdout, tmp_path: Path, taxonomy: str | None) -> subprocess.CompletedProcess:
    """Run `themelake learn -o NAME` on the labeled fixtures in a process of its own, its standard output `stdout`."""
    data = REPO / "tests" / "data"
    args = ["learn", str(data / "labeled"), "--map", str(data / "labeled-map.toml"), "-o", name]
    if taxonomy is not None:
        args += ["--taxonomy", taxonomy]
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args],
        cwd=tmp_path, stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=300,
        env={**os.environ, "PYTHONPATH": str(REPO), "DO_NOT_TRACK": "1"},
    )


@pytest.mark.parametrize("name", ["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1", "/dev//stdout"])
@pytest.mark.slow
def test_learn_to_stdout_redirected_to_a_file_is_written_into_it_not_renamed_over_it(tmp_path, name) -> None:
    # `learn -o /dev/stdout >> all.toml` replaced all.toml by the taxonomy (a temporary renamed over the
    # file /dev/stdout led to), and `-o -` wrote a file named "-".
    base = tmp_path / "base.toml"
    base.write_text(LABELED_TAXONOMY.replace('name = "labeled"', 'name = "labeled"\nsemantic = false'))
    kept = tmp_path / "all.toml"
    kept.write_text("# kept\n")
    with open(kept, "a") as stdout:
        done = learn_to(name, stdout, tmp_path, str(base))
    assert done.returncode == 0, done.stderr
    text = kept.read_text()
    assert text.startswith("# kept\n# Learned by `themelake learn` from 9 labeled articles")
    assert "wrote" not in text and "learned terms" in done.stderr  # the summary goes to stderr
    # Every name of stdout is stdout: `-o /dev/fd/1` put the `note:` line and `wrote /dev/fd/1` in the file.
    assert "note:" not in text and "note:" in done.stderr
    tomllib.loads(text)
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("name", ["-", "/dev/stdout", "/dev/stderr", "/dev/fd/1"])
@pytest.mark.slow
def test_learn_to_stdout_with_theme_vectors_is_one_line_before_learning(tmp_path, name) -> None:
    # With a semantic layer (the bundled base's, every taxonomy's unless `semantic = false`) the theme
    # vectors go to a file beside the taxonomy: standard output has no "beside", so it is refused
    # before any reading or learning.
    done = learn_to(name, subprocess.PIPE, tmp_path, None)
    assert done.returncode == 2 and done.stdout == ""
    (line,) = [line for line in done.stderr.splitlines() if line]
    assert line.startswith("error: ") and "theme vectors" in line and "-o my-taxonomy.toml" in line
    assert "Traceback" not in done.stderr and not list(tmp_path.iterdir())


@pytest.mark.skipif(not os.path.isdir("/dev/fd"), reason="no /dev/fd on this system")
@pytest.mark.slow
def test_learn_to_a_descriptor_it_was_not_given_is_one_line_before_learning(tmp_path) -> None:
    # `learn -o /dev/fd/9` with no descriptor 9 failed only after learning (or wrote into one of the
    # program's own): refused in one line before anything is read.
    base = tmp_path / "base.toml"
    base.write_text(LABELED_TAXONOMY.replace('name = "labeled"', 'name = "labeled"\nsemantic = false'))
    done = learn_to("/dev/fd/9", subprocess.PIPE, tmp_path, str(base))
    assert done.returncode == 2 and done.stdout == ""
    (line,) = [line for line in done.stderr.splitlines() if line]
    assert line.startswith("error: -o /dev/fd/9: descriptor 9 was not open when the command started")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
@pytest.mark.slow
def test_learn_to_stdout_on_a_full_disk_is_one_line(tmp_path) -> None:
    # `learn -o - > /dev/full`: an OSError (no space left on device) traceback.
    base = tmp_path / "base.toml"
    base.write_text(LABELED_TAXONOMY.replace('name = "labeled"', 'name = "labeled"\nsemantic = false'))
    with open("/dev/full", "w") as full:
        done = learn_to("-", full, tmp_path, str(base))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    (line,) = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert line == "error: cannot write the taxonomy to standard output: No space left on device"
