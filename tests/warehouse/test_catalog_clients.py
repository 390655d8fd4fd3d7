"""Other processes on the catalog file: a user's DuckDB client opened read-write, and commits that
remove files while a query runs. Neither may stop the lake's commands."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.warehouse.test_lake import staged_batch
from warehouse import catalog, committed_reads
from warehouse import lake as lakes
from warehouse.catalog import write_catalog
from warehouse.committed_reads import query
from warehouse.query_rows import query_rows

COUNT = "select count(*) as n from articles"
README = (Path(__file__).parents[2] / "README.md").read_text("utf-8")


def client(lake, code: str) -> subprocess.Popen[str]:
    """Start a DuckDB client on the lake's catalog, opened read-write (as `duckdb FILE` does)."""
    program = f"import duckdb, os, sys, time\ncon = duckdb.connect({str(lake / lakes.CATALOG)!r})\n{code}"
    return subprocess.Popen([sys.executable, "-c", program], stdout=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_a_client_that_wrote_to_the_catalog_cannot_wedge_the_lake(tmp_path) -> None:
    # Its write-ahead log, left beside a catalog rebuilt since, failed every command after it:
    # "WAL does not match database file".
    lakes.commit(tmp_path, staged_batch(tmp_path))
    done = client(tmp_path, "con.execute('create table notes(x int)')\ncon.execute('insert into notes values (1)')\n"
                            "os._exit(0)  # killed: no checkpoint, the log stays")
    assert done.wait(timeout=60) == 0 and (tmp_path / f"{lakes.CATALOG}.wal").exists()
    write_catalog(tmp_path)  # as the next commit does
    assert not (tmp_path / f"{lakes.CATALOG}.wal").exists()
    assert query(tmp_path, COUNT).to_pylist() == [{"n": 3}]


@pytest.mark.slow
def test_while_a_client_holds_the_catalog_read_write_queries_read_the_lake(tmp_path) -> None:
    lakes.commit(tmp_path, staged_batch(tmp_path))
    holder = client(tmp_path, "print('open', flush=True)\ntime.sleep(60)")
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        assert query(tmp_path, COUNT).to_pylist() == [{"n": 3}]  # read from the manifest instead
        lakes.commit(tmp_path, staged_batch(tmp_path, "run-2"))  # a writer still commits
        assert query_rows(tmp_path, COUNT).rows == [(6,)]
    finally:
        holder.kill()
        holder.wait(timeout=30)


def test_a_query_whose_files_a_commit_removed_runs_again_on_the_new_commit(tmp_path, monkeypatch) -> None:
    # A run's compaction unlinks the files it replaced as soon as it commits; a query that built its
    # views just before failed with "No such file or directory".
    lakes.commit(tmp_path, staged_batch(tmp_path))
    real = catalog.connect
    calls: list[int] = []

    def stale_then_current(lake):
        calls.append(1)
        if len(calls) > 1:
            return real(lake)
        con = duckdb.connect()
        gone = tmp_path / lakes.DATA / "articles" / "replaced.parquet"
        con.execute(f"copy (select 1 as n) to '{gone}' (format parquet)")
        con.execute(f"create view articles as select * from read_parquet('{gone}')")
        gone.unlink()  # removed by the commit that replaced it
        return con

    monkeypatch.setattr(committed_reads, "connect", stale_then_current)
    assert query_rows(tmp_path, COUNT).rows == [(3,)] and len(calls) == 2


def stale_views(tmp_path, version: int) -> duckdb.DuckDBPyConnection:
    """A connection whose views were built from manifest `version` and whose file a commit then removed."""
    con = duckdb.connect()
    gone = tmp_path / lakes.DATA / "articles" / f"replaced-{version}.parquet"
    con.execute(f"copy (select 1 as n) to '{gone}' (format parquet)")
    con.execute(f"create view articles as select * from read_parquet('{gone}')")
    con.execute(f"create schema {catalog.INTERNAL}")  # where the catalog keeps its own views
    con.execute(f"create view {catalog.CATALOG_VIEW} as select {version} as manifest_version, '' as lake_root")
    gone.unlink()
    return con


@pytest.mark.slow
def test_a_query_outlasts_several_commits_that_remove_its_files_but_not_endless_ones(tmp_path, monkeypatch) -> None:
    # A run's compaction, then `enrich`, then `compact` by hand may each commit during one read: a
    # single retry failed the query at the second. Each retry reads the newest manifest's views.
    lakes.commit(tmp_path, staged_batch(tmp_path))
    real = catalog.connect
    calls: list[int] = []

    def commits_during_reads(stale: int):
        def connect(lake):
            calls.append(1)
            if len(calls) > stale:
                return real(lake)
            con = stale_views(tmp_path, lakes.read_manifest(lake).version)
            lakes.commit(lake, {})  # the commit that removed it
            return con
        return connect

    monkeypatch.setattr(committed_reads, "connect", commits_during_reads(committed_reads.RETRIES_ON_GONE_FILES))
    assert query_rows(tmp_path, COUNT).rows == [(3,)]
    assert len(calls) == committed_reads.RETRIES_ON_GONE_FILES + 1

    calls.clear()  # commits that never stop: a bounded number of tries, then one line
    monkeypatch.setattr(committed_reads, "connect", commits_during_reads(10**6))
    with pytest.raises(catalog.QueryError, match="commits kept replacing the lake's files"):
        query_rows(tmp_path, COUNT)
    assert len(calls) == committed_reads.RETRIES_ON_GONE_FILES + 1


def test_a_lake_file_removed_by_hand_is_said_once_not_read_again(tmp_path, monkeypatch) -> None:
    # No commit replaced it: reading the same manifest again would find it gone again.
    lakes.commit(tmp_path, staged_batch(tmp_path))
    (tmp_path / lakes.read_manifest(tmp_path).files("articles")[0]).unlink()
    real = catalog.connect
    calls: list[int] = []
    monkeypatch.setattr(committed_reads, "connect", lambda lake: calls.append(1) or real(lake))
    with pytest.raises(catalog.QueryError, match="removed outside themelake") as error:
        query_rows(tmp_path, COUNT)
    assert len(calls) == 1 and "Traceback" not in str(error.value)
    # A file the query itself names is DuckDB's message alone: it is not the lake's.
    with pytest.raises(catalog.QueryError) as error:
        query_rows(tmp_path, f"select * from read_parquet('{tmp_path / 'none.parquet'}')")
    assert "none.parquet" in str(error.value) and "removed outside themelake" not in str(error.value)


def test_views_made_over_a_manifest_whose_file_a_commit_removed_are_made_again(tmp_path, monkeypatch) -> None:
    # A catalog behind the manifest (a run in progress) or a lake on object storage: connect makes
    # the views over the manifest's files, and a compaction that removed one in between was a
    # DuckDB traceback (connect was not inside the retry), in `query`, `themes --lake` and `report`.
    lakes.commit(tmp_path, staged_batch(tmp_path))
    (tmp_path / lakes.CATALOG).unlink()  # views made from the manifest at each connect
    real = catalog.create_views
    calls: list[int] = []

    def compaction_in_between(con, root, manifest):
        calls.append(1)
        if len(calls) == 1:  # a commit replaces the files this manifest names, after it was read
            lakes.commit(tmp_path, staged_batch(tmp_path, "run-2"), replaced={"articles": manifest.files("articles")},
                         catalog=False)
            (tmp_path / manifest.files("articles")[0]).unlink()
        real(con, root, manifest)

    monkeypatch.setattr(catalog, "create_views", compaction_in_between)
    assert query_rows(tmp_path, COUNT).rows == [(3,)] and len(calls) == 2


def test_views_over_a_file_removed_by_hand_are_one_line_not_a_traceback(tmp_path) -> None:
    lakes.commit(tmp_path, staged_batch(tmp_path))
    (tmp_path / lakes.CATALOG).unlink()
    gone = lakes.read_manifest(tmp_path).files("articles")[0]
    (tmp_path / gone).unlink()
    with pytest.raises(catalog.QueryError, match="removed outside themelake") as error:
        query_rows(tmp_path, COUNT)
    assert str(tmp_path / gone) in str(error.value) and "CREATE" not in str(error.value)  # not our view's SQL


def test_a_missing_file_the_query_names_is_not_read_again_while_commits_go_on(tmp_path, monkeypatch) -> None:
    # Its error is the user's, whatever the writers do meanwhile: said at once, as DuckDB says it,
    # not read again up to RETRIES_ON_GONE_FILES times and called "commits kept replacing the lake's files".
    lakes.commit(tmp_path, staged_batch(tmp_path))
    real = catalog.connect
    calls: list[int] = []

    def connect_then_commit(lake):
        calls.append(1)
        con = real(lake)
        lakes.commit(lake, {})  # a run's batch commit lands while the query runs
        return con

    monkeypatch.setattr(committed_reads, "connect", connect_then_commit)
    with pytest.raises(catalog.QueryError) as error:
        query_rows(tmp_path, f"select * from read_parquet('{tmp_path / 'mine.parquet'}')")
    assert "mine.parquet" in str(error.value) and "commits kept replacing" not in str(error.value)
    assert len(calls) == 1


def test_a_read_only_connection_kept_open_shows_its_commit_and_a_new_one_the_next(tmp_path) -> None:
    # What the README tells a researcher who keeps one DuckDB connection open while runs write: the
    # catalog is a new file at each commit, so only a new connection sees the later commits.
    lakes.commit(tmp_path, staged_batch(tmp_path))
    kept = duckdb.connect(str(tmp_path / lakes.CATALOG), read_only=True)
    assert kept.sql(COUNT).fetchall() == [(3,)]
    lakes.commit(tmp_path, staged_batch(tmp_path, "run-2"))
    assert kept.sql(COUNT).fetchall() == [(3,)]
    # In one process, connecting to a file already open returns that same database: still the old commit.
    assert duckdb.connect(str(tmp_path / lakes.CATALOG), read_only=True).sql(COUNT).fetchall() == [(3,)]
    kept.close()
    assert duckdb.connect(str(tmp_path / lakes.CATALOG), read_only=True).sql(COUNT).fetchall() == [(6,)]


def test_a_client_in_another_time_zone_counts_the_days_of_themelake_query_as_the_readme_says(tmp_path) -> None:
    # A client reads the lake's UTC times in its own zone: an article of 08:00 UTC was of the day before in
    # Hawaii, so a count by day, week or month there differed from `themelake query`'s, and the README was silent.
    from tests.warehouse.report_lake import make_report_lake

    lake = make_report_lake(tmp_path / "lake")
    days = "select cast(published_at as date) as day, count(*) as n from articles group by 1 order by 1"
    expected = query_rows(lake, days).rows
    setting = re.search(r"run `(SET TimeZone = '[^']+';)` first", README).group(1)
    con = duckdb.connect(str(lake / lakes.CATALOG), read_only=True)
    try:
        con.execute("SET TimeZone = 'Pacific/Honolulu'")
        assert con.execute(days).fetchall() != expected  # the local day: what the README warns of
        con.execute(setting)
        assert con.execute(days).fetchall() == expected
    finally:
        con.close()
