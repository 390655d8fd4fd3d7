"""`themelake query`'s output: a table shows its first rows of a large result and says how many it
left out."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli.main import app

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
