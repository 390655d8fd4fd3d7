"""`themelake query`'s output: a table shows its first rows of a large result and says how many it
left out; a reader that stops early (`| head -1`) ends any output form quietly."""

from __future__ import annotations

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


def test_max_rows_is_for_the_table_csv_and_json_write_every_row(lake) -> None:
    as_csv = runner.invoke(app, ["query", "select * from range(50)", "--lake", lake, "-f", "csv"])
    assert as_csv.exit_code == 0 and len(as_csv.output.splitlines()) == 51
    capped = runner.invoke(app, ["query", "select 1", "--lake", lake, "-f", "csv", "--max-rows", "5"])
    assert capped.exit_code == 2
    assert capped.output.strip() == (
        "error: --max-rows is for the table form; --format csv writes every row (a LIMIT in the SQL keeps fewer)"
    )


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
        (["-f", "csv"], b"i,s\r\n0,xxx"),
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
