"""Staging (warehouse/staging.py): rows written as files no reader sees until a commit names them."""

from __future__ import annotations

from datetime import UTC, datetime

import pyarrow.parquet as pq
import pytest

from tests.warehouse.test_lake import staged_batch
from transforms.pipeline import ArticleFile, build_batch
from transforms.taxonomy import parse_taxonomy
from warehouse import lake as lakes
from warehouse import staging
from warehouse.committed_reads import query
from warehouse.schemas import TABLES
from warehouse.tables import stage_rows


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


def _war_rows():  # noqa: ANN202
    """Three small articles' rows, labelled with terms alone and not enriched."""
    taxonomy = parse_taxonomy('[taxonomy]\nname = "t"\nsemantic = false\n[[themes]]\nid = "war"\nname = "war"\n'
                              'terms = ["troops", "war"]\n')
    files = [ArticleFile(f"/in/{i}.txt", f"Headline {i}\n\nTroops of war {i}.\n\nMore troops.\n".encode())
             for i in range(3)]
    return build_batch(files, taxonomy, "run-1", datetime(2024, 1, 1, tzinfo=UTC), enrichments=False)


def test_a_batch_file_encodes_repeated_columns_as_dictionaries_and_keeps_no_statistics_of_text(tmp_path) -> None:
    lakes.commit(tmp_path, {})
    rows = _war_rows()
    with staging.BatchFiles(tmp_path) as batch:
        stage_rows(tmp_path, rows, "part-1", batch)
        staged = batch.close()

    def columns(table: str) -> dict[str, pq.ColumnChunkMetaData]:
        meta = pq.ParquetFile(tmp_path / staged[table][0]).metadata.row_group(0)
        return {meta.column(i).path_in_schema: meta.column(i) for i in range(meta.num_columns)}

    paragraphs, themes = columns("paragraphs"), columns("paragraph_themes")
    assert paragraphs["role"].has_dictionary_page and not paragraphs["paragraph_id"].has_dictionary_page
    assert paragraphs["paragraph_id"].is_stats_set and not paragraphs["text"].is_stats_set
    term = themes["evidence.list.element.term"]
    assert term.has_dictionary_page and not term.is_stats_set
    # What a query reads back is the rows as built.
    read = pq.read_table(tmp_path / staged["paragraphs"][0]).to_pydict()
    assert {k: read[k] for k in ("paragraph_id", "role", "text")} == {
        k: rows.paragraphs[k] for k in ("paragraph_id", "role", "text")
    }


def test_a_batch_file_leaves_uncompressed_only_the_columns_zstd_does_not_shrink(tmp_path) -> None:
    lakes.commit(tmp_path, {})
    rows = _war_rows()
    with staging.BatchFiles(tmp_path) as batch:
        stage_rows(tmp_path, rows, "part-1", batch)
        stage_rows(tmp_path, rows, "part-2", batch)
        staged = batch.close()
    for table in ("articles", "paragraphs", "paragraph_themes"):
        file = pq.ParquetFile(tmp_path / staged[table][0])
        codecs = {}
        for group in range(file.metadata.num_row_groups):
            meta = file.metadata.row_group(group)
            codecs |= {meta.column(i).path_in_schema: meta.column(i).compression for i in range(meta.num_columns)}
        assert set(codecs) >= staging._UNCOMPRESSED[table]  # each name listed is a column of the table
        plain = {path for path, codec in codecs.items() if codec == "UNCOMPRESSED"}
        assert plain == staging._UNCOMPRESSED[table] and set(codecs.values()) == {"UNCOMPRESSED", "ZSTD"}
        # The rows read back are the rows built, whatever each column's codec.
        assert file.read().to_pydict()["article_id"] == 2 * getattr(rows, table)["article_id"]


def _runs_part(schema, ids: range):  # noqa: ANN001, ANN202
    row = {name: [None] * len(ids) for name in schema.names}
    row["run_id"] = [f"run-{i}" for i in ids]
    return schema.empty_table().from_pydict(row, schema=schema)


@pytest.mark.parametrize("held_bytes, groups", [(None, 1), (1, 3)])
def test_a_batch_file_writes_its_parts_rows_as_row_groups_of_the_bytes_it_holds(
    tmp_path, monkeypatch, held_bytes, groups
) -> None:
    lakes.commit(tmp_path, {})
    if held_bytes is not None:  # every part over the limit: a row group each, as they come
        monkeypatch.setattr(staging, "HELD_BYTES", held_bytes)
    schema = TABLES["runs"]
    with staging.BatchFiles(tmp_path) as files:
        for k in range(3):
            files.write("runs", _runs_part(schema, range(10 * k, 10 * k + 10)), f"part-{k}")
        staged = files.close()
    file = pq.ParquetFile(tmp_path / staged["runs"][0])
    assert file.metadata.num_row_groups == groups
    assert file.read().column("run_id").to_pylist() == [f"run-{i}" for i in range(30)]  # every row, in order


def test_a_failed_batch_leaves_no_file_of_the_rows_it_held(tmp_path) -> None:
    lakes.commit(tmp_path, {})
    with pytest.raises(RuntimeError), staging.BatchFiles(tmp_path) as files:
        files.write("runs", _runs_part(TABLES["runs"], range(5)), "part-1")
        raise RuntimeError("a part failed")
    assert [p.name for p in (tmp_path / lakes.DATA / "runs").iterdir()] == [lakes.SCHEMA_FILE]
