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
