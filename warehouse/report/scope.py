"""What a report covers: the articles dated within its window, their labels, its top themes.

Every section reads these temporary objects instead of the lake's views, so the window and the top
themes are decided once, in DuckDB, on the report's own connection:

- `report_articles`: current articles whose date falls within [since, until]; the date is the
  publication date, or the ingestion date where the article has none (`dated_by` says which); the
  source is the article's site, or the top-level folder of its path below the ingested folder (a file
  directly in that folder: "(top level of NAME/)"; with its ingested folder where two ingested folders
  have a top-level folder of that name, "news (in /data/a/)");
- `report_labels`: the current taxonomy's labels of those articles' paragraphs (no evidence);
- `report_themes`: the top N themes by labelled paragraphs, with their names and rank;
- `report_evidence`: the top themes' labels of those articles, with their evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import duckdb

PUBLISHED, INGESTED = "published", "ingested"
SITE, FOLDER = "site", "folder"

# A file directly in the ingested folder has no top-level folder of its own: it is named as the top
# level of that folder, "(top level of desk/)": the folder's bare name read as one of its sub-folders
# ("desk" beside "news" and "commentary"). A folder name that is the top of two ingested folders
# (/data/a/news and /data/b/news) names two sources, each with its ingested folder, "news (in /data/a/)":
# they were one source, their articles and labels added together; so for the top levels of two folders of
# one name (compared as named: the top levels of desk/ and wire/ keep their bare names).
_ARTICLES = f"""
CREATE OR REPLACE TEMP TABLE report_articles AS
WITH windowed AS (
    SELECT article_id, title, url, source, relative_path, language, published_at, ingested_at, tone,
           nullif(trim(site), '') AS site_name, rtrim(source_root, '/') AS root,
           coalesce(CASE WHEN contains(relative_path, '/') THEN split_part(relative_path, '/', 1) END,
                    '(top level of ' || regexp_extract(rtrim(source_root, '/'), '[^/]*$') || '/)') AS folder
    FROM articles
    WHERE coalesce(published_at, ingested_at) >= $since AND coalesce(published_at, ingested_at) < $until
)
SELECT article_id, title, url, source, root, relative_path, language, published_at, ingested_at, tone,
       coalesce(published_at, ingested_at) AS dated_at,
       CASE WHEN published_at IS NULL THEN '{INGESTED}' ELSE '{PUBLISHED}' END AS dated_by,
       CASE WHEN site_name IS NOT NULL THEN site_name
            WHEN min(root) OVER named <> max(root) OVER named
                THEN CASE WHEN contains(relative_path, '/') THEN folder || ' (in ' || root || '/)'
                          ELSE '(top level of ' || root || '/)' END
            ELSE folder
       END AS source_name,
       CASE WHEN site_name IS NULL THEN '{FOLDER}' ELSE '{SITE}' END AS source_kind
FROM windowed
WINDOW named AS (PARTITION BY site_name IS NULL, folder)
"""

# Materialised without the evidence (every section reads the labels; two read evidence, of few themes).
_LABELS = """
CREATE OR REPLACE TEMP TABLE report_labels AS
SELECT l.paragraph_id, l.article_id, l.theme_id, l.score
FROM paragraph_themes l SEMI JOIN report_articles a ON l.article_id = a.article_id
"""

# The top themes' labels with their evidence, for the sections that show evidence.
_EVIDENCE = """
CREATE OR REPLACE TEMP VIEW report_evidence AS
SELECT l.paragraph_id, l.article_id, l.theme_id, l.score, l.evidence
FROM paragraph_themes l
SEMI JOIN report_themes t ON l.theme_id = t.theme_id
SEMI JOIN report_articles a ON l.article_id = a.article_id
"""

# Themes named by the current taxonomy; a label of a theme it does not name shows its id.
_THEMES = """
CREATE OR REPLACE TEMP TABLE report_themes AS
WITH counted AS (
    SELECT theme_id, count(*) AS paragraphs, count(DISTINCT article_id) AS articles
    FROM report_labels GROUP BY theme_id
)
SELECT c.theme_id, coalesce(t.name, c.theme_id) AS name, c.paragraphs, c.articles,
       row_number() OVER (ORDER BY c.paragraphs DESC, coalesce(t.name, c.theme_id)) AS rank
FROM counted c LEFT JOIN (SELECT DISTINCT theme_id, name FROM themes) t USING (theme_id)
QUALIFY rank <= $top
"""


@dataclass(frozen=True)
class Window:
    """The report's articles: dated from `since` up to and including `until` (None: open), top N themes."""

    since: date | None = None
    until: date | None = None
    top: int = 10

    def bounds(self) -> tuple[datetime, datetime]:
        """Return the window as UTC timestamps [start, end): `until` counts as a whole day."""
        # Open ends are the first and last instants a date can have: a "no end" date such as
        # 9999-12-31 is in the report (the open end was 9999-12-30 and left it out).
        start = datetime.combine(self.since, time(), UTC) if self.since else datetime.min.replace(tzinfo=UTC)
        end = (
            datetime.combine(self.until + timedelta(days=1), time(), UTC)
            if self.until and self.until < date.max
            else datetime.max.replace(tzinfo=UTC)
        )
        return start, end


def create_scope(con: duckdb.DuckDBPyConnection, window: Window) -> None:
    """Create the report's temporary tables and views on a catalog connection."""
    con.execute("SET TimeZone = 'UTC'")  # weeks and months start at UTC midnight, as the page says
    since, until = window.bounds()
    con.execute(_ARTICLES, {"since": since, "until": until})
    con.execute(_LABELS)
    con.execute(_THEMES, {"top": window.top})
    con.execute(_EVIDENCE)
