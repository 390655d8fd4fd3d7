from __future__ import annotations

import os

import pytest

from warehouse.sources import SourceError, list_sources, read_sources


def test_lists_txt_and_md_recursively_and_skips_readmes(tmp_path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/one.txt", "a/b/two.md", "a/b/skip.csv", "README.TXT", "top.TXT"):
        (tmp_path / name).write_text("x")
    assert [e.relative_path for e in list_sources(tmp_path)] == ["a/b/two.md", "a/one.txt", "top.TXT"]


def test_missing_or_non_folder_source_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(SourceError, match="source folder not found"):
        list_sources(tmp_path / "nope")
    (tmp_path / "f.txt").write_text("x")
    with pytest.raises(SourceError, match="not a folder"):
        list_sources(tmp_path / "f.txt")


def test_unreadable_files_become_quarantine_records(tmp_path) -> None:
    (tmp_path / "big.txt").write_bytes(b"x" * 101)
    (tmp_path / "ok.txt").write_text("fine")
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    files, failed = read_sources(list_sources(tmp_path), max_bytes=100)
    assert [f.relative_path for f in files] == ["ok.txt"]
    assert sorted((os.path.basename(q.source), q.reason) for q in failed) == [
        ("big.txt", "too_large"),
        ("dangling.txt", "broken_symlink"),
    ]
