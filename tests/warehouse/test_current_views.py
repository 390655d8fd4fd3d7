"""The catalog's current views equal their plain definitions, before and after compaction.

The views in warehouse/catalog.py and warehouse/views.py are written to be fast (they look for
changed articles among unsettled rows only, and write the current taxonomy version in as a
constant); DEFINITIONS say what they mean in the simplest SQL: every paragraph joined with the
current articles, every label with the current paragraphs.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.warehouse.test_lake import TAX
from transforms.pipeline import ArticleFile, article_id, build_batch, content_hash
from transforms.rollup import DIGITS, ROLE_WEIGHTS
from warehouse import lake as lakes
from warehouse.catalog import connect
from warehouse.compaction import compact_lake
from warehouse.tables import stage_rows

_WEIGHT = "CASE p.role " + " ".join(f"WHEN '{r}' THEN {w}" for r, w in ROLE_WEIGHTS.items()) + " ELSE 0 END"
_CURRENT = "coalesce((SELECT taxonomy_version FROM current_taxonomy), taxonomy_version)"
DEFINITIONS = {
    "sources": """SELECT * FROM sources_history
        QUALIFY row_number() OVER (PARTITION BY source ORDER BY observed_at DESC) = 1""",
    "articles": """SELECT a.* FROM articles_history a ANTI JOIN def_sources s ON a.article_id = s.article_id
        AND (s.status <> 'article' OR s.content_hash <> a.content_hash)""",
    "paragraphs": """SELECT p.* FROM paragraphs_history p SEMI JOIN def_articles a
        ON p.article_id = a.article_id AND p.content_hash = a.content_hash""",
    "paragraph_themes_all": """SELECT t.* FROM paragraph_themes_history t
        SEMI JOIN def_paragraphs p ON t.paragraph_id = p.paragraph_id""",
    "paragraph_themes": f"SELECT * FROM def_paragraph_themes_all WHERE taxonomy_version = {_CURRENT}",
    "themes": f"SELECT * FROM themes_all WHERE taxonomy_version = {_CURRENT}",
    "article_themes_all": f"""
        WITH summed AS (
            SELECT pt.article_id, pt.theme_id, pt.taxonomy_version,
                   round(sum({_WEIGHT} * CAST(pt.score AS DOUBLE)), {DIGITS}) AS score, count(*) AS n_paragraphs
            FROM def_paragraph_themes_all pt JOIN def_paragraphs p USING (paragraph_id)
            WHERE p.role IN ({", ".join(f"'{r}'" for r in ROLE_WEIGHTS)})
            GROUP BY ALL)
        SELECT article_id, theme_id, score, n_paragraphs,
               round(score / sum(score) OVER (PARTITION BY article_id, taxonomy_version), {DIGITS}) AS share,
               row_number() OVER (PARTITION BY article_id, taxonomy_version ORDER BY score DESC, theme_id) = 1
                   AS is_primary, taxonomy_version
        FROM summed""",
    "article_themes": f"SELECT * FROM def_article_themes_all WHERE taxonomy_version = {_CURRENT}",
    "quarantine": """SELECT q.* FROM quarantine_history q
        SEMI JOIN def_sources s ON q.source = s.source AND s.status = 'quarantined'
        QUALIFY row_number() OVER (PARTITION BY q.source ORDER BY q.quarantined_at DESC) = 1""",
}


def current_views(lake: Path) -> dict[str, list[tuple]]:
    """Return every current view's rows, and assert each equals its definition."""
    con = connect(lake)
    try:
        for name, body in DEFINITIONS.items():
            con.execute(f"CREATE TEMP VIEW def_{name} AS {body}")
        rows = {}
        for name in DEFINITIONS:
            rows[name] = con.sql(f"SELECT * FROM {name} ORDER BY ALL").fetchall()
            assert rows[name] == con.sql(f"SELECT * FROM def_{name} ORDER BY ALL").fetchall(), name
        return rows
    finally:
        con.close()


STATES = ("deleted", "quarantined")


def observe(lake: Path, run: int, files: dict[str, str]) -> None:
    """Commit one run: each file's new state (its text, or one of STATES), and the rows of new versions."""
    now = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=run)
    seen = set(lakes.read_table(lake, "articles", ["content_hash"]).column("content_hash").to_pylist())
    texts = {name: text for name, text in files.items() if text not in STATES}
    new = [ArticleFile(f"/in/{n}.txt", t.encode()) for n, t in texts.items() if content_hash(t.encode()) not in seen]
    staged = stage_rows(lake, build_batch(new, TAX, f"run-{run}", now), f"run-{run}") if new else {}
    sources = [f"/in/{name}.txt" for name in files]
    columns = {
        "source": sources,
        "article_id": [article_id(s) for s in sources],
        "status": [text if text in STATES else "article" for text in files.values()],
        "content_hash": [None if text == "deleted" else content_hash(text.encode()) for text in files.values()],
        "reason": ["binary" if text == "quarantined" else None for text in files.values()],
        "size_bytes": [len(text) for text in files.values()],
        "mtime_ns": [run] * len(files),
        "run_id": [f"run-{run}"] * len(files),
        "observed_at": [now] * len(files),
    }
    staged["sources"] = lakes.stage_files(lake, "sources", columns, f"run-{run}-src")
    lakes.commit(lake, staged)


def test_current_views_equal_their_definitions_before_and_after_compaction(tmp_path) -> None:
    war = {f"n{k}": f"Troops {k}\n\nWar and troops, part {k}." for k in range(4)}
    observe(tmp_path, 0, {"a": "War 0\n\nTroops at war.", "b": "War b\n\nTroops.", **war})
    observe(tmp_path, 1, {"a": "War 1\n\nTroops at war again.", "b": "deleted", "n1": "quarantined"})
    before = current_views(tmp_path)
    assert len(before["articles"]) == 4

    compact_lake(tmp_path)
    assert current_views(tmp_path) == before
    # After compaction: `a` back to its first version, `b` back, `n0` changed, `n2` quarantined.
    observe(tmp_path, 2, {"a": "War 0\n\nTroops at war.", "b": "War b\n\nTroops.", "n0": "War n0\n\nTroops.",
                          "n2": "quarantined"})
    after = current_views(tmp_path)
    titles = sorted(row[5] for row in after["articles"])
    assert titles == ["Troops 3", "War 0", "War b", "War n0"]
