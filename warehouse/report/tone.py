"""Tone by theme: the mean tone of each top theme's paragraphs, their shares told positively and negatively,
and the same over every paragraph of the window, beside it; or how many paragraphs have no tone (a lake
ingested with `--no-enrich`: `themelake enrich` adds it).

Tone is `paragraphs.tone`, positive minus negative words per 100 words (GDELT's convention, README
"Places, amounts and tone"); a paragraph without one (not enriched, or not in English) is left out of the
means and counted apart, so a partly enriched lake's means are not pulled towards 0.
"""

from __future__ import annotations

from typing import Any

import duckdb

from warehouse.report.rows import rows

NAME = "tone"

_BY_THEME = """
SELECT t.rank, t.name AS theme, count(p.tone) AS paragraphs, avg(p.tone) AS mean_tone,
       count(*) FILTER (WHERE p.tone > 0) AS positive, count(*) FILTER (WHERE p.tone < 0) AS negative,
       count(*) FILTER (WHERE p.tone IS NULL) AS without_tone
FROM report_labels l
JOIN report_themes t ON l.theme_id = t.theme_id
JOIN paragraphs p ON l.paragraph_id = p.paragraph_id
GROUP BY t.rank, t.name
ORDER BY t.rank
"""

# Every paragraph of the window's articles that enrichment reads (not boilerplate), labelled or not: the
# themes' means are read against it. `untoned_english`: those that enrichment would have given a tone (an
# article in English or of unknown language, not enriched: no tone of its own either), so "not enriched" is told
# apart from "not in English". An enriched English article's paragraph in another language (a bilingual page's
# French half) has no tone and never will (`themelake enrich` passes it over too): it is no paragraph "without tone
# yet", and its article has a tone from the others.
_ALL = """
SELECT count(p.tone) AS paragraphs, avg(p.tone) AS mean_tone,
       count(*) FILTER (WHERE p.tone > 0) AS positive, count(*) FILTER (WHERE p.tone < 0) AS negative,
       count(*) FILTER (WHERE p.tone IS NULL AND a.tone IS NULL AND coalesce(a.language, 'en') = 'en')
           AS untoned_english,
       count(*) FILTER (WHERE p.tone IS NULL) AS without_tone
FROM paragraphs p JOIN report_articles a ON p.article_id = a.article_id
WHERE p.role <> 'boilerplate'
"""


def read(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Return each top theme's paragraphs with a tone, their mean tone and how many read positive and negative
    (`rows`), and the same over all the window's paragraphs (`all`, with those enrichment left without one)."""
    return {"rows": rows(con.sql(_BY_THEME)), "all": rows(con.sql(_ALL))[0]}
