from __future__ import annotations

import errno
import json
import os
import sys
from datetime import UTC, datetime

import duckdb
import pytest

from transforms.pipeline import ArticleFile, build_batch
from transforms.taxonomy import parse_taxonomy
from warehouse import lake as lakes
from warehouse.catalog import QueryError
from warehouse.committed_reads import query
from warehouse.schemas import SCHEMA_VERSION, TABLES
from warehouse.tables import stage_rows

TAX = parse_taxonomy('[[themes]]\nid = "war"\nterms = ["war", "troops"]')


def staged_batch(lake, run_id="run-1"):
    files = [ArticleFile(f"/in/{n}.txt", f"Headline {n}\n\nTroops and war, part {n}.".encode()) for n in range(3)]
    rows = build_batch(files, TAX, run_id, datetime.now(UTC))
    return stage_rows(lake, rows, run_id)


def test_new_lake_has_every_view_with_its_columns(tmp_path) -> None:
    lakes.commit(tmp_path, {})
    con = duckdb.connect(str(tmp_path / lakes.CATALOG), read_only=True)
    for table, schema in TABLES.items():
        columns = [row[0] for row in con.sql(f"describe {table}").fetchall()]
        assert columns == schema.names
        assert con.sql(f"select count(*) from {table}").fetchall() == [(0,)]


def test_parquet_round_trip_keeps_evidence_offsets(tmp_path) -> None:
    lakes.commit(tmp_path, staged_batch(tmp_path))
    rows = query(
        tmp_path,
        "select p.text, e.term, e.start, e.end from paragraph_themes t join paragraphs p using (paragraph_id),"
        " unnest(t.evidence) as u(e)",
    ).to_pylist()
    assert rows and all(r["text"][r["start"] : r["end"]].lower().startswith(r["term"]) for r in rows)


def test_manifest_records_schema_version_and_commits_count_up(tmp_path) -> None:
    lakes.commit(tmp_path, {})
    lakes.commit(tmp_path, staged_batch(tmp_path))
    manifest = json.loads((tmp_path / lakes.MANIFEST).read_text())
    assert manifest["schema_version"] == SCHEMA_VERSION
    assert manifest["version"] == 2
    assert lakes.read_table(tmp_path, "articles").num_rows == 3


def test_a_lake_of_another_schema_version_is_refused(tmp_path) -> None:
    lakes.commit(tmp_path, {})
    manifest = json.loads((tmp_path / lakes.MANIFEST).read_text())
    manifest["schema_version"] = SCHEMA_VERSION + 1
    (tmp_path / lakes.MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(lakes.LakeError, match="schema version"):
        lakes.read_manifest(tmp_path)


def test_catalog_works_from_any_directory(tmp_path, monkeypatch) -> None:
    lakes.commit(tmp_path / "lake", staged_batch(tmp_path / "lake"))
    monkeypatch.chdir(tmp_path.parent)
    con = duckdb.connect(str(tmp_path / "lake" / lakes.CATALOG), read_only=True)
    assert con.sql("select count(*) from articles").fetchall() == [(3,)]


def test_bad_sql_is_one_clear_error(tmp_path) -> None:
    lakes.commit(tmp_path, {})
    with pytest.raises(QueryError, match="query failed: .*syntax error"):
        query(tmp_path, "selec 1")
    with pytest.raises(QueryError, match="no lake"):
        query(tmp_path / "missing", "select 1")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/mem is Linux's")
def test_a_manifest_read_that_meets_an_io_error_stays_an_os_error_that_a_task_tries_again(tmp_path) -> None:
    # A LakeError is the user's to fix and never tried again: an I/O error reading the manifest in a
    # run's commit task (a flaky network share) failed the run at once instead of trying again.
    from warehouse.os_errors import is_transient

    lakes.commit(tmp_path, {})
    (tmp_path / lakes.MANIFEST).unlink()
    os.symlink("/proc/self/mem", tmp_path / lakes.MANIFEST)  # its offset 0 reads as EIO, root or not
    with pytest.raises(OSError) as error:
        lakes.read_manifest(tmp_path)
    assert error.value.errno == errno.EIO and is_transient(error.value)
    (tmp_path / lakes.MANIFEST).unlink()
    (tmp_path / lakes.MANIFEST).mkdir()  # ... while what no attempt changes is one line
    with pytest.raises(lakes.LakeError, match="cannot read the lake's manifest"):
        lakes.read_manifest(tmp_path)


@pytest.mark.parametrize("catalog_file", [True, False], ids=["catalog file", "manifest's views"])
def test_show_tables_lists_the_lake_s_tables_and_views_not_the_catalog_s_own(tmp_path, catalog_file) -> None:
    # The views the current views are built from (changed articles, the manifest version) were listed
    # first, `_catalog` at the top; they live in their own schema, out of `show tables`.
    lakes.commit(tmp_path, staged_batch(tmp_path))
    if not catalog_file:  # a reader then builds the views from the manifest, in memory
        (tmp_path / lakes.CATALOG).unlink()
    names = [row["name"] for row in query(tmp_path, "show tables").to_pylist()]
    assert set(TABLES) <= set(names) and {"article_themes", "paragraphs_history"} <= set(names)
    assert [n for n in names if n.startswith("_")] == []
    assert query(tmp_path, "select count(*) as n from articles").to_pylist() == [{"n": 3}]


def test_a_duckdb_client_s_show_tables_leaves_the_catalog_s_own_views_out(tmp_path) -> None:
    lakes.commit(tmp_path, staged_batch(tmp_path))
    con = duckdb.connect(str(tmp_path / lakes.CATALOG), read_only=True)
    names = [row[0] for row in con.sql("show tables").fetchall()]
    assert "articles" in names and [n for n in names if n.startswith("_")] == []
