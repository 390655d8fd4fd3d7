"""Themes over time: labelled paragraphs per top theme per day, week, month, quarter, year, decade or century
of the articles' date.

One kind of date makes the chart, never two: publication dates of years ago beside the ingestion days of
the articles without one drew months of zeros between the two groups, a gap that was no lull in the news.
When at least half the window's articles have a publication date, the chart counts those by it and the
others are left out (the page says how many); otherwise it counts every article by the day it was
ingested (the page says how many publication dates that sets aside).
"""

from __future__ import annotations

from typing import Any

import duckdb

from transforms.report.strays import charted_days, strays_note, unlabelled_note
from warehouse.report.rows import rows
from warehouse.report.scope import INGESTED, PUBLISHED

NAME = "over_time"
# Days read well up to two weeks (at most 15 points: a week's articles by week were one point, no line, and a
# fortnight's two), weeks up to about half a year, months up to ten years, quarters up to forty, years up
# to 160, decades up to 1,600; longer spans are counted by century. So a line has at most about 160
# points: an article dated centuries off (a year 1000 in a wrong date field) or a "no end" date
# (9999-12-31) costs a hundred points, not thousands (8,000 yearly points made a 14 MB page in 24 s).
DAYS_UP_TO_DAYS = 14
WEEKS_UP_TO_DAYS = 183
MONTHS_UP_TO_DAYS = 3653
QUARTERS_UP_TO_DAYS = 14610
YEARS_UP_TO_DAYS = 58440
DECADES_UP_TO_DAYS = 584400
STEPS = {
    "day": "INTERVAL 1 DAY", "week": "INTERVAL 7 DAY", "month": "INTERVAL 1 MONTH", "quarter": "INTERVAL 3 MONTH",
    "year": "INTERVAL 1 YEAR", "decade": "INTERVAL 10 YEAR", "century": "INTERVAL 100 YEAR",
}

# The span in days between the first and the last article's days, as the periods count them (date_trunc): two
# articles at 23:30 on the 1st and 00:30 on the 16th span 15 days (16 days' points), not 14 days and an hour.
_SPAN = "SELECT date_diff('day', CAST(min(dated_at) AS DATE), CAST(max(dated_at) AS DATE)) AS days FROM report_timed"

# The charted articles and their chart date: publication dates alone, or every article's ingestion day.
_TIMED = f"""
CREATE OR REPLACE TEMP TABLE report_timed AS
SELECT article_id, CASE WHEN $by = '{PUBLISHED}' THEN published_at ELSE ingested_at END AS dated_at
FROM report_articles WHERE $by = '{INGESTED}' OR published_at IS NOT NULL
"""

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
    JOIN report_timed a ON l.article_id = a.article_id
    GROUP BY ALL
), periods AS (
    SELECT greatest(CAST(start AS DATE), DATE '0001-01-01') AS period
    FROM (
        SELECT unnest(generate_series(
            date_trunc($grain, min(dated_at)), date_trunc($grain, max(dated_at)), {step})) AS start
        FROM report_timed
    )
)
SELECT p.period, t.name AS theme, t.rank,
       coalesce(c.paragraphs, 0) AS paragraphs, coalesce(c.articles, 0) AS articles
FROM periods p CROSS JOIN report_themes t
LEFT JOIN counts c ON c.period = p.period AND c.theme_id = t.theme_id
ORDER BY p.period, t.rank
"""

# The charted articles per day, for the strays (transforms/report/strays.py): a day before year 1 (DuckDB keeps
# BC dates) is read as 0001-01-01, the first Python has.
_DAYS = """
SELECT greatest(CAST(dated_at AS DATE), DATE '0001-01-01') AS day, count(*) AS articles
FROM report_timed GROUP BY ALL ORDER BY day
"""
_WITHOUT_STRAYS = "DELETE FROM report_timed WHERE CAST(dated_at AS DATE) NOT BETWEEN $first AND $last"

# The axis runs from the first to the last day of an article with a labelled paragraph: an English article labelled
# on Oct 1 and a German one none could label on Oct 5 drew four empty days that read as quiet news days, where
# there was no labelled news at all. The unlabelled articles dated outside are left out, and the axis says how
# many; those between two labelled days stay, a true 0 of labelled news among labelled days.
_UNLABELLED_EDGES = """
WITH labelled AS (
    SELECT min(CAST(dated_at AS DATE)) AS first, max(CAST(dated_at AS DATE)) AS last
    FROM report_timed a SEMI JOIN report_labels l ON a.article_id = l.article_id
), outside AS (
    SELECT CAST(t.dated_at AS DATE) AS day, CAST(t.dated_at AS DATE) < l.first AS before
    FROM report_timed t, labelled l WHERE CAST(t.dated_at AS DATE) NOT BETWEEN l.first AND l.last
)
SELECT l.first, l.last, count(*) FILTER (WHERE o.before) AS before, count(*) FILTER (WHERE NOT o.before) AS after,
       greatest(min(o.day), DATE '0001-01-01') AS from_day, greatest(max(o.day), DATE '0001-01-01') AS to_day
FROM labelled l LEFT JOIN outside o ON true GROUP BY l.first, l.last
"""

# How many articles of each period are dated by ingestion, not publication: the page says so.
_DATED_BY = """
SELECT dated_by, count(*) AS articles FROM report_articles GROUP BY dated_by ORDER BY dated_by
"""


def read(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Return per-period counts of the top themes, the period (day, week, month, ...), how articles are dated, which
    date the chart counts them by (`charted_by`), how many articles that leaves out of it (`left_out`), and how
    many dated far from the others it leaves out too (`strays`, named in `strays_note`)."""
    dated_by = {r["dated_by"]: r["articles"] for r in rows(con.sql(_DATED_BY))}
    by = charted_by(dated_by)
    con.execute(_TIMED, {"by": by})
    days = [(r["day"], r["articles"]) for r in rows(con.sql(_DAYS))]
    charted = charted_days(days) if days else None
    if charted is not None and charted.strays:
        con.execute(_WITHOUT_STRAYS, {"first": charted.first, "last": charted.last})
    edges = rows(con.sql(_UNLABELLED_EDGES))[0]
    if edges["first"] is not None and edges["before"] + edges["after"]:
        con.execute(_WITHOUT_STRAYS, {"first": edges["first"], "last": edges["last"]})
    unlabelled = unlabelled_note(edges["before"], edges["after"], edges["from_day"], edges["to_day"])
    grain = grain_of(rows(con.sql(_SPAN))[0]["days"] or 0)
    return {
        "grain": grain,
        "dated_by": dated_by,
        "charted_by": by,
        "left_out": dated_by.get(INGESTED, 0) if by == PUBLISHED else 0,
        "strays": charted.strays if charted is not None else 0,
        # The axis's title names both: the strays, and the unlabelled articles dated before or after the labels.
        "strays_note": "; ".join(filter(None, (strays_note(charted) if charted is not None else "", unlabelled))),
        "rows": rows(con.execute(_COUNTS.replace("{step}", STEPS[grain]), {"grain": grain})),
    }


def charted_by(dated_by: dict[str, int]) -> str:
    """Return the date the chart counts articles by: their publication date when at least half of them have
    one, else the day each was ingested.

    >>> charted_by({"published": 4, "ingested": 3}), charted_by({"published": 1, "ingested": 3})
    ('published', 'ingested')
    >>> charted_by({"published": 2, "ingested": 2}), charted_by({})
    ('published', 'ingested')
    """
    published = dated_by.get(PUBLISHED, 0)
    return PUBLISHED if published and published >= dated_by.get(INGESTED, 0) else INGESTED


def grain_of(days: int) -> str:
    """Return the period the articles are counted by when their dates span this many days.

    >>> grain_of(0), grain_of(14), grain_of(15), grain_of(183), grain_of(184)
    ('day', 'day', 'week', 'week', 'month')
    """
    if days <= DAYS_UP_TO_DAYS:
        return "day"
    if days <= WEEKS_UP_TO_DAYS:
        return "week"
    if days <= MONTHS_UP_TO_DAYS:
        return "month"
    if days <= QUARTERS_UP_TO_DAYS:
        return "quarter"
    if days <= YEARS_UP_TO_DAYS:
        return "year"
    return "decade" if days <= DECADES_UP_TO_DAYS else "century"
