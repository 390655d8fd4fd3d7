from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from warehouse import lake as lakes
from warehouse import lake_lock

HOLDER = """
import sys, time
from warehouse.lake_lock import writer_lock
with writer_lock(sys.argv[1], timeout=5):
    print("held", flush=True)
    time.sleep(120)
"""


def hold_lock(lake: Path) -> subprocess.Popen:
    """Start another process that takes the lake's writer lock and keeps it."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lake)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


@pytest.mark.slow
def test_second_writer_is_refused_with_a_clear_message_then_gets_the_lock(tmp_path) -> None:
    holder = hold_lock(tmp_path)
    try:
        started = time.monotonic()
        with pytest.raises(lakes.LakeError, match="being written by another themelake run.*waited 0.5 s"):
            with lake_lock.writer_lock(tmp_path, timeout=0.5):
                pass
        assert time.monotonic() - started >= 0.5  # it waited before refusing
    finally:
        holder.terminate()
        holder.wait()
    with lake_lock.writer_lock(tmp_path, timeout=5):
        pass


@pytest.mark.slow
def test_lock_of_a_killed_writer_does_not_block(tmp_path) -> None:
    holder = hold_lock(tmp_path)
    holder.send_signal(signal.SIGKILL)  # no clean-up code runs: the kernel drops the lock
    holder.wait()
    assert (tmp_path / lakes.LOCK).exists()  # the lock file stays, the lock does not
    with lake_lock.writer_lock(tmp_path, timeout=5):
        pass


def test_a_lake_whose_lock_cannot_be_opened_is_one_line_saying_it_can_be_read(tmp_path, monkeypatch) -> None:
    # A read-only disk (or another user's lake): FileLock's OSError was a traceback in every command that writes.
    import errno

    from filelock import FileLock

    def read_only(self, *args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    lakes.commit(tmp_path, {})
    monkeypatch.setattr(FileLock, "acquire", read_only)
    with pytest.raises(lakes.LakeError, match="cannot write the lake .*Read-only file system.*can still be read"):
        with lake_lock.writer_lock(tmp_path, timeout=1):
            pass
