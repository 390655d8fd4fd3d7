"""query_chunks: a query's every row, a chunk at a time, as query_rows gives them all at once; Python holds
one chunk; an error before the first row reaches nobody, one after says how many rows came before it;
the connection is closed however the writing ends."""

from __future__ import annotations

import tracemalloc

import pytest

from warehouse import catalog, committed_reads
from warehouse.catalog import QueryError, write_catalog
from warehouse.lake import ensure_lake
from warehouse.query_chunks import QueryChunks, query_chunks
from warehouse.query_rows import query_rows


@pytest.fixture
def lake(tmp_path):
    ensure_lake(tmp_path)
    write_catalog(tmp_path)
    return tmp_path


def chunks_of(lake, sql: str, rows_a_chunk: int) -> tuple[list[str], list[list[tuple]]]:
    return query_chunks(lake, sql, lambda result: (result.column_names, list(result.chunks)), rows_a_chunk)


@pytest.mark.parametrize(("rows", "sizes"), [(0, []), (1, [1]), (3, [3]), (4, [3, 1]), (10, [3, 3, 3, 1])])
def test_the_chunks_hold_the_rows_query_rows_gives(lake, rows, sizes) -> None:
    # None empty, the last one short: 0 rows is no chunk, exactly one chunk's rows one chunk, one more two.
    sql = f"select range as i, 'é' || range as s, [range, null] as l, timestamptz '2024-01-01 12:00+05' as t " \
          f"from range({rows}) order by i"
    names, chunks = chunks_of(lake, sql, 3)
    whole = query_rows(lake, sql)
    assert [len(chunk) for chunk in chunks] == sizes
    assert names == whole.column_names == ["i", "s", "l", "t"]
    assert [row for chunk in chunks for row in chunk] == whole.rows  # the time in UTC, as query_rows gives it


def test_python_holds_a_chunk_of_the_rows_not_all_of_them(lake) -> None:
    # `query -f csv` of a lake's million paragraphs took 1.9 GB: every row fetched as a tuple first.
    tracemalloc.start()
    try:
        rows = query_chunks(lake, "select range as i, 'row ' || range as s from range(300000)",
                            lambda result: sum(len(chunk) for chunk in result.chunks), 10_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert rows == 300_000
    assert peak < 10_000_000  # 300,000 rows as tuples: about 40 MB


def test_an_error_before_the_first_row_comes_before_the_result_is_handed_on(lake) -> None:
    handed: list[QueryChunks] = []
    for sql in ("selec 1", "select nope from range(3)", "select 'x'::int from range(3)"):
        with pytest.raises(QueryError, match="^query failed: "):
            query_chunks(lake, sql, handed.append, 10)
    assert handed == []


def test_an_error_in_a_later_chunk_says_how_many_rows_came_before_it(lake) -> None:
    # DuckDB runs a streamed query ahead of the rows fetched: the failing row is far from the first.
    sql = "select range as i, (case when range = 999999 then 'nope' else '1' end)::int as n from range(1000000)"
    fetched: list[int] = []

    def write(result: QueryChunks) -> None:
        for chunk in result.chunks:
            fetched.extend(row[0] for row in chunk)

    with pytest.raises(QueryError) as raised:
        query_chunks(lake, sql, write, 10_000)
    assert 0 < len(fetched) < 1_000_000 and fetched == list(range(len(fetched)))
    assert str(raised.value).startswith(f"query failed after its first {len(fetched):,} rows, which were written: ")
    assert "Could not convert string 'nope'" in str(raised.value) and "\n" not in str(raised.value)


@pytest.mark.parametrize("stop", [None, BrokenPipeError, KeyboardInterrupt])
def test_the_connection_is_closed_when_the_writing_ends_or_stops(lake, monkeypatch, stop) -> None:
    opened = []

    def connect(root):
        opened.append(catalog_connect(root))
        return opened[-1]

    def write(result: QueryChunks) -> int:
        first = next(result.chunks)
        if stop is not None:  # a reader gone from the pipe, or Ctrl+C, after the first chunk
            raise stop
        return len(first)

    catalog_connect = catalog.connect
    monkeypatch.setattr(committed_reads, "connect", connect)
    if stop is None:
        assert query_chunks(lake, "select * from range(10)", write, 3) == 3
    else:
        with pytest.raises(stop):
            query_chunks(lake, "select * from range(10)", write, 3)
    assert len(opened) == 1
    with pytest.raises(Exception, match="(?i)closed"):
        opened[0].execute("select 1")
