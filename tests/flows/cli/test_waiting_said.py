"""A command that waits for another run's writer lock says so once, however many times it waits."""

from __future__ import annotations

import typer
from filelock import FileLock
from typer.testing import CliRunner

from flows.cli.app import SETTINGS, LakeOption, say_waiting
from flows.cli.usage_errors import OneLineUsage
from warehouse import lake as lakes
from warehouse.lake_lock import LakeBusyError, wait_for_writer_lock

WAITING = "waiting for the lake's writer lock (held by another run)..."

# A command made as ours are (typer, with the --lake option every writing command takes): typer bundles its own
# click, so a check passed under a plain click command said nothing of ours, which said the wait twice.
waits = typer.Typer(cls=OneLineUsage)


@waits.command()
def waits_twice(lake: LakeOption = SETTINGS.lake) -> None:
    """Wait for the lake's lock twice, as `run` does: for its work, then before its flow starts."""
    for _ in range(2):
        try:
            wait_for_writer_lock(lake, 0.05, on_wait=say_waiting)
        except LakeBusyError:
            pass


@waits.command()
def other() -> None:
    """A second command, so that the app takes the command's name as `themelake` does."""


def test_two_waits_for_the_lock_in_one_command_are_said_once_and_again_by_the_next_command(tmp_path) -> None:
    # Two runs started at once each found the other's lock twice, and said "waiting ..." twice.
    lake = tmp_path / "lake"
    lake.mkdir()
    other_run = FileLock(str(lake / lakes.LOCK))  # another open file of the lock: flock makes it another holder
    other_run.acquire()
    try:
        first = CliRunner().invoke(waits, ["waits-twice", "--lake", str(lake)])
        second = CliRunner().invoke(waits, ["waits-twice", "--lake", str(lake)])
    finally:
        other_run.release()
    assert first.exit_code == 0 and first.output.count(WAITING) == 1, first.output
    assert second.output.count(WAITING) == 1, second.output  # another command: said again
