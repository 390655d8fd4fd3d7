"""`themelake query`'s output: a table shows its first rows of a large result and says how many it
left out; csv and json, written a chunk of rows at a time, are the text of the whole list of rows, and
an error in a later chunk ends them in one line; a reader that stops early (`| head -1`) ends any
output form quietly."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli.main import app

REPO = Path(__file__).resolve().parents[3]
runner = CliRunner()
NOTE = "rows shown: --max-rows 0 shows them all, --format csv or json writes them all as data"


@pytest.fixture
def lake(tmp_path: Path) -> str:
    from warehouse.catalog import write_catalog
    from warehouse.lake import ensure_lake

    ensure_lake(tmp_path / "lake")
    write_catalog(tmp_path / "lake")
    return str(tmp_path / "lake")


def shown_values(output: str) -> list[str]:
    """Return the first cell of each row of a table the CLI printed."""
    return [line.split("│")[1].strip() for line in output.splitlines() if line.startswith("│")]


def test_a_table_shows_its_first_40_rows_and_says_in_one_line_how_to_get_them_all(lake) -> None:
    # All of `select * from range(10000000)` was fetched and laid out: past 10 GB, most of an hour.
    sql = "select range as i from range(100) order by i desc; -- the largest first"
    table = runner.invoke(app, ["query", sql, "--lake", lake])
    assert table.exit_code == 0, table.output
    assert shown_values(table.output) == [str(i) for i in range(99, 59, -1)]  # the first 40, in the query's order
    assert table.output.splitlines()[-1] == f"40 of 100 {NOTE}"
    fewer = runner.invoke(app, ["query", sql, "--lake", lake, "--max-rows", "3"])
    assert shown_values(fewer.output) == ["99", "98", "97"] and fewer.output.endswith(f"3 of 100 {NOTE}\n")
    every = runner.invoke(app, ["query", sql, "--lake", lake, "--max-rows", "0"])
    assert every.exit_code == 0 and len(shown_values(every.output)) == 100 and NOTE not in every.output
    exactly = runner.invoke(app, ["query", "select * from range(40)", "--lake", lake])
    assert len(shown_values(exactly.output)) == 40 and NOTE not in exactly.output


def test_a_table_writes_a_null_as_null_not_as_an_empty_string(lake) -> None:
    # A null printed as a blank read as "" (an unknown language looked like an empty one).
    table = runner.invoke(app, ["query", "select * from (values (NULL, 1), ('', 2), ('x', 3)) t(v, n) order by n",
                                "--lake", lake])
    assert table.exit_code == 0, table.output
    assert shown_values(table.output) == ["NULL", "", "x"]


def test_max_rows_is_for_the_table_csv_and_json_write_every_row(lake) -> None:
    as_csv = runner.invoke(app, ["query", "select * from range(50)", "--lake", lake, "-f", "csv"])
    assert as_csv.exit_code == 0 and len(as_csv.output.splitlines()) == 51
    capped = runner.invoke(app, ["query", "select 1", "--lake", lake, "-f", "csv", "--max-rows", "5"])
    assert capped.exit_code == 2
    assert capped.output.strip() == (
        "error: --max-rows is for the table form; --format csv writes every row (a LIMIT in the SQL keeps fewer)"
    )


# Every kind of value a conversion applies to: text to quote, lists and structs (JSON in a csv cell),
# NaN and infinities (null in json), decimals exact and not, timestamps with a zone, blobs, uuids.
VALUES = """select range as i, 'é "q", x' || range as s, [range, null] as l, {'a': range, 'b': 'x,y'} as st,
    1/0 as inf, 'nan'::double as nan, range * 1.5 as d, 12345678901234567.89::decimal(38, 2) as big,
    timestamptz '2024-01-01 12:00+05' as t, 'a\nb'::blob as b, uuid '00000000-0000-0000-0000-000000000001' as u,
    map {'k': [1/0]} as m, null as n from range(%d) order by i"""


def whole_list_text(sql: str, lake: str, format: str, line_end: str = "\n") -> str:
    """Return csv or json of a query's rows as written from the whole list of them at once (before chunks)."""
    from flows.cli.query import csv_value, json_value
    from warehouse.query_rows import query_rows

    result = query_rows(lake, sql)
    if format == "json":
        rows = [{n: json_value(v) for n, v in row.items()} for row in result.to_pylist()]
        return json.dumps(rows, default=str, ensure_ascii=False, allow_nan=False) + "\n"
    text = io.StringIO()
    rows = ([csv_value(v) for v in row] for row in result.rows)
    csv.writer(text, lineterminator=line_end).writerows([result.column_names, *rows])
    return text.getvalue()


@pytest.mark.parametrize("rows", [0, 1, 3, 4, 10])  # a chunk of 3: none, part of one, exactly one, one more, several
@pytest.mark.parametrize("format", ["csv", "json"])
def test_csv_and_json_written_a_chunk_at_a_time_are_the_text_of_the_whole_list(lake, monkeypatch, format, rows) -> None:
    # All rows were fetched into Python before the first was written: 1.9 GB for a million paragraphs.
    from flows.cli import query as query_module

    monkeypatch.setattr(query_module, "ROWS_A_CHUNK", 3)
    written = runner.invoke(app, ["query", VALUES % rows, "--lake", lake, "-f", format])
    assert written.exit_code == 0, written.output
    assert written.stdout_bytes == whole_list_text(VALUES % rows, lake, format).encode()
    if format == "csv":
        rfc = runner.invoke(app, ["query", VALUES % rows, "--lake", lake, "-f", format, "--crlf"])
        assert rfc.stdout_bytes == whole_list_text(VALUES % rows, lake, format, "\r\n").encode()


def test_csv_lines_end_with_lf_so_a_shell_loop_reads_clean_fields_and_crlf_is_a_flag(lake) -> None:
    # Lines ended with \r\n: `while IFS=, read theme n` saw n as "12\r", no number to the shell.
    sql = "select * from (values ('war', 12), ('', 3), (NULL, 4)) t(theme, n)"
    plain = runner.invoke(app, ["query", sql, "--lake", lake, "-f", "csv"])
    assert plain.exit_code == 0, plain.output
    assert plain.stdout_bytes == b'theme,n\nwar,12\n"",3\n,4\n'
    rfc = runner.invoke(app, ["query", sql, "--lake", lake, "-f", "csv", "--crlf"])
    assert rfc.stdout_bytes == b'theme,n\r\nwar,12\r\n"",3\r\n,4\r\n'
    as_json = runner.invoke(app, ["query", sql, "--lake", lake, "-f", "json", "--crlf"])
    assert as_json.exit_code == 2 and "--crlf is for --format csv" in as_json.output


def test_intervals_and_blobs_are_written_as_duckdb_writes_them_in_every_form(lake) -> None:
    # Python's values were written: "720 days, 0:00:00" for '2 years' (a year read as 360 days), b'a'.
    sql = """select interval '2 years 3 hours' as span, '\\x80a'::blob as raw, 3 as n,
             [interval '1 day'] as spans, {'b': 'x'::blob} as st"""
    as_csv = runner.invoke(app, ["query", sql, "--lake", lake, "-f", "csv"])
    assert as_csv.exit_code == 0, as_csv.output
    assert list(csv.reader(io.StringIO(as_csv.stdout))) == [
        ["span", "raw", "n", "spans", "st"], ["2 years 03:00:00", "\\x80a", "3", '["1 day"]', '{"b": "x"}'],
    ]
    as_json = runner.invoke(app, ["query", sql, "--lake", lake, "-f", "json"])
    assert json.loads(as_json.stdout) == [
        {"span": "2 years 03:00:00", "raw": "\\x80a", "n": 3, "spans": ["1 day"], "st": {"b": "x"}}
    ]
    table = runner.invoke(app, ["query", "select span, raw from (" + sql + ")", "--lake", lake])
    assert shown_values(table.output) == ["2 years 03:00:00"] and "│ \\x80a │" in table.output, table.output
    # A repeated name keeps the Python value, written as DuckDB would (a month is then 30 days).
    twice = runner.invoke(app, ["query", "select interval '1 month' as a, 1 as a", "--lake", lake, "-f", "csv"])
    assert twice.stdout.splitlines()[1] == "30 days,1"


def test_an_error_in_a_later_chunk_ends_csv_and_json_in_one_line_after_the_rows_before_it(lake) -> None:
    # DuckDB runs a streamed query ahead of the rows fetched: the failing row is far from the first.
    sql = "select range as i, (case when range = 999999 then 'nope' else '1' end)::int as n from range(1000000)"
    for format in ("csv", "json"):
        cut = runner.invoke(app, ["query", sql, "--lake", lake, "-f", format])
        assert cut.exit_code == 2 and len(cut.stderr.splitlines()) == 1
        before = int(cut.stderr.split("after its first ")[1].split(" rows, which were written: ")[0].replace(",", ""))
        assert 0 < before < 1_000_000 and "Could not convert string 'nope'" in cut.stderr
        if format == "csv":  # the header and the rows before the error, each whole
            assert cut.stdout.splitlines() == ["i,n", *(f"{i},1" for i in range(before))]
        else:  # the rows before the error, each whole, and no closing bracket: not JSON
            assert cut.stdout.endswith(f'{{"i": {before - 1}, "n": 1}}') and cut.stdout.count("{") == before


def reader_stops_early(*args: str, cwd: Path) -> tuple[int, str, bytes]:
    """Run themelake into a pipe whose reader reads the first 100 bytes, then closes it, as `| head -c 100`
    does; return the exit status, stderr and the bytes read."""
    errors = cwd / "stderr.txt"
    with errors.open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "flows.cli", *args], cwd=cwd, stdout=subprocess.PIPE, stderr=stderr,
            env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "HOME": str(cwd)},
        )
        assert process.stdout is not None
        start = process.stdout.read(100)
        process.stdout.close()
        status = process.wait(timeout=300)
    return status, errors.read_text("utf-8"), start


# Each writes megabytes, more than a pipe holds: the reader is gone before the command is done.
@pytest.mark.parametrize(
    ("args", "first_bytes"),
    [
        (["-f", "csv"], b"i,s\n0,xxx"),
        (["-f", "json"], b'[{"i": 0, "s": "'),
        (["--max-rows", "0"], "┏".encode()),
    ],
)
@pytest.mark.slow
def test_a_reader_that_stops_early_ends_every_output_form_quietly(lake, tmp_path, args, first_bytes) -> None:
    # `query -f csv | head -1` exited 1 and said nothing; a table 1 or 0, as rich or Python found the pipe closed.
    sql = "select range as i, repeat('x', 1000) as s from range(2000)"
    status, stderr, start = reader_stops_early("query", sql, "--lake", lake, *args, cwd=tmp_path)
    assert start.startswith(first_bytes)
    assert (status, stderr) == (141, "")  # as `cat big | head -1` ends cat: no error, no traceback


def test_a_reader_that_stops_early_ends_themes_quietly(tmp_path) -> None:
    # The bundled taxonomy is 140 KB, more than a pipe holds.
    status, stderr, start = reader_stops_early("themes", "--export", cwd=tmp_path)
    assert start.startswith(b"# themelake") and (status, stderr) == (141, "")


def test_output_still_buffered_when_the_reader_is_gone_ends_the_same_way(tmp_path) -> None:
    # A short output held in Python's buffer until exit (a run's summary to a pipe): its loss at the
    # last flush went unnoticed, exit status 0. A pipe with no reader from the start: no timing involved.
    read, write = os.pipe()
    os.close(read)
    try:
        done = subprocess.run(
            [sys.executable, "-c", "import sys\nfrom flows.cli.main import _end_process\n"
             "sys.stdout.write('a line\\n')\n_end_process([0])"],
            cwd=tmp_path, stdout=write, stderr=subprocess.PIPE, text=True, timeout=120,
            env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        )
    finally:
        os.close(write)
    assert (done.returncode, done.stderr) == (141, "")


def test_csv_tells_a_null_from_an_empty_string_as_duckdb_writes_them(lake, tmp_path) -> None:
    # Both were an empty cell (`,,`), so a csv read back (DuckDB, R, a spreadsheet) lost which values were null:
    # an article's unknown language and a text that is empty came out the same.
    sql = "select null::varchar as n, '' as e, 'a,b' as s, 1.5 as x union all select 'x', null, '', null"
    written = runner.invoke(app, ["query", sql, "--lake", lake, "-f", "csv"])
    assert written.exit_code == 0, written.output
    assert written.stdout_bytes == b'n,e,s,x\n,"","a,b",1.5\nx,,"",\n'
    import duckdb

    (tmp_path / "out.csv").write_bytes(written.stdout_bytes)  # read back as DuckDB reads what it writes
    read = f"from read_csv('{tmp_path / 'out.csv'}', allow_quoted_nulls = false, all_varchar = true)"
    back = duckdb.sql(read).fetchall()
    assert back == [(None, "", "a,b", "1.5"), ("x", None, "", None)]


EMPTY = "select 1 as n, 'a' as theme where false"


@pytest.mark.parametrize(("format", "data"), [("table", None), ("csv", "n,theme\n"), ("json", "[]\n")])
def test_a_result_of_no_rows_says_0_rows_and_csv_and_json_stay_data(lake, format, data) -> None:
    # A table of its header alone, csv's header line or json's [], said nothing more: read as output cut
    # short, or a query that did not run.
    result = runner.invoke(app, ["query", EMPTY, "--lake", lake, "--format", format])
    assert result.exit_code == 0, result.output
    if data is None:
        assert result.stdout.rstrip().splitlines()[-1] == "0 rows" and result.stderr == "", result.output
    else:
        assert (result.stdout, result.stderr.strip()) == (data, "0 rows")


@pytest.mark.parametrize("format", ["table", "csv", "json"])
def test_a_result_with_rows_says_nothing_of_its_count(lake, format) -> None:
    result = runner.invoke(app, ["query", "select 1 as n", "--lake", lake, "--format", format])
    assert result.exit_code == 0 and "rows" not in result.output and result.stderr == "", result.output


def test_sql_that_reads_no_view_runs_without_a_lake_and_one_that_does_says_there_is_none(tmp_path, monkeypatch) -> None:
    # `themelake query "select 1"` (or a look at a records file before `run --field`) said "no lake at lake", though
    # the SQL read nothing of one; the same SQL ran where a lake was.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "export.csv").write_text("headline,body\nRates held,The bank held rates.\n")
    one = runner.invoke(app, ["query", "select 1 as n", "-f", "csv"])
    assert one.exit_code == 0 and one.output.splitlines() == ["n", "1"], one.output
    peek = runner.invoke(app, ["query", "select * from 'export.csv'", "-f", "json"])
    assert json.loads(peek.output) == [{"headline": "Rates held", "body": "The bank held rates."}], peek.output
    views = runner.invoke(app, ["query", "select count(*) from articles"], env={"COLUMNS": "400"})
    assert views.exit_code == 2
    assert " ".join(views.output.split()) == (
        f"error: no lake at lake (no such folder in {tmp_path}): run `themelake run SOURCE --lake lake` first")
    bad = runner.invoke(app, ["query", "select nosuch(1)"], env={"COLUMNS": "400"})
    assert bad.exit_code == 2 and "Scalar Function with name nosuch does not exist" in bad.output, bad.output
    writes = runner.invoke(app, ["query", "copy (select 1) to 'out.csv'"], env={"COLUMNS": "400"})
    assert writes.exit_code == 2 and not (tmp_path / "out.csv").exists(), writes.output


@pytest.mark.parametrize("sql", [
    "show tables", "show all tables", "select table_name from information_schema.tables",
    "select * from duckdb_views()",
    "pragma show_tables", "select * from pg_tables", "select (select count(*) from information_schema.columns) as n",
])
def test_sql_that_lists_the_lakes_tables_says_there_is_no_lake(tmp_path, monkeypatch, sql) -> None:
    # `themelake query "show tables"` where there was no lake answered "0 rows": a lake with no table, as it read.
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["query", sql], env={"COLUMNS": "400"})
    assert result.exit_code == 2, result.output
    assert " ".join(result.output.split()) == (
        f"error: no lake at lake (no such folder in {tmp_path}): run `themelake run SOURCE --lake lake` first")


@pytest.mark.parametrize("sql", [
    "select 'show tables' as said", "select * from duckdb_settings() limit 1", "describe select 1 as n",
    "select * from range(2) as tables", "select count(*) as n from 'pg_2026.csv'",
])
def test_sql_about_other_things_than_tables_still_runs_without_a_lake(tmp_path, monkeypatch, sql) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pg_2026.csv").write_text("headline\nRates held\n")
    result = runner.invoke(app, ["query", sql, "-f", "csv"], env={"COLUMNS": "400"})
    assert result.exit_code == 0 and "no lake" not in result.output, result.output
