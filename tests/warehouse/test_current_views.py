"""The catalog's current views hold the rows the README says they hold, before and after compaction.

The oracle below is written from the README ("Re-runs, crashes and bad files": current views and
history; "Article themes"; "Which taxonomy version the views show"), in plain Python over the
`_history` views (every committed row), not from the views' SQL in warehouse/catalog.py and
warehouse/views.py:

- `sources`: the latest state of each source file;
- `articles`: the article rows whose source's current state is that very version (status article,
  same content hash): a changed file's older version, a deleted or since-quarantined file drop out;
- `paragraphs`: the paragraphs of those current article versions; `paragraph_themes_all` the labels
  of those paragraphs, every taxonomy version;
- the current taxonomy version: that of the most recent completed run that recorded one (every
  version when no run did); `paragraph_themes`, `themes`, `article_themes` show it only;
- `article_themes_all`: per article, theme and taxonomy version, the sum of its paragraphs' scores,
  the title, a summary and a body paragraph each counted once, boilerplate never; the number
  of paragraphs, the share of the article's total, and the primary theme (highest score, ties to
  the smaller theme id);
- `quarantine`: the latest quarantine row of each source whose current state is quarantined.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from transforms.pipeline import ArticleFile, QuarantineRecord, article_id, build_batch, content_hash
from transforms.taxonomy import parse_taxonomy
from warehouse import lake as lakes
from warehouse import staging
from warehouse.catalog import connect
from warehouse.compaction import compact_lake
from warehouse.tables import stage_quarantine, stage_rows

# docs/labels.md, "Article themes": "the title and a summary counted once like a body paragraph".
ROLE_WEIGHT = {"title": 1.0, "summary": 1.0, "body": 1.0}
TAX = parse_taxonomy(  # matched terms alone, so that the scores below are counts of terms
    '[taxonomy]\nsemantic = false\n'
    '[[themes]]\nid = "war"\nterms = ["war", "troops"]\n'
    '[[themes]]\nid = "economy"\nterms = ["trade", "sanction", "price"]\n'
)
Row = dict[str, Any]


def history(con, view: str) -> list[Row]:
    """Return every committed row of a `_history` (or log) view as dicts."""
    relation = con.sql(f"SELECT * FROM {view}")
    return [dict(zip(relation.columns, row, strict=True)) for row in relation.fetchall()]


def latest(rows: list[Row], key: str, clock: str) -> dict[str, Row]:
    """Return the latest row (by `clock`) for each value of `key`."""
    found: dict[str, Row] = {}
    for row in rows:
        if row[key] not in found or row[clock] > found[row[key]][clock]:
            found[row[key]] = row
    return found


def current_version(runs: list[Row]) -> str | None:
    done = [r for r in runs if r["state"] == "COMPLETED" and r["taxonomy_version"] is not None]
    return max(done, key=lambda r: r["ended_at"])["taxonomy_version"] if done else None


def article_themes(labels: list[Row], paragraphs: list[Row]) -> list[Row]:
    """Roll labels of current paragraphs up to their articles, as the README's rule says."""
    role = {p["paragraph_id"]: p["role"] for p in paragraphs}
    score: dict[tuple, float] = defaultdict(float)
    count: dict[tuple, int] = defaultdict(int)
    for label in labels:
        weight = ROLE_WEIGHT.get(role[label["paragraph_id"]], 0.0)
        if weight:
            key = (label["article_id"], label["taxonomy_version"], label["theme_id"])
            score[key] += weight * label["score"]
            count[key] += 1
    totals: dict[tuple, float] = defaultdict(float)
    for (article, version, _), value in score.items():
        totals[(article, version)] += value
    primary = {}
    for (article, version, theme), _ in sorted(score.items(), key=lambda kv: (-kv[1], kv[0][2])):
        primary.setdefault((article, version), theme)
    return [
        {
            "article_id": article, "theme_id": theme, "score": value, "n_paragraphs": count[(article, version, theme)],
            "share": value / totals[(article, version)], "is_primary": primary[(article, version)] == theme,
            "taxonomy_version": version,
        }
        for (article, version, theme), value in score.items()
    ]


def expected_views(con) -> dict[str, list[Row]]:
    """Return what each current view should hold, from the history views and the README's rules."""
    sources = latest(history(con, "sources_history"), "source", "observed_at")
    articles = [
        a for a in history(con, "articles_history")
        if a["source"] in sources and sources[a["source"]]["status"] == "article"
        and sources[a["source"]]["content_hash"] == a["content_hash"]
    ]
    versions = {(a["article_id"], a["content_hash"]) for a in articles}
    paragraphs = [p for p in history(con, "paragraphs_history") if (p["article_id"], p["content_hash"]) in versions]
    ids = {p["paragraph_id"] for p in paragraphs}
    labels_all = [t for t in history(con, "paragraph_themes_history") if t["paragraph_id"] in ids]
    version = current_version(history(con, "runs"))

    def shown(rows: list[Row]) -> list[Row]:
        return [r for r in rows if version is None or r["taxonomy_version"] == version]

    quarantined = [q for q in history(con, "quarantine_history") if sources[q["source"]]["status"] == "quarantined"]
    rolled = article_themes(labels_all, paragraphs)
    return {
        "sources": list(sources.values()),
        "articles": articles,
        "paragraphs": paragraphs,
        "paragraph_themes_all": labels_all,
        "paragraph_themes": shown(labels_all),
        "themes": shown(history(con, "themes_all")),
        "article_themes_all": rolled,
        "article_themes": shown(rolled),
        "quarantine": list(latest(quarantined, "source", "quarantined_at").values()),
    }


def comparable(rows: list[Row]) -> list[tuple]:
    """Return rows as sorted tuples of (column, value); scores and shares to 4 digits, as the views round."""
    def value(column: str, v: Any) -> Any:
        return pytest.approx(v, abs=1e-4) if column in ("score", "share") and v is not None else v

    keyed = sorted(rows, key=lambda r: repr(sorted((c, v) for c, v in r.items() if c not in ("score", "share"))))
    return [tuple(sorted((c, value(c, v)) for c, v in r.items())) for r in keyed]


def current_views(lake: Path) -> dict[str, list[tuple]]:
    """Return every current view's rows (sorted tuples), and assert each holds what the README says."""
    con = connect(lake)
    try:
        expected = expected_views(con)
        rows = {}
        for name, want in expected.items():
            relation = con.sql(f"SELECT * FROM {name}")
            got = [dict(zip(relation.columns, row, strict=True)) for row in relation.fetchall()]
            assert len(got) == len(want), f"{name}: {len(got)} rows, the README's rule gives {len(want)}"
            assert comparable(got) == comparable(want), name
            rows[name] = sorted(relation.fetchall(), key=repr)
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
        "fields": [None] * len(files),
        "run_id": [f"run-{run}"] * len(files),
        "observed_at": [now] * len(files),
    }
    staged["sources"] = staging.stage_files(lake, "sources", columns, f"run-{run}-src")
    quarantined = [
        QuarantineRecord(f"/in/{n}.txt", "binary", f"run {run}") for n, t in files.items() if t == "quarantined"
    ]
    if quarantined:
        staged["quarantine"] = stage_quarantine(lake, quarantined, f"run-{run}", now, f"run-{run}-q")
    lakes.commit(lake, staged)


# A seed-layout article: a summary paragraph, a link line, then the body.
SUMMARY = "Troops at war near the border.\n\nRead the original article here\n\nTrade and sanction talks, price rises."
# Title about trade, body about war: 2 (trade, price) against 2 (war, troops): a tie, economy wins it.
TIE = "Trade and price\n\nWar and troops."


@pytest.mark.slow
def test_current_views_hold_what_the_readme_says_before_and_after_compaction(tmp_path) -> None:
    war = {f"n{k}": f"Troops {k}\n\nWar and troops, trade part {k}." for k in range(4)}
    observe(tmp_path, 0, {"a": "War 0\n\nTroops at war.", "b": "War b\n\nTroops.", "s": SUMMARY, "t": TIE, **war})
    observe(tmp_path, 1, {"a": "War 1\n\nTroops at war again.", "b": "deleted", "n1": "quarantined",
                          "q": "quarantined"})
    before = current_views(tmp_path)
    assert len(before["articles"]) == 6 and len(before["quarantine"]) == 2

    compact_lake(tmp_path)
    assert current_views(tmp_path) == before
    # After compaction: `a` back to its first version, `b` back, `n0` changed, `n2` quarantined, `n1` fixed.
    observe(tmp_path, 2, {"a": "War 0\n\nTroops at war.", "b": "War b\n\nTroops.", "n0": "War n0\n\nTroops.",
                          "n1": "Troops 1\n\nWar and troops, trade part 1.", "n2": "quarantined", "q": "quarantined"})
    after = current_views(tmp_path)
    con = connect(tmp_path)
    try:
        titles = sorted(t for (t,) in con.sql("SELECT coalesce(title, '') FROM articles").fetchall())
        rolled = con.sql(
            "SELECT a.source, x.theme_id, x.score, x.is_primary"
            " FROM article_themes x JOIN articles a USING (article_id)"
            " WHERE a.source IN ('/in/s.txt', '/in/t.txt') ORDER BY ALL"
        ).fetchall()
    finally:
        con.close()
    assert titles == ["", "Trade and price", "Troops 1", "Troops 3", "War 0", "War b", "War n0"]
    assert sorted(row[0] for row in after["quarantine"]) == ["/in/n2.txt", "/in/q.txt"]
    # The README's weights, in numbers: summary 2 terms x 1 = 2.0 for war; body 3 terms for economy.
    assert rolled == [
        ("/in/s.txt", "economy", 3.0, True), ("/in/s.txt", "war", 2.0, False),
        ("/in/t.txt", "economy", 2.0, True), ("/in/t.txt", "war", 2.0, False),
    ]
