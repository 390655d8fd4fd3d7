"""A local lake survives a power cut: each file's bytes reach the disk before it gets its final name,
and its name (its folder) before the manifest that names it; compaction deletes old files only after."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.warehouse.test_lake import staged_batch
from warehouse import lake as lakes
from warehouse import staging
from warehouse.compaction import compact_lake
from warehouse.schemas import TABLES


class DiskLog(list[tuple[str, str]]):
    """Every fsync (of which file or folder), rename (to where) and delete, in order, and the
    temporary name each renamed file had (`renamed_from`)."""

    def __init__(self) -> None:
        super().__init__()
        self.renamed_from: dict[str, str] = {}


@pytest.fixture
def disk_log(monkeypatch) -> DiskLog:
    """Record, in order, every fsync, rename and delete (see DiskLog)."""
    log = DiskLog()
    fsync, replace, unlink = os.fsync, os.replace, Path.unlink

    def logged_fsync(fd: int) -> None:
        log.append(("fsync", os.path.realpath(f"/proc/self/fd/{fd}")))
        fsync(fd)

    def logged_replace(src, dst) -> None:
        before, after = os.path.realpath(src), os.path.realpath(dst)
        replace(src, dst)
        log.renamed_from[after] = before
        log.append(("rename", after))  # one append each: compaction's lanes rename from two threads

    def logged_unlink(self: Path, missing_ok: bool = False) -> None:
        log.append(("delete", os.path.realpath(self)))
        unlink(self, missing_ok=missing_ok)

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to name a file descriptor's file")
    monkeypatch.setattr(os, "fsync", logged_fsync)
    monkeypatch.setattr(os, "replace", logged_replace)
    monkeypatch.setattr(Path, "unlink", logged_unlink)
    return log


def where(log: list[tuple[str, str]], event: str, path: Path) -> list[int]:
    return [i for i, entry in enumerate(log) if entry == (event, os.path.realpath(path))]


def assert_durable_before_manifest(log: DiskLog, root: Path, relative: str) -> None:
    """The file was flushed under its temporary name, renamed, and its folder flushed, all before the
    last rename of the manifest."""
    path = root / relative
    manifest = where(log, "rename", root / lakes.MANIFEST)[-1]
    renamed = where(log, "rename", path)
    assert renamed, f"{relative} was never renamed into place"
    temporary = log.renamed_from[os.path.realpath(path)]
    assert ("fsync", temporary) in log[: renamed[0]], f"{relative}'s bytes were not flushed before its rename"
    folder = [i for i in where(log, "fsync", path.parent) if renamed[0] < i < manifest]
    assert folder, f"{relative}'s folder was not flushed between its rename and the manifest's"


def test_a_commit_names_only_files_flushed_to_the_disk(tmp_path, disk_log) -> None:
    lakes.commit(tmp_path, {})
    staged = staged_batch(tmp_path)
    lakes.commit(tmp_path, staged)
    files = [f for table_files in staged.values() for f in table_files]
    assert files
    for relative in files:
        assert_durable_before_manifest(disk_log, tmp_path, relative)
    assert where(disk_log, "fsync", tmp_path)[-1] > where(disk_log, "rename", tmp_path / lakes.MANIFEST)[-1]


def test_a_batch_written_in_parts_is_flushed_before_it_is_put_in_place(tmp_path, disk_log) -> None:
    lakes.commit(tmp_path, {})
    schema = TABLES["runs"]
    with staging.BatchFiles(tmp_path) as files:
        files.write("runs", schema.empty_table(), "part-1")
        staged = files.close()
    lakes.commit(tmp_path, staged)
    assert_durable_before_manifest(disk_log, tmp_path, staged["runs"][0])
    assert lakes.read_manifest(tmp_path).files("runs") == staged["runs"]


@pytest.mark.slow
def test_compaction_deletes_old_files_only_once_their_rows_new_files_are_on_the_disk(tmp_path, disk_log) -> None:
    for n in range(3):
        lakes.commit(tmp_path, staged_batch(tmp_path, f"run-{n}"))
    disk_log.clear()
    result = compact_lake(tmp_path)
    new = json.loads((tmp_path / lakes.MANIFEST).read_text())["tables"]
    written = [f for table in result.after for f in new[table] if f not in result.deleted]
    assert result.deleted and written
    for relative in written:
        assert_durable_before_manifest(disk_log, tmp_path, relative)
    manifest = where(disk_log, "rename", tmp_path / lakes.MANIFEST)[-1]
    deletes = [i for i, (event, _) in enumerate(disk_log) if event == "delete"]
    assert deletes and min(deletes) > manifest


def test_a_commit_flushes_only_the_folders_that_gained_files(tmp_path, disk_log) -> None:
    lakes.commit(tmp_path, staged_batch(tmp_path))  # files in several tables' folders
    first = [path for event, path in disk_log if event == "fsync" and Path(path).is_dir()]
    assert os.path.realpath(tmp_path / lakes.DATA) in first  # their folders' own names, the first time
    disk_log.clear()
    staged = staged_batch(tmp_path, run_id="run-2")
    articles_only = {"articles": staged["articles"]}
    lakes.commit(tmp_path, articles_only)
    assert_durable_before_manifest(disk_log, tmp_path, articles_only["articles"][0])
    folders = [path for event, path in disk_log if event == "fsync" and Path(path).is_dir()]
    # The articles' folder (its new file's name), then the lake's (the manifest's rename): the other tables'
    # folders gained nothing since the manifest that named their files, which flushed them.
    assert folders[-2:] == [os.path.realpath(tmp_path / lakes.DATA / "articles"), os.path.realpath(tmp_path)]
    assert os.path.realpath(tmp_path / lakes.DATA / "paragraphs") not in folders
