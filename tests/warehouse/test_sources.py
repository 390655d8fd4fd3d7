from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warehouse.sources import SourceError, iter_sources, list_sources, read_sources


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


# Names that sort differently as whole paths than folder by folder would ("a/x" < "a-b" < "a.txt"
# < "a0" as names, but "a-b" < "a.txt" < "a/x" < "a0" as paths), and one outside ASCII.
NAMES = ["a", "a-b", "a.txt", "a0", "B.md", "é.txt", "z"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paths=st.lists(st.lists(st.sampled_from(NAMES), min_size=1, max_size=3), max_size=12))
def test_listing_streams_in_the_order_of_sorted_relative_paths(tmp_path_factory, paths) -> None:
    root = tmp_path_factory.mktemp("walk")
    for parts in paths:
        *folders, name = parts
        folder = root.joinpath(*folders)
        if any(p.is_file() for p in [folder, *folder.parents] if p != root and root in p.parents):
            continue  # a name already taken by a file
        folder.mkdir(parents=True, exist_ok=True)
        if not (folder / f"{name}.txt").is_dir():
            (folder / f"{name}.txt").write_text("x")
    listed = [e.relative_path for e in iter_sources(root)]
    assert listed == sorted(listed)
    assert set(listed) == {str(p.relative_to(root)) for p in root.rglob("*.txt") if p.is_file()}


def test_a_symlinked_folder_is_not_walked_and_a_symlinked_file_is_listed(tmp_path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("x")
    os.symlink(tmp_path / "real", tmp_path / "link")
    os.symlink(tmp_path / "real" / "a.txt", tmp_path / "b.txt")
    assert [e.relative_path for e in iter_sources(tmp_path)] == ["b.txt", "real/a.txt"]
