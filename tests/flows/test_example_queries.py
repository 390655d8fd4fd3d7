"""The README's example queries run on a lake of the bundled examples and answer something."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.ingest import ingest_articles
from warehouse.catalog import query

ROOT = Path(__file__).resolve().parents[2]
QUERIES = sorted((ROOT / "examples" / "queries").glob("*.sql"))


@pytest.fixture(scope="module")
def example_lake(tmp_path_factory) -> Path:
    lake = tmp_path_factory.mktemp("examples") / "lake"
    ingest_articles(source=str(ROOT / "examples" / "articles"), lake=str(lake))
    return lake


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_example_query_returns_rows(example_lake: Path, path: Path) -> None:
    assert query(example_lake, path.read_text("utf-8")).num_rows > 0


def test_every_example_query_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    for path in QUERIES:
        assert path.name in readme


def test_sql_from_a_file_or_stdin(example_lake: Path, tmp_path: Path) -> None:
    sql = tmp_path / "q.sql"
    sql.write_text("-- comment first\nselect count(*) as n from articles")
    runner = CliRunner()
    from_file = runner.invoke(app, ["query", "--sql-file", str(sql), "--lake", str(example_lake), "-f", "csv"])
    assert from_file.output.splitlines() == ["n", "13"]
    from_stdin = runner.invoke(
        app, ["query", "--sql-file", "-", "--lake", str(example_lake), "-f", "csv"], input=sql.read_text()
    )
    assert from_stdin.output.splitlines() == ["n", "13"]
    both = runner.invoke(app, ["query", "select 1", "--sql-file", str(sql), "--lake", str(example_lake)])
    assert both.exit_code == 2
