"""Amounts per theme: the kinds of amount each top theme's paragraphs report most (money by currency, people
and things by what is counted, measures by unit), with the median (the typical amount) and the largest.

No total: one kind's amounts are mostly unrelated sums (bbc-dev's economy "USD" added up to 61 trillion) or
several articles' tellings of one figure (a disaster's death toll), and adding them means nothing.

An amount is counted once per article: a headline and its body that both say "$5m" (or a figure repeated
further down) are one mention of 5 million dollars, not two, under the body's themes (a headline's few words
are labelled less surely than its body: bbc-dev's "UK homes hit £3.3 trillion total" put the UK's housing stock
under arts and politics, the largest sum of both). Amounts with neither a unit nor a counted object (a bare "12")
say nothing of their kind and are left out.
"""

from __future__ import annotations

from typing import Any

import duckdb

from warehouse.report.rows import rows

NAME = "amounts"
PER_THEME = 5
MONEY, COUNT, MEASURE = "money", "count", "measure"

# `paragraph_amounts.unit` is an ISO 4217 code (three capitals) for money, a measure's unit otherwise
# (percent, km, °C, GWh: none is three capitals), null where the amount counts an object ("troops").
# A headline's amount that its body repeats is left to the body, as example query 11 counts it (the two say the rule
# in the same words: a user's query cannot import ours): the same number of the same unit, or counting a thing, of
# the same thing or where either names none ("kills 10" over "10 people died"; not "400 troops" over "400 rockets"),
# and a headline's death toll told as people or the dead ("Two dead" over "killed two people", "Two Killed" over "two
# died"; not the headline's "two people injured" over "left two dead": its people may be the hurt).
# A sum's or measure's noun is reworded as often as not ("£3.3 trillion total" over "the £3.3 trillion mark").
# `median` is an amount said (of an even number, the lower middle one): the mean of two, bbc-dev's "595.5 people"
# or "6.5 nominations", is no amount anyone reported.
_TOLL, _TOLD_AS = "('dead', 'killed')", "('people', 'dead', 'killed')"  # a headline's death toll, a body's words
_KINDS = f"""
WITH said AS (
    SELECT pa.paragraph_id, pa.article_id, pa.value, pa.unit, coalesce(pa.unit, lower(pa.object)) AS what
    FROM paragraph_amounts pa JOIN paragraphs p ON pa.paragraph_id = p.paragraph_id
    WHERE coalesce(pa.unit, pa.object) IS NOT NULL AND (p.role <> 'title' OR NOT EXISTS (
        SELECT 1 FROM paragraph_amounts body JOIN paragraphs bp ON body.paragraph_id = bp.paragraph_id
        WHERE bp.role <> 'title' AND body.article_id = pa.article_id AND body.value = pa.value
          AND body.unit IS NOT DISTINCT FROM pa.unit
          AND (pa.unit IS NOT NULL OR pa.object IS NULL OR body.object IS NULL
               OR lower(body.object) = lower(pa.object)
               OR lower(pa.object) IN {_TOLL} AND lower(body.object) IN {_TOLD_AS})))
), amounts AS (
    SELECT DISTINCT t.rank, t.name AS theme, s.article_id, s.what,
           CASE WHEN regexp_full_match(s.unit, '[A-Z]{{3}}') THEN '{MONEY}'
                WHEN s.unit IS NOT NULL THEN '{MEASURE}' ELSE '{COUNT}' END AS kind,
           s.value
    FROM said s
    JOIN report_labels l ON s.paragraph_id = l.paragraph_id
    JOIN report_themes t ON l.theme_id = t.theme_id
)
SELECT theme, rank, what, kind, count(*) AS mentions, count(DISTINCT article_id) AS articles,
       quantile_disc(value, 0.5) AS median, max(value) AS largest
FROM amounts GROUP BY theme, rank, what, kind
QUALIFY row_number() OVER (PARTITION BY rank ORDER BY count(*) DESC, what) <= $per_theme
ORDER BY rank, mentions DESC, what
"""


def read(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Return the most mentioned kinds of amount of each top theme, each amount counted once per article.

    Whether the lake has amounts at all is the tone section's to tell: enrichment fills both or neither.
    """
    return {"rows": rows(con.execute(_KINDS, {"per_theme": PER_THEME}))}
