"""Views derived from the table views (rollups, joins users ask for often), created in the catalog.

Each entry is (view name, SQL body). They are created in order after the one view per table, so a
derived view may use the table views and any derived view listed before it.

Which taxonomy version the views show: a lake may hold labels from several taxonomy versions (each
`themelake relabel` adds one). The table views named in `ALL_VERSIONS_VIEWS` are renamed (to
`paragraph_themes_all`, `themes_all`; `article_themes_all` rolls up every version) and
`paragraph_themes`, `themes` and `article_themes` show only the current
version: the taxonomy of the most recent completed run that labelled (ingest or relabel), as
`current_taxonomy` says (every version when no run recorded one). Compare two versions by
querying the `_all` views.
"""

from __future__ import annotations

from transforms.rollup import DIGITS, ROLE_WEIGHTS

# Table view → the name it keeps with every taxonomy version's rows; the table's name then shows one.
ALL_VERSIONS_VIEWS: dict[str, str] = {"paragraph_themes": "paragraph_themes_all", "themes": "themes_all"}

_CURRENT_TAXONOMY = """
SELECT taxonomy_version, ended_at AS applied_at, run_id, flow_name
FROM runs
WHERE taxonomy_version IS NOT NULL AND state = 'COMPLETED'
ORDER BY ended_at DESC, run_id DESC
LIMIT 1
"""

# A lake with no labelling run recorded (rows committed by hand, or by a tool) shows every version.
_CURRENT = "coalesce((SELECT taxonomy_version FROM current_taxonomy), taxonomy_version)"

# Role weights come from transforms.rollup, the one place the rollup rule is written down.
_ROLE_WEIGHT = (
    "CASE p.role " + " ".join(f"WHEN '{role}' THEN {w}" for role, w in ROLE_WEIGHTS.items()) + " ELSE 0 END"
)

_ARTICLE_THEMES = f"""
WITH weighted AS (
    SELECT pt.article_id, pt.theme_id, pt.taxonomy_version,
           {_ROLE_WEIGHT} * CAST(pt.score AS DOUBLE) AS weighted_score
    FROM paragraph_themes_all pt JOIN paragraphs p USING (paragraph_id)
    WHERE p.role IN ({", ".join(f"'{r}'" for r in ROLE_WEIGHTS)})
), summed AS (
    SELECT article_id, theme_id, taxonomy_version,
           round(sum(weighted_score), {DIGITS}) AS score, count(*) AS n_paragraphs
    FROM weighted GROUP BY article_id, theme_id, taxonomy_version
)
SELECT article_id, theme_id, score, n_paragraphs,
       round(score / sum(score) OVER (PARTITION BY article_id, taxonomy_version), {DIGITS}) AS share,
       row_number() OVER (PARTITION BY article_id, taxonomy_version ORDER BY score DESC, theme_id) = 1
           AS is_primary,
       taxonomy_version
FROM summed
"""

DERIVED_VIEWS: list[tuple[str, str]] = [
    ("current_taxonomy", _CURRENT_TAXONOMY),
    ("paragraph_themes", f"SELECT * FROM paragraph_themes_all WHERE taxonomy_version = {_CURRENT}"),
    ("themes", f"SELECT * FROM themes_all WHERE taxonomy_version = {_CURRENT}"),
    ("article_themes_all", _ARTICLE_THEMES),
    ("article_themes", f"SELECT * FROM article_themes_all WHERE taxonomy_version = {_CURRENT}"),
]
