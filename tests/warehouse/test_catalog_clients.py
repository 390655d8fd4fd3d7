"""Other processes on the catalog file: a user's DuckDB client opened read-write, and commits that
remove files while a query runs. Neither may stop the lake's commands."""

from __future__ import annotations

import subprocess
import sys

import duckdb

from tests.warehouse.test_lake import staged_batch
from warehouse import catalog
from warehouse import lake as lakes
from warehouse.catalog import query, query_rows, write_catalog

COUNT = "select count(*) as n from articles"


def client(lake, code: str) -> subprocess.Popen[str]:
    """Start a DuckDB client on the lake's catalog, opened read-write (as `duckdb FILE` does)."""
    program = f"import duckdb, os, sys, time\ncon = duckdb.connect({str(lake / lakes.CATALOG)!r})\n{code}"
    return subprocess.Popen([sys.executable, "-c", program], stdout=subprocess.PIPE, text=True)


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
        gone = tmp_path / "replaced.parquet"
        con.execute(f"copy (select 1 as n) to '{gone}' (format parquet)")
        con.execute(f"create view articles as select * from read_parquet('{gone}')")
        gone.unlink()  # removed by the commit that replaced it
        return con

    monkeypatch.setattr(catalog, "connect", stale_then_current)
    assert query_rows(tmp_path, COUNT).rows == [(3,)] and len(calls) == 2
