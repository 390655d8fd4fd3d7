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


def test_a_read_only_disk_is_an_output_error_not_the_cleanups_oserror(tmp_path, monkeypatch) -> None:
    # On a read-only disk even removing a temporary that was never made fails (EROFS, not ENOENT):
    # the cleanup's OSError replaced the OutputError, and `report` on a read-only lake showed a traceback.
    import errno
    from pathlib import Path

    from warehouse import output_files

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(output_files, "open", read_only, raising=False)
    monkeypatch.setattr(Path, "unlink", read_only)
    with pytest.raises(OutputError) as error:
        write_files_whole([(tmp_path / "page.html", b"<html>"), (tmp_path / "latest.html", b"<html>")])
    assert error.value.reason == os.strerror(errno.EROFS)


@pytest.mark.skipif(not os.path.isdir("/dev/fd"), reason="no /dev/fd on this system")
@pytest.mark.parametrize("alias", ["/dev/fd/{fd}", "/proc/self/fd/{fd}"])
def test_a_descriptor_of_this_process_named_by_path_is_written_into_not_renamed_over(tmp_path, alias) -> None:
    # `learn -o /dev/stderr 2>> log` (or /dev/fd/3 with `3>> log`): the name leads to log, which a
    # temporary renamed over it replaced (losing what it held), and which opening it again would truncate.
    if alias.startswith("/proc") and not os.path.isdir("/proc/self/fd"):
        pytest.skip("no /proc/self/fd on this system")
    log = tmp_path / "log.txt"
    log.write_bytes(b"kept\n")
    inode = log.stat().st_ino
    fd = os.open(log, os.O_WRONLY | os.O_APPEND)
    try:
        write_files_whole([(alias.format(fd=fd), b"written\n")])
    finally:
        os.close(fd)
    assert log.read_bytes() == b"kept\nwritten\n" and log.stat().st_ino == inode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["log.txt"]


def test_a_descriptor_that_is_not_open_is_an_output_error(tmp_path) -> None:
    fd = os.open(tmp_path / "x", os.O_WRONLY | os.O_CREAT)
    os.close(fd)
    with pytest.raises(OutputError, match=f"/dev/fd/{fd}: "):
        write_files_whole([(f"/dev/fd/{fd}", b"data")])
