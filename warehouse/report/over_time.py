"""Themes over time: labelled paragraphs per top theme per week, month, quarter, year, decade or century
of the articles' date."""

from __future__ import annotations

from typing import Any

import duckdb

from warehouse.report.rows import rows

NAME = "over_time"
# Weeks read well up to about half a year, months up to ten years, quarters up to forty, years up
# to 160, decades up to 1,600; longer spans are counted by century. So a line has at most about 160
# points: an article dated centuries off (a year 1000 in a wrong date field) or a "no end" date
# (9999-12-31) costs a hundred points, not thousands (8,000 yearly points made a 14 MB page in 24 s).
WEEKS_UP_TO_DAYS = 183
MONTHS_UP_TO_DAYS = 3653
QUARTERS_UP_TO_DAYS = 14610
YEARS_UP_TO_DAYS = 58440
DECADES_UP_TO_DAYS = 584400
STEPS = {
    "week": "INTERVAL 7 DAY", "month": "INTERVAL 1 MONTH", "quarter": "INTERVAL 3 MONTH", "year": "INTERVAL 1 YEAR",
    "decade": "INTERVAL 10 YEAR", "century": "INTERVAL 100 YEAR",
}

_SPAN = "SELECT min(dated_at) AS first, max(dated_at) AS last FROM report_articles"

# Every period from the first to the last, each top theme in each: a week without labels is a 0 on
# the line, not a straight segment drawn across it. A decade or century of the years 1 to 99 starts
# in year 0 (1 BC), which Python's dates lack (DuckDB gave the text '0001-01-01 (BC)'): it is
# shown from 0001-01-01.
_COUNTS = """
WITH counts AS (
    SELECT greatest(CAST(date_trunc($grain, a.dated_at) AS DATE), DATE '0001-01-01') AS period, l.theme_id,
           count(*) AS paragraphs, count(DISTINCT l.article_id) AS articles
    FROM report_labels l
    SEMI JOIN report_themes t ON l.theme_id = t.theme_id
    JOIN report_articles a ON l.article_id = a.article_id
    GROUP BY ALL
), periods AS (
    SELECT greatest(CAST(start AS DATE), DATE '0001-01-01') AS period
    FROM (
        SELECT unnest(generate_series(
            date_trunc($grain, min(dated_at)), date_trunc($grain, max(dated_at)), {step})) AS start
        FROM report_articles
    )
)
SELECT p.period, t.name AS theme, t.rank,
       coalesce(c.paragraphs, 0) AS paragraphs, coalesce(c.articles, 0) AS articles
FROM periods p CROSS JOIN report_themes t
LEFT JOIN counts c ON c.period = p.period AND c.theme_id = t.theme_id
ORDER BY p.period, t.rank
"""

# How many articles of each period are dated by ingestion, not publication: the page says so.
_DATED_BY = """
SELECT dated_by, count(*) AS articles FROM report_articles GROUP BY dated_by ORDER BY dated_by
"""


def read(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Return per-period counts of the top themes, the period (week or month) and how articles are dated."""
    span = rows(con.sql(_SPAN))[0]
    days = (span["last"] - span["first"]).days if span["first"] else 0
    grain = grain_of(days)
    dated_by = {r["dated_by"]: r["articles"] for r in rows(con.sql(_DATED_BY))}
    return {
        "grain": grain,
        "dated_by": dated_by,
        "rows": rows(con.execute(_COUNTS.replace("{step}", STEPS[grain]), {"grain": grain})),
    }


def grain_of(days: int) -> str:
    """Return the period the articles are counted by when their dates span this many days."""
    if days <= WEEKS_UP_TO_DAYS:
        return "week"
    if days <= MONTHS_UP_TO_DAYS:
        return "month"
    if days <= QUARTERS_UP_TO_DAYS:
        return "quarter"
    if days <= YEARS_UP_TO_DAYS:
        return "year"
    return "decade" if days <= DECADES_UP_TO_DAYS else "century"
