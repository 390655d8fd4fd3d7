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

The current version is written into the views as a constant when the catalog is built. That is
exact, not a cache: a catalog is built from one manifest, whose runs give the constant, and a run's
row is added only by the run's last commit, which always rebuilds the catalog (commits within a run,
which may leave it a few seconds behind, add no run). A
constant lets DuckDB filter the Parquet scan itself (and skip the row groups of other versions),
where a subquery in the filter made it join every label row with the run table.
"""

from __future__ import annotations

from transforms.rollup import DIGITS, ROLE_WEIGHTS

# Table view → the name it keeps with every taxonomy version's rows; the table's name then shows one.
ALL_VERSIONS_VIEWS: dict[str, str] = {"paragraph_themes": "paragraph_themes_all", "themes": "themes_all"}

CURRENT_TAXONOMY = (
    "current_taxonomy",
    """
SELECT taxonomy_version, ended_at AS applied_at, run_id, flow_name
FROM runs
WHERE taxonomy_version IS NOT NULL AND state = 'COMPLETED'
ORDER BY ended_at DESC, run_id DESC
LIMIT 1
""",
)

# Most labelled paragraphs are body text: the rollup looks up the roles of the others only (titles,
# summaries, boilerplate), a join with a fifth of the paragraphs instead of all of them. A label
# always has its paragraph (they are written together, or relabelled from it), so a label the
# lookup does not find is on a body paragraph.
_COMMON_ROLE = "body"
_ROLE = f"coalesce(p.role, '{_COMMON_ROLE}')"
# Role weights come from transforms.rollup, the one place the rollup rule is written down.
_ROLE_WEIGHT = (
    f"CASE {_ROLE} " + " ".join(f"WHEN '{role}' THEN {w}" for role, w in ROLE_WEIGHTS.items()) + " ELSE 0 END"
)

_ARTICLE_THEMES = f"""
WITH weighted AS (
    SELECT pt.article_id, pt.theme_id, pt.taxonomy_version,
           {_ROLE_WEIGHT} * CAST(pt.score AS DOUBLE) AS weighted_score
    FROM paragraph_themes_all pt
    LEFT JOIN (SELECT paragraph_id, role FROM paragraphs WHERE role <> '{_COMMON_ROLE}') p USING (paragraph_id)
    WHERE {_ROLE} IN ({", ".join(f"'{r}'" for r in ROLE_WEIGHTS)})
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


# Places per article: one row per article and place, with its mentions (the enrichment's table is per mention).
# The first paragraph by its position: a paragraph id is a hash, so min(paragraph_id) named any of them.
_ARTICLE_PLACES = """
SELECT pp.article_id, pp.name, pp.kind, pp.country_code, pp.geonames_id, pp.latitude, pp.longitude,
       count(*) AS mentions, arg_min(pp.paragraph_id, p.ordinal) AS first_paragraph_id
FROM paragraph_places pp LEFT JOIN paragraphs p ON p.paragraph_id = pp.paragraph_id
GROUP BY ALL
"""


def sql_string(value: str) -> str:
    """Return a SQL string literal.

    >>> sql_string("it's")
    "'it''s'"
    """
    return "'" + value.replace("'", "''") + "'"


def derived_views(current_version: str | None) -> list[tuple[str, str]]:
    """Return the derived views of a lake whose current taxonomy version is this one (None: no run named one)."""
    current = "true" if current_version is None else f"taxonomy_version = {sql_string(current_version)}"
    return [
        ("paragraph_themes", f"SELECT * FROM paragraph_themes_all WHERE {current}"),
        ("themes", f"SELECT * FROM themes_all WHERE {current}"),
        ("article_themes_all", _ARTICLE_THEMES),
        ("article_themes", f"SELECT * FROM article_themes_all WHERE {current}"),
        ("article_places", _ARTICLE_PLACES),
    ]
