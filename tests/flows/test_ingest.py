from __future__ import annotations

import shutil

import duckdb
import pytest

from flows.ingest import ingest_articles
from tests.conftest import shared_path
from warehouse.lake import CATALOG


@pytest.mark.slow
def test_flow_ingests_a_folder_into_queryable_tables(tmp_path, data_dir, taxonomy_file) -> None:
    source = tmp_path / "inbox"
    source.mkdir()
    for name in ("seed_format.txt", "bbc_format.txt", "crlf_bom.txt", "latin1.txt"):
        shutil.copy(data_dir / name, source / name)
    (source / "empty.txt").write_bytes(b"")
    lake = tmp_path / "lake"

    summary = ingest_articles(source=str(source), lake=str(lake), taxonomy=taxonomy_file, batch_size=2)

    assert summary["files_seen"] == 5 and summary["files_new"] == 4 and summary["files_quarantined"] == 1
    con = duckdb.connect(str(lake / CATALOG), read_only=True)
    assert con.sql("select count(*) from articles").fetchall() == [(4,)]
    assert con.sql("select reason from quarantine").fetchall() == [("empty",)]
    run = con.sql("select run_id, files_seen, files_new, state, deployment from runs").fetchall()
    assert run == [(summary["run_id"], 5, 4, "COMPLETED", "cli")]
    seed = con.sql(
        """select p.ordinal, p.role, list(t.theme_id order by t.theme_id)
           from paragraphs p join articles a using (article_id)
           left join paragraph_themes t using (paragraph_id)
           where a.relative_path = 'seed_format.txt' group by all order by 1"""
    ).fetchall()
    assert [role for _, role, _ in seed] == ["summary", "boilerplate"] + ["body"] * 6
    themes = {ordinal: set(ids) - {None} for ordinal, _, ids in seed}
    assert themes[1] == set()  # the link line is never labelled
    assert "medtop:16000000" in themes[3]  # the war paragraph
    assert "medtop:04000000" in themes[4]  # sanctions and trade
    assert "medtop:14000000" in themes[5]  # poverty and hunger
    assert con.sql("select count(*) from themes").fetchall() == [(3,)]


@pytest.mark.slow
def test_rerun_over_unchanged_folder_writes_no_new_rows(tmp_path, data_dir, taxonomy_file) -> None:
    source = tmp_path / "inbox"
    source.mkdir()
    shutil.copy(data_dir / "bbc_format.txt", source / "a.txt")
    lake = str(tmp_path / "lake")
    ingest_articles(source=str(source), lake=lake, taxonomy=taxonomy_file)
    second = ingest_articles(source=str(source), lake=lake, taxonomy=taxonomy_file)
    assert (second["files_unchanged"], second["files_new"], second["paragraphs_written"]) == (1, 0, 0)
    con = duckdb.connect(str(tmp_path / "lake" / CATALOG), read_only=True)
    assert con.sql("select count(*) from articles").fetchall() == [(1,)]
    assert con.sql("select count(*) from runs").fetchall() == [(2,)]


@pytest.mark.slow  # reads the whole bbc-dev corpus
def test_bbc_dev_every_file_is_accounted_for(tmp_path) -> None:
    corpus = shared_path("corpora", "bbc-dev")
    lake = tmp_path / "lake"
    summary = ingest_articles(source=str(corpus), lake=str(lake))
    assert summary["files_seen"] == 1114
    con = duckdb.connect(str(lake / CATALOG), read_only=True)
    (articles, quarantined), = con.sql(
        "select (select count(*) from articles), (select count(*) from quarantine)"
    ).fetchall()
    assert articles + quarantined == 1114
    assert con.sql("select count(distinct content_hash) from articles").fetchall()[0][0] < articles


@pytest.mark.slow
def test_a_run_compacts_the_lake_once_compaction_is_due_and_queries_read_the_same(
    tmp_path, data_dir, taxonomy_file, monkeypatch
) -> None:
    import flows.run_record
    from warehouse.compaction_due import compaction_due, written_by_compaction
    from warehouse.lake import read_manifest

    source = tmp_path / "inbox"
    source.mkdir()
    for name in ("seed_format.txt", "bbc_format.txt", "crlf_bom.txt"):
        shutil.copy(data_dir / name, source / name)
    sql = "select paragraph_id, theme_id, score, evidence from paragraph_themes order by all"
    loose, packed = tmp_path / "loose", tmp_path / "packed"
    # Three batches of one file: three paragraphs files, "due" from two on for this test.
    monkeypatch.setattr(flows.run_record, "compaction_due", lambda lake: compaction_due(lake, 2))

    kept = ingest_articles(source=str(source), lake=str(loose), taxonomy=taxonomy_file, batch_size=1, compact=False)
    done = ingest_articles(source=str(source), lake=str(packed), taxonomy=taxonomy_file, batch_size=1)

    assert kept["compacted"] is None
    assert done["compacted"]["files_after"] < done["compacted"]["files_before"]
    # The run's summary names both commits: its last one, and the compaction's after it.
    assert done["compacted"]["manifest_version"] == read_manifest(packed).version == done["manifest_version"] + 1
    assert all(written_by_compaction(f) for f in read_manifest(packed).files("paragraphs"))
    assert not any(written_by_compaction(f) for f in read_manifest(loose).files("paragraphs"))
    rows = [duckdb.connect(str(lake / CATALOG), read_only=True).sql(sql).fetchall() for lake in (loose, packed)]
    assert rows[0] == rows[1] and len(rows[0]) > 0


@pytest.mark.slow
def test_a_run_that_compacts_builds_its_catalog_once_at_its_end(tmp_path, data_dir, taxonomy_file, monkeypatch) -> None:
    # The run's last commit rebuilt the catalog, and compaction's commit right after rebuilt it again.
    import flows.run_record
    from warehouse import catalog
    from warehouse.compaction_due import compaction_due
    from warehouse.lake import read_manifest

    source = tmp_path / "inbox"
    source.mkdir()
    for name in ("seed_format.txt", "bbc_format.txt", "crlf_bom.txt"):
        shutil.copy(data_dir / name, source / name)
    monkeypatch.setattr(flows.run_record, "compaction_due", lambda lake: compaction_due(lake, 2))
    built: list[int] = []
    write_catalog = catalog.write_catalog

    def counted(lake, manifest=None):  # type: ignore[no-untyped-def]
        built.append((manifest or read_manifest(lake)).version)
        return write_catalog(lake, manifest)

    monkeypatch.setattr(catalog, "write_catalog", counted)
    lake = tmp_path / "lake"
    done = ingest_articles(source=str(source), lake=str(lake), taxonomy=taxonomy_file, batch_size=1)
    assert done["compacted"] is not None
    assert done["manifest_version"] not in built and built[-1] == done["compacted"]["manifest_version"]
    assert built.count(built[-1]) == 1
    with duckdb.connect(str(lake / CATALOG), read_only=True) as con:
        assert catalog.catalog_version(con, lake.resolve()) == read_manifest(lake).version


@pytest.mark.slow
def test_a_run_without_compaction_leaves_its_catalog_current(tmp_path, data_dir, taxonomy_file) -> None:
    from warehouse import catalog
    from warehouse.lake import read_manifest

    source = tmp_path / "inbox"
    source.mkdir()
    shutil.copy(data_dir / "seed_format.txt", source / "seed.txt")
    for compact in (True, False):  # compaction not due, and not asked for
        lake = tmp_path / f"lake-{compact}"
        ingest_articles(source=str(source), lake=str(lake), taxonomy=taxonomy_file, compact=compact)
        with duckdb.connect(str(lake / CATALOG), read_only=True) as con:
            assert catalog.catalog_version(con, lake.resolve()) == read_manifest(lake).version


@pytest.mark.slow
def test_a_lake_inside_the_source_folder_is_not_read_as_articles(tmp_path, data_dir, taxonomy_file) -> None:
    # `themelake run .` writes ./lake: its Parquet files, catalog and report pages are not articles.
    source = tmp_path / "news"
    source.mkdir()
    shutil.copy(data_dir / "seed_format.txt", source / "seed.txt")
    lake = source / "lake"
    first = ingest_articles(source=str(source), lake=str(lake), taxonomy=taxonomy_file)
    (lake / "reports").mkdir(exist_ok=True)
    (lake / "reports" / "latest.html").write_text("<html><body><p>A report page about the war.</p></body></html>")
    again = ingest_articles(source=str(source), lake=str(lake), taxonomy=taxonomy_file)
    assert (first["files_seen"], first["files_quarantined"]) == (1, 0)
    assert (again["files_seen"], again["files_unchanged"], again["files_quarantined"]) == (1, 1, 0)


@pytest.mark.slow
def test_a_moved_or_copied_lake_is_queried_from_where_it_is(tmp_path, data_dir, taxonomy_file) -> None:
    from warehouse.query_rows import query_rows

    source = tmp_path / "news"
    source.mkdir()
    shutil.copy(data_dir / "seed_format.txt", source / "seed.txt")
    ingest_articles(source=str(source), lake=str(tmp_path / "lake"), taxonomy=taxonomy_file)
    shutil.copytree(tmp_path / "lake", tmp_path / "backup")  # cp -r
    shutil.move(tmp_path / "lake", tmp_path / "moved")  # mv: the old place is gone
    for lake in ("moved", "backup"):
        assert query_rows(tmp_path / lake, "select count(*) from articles").rows == [(1,)]
    again = ingest_articles(source=str(source), lake=str(tmp_path / "moved"), taxonomy=taxonomy_file)
    assert again["files_unchanged"] == 1
