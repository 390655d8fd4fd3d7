"""A child tied to its parent (flows/lifeline.py) exits soon after the parent dies, even by SIGKILL."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from flows import lifeline
from tests.flows.orphans import children_of, on_linux, read_line, survivors

REPO = Path(__file__).resolve().parents[2]
# A parent that starts a tied child and then waits forever; the child sleeps forever too.
PARENT = """
import os, subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", sys.argv[1], str(os.getpid())])
print("started", child.pid, flush=True)
time.sleep(600)
"""
CHILD = """
import sys, time
from flows.lifeline import tie_to_parent
tie_to_parent(int(sys.argv[1]))
print("tied", flush=True)
time.sleep(600)
"""

pytestmark = pytest.mark.skipif(not on_linux(), reason="reads the process table from /proc")


def test_a_tied_child_exits_when_its_parent_is_killed(tmp_path) -> None:
    log = tmp_path / "out.txt"
    with open(log, "w") as out:
        parent = subprocess.Popen(
            [sys.executable, "-c", PARENT, CHILD], cwd=REPO, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        assert read_line(log, "tied", timeout=60), log.read_text()
        children = children_of(parent.pid)
        assert len(children) == 1
    finally:
        parent.send_signal(signal.SIGKILL)  # the parent alone, as the OOM killer would
        parent.wait()
    assert survivors(children, within=10) == {}
    assert read_line(log, "is gone", timeout=1)  # it said why it exited


def test_a_process_that_is_not_tied_is_never_orphaned() -> None:
    assert not lifeline.orphaned()
    lifeline.exit_if_orphaned()  # the run's own process: a no-op


def test_a_child_whose_parent_is_already_gone_exits_at_once(tmp_path) -> None:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(gone.pid)], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert child.returncode == lifeline.ORPHAN_EXIT
    assert "tied" not in child.stdout
