"""Why: each top theme's strongest paragraphs, with their evidence and their article."""

from __future__ import annotations

from typing import Any

import duckdb

from transforms.formats.markup import ELEMENTS
from warehouse.report.rows import rows

NAME = "examples"
PER_THEME = 3

# Two texts are one when they read the same on the page: with the markup the page removes (readable_text: HTML's
# tags, written as themselves or as entities, entities, AG News's entities that lost their "&", backslashes) read as
# a space, case ignored, and each run of punctuation and white space read as one space. A copy in capitals, one with
# its commas lost or its quotes curled, and one with "&lt;b&gt;" around a word were each shown as another example.
# Only HTML's own elements are markup, as on the page: "&lt;AAPL.O&gt;", a ticker the page shows, is the text's
# (two reports of different firms' shares were one example). Punctuation becomes a space rather than nothing, and
# symbols ("$", "%") stay, so "3-1" and "31", "$5" and "5" (different facts) stay apart; a tag too becomes a
# space, so a word split by one is no other word.
_MARKUP = (rf"&lt;/?(?i:{ELEMENTS})(?:\s[^&]{{0,300}}?)?\s*/?&gt;|</?(?i:{ELEMENTS})(?:\s[^<>]{{0,300}})?\s*/?>"
           r"|&#?[A-Za-z0-9]{2,8};|(?:^|\s)(?:#\d{2,4}|quot|amp|lt|gt|apos|nbsp);|\\")  # entities, backslashes
# A wire copy carries its agency's dateline or credit, which the copy it came from or another agency's lacks:
# "LONDON (Reuters) - ", "KYIV, Jan. 10 (AP) — " before the paragraph, " (Reuters)" after its last stop. The
# dateline is read by its shape (a place in capitals, or any place before a credit in brackets, then a dash at the
# paragraph's start), not by a list of agencies, so other wires' copies are copies too. A sentence's first words
# stay: "US troops - " (no dash straight after the capitals), "Troops — who had waited" (one word not in capitals:
# a subject before an aside, not a place), and a bracket before the last stop ("the town (Bakhmut).").
# A place's words may join by a short word in small letters, and have letters beyond ASCII: "Rio de Janeiro
# (Reuters) - " and "São Paulo (Reuters) - " were read as the paragraph's own words (DuckDB's "\w" is ASCII's).
_PLACE = r"\p{Lu}[\pL\pN.'’-]*(?:\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}[\pL\pN.'’-]*){0,3}"
# A dateline or an outlet's credit without brackets: a first word in capitals, then words in capitals or with
# capital initials ("BBC News - "); a word in small letters ("US troops - ") is a sentence's subject.
_CAPITALS = r"\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\pL.'’-]*){0,3}"
_DATE = r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
_CREDIT = r"\([A-Z][\w .&'’/-]{0,30}\)"
# A word in capitals before a dash is a place only where no other dash follows: "NATO — the alliance — sent" is a
# subject before an aside, closed by its second dash (a hyphen inside a word, "3-1", is no dash).
_ASIDE_FREE = r"(?:[^—–-]|\w-)*"
_DATELINE = (rf"(?s)^\s*(?:(?:{_PLACE}){_DATE}\s*{_CREDIT}|{_CREDIT})\s*[-–—]+\s+(.*)$"
             rf"|(?s)^\s*{_CAPITALS}{_DATE}\s*[-–—]+\s+({_ASIDE_FREE})$")
# A byline after the last stop: "By Jane Doe, AP", "Reporting by Jane Doe; Editing by Sam Holmes", names (capital
# initials) after "by", with no stop of its own; "By then, the troops had left." is a sentence (a word in small
# letters, a stop), and stays.
_NAME = r"(?:(?:\p{Lu}\.|\p{Lu}[\pL'’-]*)\s+){0,3}\p{Lu}[\pL'’-]*"
_BY = rf"(?:\p{{Lu}}\p{{Ll}}+ing\s+by|By)\s+{_NAME}"
_BYLINE = rf"{_BY}(?:\s*[,;]\s*(?:(?:\p{{Lu}}\p{{Ll}}+ing\s+|\p{{Ll}}+ing\s+)?by\s+)?{_NAME})*"
_TRAILING_CREDIT = rf"([.!?\"”’])\s*(?:{_CREDIT}|{_BYLINE})\s*$"
# The patterns are bound as parameters: their quotes ("O'Brien", "’") are no SQL's.
_PATTERNS = {"dateline": _DATELINE, "trailing_credit": _TRAILING_CREDIT, "markup": _MARKUP}
_WIRELESS = r"regexp_replace(regexp_replace(p.text, $dateline, '\1\2'), $trailing_credit, '\1')"
_SAME_TEXT = rf"""trim(lower(regexp_replace(regexp_replace({_WIRELESS}, $markup, ' ', 'g'), '[\pP\s]+', ' ', 'g')))"""

# One paragraph per article (its strongest), so a theme's examples come from different articles; and each text
# once (_SAME_TEXT): four wire copies of one match report showed the same paragraph three times. `copies` is how
# many of the articles have the text among the theme's paragraphs, which the page says under it.
_EXAMPLES = f"""
WITH labelled AS (
    SELECT l.theme_id, l.paragraph_id, l.article_id, l.score,
           {_SAME_TEXT} AS same_text
    FROM report_labels l SEMI JOIN report_themes t ON l.theme_id = t.theme_id
    JOIN paragraphs p ON l.paragraph_id = p.paragraph_id
), best AS (
    SELECT * FROM labelled
    QUALIFY row_number() OVER (PARTITION BY theme_id, article_id ORDER BY score DESC, paragraph_id) = 1
), each_text AS (
    SELECT * FROM best
    QUALIFY row_number() OVER (PARTITION BY theme_id, same_text ORDER BY score DESC, paragraph_id) = 1
), strongest AS (
    SELECT * FROM each_text
    QUALIFY row_number() OVER (PARTITION BY theme_id ORDER BY score DESC, paragraph_id) <= $per_theme
), copies AS (
    SELECT theme_id, same_text, count(DISTINCT article_id) AS copies
    FROM labelled SEMI JOIN strongest USING (theme_id, same_text) GROUP BY ALL
)
SELECT t.rank, t.name AS theme, s.score, e.evidence, p.text, a.title, a.dated_at, a.dated_by,
       a.url, a.source, a.relative_path, a.source_name, a.language, c.copies
FROM strongest s
JOIN report_themes t ON s.theme_id = t.theme_id
JOIN copies c ON s.theme_id = c.theme_id AND s.same_text = c.same_text
JOIN report_evidence e ON s.paragraph_id = e.paragraph_id AND s.theme_id = e.theme_id
JOIN paragraphs p ON s.paragraph_id = p.paragraph_id
JOIN report_articles a ON s.article_id = a.article_id
ORDER BY t.rank, s.score DESC, s.paragraph_id
"""


def read(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Return up to PER_THEME example paragraphs per top theme, strongest first, each text once."""
    return rows(con.execute(_EXAMPLES, {"per_theme": PER_THEME, **_PATTERNS}))
