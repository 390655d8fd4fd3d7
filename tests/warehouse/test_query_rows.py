"""query_rows with a row cap: only the rows a table shows reach Python, and the whole result is counted."""

from __future__ import annotations

import tracemalloc

import pytest

from warehouse.catalog import write_catalog
from warehouse.lake import ensure_lake
from warehouse.query_rows import query_rows


@pytest.fixture
def lake(tmp_path):
    ensure_lake(tmp_path)
    write_catalog(tmp_path)
    return tmp_path


def test_only_the_rows_asked_for_reach_python_and_the_rest_are_counted(lake) -> None:
    # `themelake query "select * from range(10000000)"` fetched every row as a tuple: past 10 GB.
    tracemalloc.start()
    try:
        result = query_rows(lake, "select range as i, 'row ' || range as s from range(1000000)", max_rows=40)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.rows[:2] == [(0, "row 0"), (1, "row 1")] and len(result.rows) == 40
    assert result.total == 1_000_000 and result.column_names == ["i", "s"]
    assert peak < 5_000_000  # a million rows as tuples: over 100 MB


@pytest.mark.parametrize("end", [";", "; -- the largest first", " -- the largest first\n;\n", ""])
def test_a_capped_query_keeps_its_order_and_may_end_in_a_semicolon_and_a_comment(lake, end) -> None:
    # Read as a subquery under a LIMIT, `select ...; -- note` was a syntax error.
    result = query_rows(lake, f"select range as i from range(10) order by i desc{end}", max_rows=3)
    assert result.rows == [(9,), (8,), (7,)] and result.total == 10


@pytest.mark.parametrize("end", ["; -- where", "; /* where */", ";"])
def test_a_capped_query_with_letters_beyond_ascii_may_end_in_a_semicolon_and_a_comment(lake, end) -> None:
    # DuckDB's tokenizer counts bytes: "Cúcuta" put its semicolon one character further on than it is
    result = query_rows(lake, f"select 'Cúcuta' || range as place from range(5) order by place{end}", max_rows=2)
    assert result.rows == [("Cúcuta0",), ("Cúcuta1",)] and result.total == 5


def test_a_result_within_the_cap_is_whole_and_uncounted(lake) -> None:
    result = query_rows(lake, "select 1 as a, 2 as a", max_rows=1)
    assert result.rows == [(1, 2)] and result.total is None and result.column_names == ["a", "a"]
    assert query_rows(lake, "describe select 1 as a", max_rows=5).rows[0][0] == "a"
