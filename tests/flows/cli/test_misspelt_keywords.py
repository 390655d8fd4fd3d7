"""`themelake query` names the keyword a word it could not parse is a slip of, and only then."""

from __future__ import annotations

import re
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


@pytest.mark.parametrize(("sql", "slip", "keyword"), [
    ("select count(*) form articles", "form", "from"),  # read as count(*)'s name: the error is at `articles`
    ("selct count(*) from articles", "selct", "select"),
    ("select count(*) from articles were title like '%a%'", "were", "where"),
    ("select theme_id, count(*) from paragraph_themes gruop by theme_id", "gruop", "group"),
    ("select title from articles oder by published_at", "oder", "order"),
    ("select title from articles limt 5", "limt", "limit"),
    ("select count(*) from paragraph_themes p jion themes t using (theme_id)", "jion", "join"),
])
def test_a_misspelt_keyword_is_named_with_the_one_meant(labelled_lake, sql, slip, keyword) -> None:
    # DuckDB's "syntax error at or near "articles"" points past the slip, at the word after it.
    line = one_error_line(runner.invoke(app, ["query", sql, "--lake", str(labelled_lake)]))
    assert f"`{slip}` is no SQL keyword: did you mean {keyword.upper()}?" in line, line
    result = runner.invoke(app, ["query", re.sub(rf"\b{slip}\b", keyword, sql), "--lake", str(labelled_lake)])
    assert result.exit_code == 0, result.output  # the keyword named mends the query


@pytest.mark.parametrize("sql", ["select * from articles limit", "select * from articles where title = 'x' and",
                                 "select count(*) from articles group by",
                                 "select * from articles where title = 'form' limit"])
def test_a_syntax_error_of_no_misspelt_keyword_keeps_duckdbs_line(labelled_lake, sql) -> None:
    line = one_error_line(runner.invoke(app, ["query", sql, "--lake", str(labelled_lake)]))
    assert "Parser Error" in line and "no SQL keyword" not in line, line


@pytest.mark.parametrize(("sql", "keyword", "mended"), [
    ("select * from articles order title", "order", "order by title"),
    ("select language, count(*) from articles group language", "group", "group by language"),
    ("select title, row_number() over (partition language order by title) from articles", "partition",
     "partition by language"),
])
def test_a_clause_keyword_without_its_by_is_named(labelled_lake, sql, keyword, mended) -> None:
    line = one_error_line(runner.invoke(app, ["query", sql, "--lake", str(labelled_lake)]))
    assert f"{keyword.upper()} is followed by BY: `{mended}`" in line, line
    fixed = sql.replace(f"{keyword} ", f"{keyword} by ", 1)
    assert runner.invoke(app, ["query", fixed, "--lake", str(labelled_lake)]).exit_code == 0


@pytest.mark.parametrize("sql", ["select * from articles order by", 'select "order" title from articles',
                                 "select * from articles order by title desc nulls"])
def test_a_syntax_error_with_its_by_given_says_no_by(labelled_lake, sql) -> None:
    result = runner.invoke(app, ["query", sql, "--lake", str(labelled_lake)])
    assert "is followed by BY" not in result.output, result.output
