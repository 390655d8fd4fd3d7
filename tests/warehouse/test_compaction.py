from __future__ import annotations

import json

from tests.warehouse.test_lake import staged_batch
from warehouse import lake as lakes
from warehouse.catalog import query
from warehouse.compaction import compact_lake

QUERIES = [
    "select article_id, content_hash, title from articles order by all",
    "select paragraph_id, ordinal, text from paragraphs order by all",
    "select paragraph_id, theme_id, score, evidence from paragraph_themes order by all",
    "select count(*) from articles_history",
]


def test_compaction_rewrites_files_atomically_and_keeps_every_result(tmp_path) -> None:
    for n in range(5):
        lakes.commit(tmp_path, staged_batch(tmp_path, f"run-{n}"))
    before = {q: query(tmp_path, q).to_pylist() for q in QUERIES}
    old = json.loads((tmp_path / lakes.MANIFEST).read_text())["tables"]

    result = compact_lake(tmp_path, rows_per_file=20)

    new = json.loads((tmp_path / lakes.MANIFEST).read_text())["tables"]
    assert (result.before["articles"], result.after["articles"]) == (5, 1)  # 15 rows: one file
    assert (result.before["paragraphs"], result.after["paragraphs"]) == (5, 2)  # 30 rows: 20 + 10
    assert {q: query(tmp_path, q).to_pylist() for q in QUERIES} == before
    assert all((tmp_path / f).exists() for files in new.values() for f in files)
    assert not any((tmp_path / f).exists() for files in old.values() for f in files)
    assert compact_lake(tmp_path, rows_per_file=20).manifest_version is None  # nothing left to do


def test_compaction_killed_before_or_after_its_swap_loses_nothing(tmp_path, monkeypatch) -> None:
    import warehouse.compaction as compaction

    for n in range(3):
        lakes.commit(tmp_path, staged_batch(tmp_path, f"run-{n}"))
    before = {q: query(tmp_path, q).to_pylist() for q in QUERIES}

    def die(*args, **kwargs):
        raise KeyboardInterrupt  # as if killed: new files written, manifest not swapped

    monkeypatch.setattr(compaction, "commit", die)
    try:
        compact_lake(tmp_path)
    except KeyboardInterrupt:
        pass
    monkeypatch.undo()
    assert {q: query(tmp_path, q).to_pylist() for q in QUERIES} == before
    with lakes.writer_lock(tmp_path, timeout=1):  # the next writer removes the unnamed new files
        pass
    assert not list((tmp_path / lakes.DATA).rglob("compacted-*"))

    def unlink_dies(self, missing_ok=False):
        raise KeyboardInterrupt  # as if killed after the swap, before deleting the old files

    old = json.loads((tmp_path / lakes.MANIFEST).read_text())["tables"]
    monkeypatch.setattr(compaction.Path, "unlink", unlink_dies)
    try:
        compact_lake(tmp_path)
    except KeyboardInterrupt:
        pass
    monkeypatch.undo()
    assert {q: query(tmp_path, q).to_pylist() for q in QUERIES} == before
    with lakes.writer_lock(tmp_path, timeout=1):  # the old files, no longer named, are removed
        pass
    assert not any((tmp_path / f).exists() for files in old.values() for f in files)
    assert {q: query(tmp_path, q).to_pylist() for q in QUERIES} == before
