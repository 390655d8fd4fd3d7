"""`themelake query`'s hint for a value in double quotes: given where a value was meant, not where a column was."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli.main import app
from tests.flows.cli.test_probed_errors import one_error_line
from tests.warehouse.report_lake import make_report_lake

runner = CliRunner()


@pytest.fixture(scope="module")
def labelled_lake(tmp_path_factory) -> Path:
    return make_report_lake(tmp_path_factory.mktemp("lake"))


@pytest.mark.parametrize("sql", [
    'select count(*) from paragraph_themes p join themes t on p.theme_id = "thme_id"',
    'select count(*) from articles a join paragraphs p on p.article_id = "artcle_id"',
    'select count(*) from paragraphs p join articles a on a.article_id = "Article_ID2"',
])
def test_a_misspelt_column_right_of_a_join_is_no_value(labelled_lake, sql) -> None:
    # A join compares two columns: the quoted one misspelt is a column DuckDB did not find (its candidates list the
    # right spelling); "a value takes single quotes" sent the user to join on the word 'thme_id'.
    line = one_error_line(runner.invoke(app, ["query", sql, "--lake", str(labelled_lake)]))
    assert "not found" in line and "single quotes" not in line, line


@pytest.mark.parametrize(("sql", "value"), [
    ('select count(*) from themes where "economy" = name', "'economy'"),
    ('select count(*) from themes where name = "it\'s"', "'it''s'"),
])
def test_a_value_in_double_quotes_left_of_its_column_or_holding_a_quote_is_said(labelled_lake, sql, value) -> None:
    line = one_error_line(runner.invoke(app, ["query", sql, "--lake", str(labelled_lake)]))
    assert f"a value takes single quotes, `{value}`" in line, line
    quoted = sql.split('"')[1]
    rewritten = sql.replace(f'"{quoted}"', value)
    result = runner.invoke(app, ["query", rewritten, "--lake", str(labelled_lake)])
    assert result.exit_code == 0, result.output  # the value as the line writes it is SQL that runs


@pytest.mark.parametrize("sql", ["select count(*) from articles where \"titel\" = 'x'",
                                 "select count(*) from articles where \"publshed_at\" > '2026-01-01'"])
def test_a_column_in_double_quotes_compared_with_a_value_keeps_duckdbs_line(labelled_lake, sql) -> None:
    line = one_error_line(runner.invoke(app, ["query", sql, "--lake", str(labelled_lake)]))
    assert "not found" in line and "single quotes" not in line, line
