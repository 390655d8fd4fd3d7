"""Files a user names with -o: written whole, through links, into pipes, never renamed over what is not a file."""

from __future__ import annotations

import os
import stat
import threading

import pytest

from warehouse.output_files import OutputError, write_files_whole


def test_a_link_is_written_through_and_an_existing_file_keeps_its_permissions(tmp_path) -> None:
    real = tmp_path / "real.toml"
    real.write_text("old")
    real.chmod(0o600)
    link = tmp_path / "link.toml"
    link.symlink_to(real)
    assert write_files_whole([(link, b"new")]) == [real]
    assert link.is_symlink() and real.read_text() == "new"
    assert stat.S_IMODE(real.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.toml", "real.toml"]


def test_a_pipe_is_written_into_not_replaced(tmp_path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    write_files_whole([(fifo, b"<html>page</html>")])
    reader.join(timeout=10)
    assert got == [b"<html>page</html>"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still the pipe, not a regular file renamed over it


def test_all_or_none_when_one_file_cannot_be_written(tmp_path) -> None:
    first = tmp_path / "a.npz"
    first.write_bytes(b"earlier")
    with pytest.raises(OutputError) as error:
        write_files_whole([(first, b"new"), (tmp_path / "missing" / "b.toml", b"new")])
    assert error.value.path.endswith("b.toml") and "No such file" in error.value.reason
    assert first.read_bytes() == b"earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["a.npz"]  # no temporaries left
    with pytest.raises(OutputError, match="is a folder"):
        write_files_whole([(tmp_path, b"x")])
