"""An I/O error while a listed file is read is `unreadable`, not `vanished` (README, Quarantine reasons).

`vanished` means "listed, then gone when read"; a file that is there but fails to open or read for
another OS reason (a disk error, EIO) is `unreadable`, with the OS's reason in the detail.
"""

from __future__ import annotations

import errno
import os
import sys

import pytest

import warehouse.sources.reading
from tests.conftest import import_extra
from warehouse.sources import SourceEntry, list_sources, read_sources


def entries(folder) -> dict[str, SourceEntry]:
    return {e.relative_path: e for e in list_sources(folder)}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/mem is Linux's")
def test_a_read_that_fails_with_an_io_error_is_unreadable(tmp_path) -> None:
    # /proc/self/mem opens as a regular file, but reading its offset 0 (an address never mapped)
    # fails with EIO in the kernel: a real I/O error, whoever reads it (root included).
    (tmp_path / "ok.txt").write_text("Headline\n\nFine.\n")
    os.symlink("/proc/self/mem", tmp_path / "eio.txt")
    files, failed = read_sources(list(entries(tmp_path).values()))
    assert [f.relative_path for f in files] == ["ok.txt"]
    ((source, reason, detail),) = [(q.source, q.reason, q.detail) for q in failed]
    assert (os.path.basename(source), reason) == ("eio.txt", "unreadable")
    assert os.strerror(errno.EIO) in detail


def test_an_open_that_fails_with_an_io_error_is_unreadable(tmp_path, monkeypatch) -> None:
    for name in ("ok.txt", "bad.txt", "gone.txt"):
        (tmp_path / name).write_text("Headline\n\nFine.\n")
    listed = list(entries(tmp_path).values())
    (tmp_path / "gone.txt").unlink()  # listed, then gone: this one is vanished
    real_open = os.open

    def failing_open(path, flags, *args, **kwargs):
        if str(path).endswith("bad.txt"):
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(warehouse.sources.reading.os, "open", failing_open)
    files, failed = read_sources(listed)
    assert [f.relative_path for f in files] == ["ok.txt"]
    reasons = {os.path.basename(q.source): (q.reason, q.detail) for q in failed}
    assert {name: reason for name, (reason, _) in reasons.items()} == {"bad.txt": "unreadable", "gone.txt": "vanished"}
    assert os.strerror(errno.EIO) in reasons["bad.txt"][1]


def test_a_remote_read_that_fails_with_an_io_error_is_unreadable(monkeypatch) -> None:
    fsspec = import_extra("fsspec", "s3")  # sources on object storage come with the s3 extra
    import_extra("upath", "s3")
    from fsspec.implementations.memory import MemoryFileSystem

    fs = fsspec.filesystem("memory")
    for name in ("ok.txt", "bad.txt", "gone.txt"):
        fs.pipe_file(f"/themelake-read-errors/{name}", b"Headline\n\nFine.\n")
    try:
        listed = list(list_sources("memory://themelake-read-errors"))
        fs.rm_file("/themelake-read-errors/gone.txt")
        real_cat = MemoryFileSystem.cat_file

        def failing_cat(self, path, *args, **kwargs):
            if str(path).endswith("bad.txt"):
                raise OSError(errno.EIO, os.strerror(errno.EIO), str(path))
            return real_cat(self, path, *args, **kwargs)

        monkeypatch.setattr(MemoryFileSystem, "cat_file", failing_cat)
        files, failed = read_sources(listed)
    finally:
        fs.rm("/themelake-read-errors", recursive=True)
    assert [f.relative_path for f in files] == ["ok.txt"]
    reasons = {q.source.rsplit("/", 1)[-1]: q.reason for q in failed}
    assert reasons == {"bad.txt": "unreadable", "gone.txt": "vanished"}


def test_a_file_is_read_in_one_system_call_and_whole_when_a_read_is_short(tmp_path, monkeypatch) -> None:
    # A regular file's read returns fewer bytes than asked only at its end: reading its fstat size plus one
    # byte and getting the size is its end, no second read to see it (a batch of 2,000 files made 4,000).
    (tmp_path / "a.txt").write_text("Headline\n\nFine.\n")
    (tmp_path / "b.txt").write_text("Headline\n\n" + "Long enough to be read in parts. " * 50)
    listed = sorted(entries(tmp_path).values(), key=lambda e: e.relative_path)
    real_read = os.read
    calls: list[int] = []

    def counted_read(fd, size):
        calls.append(size)
        return real_read(fd, size)

    monkeypatch.setattr(warehouse.sources.reading.os, "read", counted_read)
    files, failed = read_sources(listed[:1])
    assert (len(calls), failed, files[0].data) == (1, [], b"Headline\n\nFine.\n")

    def short_read(fd, size):  # a file system that hands a file over 100 bytes at a time
        return real_read(fd, min(size, 100))

    monkeypatch.setattr(warehouse.sources.reading.os, "read", short_read)
    files, failed = read_sources(listed[1:])
    assert files[0].data == (tmp_path / "b.txt").read_bytes() and not failed
