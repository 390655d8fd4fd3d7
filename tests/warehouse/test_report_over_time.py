"""Themes over time: the period the chart counts by, from the span of the articles' days."""

from __future__ import annotations

from datetime import datetime

import duckdb

from warehouse.report import over_time


def test_the_span_is_counted_in_the_days_the_chart_draws() -> None:
    # 23:30 on the 1st to 00:30 on the 16th is 14 days and an hour, but 16 days' points by day: by week.
    con = duckdb.connect()
    con.execute("CREATE TABLE report_articles (article_id TEXT, published_at TIMESTAMP, ingested_at TIMESTAMP, "
                "dated_by TEXT)")
    con.executemany("INSERT INTO report_articles VALUES (?, ?, ?, 'published')", [
        ("a", datetime(2026, 12, 1, 23, 30), datetime(2026, 12, 20)),
        ("b", datetime(2026, 12, 16, 0, 30), datetime(2026, 12, 20)),
    ])
    con.execute("CREATE TABLE report_labels AS SELECT * FROM (VALUES ('a', 1), ('b', 1)) t(article_id, theme_id)")
    con.execute("CREATE TABLE report_themes AS SELECT * FROM (VALUES (1, 'economy', 1)) t(theme_id, name, rank)")
    got = over_time.read(con)
    assert got["grain"] == "week"
    assert len({r["period"] for r in got["rows"]}) <= 15


def _lake_of_days(days: list[datetime]) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE report_articles (article_id TEXT, published_at TIMESTAMP, ingested_at TIMESTAMP, "
                "dated_by TEXT)")
    con.executemany("INSERT INTO report_articles VALUES (?, ?, ?, 'published')",
                    [(f"a{i}", day, datetime(2026, 12, 5)) for i, day in enumerate(days)])
    con.execute("CREATE TABLE report_labels AS SELECT article_id, 1 AS theme_id FROM report_articles")
    con.execute("CREATE TABLE report_themes AS SELECT * FROM (VALUES (1, 'economy', 1)) t(theme_id, name, rank)")
    return con


def test_one_article_dated_far_from_the_rest_does_not_squash_their_line() -> None:
    # Three years of news and one article of 1850: the line counted by decade, the three years its last point.
    news = [datetime(2024 + i % 3, 1 + i % 12, 1 + i % 28) for i in range(40)]
    got = over_time.read(_lake_of_days([datetime(1850, 6, 1), *news]))
    assert got["grain"] == "month"
    assert got["strays"] == 1
    assert min(r["period"] for r in got["rows"]).year == 2024
    assert "1850-06-01" in got["strays_note"]


def test_a_few_articles_far_apart_are_all_drawn() -> None:
    # Too few articles to tell a stray from the news: every one is drawn, as before.
    news = [datetime(2024, 1 + i, 1) for i in range(10)]
    got = over_time.read(_lake_of_days([datetime(1850, 6, 1), *news]))
    assert got["grain"] == "decade"
    assert got["strays"] == 0
    assert got["strays_note"] == ""


def _lake_with_unlabelled(labelled: list[datetime], unlabelled: list[datetime]) -> duckdb.DuckDBPyConnection:
    con = _lake_of_days([*labelled, *unlabelled])
    con.execute("DELETE FROM report_labels WHERE article_id IN (SELECT unnest($ids))",
                {"ids": [f"a{i}" for i in range(len(labelled), len(labelled) + len(unlabelled))]})
    return con


def test_the_axis_ends_at_the_last_day_with_a_labelled_paragraph_and_says_so() -> None:
    # English news labelled on Oct 1, a German article none could label on Oct 5: the axis ran to Oct 5, four
    # empty days that read as quiet news days.
    got = over_time.read(_lake_with_unlabelled([datetime(2026, 10, 1, 9), datetime(2026, 10, 2, 9)],
                                               [datetime(2026, 10, 5, 9)]))
    assert max(r["period"] for r in got["rows"]).isoformat() == "2026-10-02"
    assert "1 article dated 2026-10-05, after the last labelled paragraph, left out" in got["strays_note"]


def test_unlabelled_articles_before_and_after_are_counted_and_those_between_kept() -> None:
    got = over_time.read(_lake_with_unlabelled(
        [datetime(2026, 10, 3), datetime(2026, 10, 6)],
        [datetime(2026, 10, 1), datetime(2026, 10, 4), datetime(2026, 10, 8), datetime(2026, 10, 9)]))
    assert [r["period"].day for r in got["rows"]] == [3, 4, 5, 6]  # Oct 4's unlabelled article: a true 0
    assert ("3 articles dated 2026-10-01 to 2026-10-09, before the first or after the last labelled paragraph, "
            "left out") in got["strays_note"]


def test_an_axis_of_labelled_days_only_says_nothing_more() -> None:
    got = over_time.read(_lake_with_unlabelled([datetime(2026, 10, 1), datetime(2026, 10, 3)], [datetime(2026, 10, 2)]))
    assert [r["period"].day for r in got["rows"]] == [1, 2, 3] and got["strays_note"] == ""
