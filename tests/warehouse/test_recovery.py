from __future__ import annotations

import json
import os

import pytest

from tests.warehouse.test_catalog_lag import catalog_articles
from tests.warehouse.test_lake import staged_batch
from warehouse import lake as lakes
from warehouse import lake_lock
from warehouse.committed_reads import query


def test_writer_removes_a_killed_runs_staged_files_but_never_committed_ones(tmp_path) -> None:
    lakes.commit(tmp_path, staged_batch(tmp_path, "run-1"))
    orphans = staged_batch(tmp_path, "run-2")  # staged, never committed: as a killed run leaves them
    (tmp_path / f".{lakes.MANIFEST}.dead.tmp").write_text("{")  # a manifest write cut short
    with lake_lock.writer_lock(tmp_path, timeout=1):
        pass
    manifest = json.loads((tmp_path / lakes.MANIFEST).read_text())
    named = [f for files in manifest["tables"].values() for f in files]
    assert named and all((tmp_path / f).exists() for f in named)
    assert not any((tmp_path / f).exists() for files in orphans.values() for f in files)
    assert not list(tmp_path.glob(".*.tmp"))
    assert query(tmp_path, "select count(*) as n from articles").to_pylist() == [{"n": 3}]


@pytest.mark.slow
def test_writer_rebuilds_a_catalog_left_one_commit_behind(tmp_path) -> None:
    lakes.commit(tmp_path, {})
    stale = (tmp_path / lakes.CATALOG).read_bytes()
    lakes.commit(tmp_path, staged_batch(tmp_path))
    # As if killed between the manifest swap and the catalog swap:
    (tmp_path / lakes.CATALOG).write_bytes(stale)
    os.utime(tmp_path / lakes.CATALOG, ns=(1, 1))
    assert catalog_articles(tmp_path) == 0
    # A reader meanwhile reads the manifest's state (tests/warehouse/test_catalog_lag.py).
    assert query(tmp_path, "select count(*) as n from articles").to_pylist() == [{"n": 3}]
    with lake_lock.writer_lock(tmp_path, timeout=1):
        pass
    assert catalog_articles(tmp_path) == 3
