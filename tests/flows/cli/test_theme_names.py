"""A query over the themes that finds nothing because a theme's name is misspelt says the name meant."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli.main import app
from tests.warehouse.report_lake import make_report_lake

runner = CliRunner()


@pytest.fixture(scope="module")
def labelled_lake(tmp_path_factory) -> Path:
    return make_report_lake(tmp_path_factory.mktemp("lake"))


def query(lake: Path, sql: str, *options: str):
    return runner.invoke(app, ["query", sql, "--lake", str(lake), *options])


# The lake's themes: 'economy, business and finance', 'conflict, war and peace', 'society'.
@pytest.mark.parametrize(("sql", "meant"), [
    ("select * from themes where name = 'Ecnomy'", "economy, business and finance"),  # a word of the name
    ("select theme_id from themes where name='socity'", "society"),
    ("select count(*) n, t.name from paragraph_themes p join themes t using (theme_id) "
     "where t.name = 'conflict war and peace' group by t.name", "conflict, war and peace"),
    ("select * from themes where name in ('econmy')", "economy, business and finance"),
    ("select * from themes where 'Society' = name", "society"),
])
@pytest.mark.parametrize("form", ["table", "csv"])
def test_no_row_for_a_misspelt_themes_name_names_the_theme_meant(labelled_lake, sql, meant, form) -> None:
    result = query(labelled_lake, sql, "--format", form)
    assert result.exit_code == 0, result.output
    note = [line for line in result.output.splitlines() if line.startswith("note: no theme is named")]
    assert len(note) == 1 and f"did you mean '{meant}'?" in note[0], result.output
    # The name meant finds the rows: the note mends the query.
    said = note[0].split("no theme is named ")[1].split(":")[0]
    mended = query(labelled_lake, sql.replace(said, f"'{meant}'"), "--format", "csv")
    assert len(mended.output.splitlines()) > 1 and "note:" not in mended.output, mended.output


@pytest.mark.parametrize("sql", [
    "select * from themes where name = 'society' and n_terms < 0",  # a theme's name: something else found nothing
    "select * from themes where name = 'Ecnomy' or name = 'society'",  # rows found
    "select * from articles where title = 'Ecnomy'",  # no theme's name compared
    "select * from themes where description = 'sprot'",
    "select * from themes where name like 'sprot%'",  # a pattern, not a name
    "select name from paragraph_places where name = 'Londn'",  # a place's name
])
def test_no_note_where_no_themes_name_is_misspelt(labelled_lake, sql) -> None:
    result = query(labelled_lake, sql)
    assert result.exit_code == 0 and "no theme is named" not in result.output, result.output


def test_a_value_near_no_themes_name_says_where_the_names_are(labelled_lake) -> None:
    result = query(labelled_lake, "select * from themes where name = 'sport'")
    assert result.exit_code == 0, result.output
    assert "note: no theme is named 'sport' (`select name from themes` lists them)" in result.output, result.output
