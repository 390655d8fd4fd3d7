"""A column asked of a table that shares no key with the tables holding it is answered with the table's own."""

from __future__ import annotations

from flows.cli.query_errors import error_line

VIEWS = {"relative_path": ["articles"], "title": ["articles"], "article_id": ["articles", "sources"]}
BINDER = 'Binder Error: Referenced column "{name}" not found in FROM clause!'


def line(name: str, sql: str) -> str:
    """Return the line of a query that asked for `name` where it is not."""
    return error_line(BINDER.format(name=name), sql, lambda column: VIEWS.get(column, []))


def test_a_file_asked_of_the_quarantine_is_its_own_source() -> None:
    # It said "join articles to the query": a quarantined file has no article, and quarantine has no article_id.
    said = line("relative_path", "select relative_path from quarantine")
    assert "quarantine's own column for the file is `source`" in said and "join articles" not in said, said


def test_a_table_that_joins_or_has_no_such_column_keeps_the_join() -> None:
    # Should not fire: sources joins articles by article_id; quarantine has nothing that is a headline.
    assert "join articles using (article_id)" in line("relative_path", "select relative_path from sources")
    assert "join articles to the query" in line("title", "select title from quarantine")
