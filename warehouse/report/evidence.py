"""What carries each theme: its most frequent evidence terms, matched terms and semantic evidence apart, leaving out
evidence found inside the markup debris some exports keep in their text (transforms/report/readable_text.py)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import duckdb
import pyarrow as pa

from transforms.report.readable_text import debris_spans
from warehouse.report.rows import rows

NAME = "evidence"
TERMS_PER_KIND = 10

# The top themes' paragraphs that may hold a tag (from the labels without their evidence: a lake without any, as
# most are, reads no evidence for it), then their labels, with their text: only they are read in Python for the
# evidence inside their debris.
_MAYBE_IN_TAGS = """
CREATE OR REPLACE TEMP TABLE report_maybe_tags AS
SELECT p.paragraph_id, p.text FROM paragraphs p
WHERE p.paragraph_id IN (SELECT paragraph_id FROM report_labels l SEMI JOIN report_themes t ON l.theme_id = t.theme_id)
  AND (contains(p.text, '&lt;') OR contains(p.text, '<'))
"""
_TAGGED_LABELS = """
SELECT t.name AS theme, l.evidence, m.text
FROM report_maybe_tags m JOIN report_evidence l ON l.paragraph_id = m.paragraph_id
JOIN report_themes t ON l.theme_id = t.theme_id
"""

# Evidence written before kinds existed has none: it was a matched taxonomy term. The mentions inside a piece of
# debris (report_debris, counted in Python) are taken off: agnews-dev's tags written as entities ("&lt;A
# HREF=...&gt;") put "href", "font" and a URL's "investor" and "stocks" among economy's evidence, words the page's
# examples never show.
_TERMS = """
WITH evidence AS (
    SELECT t.name AS theme, t.rank, lower(e.term) AS term, coalesce(e.kind, 'term') AS kind, e.weight
    FROM report_evidence l JOIN report_themes t ON l.theme_id = t.theme_id, unnest(l.evidence) AS u(e)
), counted AS (
    SELECT theme, rank, kind, term, count(*) AS mentions, sum(weight) AS weight
    FROM evidence GROUP BY theme, rank, kind, term
)
SELECT c.theme, c.rank, c.kind, c.term, c.mentions - coalesce(d.mentions, 0) AS mentions,
       round(c.weight - coalesce(d.weight, 0), 3) AS weight
FROM counted c LEFT JOIN report_debris d USING (theme, kind, term)
WHERE c.mentions > coalesce(d.mentions, 0)
QUALIFY row_number() OVER (PARTITION BY c.rank, c.kind ORDER BY c.mentions - coalesce(d.mentions, 0) DESC, c.term)
    <= $limit
ORDER BY c.rank, c.kind, mentions DESC, c.term
"""


def _in_debris(con: duckdb.DuckDBPyConnection) -> pa.Table:
    """Return the mentions and weight of each theme's evidence (theme, kind, term) found inside debris."""
    mentions: Counter[tuple[str, str, str]] = Counter()
    weights: dict[tuple[str, str, str], float] = {}
    con.execute(_MAYBE_IN_TAGS)
    tagged = con.sql(_TAGGED_LABELS).fetchall() if con.sql("FROM report_maybe_tags LIMIT 1").fetchall() else []
    for theme, evidence, text in tagged:
        spans = debris_spans(text)
        for e in evidence:
            if e.get("start") is not None and any(start <= e["start"] and e["end"] <= end for start, end in spans):
                key = (theme, e.get("kind") or "term", e["term"].lower())
                mentions[key] += 1
                weights[key] = weights.get(key, 0.0) + (e.get("weight") or 0.0)
    keys = list(mentions)
    return pa.table({
        "theme": pa.array([k[0] for k in keys], pa.string()), "kind": pa.array([k[1] for k in keys], pa.string()),
        "term": pa.array([k[2] for k in keys], pa.string()),
        "mentions": pa.array([mentions[k] for k in keys], pa.int64()),
        "weight": pa.array([weights[k] for k in keys], pa.float64()),
    })


def read(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Return the top evidence terms of each top theme, per kind of evidence, with their mention counts."""
    con.register("report_debris", _in_debris(con))
    try:
        return rows(con.execute(_TERMS, {"limit": TERMS_PER_KIND}))
    finally:
        con.unregister("report_debris")
