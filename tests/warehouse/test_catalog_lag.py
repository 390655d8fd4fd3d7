"""A reader that finds the catalog behind the manifest (a run in progress, stopped or killed) reads the
manifest's state; the next writer brings the catalog up to date."""

from __future__ import annotations

from datetime import UTC, datetime

import duckdb
import pytest

from transforms.pipeline import ArticleFile, build_batch
from transforms.taxonomy import parse_taxonomy
from warehouse import lake as lakes
from warehouse import lake_lock
from warehouse.catalog import connect
from warehouse.committed_reads import query
from warehouse.tables import stage_rows

TAX = parse_taxonomy('[[themes]]\nid = "war"\nterms = ["war", "troops"]')


def commit_articles(lake, first: int, catalog: bool) -> None:
    files = [
        ArticleFile(f"/in/{n}.txt", f"Headline {n}\n\nTroops and war, part {n}.".encode())
        for n in range(first, first + 3)
    ]
    run = f"run-{first}"
    lakes.commit(lake, stage_rows(lake, build_batch(files, TAX, run, datetime.now(UTC)), run), catalog=catalog)


def catalog_articles(lake) -> int:
    """Count the articles the catalog file itself shows (what `duckdb lake/themelake.duckdb` sees)."""
    con = duckdb.connect(str(lake / lakes.CATALOG), read_only=True)
    try:
        return con.sql("select count(*) from articles").fetchall()[0][0]
    finally:
        con.close()


@pytest.mark.slow
def test_a_reader_sees_commits_the_catalog_has_not_caught_up_with(tmp_path) -> None:
    commit_articles(tmp_path, 0, catalog=True)
    commit_articles(tmp_path, 3, catalog=False)  # a run's batch commit between two catalog rebuilds
    commit_articles(tmp_path, 6, catalog=False)  # ... and the run is stopped here (Ctrl+C, kill)
    assert catalog_articles(tmp_path) == 3  # the catalog file lags two commits
    assert query(tmp_path, "select count(*) as n from articles").to_pylist() == [{"n": 9}]
    assert query(tmp_path, "select count(*) as n from paragraphs").to_pylist() == [{"n": 18}]
    labelled = query(tmp_path, "select count(distinct article_id) as n from paragraph_themes").to_pylist()
    assert labelled == [{"n": 9}]


def test_a_current_catalog_is_read_as_it_is(tmp_path) -> None:
    commit_articles(tmp_path, 0, catalog=True)
    con = connect(tmp_path)
    try:
        # The catalog file itself (read-only, as DuckDB opened it), not views rebuilt in memory.
        assert con.sql("select current_database()").fetchall()[0][0] == lakes.CATALOG.removesuffix(".duckdb")
    finally:
        con.close()


@pytest.mark.slow
def test_the_next_writer_brings_a_lagging_catalog_up_to_date(tmp_path) -> None:
    commit_articles(tmp_path, 0, catalog=True)
    commit_articles(tmp_path, 3, catalog=False)
    assert catalog_articles(tmp_path) == 3
    with lake_lock.writer_lock(tmp_path, timeout=5):
        pass
    assert catalog_articles(tmp_path) == 6


@pytest.mark.slow
def test_a_lake_whose_catalog_file_was_deleted_is_read_from_its_manifest(tmp_path) -> None:
    commit_articles(tmp_path, 0, catalog=True)
    (tmp_path / lakes.CATALOG).unlink()  # derived: a user who deletes it has lost nothing
    assert query(tmp_path, "select count(*) as n from articles").to_pylist() == [{"n": 3}]
    commit_articles(tmp_path, 3, catalog=True)  # the next writer writes it again
    assert catalog_articles(tmp_path) == 6
