"""Staging (warehouse/staging.py): rows written as files no reader sees until a commit names them."""

from __future__ import annotations

import pytest

from tests.warehouse.test_lake import staged_batch
from warehouse import lake as lakes
from warehouse import staging
from warehouse.catalog import query
from warehouse.schemas import TABLES


@pytest.mark.slow
def test_staged_rows_are_invisible_until_commit(tmp_path) -> None:
    lakes.commit(tmp_path, {})
    staged = staged_batch(tmp_path)
    assert query(tmp_path, "select count(*) as n from articles").to_pylist() == [{"n": 0}]
    lakes.commit(tmp_path, staged)
    assert query(tmp_path, "select count(*) as n from articles").to_pylist() == [{"n": 3}]
    assert query(tmp_path, "select count(*) as n from paragraphs").to_pylist() == [{"n": 6}]


def test_no_rows_stage_no_file(tmp_path) -> None:
    lakes.commit(tmp_path, {})
    assert staging.stage_table(tmp_path, "runs", TABLES["runs"].empty_table(), "run-1") is None
    assert staging.stage_files(tmp_path, "runs", TABLES["runs"].empty_table(), "run-1") == []
    assert [p.name for p in (tmp_path / lakes.DATA / "runs").iterdir()] == [lakes.SCHEMA_FILE]


def test_a_batch_in_parts_is_one_file_a_table_and_a_failed_part_leaves_none(tmp_path) -> None:
    lakes.commit(tmp_path, {})
    schema = TABLES["runs"]
    with staging.BatchFiles(tmp_path) as files:
        files.write("runs", schema.empty_table(), "part-1")
        files.write("runs", schema.empty_table(), "part-2")
        staged = files.close()
    # Two parts, one file, named after the first part's tag.
    assert list(staged) == ["runs"] and len(staged["runs"]) == 1 and staged["runs"][0].startswith("data/runs/part-1-")
    assert (tmp_path / staged["runs"][0]).is_file()
    with pytest.raises(RuntimeError), staging.BatchFiles(tmp_path) as files:
        files.write("runs", schema.empty_table(), "part-3")
        raise RuntimeError("a part failed")
    assert not [p for p in (tmp_path / lakes.DATA / "runs").iterdir() if "part-3" in p.name]
