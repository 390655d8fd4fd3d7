"""A writer that finds the lake locked says so once, waits, then gives up in one line."""

from __future__ import annotations

import time

import pytest
from filelock import FileLock

from warehouse import lake as lakes
from warehouse import lake_lock


def held(lake) -> FileLock:
    """Take the lake's writer lock as another run would (another open file: flock locks conflict)."""
    lake.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(lake / lakes.LOCK))
    lock.acquire()
    return lock


@pytest.mark.slow
def test_a_busy_lake_is_said_once_then_refused_in_one_line(tmp_path) -> None:
    lock = held(tmp_path)
    said: list[str] = []
    try:
        started = time.monotonic()
        with pytest.raises(lake_lock.LakeBusyError) as caught:
            with lake_lock.writer_lock(tmp_path, timeout=0.5, on_wait=lambda: said.append(lake_lock.WAITING_FOR_LOCK)):
                pass
        assert time.monotonic() - started >= 0.5
    finally:
        lock.release()
    assert said == ["waiting for the lake's writer lock (held by another run)..."]
    message = str(caught.value)
    assert "being written by another themelake run" in message and "THEMELAKE_LOCK_TIMEOUT" in message
    assert "\n" not in message


def test_a_free_lake_is_not_waited_for_and_nothing_is_said(tmp_path) -> None:
    said: list[str] = []
    with lake_lock.writer_lock(tmp_path, timeout=0.5, on_wait=lambda: said.append("waiting")):
        pass
    lake_lock.wait_for_writer_lock(tmp_path, 0.5, on_wait=lambda: said.append("waiting"))
    assert said == []


def test_waiting_for_a_lock_that_is_released_returns_without_holding_it(tmp_path) -> None:
    lock = held(tmp_path)
    said: list[str] = []

    def release_soon() -> None:
        said.append("waiting")
        lock.release()  # the other run ends while we wait

    lake_lock.wait_for_writer_lock(tmp_path, 5, on_wait=release_soon)
    assert said == ["waiting"]
    with lake_lock.writer_lock(tmp_path, timeout=0):  # not held by the waiter afterwards
        pass


def test_waiting_on_a_lake_that_does_not_exist_creates_nothing(tmp_path) -> None:
    lake_lock.wait_for_writer_lock(tmp_path / "new-lake", 0.5)
    assert not (tmp_path / "new-lake").exists()
