"""Compaction's settled rows: the articles whose every version and source state agree, found once.

`articles` and `sources` rows are written to settled files (warehouse/compaction.py, `SETTLED`) when
their article's rows all agree, so that the catalog's current views look for changed articles only
among the other rows (warehouse/catalog.py). The changed articles are found once per compaction, not
once per table and kind of file: each of those four searches read both tables whole, and a lake that
has none (a first ingest) writes each table in one pass, without one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

if TYPE_CHECKING:
    import pyarrow as pa

# The name a lane's connection knows the changed articles by (an Arrow table of `article_id`).
CHANGED = "_compaction_changed_articles"
# Article ids with a version or source state that disagrees with another: not settled. The same
# pairs the catalog's `_changed_articles` view looks for (warehouse/catalog.py).
_CHANGED_ARTICLES = """
SELECT DISTINCT a.article_id FROM read_parquet($articles) a JOIN read_parquet($sources) s USING (article_id)
WHERE s.status <> 'article' OR s.content_hash IS DISTINCT FROM a.content_hash
"""


def changed_articles(con: duckdb.DuckDBPyConnection, root: Path, files: dict[str, list[str]]) -> pa.Table | None:
    """Return the ids of the lake's articles whose rows do not all agree (None when `articles` or
    `sources` has no file: nothing to disagree with, every row is settled)."""
    if not (files["articles"] and files["sources"]):
        return None
    params = {name: [str(root / f) for f in files[name]] for name in ("articles", "sources")}
    return con.sql(_CHANGED_ARTICLES, params=params).to_arrow_table()


def settled_parts(changed: pa.Table | None) -> list[tuple[str, bool]]:
    """Return how a settled table is written: (WHERE clause, settled?) for each kind of file, over a
    connection that knows the changed articles as CHANGED.

    >>> settled_parts(None)
    [('', True)]
    """
    if changed is None or not changed.num_rows:
        return [("", True)]
    return [
        (f"WHERE article_id NOT IN (SELECT article_id FROM {CHANGED})", True),
        (f"WHERE article_id IN (SELECT article_id FROM {CHANGED})", False),
    ]
